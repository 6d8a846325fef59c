package org.okju.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.okju.casefile.Sha256;

/**
 * Publishes a file okju writes all at once: written to a temporary file beside the target, forced
 * to disk, then renamed over the target, so a reader never sees half a report or export. Whatever
 * goes wrong, the temporary file is deleted. Stateless.
 */
final class AtomicFile {
  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /**
   * Writes {@code content} to {@code target} atomically.
   *
   * @return the SHA-256 of the bytes written
   * @throws IOException when writing, syncing or renaming fails (the target is then untouched)
   */
  static Sha256 write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".partial");
    try {
      MessageDigest sha256 = sha256();
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        OutputStream raw = Channels.newOutputStream(channel);
        DigestOutputStream out = new DigestOutputStream(raw, sha256);
        // Writers that close their target when done (Jackson does) must not close the channel.
        content.writeTo(
            new java.io.FilterOutputStream(out) {
              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
              }

              @Override
              public void close() throws IOException {
                flush();
              }
            });
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(
            tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      syncDirectory(dir);
      return Sha256.of(sha256.digest());
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes bytes atomically; returns their SHA-256. */
  static Sha256 write(Path target, byte[] bytes) throws IOException {
    return write(target, out -> out.write(bytes));
  }

  // The rename is durable only once the directory entry is; Linux allows fsync on a directory.
  private static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // Some filesystems refuse to open a directory; the file itself is already on disk.
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
