package org.okju.evidence.image;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Reads an image's media once from start to end and hashes it (MD5, SHA-1, SHA-256), checking every
 * EWF chunk on the way, as {@code ewfverify} does; compares with the hashes the acquisition stored.
 * Not thread-safe; one pass per instance.
 */
final class MediaDigester {
  private static final int BLOCK = 1 << 20;

  private MediaDigester() {}

  static MediaDigest digest(ImageMedia media, EwfStoredHashes stored, LongConsumer progress)
      throws InterruptedException {
    MessageDigest md5 = digest("MD5");
    MessageDigest sha1 = digest("SHA-1");
    MessageDigest sha256 = digest("SHA-256");
    byte[] buffer = new byte[BLOCK];
    long at = 0;
    Optional<String> failure = Optional.empty();
    media.passStarted(0);
    try {
      while (at < media.size()) {
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
        int want = (int) Math.min(BLOCK, media.size() - at);
        int n;
        try {
          n = media.readLeading(at, buffer, 0, want);
        } catch (IOException e) {
          failure = Optional.of(e.getMessage());
          break;
        }
        if (n <= 0) {
          failure = Optional.of("the image ends at byte " + at + " of " + media.size());
          break;
        }
        md5.update(buffer, 0, n);
        sha1.update(buffer, 0, n);
        sha256.update(buffer, 0, n);
        at += n;
        progress.accept(n);
      }
    } finally {
      media.passEnded();
    }
    boolean whole = failure.isEmpty();
    return new MediaDigest(
        at,
        whole ? Optional.of(hex(md5)) : Optional.empty(),
        whole ? Optional.of(hex(sha1)) : Optional.empty(),
        whole ? Optional.of(hex(sha256)) : Optional.empty(),
        stored.md5(),
        stored.sha1(),
        media.damage(),
        failure);
  }

  private static String hex(MessageDigest d) {
    return HexFormat.of().formatHex(d.digest());
  }

  private static MessageDigest digest(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + name, e);
    }
  }
}
