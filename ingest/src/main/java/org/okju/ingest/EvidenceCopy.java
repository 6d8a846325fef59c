package org.okju.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.okju.casefile.ItemPath;

/**
 * Copies one evidence file out of its source, the way ingest reads it: read-only, never through a
 * symlink, without moving its access time ({@code O_NOATIME}). Later analyses that need a library
 * which only reads paths (document parsers) work on the copy, never on the evidence.
 *
 * <p>Thread-safe.
 */
public final class EvidenceCopy {
  private final Posix posix = new Posix();

  /**
   * Copies the file at {@code path} (raw bytes) to {@code target}, at most {@code maxBytes}.
   *
   * @throws IOException when the evidence cannot be opened or read, or the copy cannot be written
   */
  public void copy(byte[] path, Path target, long maxBytes) throws IOException {
    ItemPath display = ItemPath.ofBytes(path);
    try (OpenedFile in = posix.openFile(path);
        OutputStream out =
            Files.newOutputStream(
                target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      for (int n; total < maxBytes && (n = in.read(buffer, 0, buffer.length)) > 0; ) {
        int keep = (int) Math.min(n, maxBytes - total);
        out.write(buffer, 0, keep);
        total += keep;
      }
    } catch (PosixException e) {
      throw new IOException(display.display() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the file at {@code path} (raw bytes) into memory, read-only as {@link #copy} does.
   *
   * @throws IOException when the evidence cannot be opened or read, or is larger than {@code
   *     maxBytes}
   */
  public byte[] read(byte[] path, int maxBytes) throws IOException {
    ItemPath display = ItemPath.ofBytes(path);
    try (OpenedFile in = posix.openFile(path)) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer, 0, buffer.length)) > 0; ) {
        if (out.size() + n > maxBytes) {
          throw new IOException(display.display() + ": larger than " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (PosixException e) {
      throw new IOException(display.display() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Where a catalogued top-level item of a source lies: below the source's folder, or the source
   * itself when the source is one file. Archive members have no path of their own.
   *
   * @throws IllegalArgumentException for an archive member
   */
  public static byte[] pathOf(org.okju.casefile.Source source, org.okju.casefile.Item item) {
    if (item.parent().isPresent()) {
      throw new IllegalArgumentException("item " + item.id().value() + " is inside an archive");
    }
    byte[] root = source.givenPath().bytes();
    if (!java.nio.file.Files.isDirectory(java.nio.file.Path.of(source.givenPath().display()))) {
      return root;
    }
    byte[] rel = item.path().bytes();
    byte[] joined = new byte[root.length + 1 + rel.length];
    System.arraycopy(root, 0, joined, 0, root.length);
    joined[root.length] = '/';
    System.arraycopy(rel, 0, joined, root.length + 1, rel.length);
    return joined;
  }
}
