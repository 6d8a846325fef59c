package org.okju.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * The on-disk form of a {@link MultiIndexHashIndex}, laid out so it can be memory-mapped and
 * searched in place. Little-endian throughout:
 *
 * <pre>
 * header (256 bytes): int magic "OKJU", 16 bytes name "hamming-index", int version (1),
 *                     int m, int 0, long n, int[m] substring widths, zeros
 * words:              n * 4 longs, each hash most significant word first
 * ids:                n longs
 * per substring t:    (2^width(t) + 1) ints bucket starts, then n ints ordinals (each padded to 8)
 * footer (16 bytes):  int magic "OKJE", int 0, long CRC-32C of every byte before the footer
 * </pre>
 *
 * <p>Modelled on Lucene's {@code CodecUtil} header/footer. Each section must stay under 2 GiB (one
 * mapping), which allows up to 67 million hashes in one file.
 */
final class HammingIndexFile {
  static final int VERSION = 1;
  static final int HEADER_BYTES = 256;
  static final int FOOTER_BYTES = 16;
  private static final int MAGIC = 0x554A4B4F; // "OKJU" in little-endian byte order
  private static final int FOOTER_MAGIC = 0x454A4B4F; // "OKJE"
  private static final String NAME = "hamming-index";
  private static final int NAME_BYTES = 16;

  private HammingIndexFile() {}

  static void write(MultiIndexHashIndex index, Path file) throws IOException {
    SubstringSplit split = index.split();
    MihStorage s = index.storage();
    int n = s.size();
    int m = split.count();
    AtomicFile.write(
        file,
        channel -> {
          Sink out = new Sink(channel);
          out.putInt(MAGIC);
          byte[] name = NAME.getBytes(StandardCharsets.US_ASCII);
          for (int i = 0; i < NAME_BYTES; i++) {
            out.putByte(i < name.length ? name[i] : 0);
          }
          out.putInt(VERSION);
          out.putInt(m);
          out.putInt(0);
          out.putLong(n);
          for (int t = 0; t < m; t++) {
            out.putInt(split.width(t));
          }
          out.padTo(HEADER_BYTES);
          for (int o = 0; o < n; o++) {
            for (int w = 0; w < 4; w++) {
              out.putLong(s.word(o, w));
            }
          }
          for (int o = 0; o < n; o++) {
            out.putLong(s.id(o));
          }
          for (int t = 0; t < m; t++) {
            int buckets = 1 << split.width(t);
            for (int k = 0; k <= buckets; k++) {
              out.putInt(s.bucketStart(t, k));
            }
            out.padTo8();
            for (int p = 0; p < n; p++) {
              out.putInt(s.ordinalAt(t, p));
            }
            out.padTo8();
          }
          long crc = out.flushAndChecksum();
          ByteBuffer footer = ByteBuffer.allocate(FOOTER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
          footer.putInt(FOOTER_MAGIC).putInt(0).putLong(crc).flip();
          while (footer.hasRemaining()) {
            channel.write(footer);
          }
        });
  }

  static MultiIndexHashIndex open(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long length = ch.size();
      if (length < HEADER_BYTES + FOOTER_BYTES) {
        throw new CorruptFileException(file, "truncated: " + length + " bytes");
      }
      ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
      while (h.hasRemaining() && ch.read(h, h.position()) >= 0) {
        // read the whole header
      }
      h.flip();
      if (h.getInt() != MAGIC) {
        throw new CorruptFileException(file, "not an okju index file (bad magic)");
      }
      byte[] name = new byte[NAME_BYTES];
      h.get(name);
      String found = new String(name, StandardCharsets.US_ASCII).replace("\0", "");
      if (!found.equals(NAME)) {
        throw new CorruptFileException(file, "holds \"" + found + "\", expected \"" + NAME + "\"");
      }
      int version = h.getInt();
      if (version != VERSION) {
        throw new UnsupportedFormatVersionException(file, version, VERSION, VERSION);
      }
      int m = h.getInt();
      h.getInt();
      long n = h.getLong();
      if (m < 11 || m > 32 || n < 0 || n > Integer.MAX_VALUE / 32) {
        throw new CorruptFileException(file, "impossible header: m=" + m + ", n=" + n);
      }
      SubstringSplit split = new SubstringSplit(m);
      for (int t = 0; t < m; t++) {
        int width = h.getInt();
        if (width != split.width(t)) {
          throw new CorruptFileException(file, "substring " + t + " width " + width);
        }
      }
      long expected = HEADER_BYTES + n * 40 + FOOTER_BYTES;
      for (int t = 0; t < m; t++) {
        expected += pad8(((1L << split.width(t)) + 1) * 4) + pad8(n * 4);
      }
      if (length != expected) {
        throw new CorruptFileException(
            file, "length " + length + " bytes, the header implies " + expected);
      }
      verifyChecksum(ch, file, length - FOOTER_BYTES);
      long at = HEADER_BYTES;
      LongBuffer words = map(ch, file, at, n * 32).asLongBuffer();
      at += n * 32;
      LongBuffer ids = map(ch, file, at, n * 8).asLongBuffer();
      at += n * 8;
      IntBuffer[] starts = new IntBuffer[m];
      IntBuffer[] ordinals = new IntBuffer[m];
      for (int t = 0; t < m; t++) {
        long bytes = ((1L << split.width(t)) + 1) * 4;
        starts[t] = map(ch, file, at, bytes).asIntBuffer();
        at += pad8(bytes);
        ordinals[t] = map(ch, file, at, n * 4).asIntBuffer();
        at += pad8(n * 4);
      }
      return new MultiIndexHashIndex(
          split, new MappedMihStorage(words, ids, starts, ordinals), true);
    }
  }

