package org.okju.index.hashset;

/** The kinds of hash a hash set can hold, with their length in bytes. */
public enum HashKind {
  MD5(16),
  SHA1(20),
  SHA256(32),
  /** A 256-bit PDQ perceptual hash, matched by Hamming distance rather than equality. */
  PDQ(32);

  private final int bytes;

  HashKind(int bytes) {
    this.bytes = bytes;
  }

  /** Length of the hash in bytes. */
  public int bytes() {
    return bytes;
  }

  /** Length of the hash in hex digits. */
  public int hexDigits() {
    return 2 * bytes;
  }
}
