package org.okju.monitor;

/**
 * A {@code 206 Partial Content} response's {@code Content-Range} (RFC 9110 14.4): {@code bytes
 * first-last/total}, the total {@code *} when the server did not know it (-1 here).
 */
record ContentRange(long first, long length, long total) {
  /** Parses the header's value; throws {@link IllegalArgumentException} when it is not one. */
  static ContentRange parse(String value) {
    String v = value.trim();
    if (!v.regionMatches(true, 0, "bytes ", 0, 6)) {
      throw new IllegalArgumentException("not a byte Content-Range: " + value);
    }
    String[] rangeTotal = v.substring(6).trim().split("/", -1);
    if (rangeTotal.length != 2) {
      throw new IllegalArgumentException("not a byte Content-Range: " + value);
    }
    try {
      StreamPart.ByteRange r = StreamPart.ByteRange.ofInclusive(rangeTotal[0]);
      long total = rangeTotal[1].trim().equals("*") ? -1 : Long.parseLong(rangeTotal[1].trim());
      if (total >= 0 && r.end() > total) {
        throw new IllegalArgumentException("a Content-Range past its total: " + value);
      }
      return new ContentRange(r.offset(), r.length(), total);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a byte Content-Range: " + value, e);
    }
  }
}