  private static void verifyChecksum(FileChannel ch, Path file, long bodyEnd) throws IOException {
    CRC32C crc = new CRC32C();
    long chunk = 1L << 30;
    for (long at = 0; at < bodyEnd; at += chunk) {
      crc.update(ch.map(FileChannel.MapMode.READ_ONLY, at, Math.min(chunk, bodyEnd - at)));
    }
    ByteBuffer f = ByteBuffer.allocate(FOOTER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    while (f.hasRemaining() && ch.read(f, bodyEnd + f.position()) >= 0) {
      // read the whole footer
    }
    f.flip();
    int magic = f.getInt();
    int reserved = f.getInt();
    long stored = f.getLong();
    if (magic != FOOTER_MAGIC || reserved != 0) {
      throw new CorruptFileException(file, "bad footer magic");
    }
    if (stored != crc.getValue()) {
      throw new CorruptFileException(
          file,
          "checksum mismatch: stored "
              + Long.toHexString(stored)
              + ", computed "
              + Long.toHexString(crc.getValue()));
    }
  }

  private static ByteBuffer map(FileChannel ch, Path file, long at, long bytes) throws IOException {
    if (bytes > Integer.MAX_VALUE) {
      throw new IOException(file + ": a section of " + bytes + " bytes is too large to map");
    }
    MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, at, bytes);
    return b.order(ByteOrder.LITTLE_ENDIAN);
  }

  private static long pad8(long bytes) {
    return (bytes + 7) & ~7L;
  }

  /** Buffered little-endian output that checksums what it writes. */
  private static final class Sink {
    private final FileChannel channel;
    private final ByteBuffer buf =
        ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private final CRC32C crc = new CRC32C();
    private long written;

    Sink(FileChannel channel) {
      this.channel = channel;
    }

    void putByte(byte b) throws IOException {
      room(1);
      buf.put(b);
    }

    void putInt(int v) throws IOException {
      room(4);
      buf.putInt(v);
    }

    void putLong(long v) throws IOException {
      room(8);
      buf.putLong(v);
    }

    void padTo(long offset) throws IOException {
      while (written + buf.position() < offset) {
        putByte((byte) 0);
      }
    }

    void padTo8() throws IOException {
      padTo(pad8(written + buf.position()));
    }

    private void room(int bytes) throws IOException {
      if (buf.remaining() < bytes) {
        flush();
      }
    }

    private void flush() throws IOException {
      buf.flip();
      crc.update(buf.duplicate());
      written += buf.remaining();
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
      buf.clear();
    }

    long flushAndChecksum() throws IOException {
      flush();
      return crc.getValue();
    }
  }
}
