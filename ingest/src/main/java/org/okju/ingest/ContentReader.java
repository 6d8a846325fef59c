package org.okju.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.okju.evidence.EvidenceStream;
import org.okju.evidence.posix.ReadOnlyFiles;

/**
 * Reads an item exactly once: the three digests, the head for type detection, and (when the type
 * needs it later) a kept copy in memory or in a spool file. One per worker; not thread-safe.
 */
final class ContentReader {
  /** Bytes read per call. */
  private static final int CHUNK = ReadOnlyFiles.READ_BYTES;

  private final TypeDetector detector;
  private final KeepPolicy policy;
  private final Path workDirectory;
  private final int memoryLimit;
  private final Digester digester;
  private final byte[] buffer = new byte[CHUNK];

  /**
   * Native memory the kernel reads into when the digester reads native memory in place: the bytes
   * of an item nobody keeps never enter the heap.
   */
  private final ByteBuffer direct;

  ContentReader(TypeDetector detector, KeepPolicy policy, Path workDirectory, int memoryLimit) {
    this(detector, policy, workDirectory, memoryLimit, Digester.create());
  }

  ContentReader(
      TypeDetector detector,
      KeepPolicy policy,
      Path workDirectory,
      int memoryLimit,
      Digester digester) {
    this.digester = digester;
    this.direct = digester.digestsNativeMemory() ? ByteBuffer.allocateDirect(CHUNK) : null;
    this.detector = detector;
    this.policy = policy;
    this.workDirectory = workDirectory;
    this.memoryLimit = memoryLimit;
  }

  /** Called with every chunk's size, to stop an archive member that expands too far. */
  interface Budget {
    void consumed(long bytes) throws ExpansionLimitException;

    Budget NONE = bytes -> {};
  }

  /**
   * Reads {@code source} to its end.
   *
   * @param name the item's path (only its extension is used, to flag a renamed file)
   * @throws IOException when reading fails (the caller records it on the item)
   */
  ReadResult read(EvidenceStream source, byte[] name, Budget budget) throws IOException {
    digester.reset();
    int head = fill(source, TypeDetector.HEAD_BYTES);
    budget.consumed(head);
    TypeDetector.Detection type =
        detector.detect(buffer, head, name, head < TypeDetector.HEAD_BYTES);
    digester.update(buffer, 0, head);
    long size = head;
    boolean container = detector.needsContainer(type);
    Keeper keeper = container || policy.keep(type) ? new Keeper() : null;
    try {
      if (keeper != null) {
        keeper.write(buffer, head);
      }
      if (head == TypeDetector.HEAD_BYTES && keeper == null && direct != null) {
        int n;
        while ((n = source.read(direct, buffer)) > 0) {
          budget.consumed(n);
          digester.update(direct);
          size += n;
        }
      } else if (head == TypeDetector.HEAD_BYTES) {
        int n;
        while ((n = source.read(buffer, 0, buffer.length)) > 0) {
          budget.consumed(n);
          digester.update(buffer, 0, n);
          size += n;
          if (keeper != null) {
            keeper.write(buffer, n);
          }
        }
      }
      Optional<Content> kept = keeper == null ? Optional.empty() : Optional.of(keeper.finish());
      keeper = null;
      if (container) {
        type = detector.refine(type, kept.orElseThrow());
        if (!policy.keep(type)) {
          kept.get().close(); // kept only to read the container's directory
          kept = Optional.empty();
        }
      }
      return new ReadResult(size, digester.finish(), type, kept);
    } finally {
      if (keeper != null) {
        keeper.abandon();
      }
    }
  }

  private int fill(EvidenceStream source, int want) throws IOException {
    int got = 0;
    while (got < want) {
      int n = source.read(buffer, got, want - got);
      if (n <= 0) {
        break;
      }
      got += n;
    }
    return got;
  }

  /** Keeps bytes in memory up to the limit, then in a spool file. */
  private final class Keeper {
    private byte[] memory = new byte[64 << 10];
    private int length;
    private Path spool;
    private OutputStream out;
    private long spooled;

    void write(byte[] b, int n) throws IOException {
      if (out == null && (long) length + n <= memoryLimit) {
        if (length + n > memory.length) {
          memory =
              Arrays.copyOf(
                  memory, (int) Math.min(memoryLimit, Math.max(memory.length * 2L, length + n)));
        }
        System.arraycopy(b, 0, memory, length, n);
        length += n;
        return;
      }
      if (out == null) {
        Files.createDirectories(workDirectory);
        spool = Files.createTempFile(workDirectory, "item-", ".spool");
        out = Files.newOutputStream(spool);
        out.write(memory, 0, length);
        spooled = length;
        memory = null;
      }
      out.write(b, 0, n);
      spooled += n;
    }

    Content finish() throws IOException {
      if (out == null) {
        return new Content.InMemory(memory, length);
      }
      out.close();
      return new Content.Spooled(spool, spooled);
    }

    void abandon() throws IOException {
      if (out != null) {
        out.close();
      }
      if (spool != null) {
        Files.deleteIfExists(spool);
      }
    }
  }
}
