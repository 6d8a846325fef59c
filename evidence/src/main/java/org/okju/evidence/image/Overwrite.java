package org.okju.evidence.image;

/**
 * How much of a deleted file's recoverable content now belongs to an allocated file or directory
 * (so what The Sleuth Kit recovers there is no longer the deleted file's).
 *
 * @param bytes bytes of its runs that lie in allocated content
 * @param of its recoverable bytes in all
 * @param byPath the allocated entry that holds the first of them ({@code p1/DCIM/new.jpg})
 */
public record Overwrite(long bytes, long of, String byPath) {
  /** Whether nothing of the deleted content is left. */
  public boolean whole() {
    return bytes >= of;
  }
}
