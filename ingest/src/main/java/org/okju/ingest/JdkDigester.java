package org.okju.ingest;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.okju.casefile.Digests;
import org.okju.casefile.Md5;
import org.okju.casefile.Sha1;
import org.okju.casefile.Sha256;

/** The three digests by the JDK's providers (their C2 intrinsics once compiled). */
final class JdkDigester implements Digester {
  private final MessageDigest md5 = digest("MD5");
  private final MessageDigest sha1 = digest("SHA-1");
  private final MessageDigest sha256 = digest("SHA-256");

  @Override
  public void update(byte[] buffer, int offset, int length) {
    md5.update(buffer, offset, length);
    sha1.update(buffer, offset, length);
    sha256.update(buffer, offset, length);
  }

  @Override
  public void update(ByteBuffer direct) {
    for (MessageDigest d : new MessageDigest[] {md5, sha1, sha256}) {
      d.update(direct.duplicate().position(0));
    }
  }

  @Override
  public boolean digestsNativeMemory() {
    return false;
  }

  @Override
  public Digests finish() {
    return Digests.of(Md5.of(md5.digest()), Sha1.of(sha1.digest()), Sha256.of(sha256.digest()));
  }

  @Override
  public void reset() {
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
