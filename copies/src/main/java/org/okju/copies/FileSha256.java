package org.okju.copies;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.okju.casefile.Sha256;

/**
 * The SHA-256 of a file, read in 64 KiB blocks (a hash list can be tens of gigabytes), or of bytes.
 */
final class FileSha256 {
  private FileSha256() {}

  /** The SHA-256 of {@code bytes}. */
  static Sha256 of(byte[] bytes) {
    try {
      return Sha256.of(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static Sha256 of(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        md.update(buffer, 0, n);
      }
    }
    return Sha256.of(md.digest());
  }
}
