package org.okju.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.okju.casefile.Digests;
import org.okju.casefile.Md5;
import org.okju.casefile.Sha1;
import org.okju.casefile.Sha256;

/** MD5, SHA-1 and SHA-256 fed from the same buffer: one read gives all three. Not thread-safe. */
final class Digester {
  private final MessageDigest md5 = digest("MD5");
  private final MessageDigest sha1 = digest("SHA-1");
  private final MessageDigest sha256 = digest("SHA-256");

  void update(byte[] buffer, int offset, int length) {
    md5.update(buffer, offset, length);
    sha1.update(buffer, offset, length);
    sha256.update(buffer, offset, length);
  }

  /** The three digests; resets for the next item. */
  Digests finish() {
    return Digests.of(Md5.of(md5.digest()), Sha1.of(sha1.digest()), Sha256.of(sha256.digest()));
  }

  void reset() {
    md5.reset();
    sha1.reset();
    sha256.reset();
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + algorithm, e);
    }
  }
}
