package org.okju.evidence.image;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Reads an image's media once from start to end and hashes it (MD5, SHA-1, SHA-256, on {@link
 * HashLanes}), checking every EWF chunk on the way, as {@code ewfverify} does; compares with the
 * hashes the acquisition stored. Not thread-safe; one pass per instance.
 */
final class MediaDigester {
  private static final int BLOCK = 1 << 20;

  private MediaDigester() {}

  static MediaDigest digest(ImageMedia media, EwfStoredHashes stored, LongConsumer progress)
      throws InterruptedException {
    return digest(media, stored, progress, null);
  }

  /** As {@link #digest(ImageMedia, EwfStoredHashes, LongConsumer)}, also feeding {@code sink}. */
  static MediaDigest digest(
      ImageMedia media, EwfStoredHashes stored, LongConsumer progress, MediaSink sink)
      throws InterruptedException {
    long at = 0;
    Optional<String> failure = Optional.empty();
    List<String> hashes;
    media.passStarted(0);
    try (HashLanes lanes = new HashLanes(BLOCK, sink)) {
      try {
        while (at < media.size()) {
          if (Thread.interrupted()) {
            throw new InterruptedException();
          }
          int want = (int) Math.min(BLOCK, media.size() - at);
          byte[] buffer = lanes.buffer();
          int n;
          try {
            n = media.readLeading(at, buffer, 0, want);
          } catch (IOException e) {
            lanes.giveBack(buffer);
            failure = Optional.of(e.getMessage());
            break;
          }
          if (n <= 0) {
            lanes.giveBack(buffer);
            failure = Optional.of("the image ends at byte " + at + " of " + media.size());
            break;
          }
          lanes.submit(buffer, n);
          at += n;
          progress.accept(n);
        }
      } finally {
        media.passEnded();
      }
      hashes = lanes.finish();
    }
    boolean whole = failure.isEmpty();
    return new MediaDigest(
        at,
        whole ? Optional.of(hashes.get(0)) : Optional.empty(),
        whole ? Optional.of(hashes.get(1)) : Optional.empty(),
        whole ? Optional.of(hashes.get(2)) : Optional.empty(),
        stored.md5(),
        stored.sha1(),
        media.damage(),
        failure);
  }
}
