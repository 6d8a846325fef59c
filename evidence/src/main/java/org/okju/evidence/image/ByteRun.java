package org.okju.evidence.image;

/**
 * A stretch of a file's content in the image: {@code length} bytes at {@code imageOffset} of the
 * media are the file's bytes from {@code fileOffset}; a {@code fill} run is a hole (zeros) that
 * occupies nothing in the image.
 */
public record ByteRun(long fileOffset, long imageOffset, long length, boolean fill) {
  /** The image offset just past the run. */
  public long imageEnd() {
    return imageOffset + length;
  }
}
