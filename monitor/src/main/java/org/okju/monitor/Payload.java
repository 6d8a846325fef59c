package org.okju.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import org.okju.casefile.Md5;
import org.okju.casefile.Sha1;
import org.okju.casefile.Sha256;

/**
 * A record's payload as read: its MD5, SHA-1 and SHA-256 from one pass, its size, and its content
 * while the import needs it for fingerprinting: small payloads on the heap, larger ones (videos) in
 * a {@link MemoryFile} outside the heap, payloads over the limit not at all (digests only). Media
 * are never written to disk. Close it to free the memory file.
 *
 * @param bytes the content when small enough for the heap
 * @param spilled the content when larger (in memory, off the heap)
 */
record Payload(
    Md5 md5,
    Sha1 sha1,
    Sha256 sha256,
    long size,
    Optional<byte[]> bytes,
    Optional<MemoryFile> spilled)
    implements AutoCloseable {
  private static final int CHUNK = 1 << 16;

  /** Content up to this size is kept on the heap; beyond, in a memory file. */
  static final long HEAP_LIMIT = 16L << 20;

  /**
   * Reads {@code in} to its end: digests of everything, the content itself up to {@code keepLimit}.
   *
   * @throws IOException when the stream fails (a truncated gzip member, a short record)
   */
  static Payload read(InputStream in, long keepLimit) throws IOException {
    MessageDigest md5 = digest("MD5");
    MessageDigest sha1 = digest("SHA-1");
    MessageDigest sha256 = digest("SHA-256");
    byte[] kept = new byte[CHUNK];
    MemoryFile spill = null;
    boolean keeping = true;
    byte[] chunk = new byte[CHUNK];
    long size = 0;
    int n;
    try {
      while ((n = in.read(chunk)) >= 0) {
        if (n == 0) {
          continue;
        }
        md5.update(chunk, 0, n);
        sha1.update(chunk, 0, n);
        sha256.update(chunk, 0, n);
        if (keeping && size + n > keepLimit) {
          keeping = false;
          kept = null;
          if (spill != null) {
            spill.close();
            spill = null;
          }
        }
        if (keeping) {
          if (spill == null && size + n > HEAP_LIMIT) {
            spill = MemoryFile.of("okju-payload");
            spill.append(kept, (int) size);
            kept = null;
          }
          if (spill != null) {
            spill.append(chunk, n);
          } else {
            if (size + n > kept.length) {
              kept =
                  Arrays.copyOf(
                      kept, (int) Math.min(HEAP_LIMIT, Math.max(kept.length * 2L, size + n)));
            }
            System.arraycopy(chunk, 0, kept, (int) size, n);
          }
        }
        size += n;
      }
    } catch (IOException | RuntimeException e) {
      if (spill != null) {
        spill.close();
      }
      throw e;
    }
    return new Payload(
        Md5.of(md5.digest()),
        Sha1.of(sha1.digest()),
        Sha256.of(sha256.digest()),
        size,
        keeping && spill == null ? Optional.of(Arrays.copyOf(kept, (int) size)) : Optional.empty(),
        Optional.ofNullable(spill));
  }

  /** A payload already in memory. */
  static Payload of(byte[] bytes) {
    return new Payload(
        Md5.of(digest("MD5").digest(bytes)),
        Sha1.of(digest("SHA-1").digest(bytes)),
        Sha256.of(digest("SHA-256").digest(bytes)),
        bytes.length,
        Optional.of(bytes),
        Optional.empty());
  }

  /** Whether the content was kept (on the heap or in a memory file). */
  boolean kept() {
    return bytes.isPresent() || spilled.isPresent();
  }

  /** The whole content, from the heap or the memory file; only for a payload that was kept. */
  byte[] content() throws IOException {
    return bytes.isPresent() ? bytes.get() : spilled.orElseThrow().bytes();
  }

  /** The first bytes, to tell what the payload is. */
  byte[] head() throws IOException {
    if (bytes.isPresent()) {
      return bytes.get();
    }
    if (spilled.isPresent()) {
      return spilled.get().head(4096);
    }
    return new byte[0];
  }

  private static MessageDigest digest(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + name, e);
    }
  }

  /** The same digests without the content (once fingerprinted, it is dropped). */
  Payload withoutContent() {
    return new Payload(md5, sha1, sha256, size, Optional.empty(), Optional.empty());
  }

  @Override
  public void close() {
    spilled.ifPresent(MemoryFile::close);
  }
}
