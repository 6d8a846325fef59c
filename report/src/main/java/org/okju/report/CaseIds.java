package org.okju.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic identifiers for exports: name-based UUIDs (RFC 4122 version 5, SHA-1) in a
 * namespace of the case, so the same case exports the same ids every time and two cases never share
 * one. The case is named by the SHA-256 of its first custody entry. Stateless.
 */
final class CaseIds {
  /** okju's namespace for case UUIDs (a fixed random UUID). */
  private static final UUID OKJU = UUID.fromString("6b2f3c9e-5d41-4f0a-9a57-0c7e2d4b8f13");

  private CaseIds() {}

  /** The case's own UUID. */
  static UUID caseUuid(CaseSnapshot c) {
    return v5(OKJU, c.custody().isEmpty() ? "empty-case" : c.custody().get(0).hash().toHex());
  }

  /** The UUID of {@code name} (e.g. {@code file/12}) within the case. */
  static UUID of(CaseSnapshot c, String name) {
    return v5(caseUuid(c), name);
  }

  static UUID v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-1", e);
    }
    sha1.update(bytes(namespace));
    byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    h[6] = (byte) ((h[6] & 0x0f) | 0x50);
    h[8] = (byte) ((h[8] & 0x3f) | 0x80);
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (h[i] & 0xff);
      lsb = (lsb << 8) | (h[8 + i] & 0xff);
    }
    return new UUID(msb, lsb);
  }

  private static byte[] bytes(UUID u) {
    byte[] b = new byte[16];
    long msb = u.getMostSignificantBits();
    long lsb = u.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (msb >>> (56 - 8 * i));
      b[8 + i] = (byte) (lsb >>> (56 - 8 * i));
    }
    return b;
  }
}
