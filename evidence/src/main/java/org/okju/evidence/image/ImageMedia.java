package org.okju.evidence.image;

import java.io.IOException;
import java.util.List;

/**
 * The bytes of an acquired disk (the "media" a forensic image holds), by position: the concatenated
 * segments of a raw image, or the decompressed chunks of an EWF image. Thread-safe: several workers
 * read files out of one image at once.
 */
public interface ImageMedia extends AutoCloseable {
  /** The media's size in bytes (as acquired, not as stored). */
  long size();

  /** The sector size the acquisition recorded (512 for a raw image). */
  int sectorSize();

  /**
   * Reads up to {@code length} bytes at {@code position}; fewer only at the end of the media.
   *
   * @return how many were read; 0 at or past the end
   * @throws IOException when the image cannot be read there (typed: {@link
   *     org.okju.evidence.EvidenceException})
   */
  int read(long position, byte[] buffer, int offset, int length) throws IOException;

  /**
   * Reads as {@link #read} does, as the one pass that reads the media from start to end while
   * others read files out of it: an EWF image shares each chunk this pass decodes with the readers
   * that follow it, so that no chunk is decoded twice. A raw image has nothing to decode.
   */
  default int readLeading(long position, byte[] buffer, int offset, int length) throws IOException {
    return read(position, buffer, offset, length);
  }

  /**
   * A leading pass starts at {@code position}: a reader of bytes beyond where it has come waits for
   * it, rather than decode them too, until {@link #passEnded}.
   */
  default void passStarted(long position) {}

  /** The leading pass ended (at the end, failed or stopped): readers no longer wait for it. */
  default void passEnded() {}

  /**
   * Damage found so far by reads (an EWF chunk whose checksum does not hold, a chunk missing from a
   * truncated image), one line each; empty for a raw image.
   */
  List<String> damage();

  @Override
  void close();
}
