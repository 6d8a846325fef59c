package org.okju.monitor;

import java.util.Objects;
import java.util.Optional;

/**
 * One piece of a stream as its playlist or manifest names it: a URL, and the byte range of it when
 * the piece is a range of a larger resource ({@code #EXT-X-BYTERANGE}, a DASH {@code mediaRange}).
 *
 * @param url absolute, resolved against the playlist's URL
 * @param range the bytes of {@code url} meant; empty for the whole resource
 */
record StreamPart(String url, Optional<ByteRange> range) {
  StreamPart {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(range, "range");
  }

  static StreamPart whole(String url) {
    return new StreamPart(url, Optional.empty());
  }

  /**
   * A range of bytes: {@code length} bytes from {@code offset}.
   *
   * @param offset the first byte
   * @param length how many
   */
  record ByteRange(long offset, long length) {
    ByteRange {
      if (offset < 0 || length <= 0) {
        throw new IllegalArgumentException("bad byte range " + offset + "+" + length);
      }
    }

    long end() {
      return offset + length;
    }

    /** {@code first-last} as HTTP and DASH write a range (both inclusive). */
    static ByteRange ofInclusive(String firstDashLast) {
      String[] p = firstDashLast.trim().split("-", -1);
      if (p.length != 2) {
        throw new IllegalArgumentException("not a byte range: " + firstDashLast);
      }
      long first = Long.parseLong(p[0].trim());
      long last = Long.parseLong(p[1].trim());
      return new ByteRange(first, last - first + 1);
    }

    @Override
    public String toString() {
      return offset + "-" + (end() - 1);
    }
  }
}
