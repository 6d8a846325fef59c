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
}
