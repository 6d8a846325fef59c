package org.okju.copies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.zip.CRC32C;
import org.okju.fingerprint.Pdq256;
import org.okju.index.CorruptFileException;
import org.okju.index.UnsupportedFormatVersionException;

/**
 * Every view of every media of one grouping run in columns, memory-mapped from one file written by
 * {@link ViewTableWriter}: the operating system pages the hashes in as grouping reads them, so the
 * heap holds no object per view (a case of a million images has about 150 million). Media are
 * numbered 0..n-1 in the order they were added, views 0..V-1 in media order.
 *
 * <p>Immutable and safe to read from many threads. The mapping lives until this object is garbage
 * collected (Java 17 has no explicit unmap); the file may be deleted once it is open.
 */
public final class ViewTable {
  /** The file format version this build writes and reads. */
  public static final int VERSION = 1;

  private static final int TRAILER = 5 * 8 + 8 + 4 + 4;

  /**
   * Views per mapping of the hash column (32 bytes each: 1 GiB; one mapping holds at most 2 GiB
   * less a byte).
   */
  private static final int HASH_SHIFT = 25;

  /** Views per mapping of the 4-byte columns. */
  private static final int SMALL_SHIFT = 28;

  private final ByteBuffer[] hashes;
  private final ByteBuffer[] meta;
  private final ByteBuffer[] refs;
  private final ByteBuffer frames;
  private final long[] firstView;
  private final String[] kinds;
  private final String[] orientations;
  private final String[][] labels;
  private final boolean[][] flags;
  private final long views;

  // Per kind: what grouping asks of a view (see Media.View).
  private static final int CANONICAL_KIND = 0;
  private static final int QUERY_KIND = 1;
  private static final int PROBE = 2;
  private static final int ANCHOR = 3;
  private static final int HALF = 4;
  private final int orig;

  private ViewTable(
      ByteBuffer[] hashes,
      ByteBuffer[] meta,
      ByteBuffer[] refs,
      ByteBuffer frames,
      long[] firstView,
      String[] kinds,
      String[] orientations,
      long views) {
    this.hashes = hashes;
    this.meta = meta;
    this.refs = refs;
    this.frames = frames;
    this.firstView = firstView;
    this.kinds = kinds;
    this.orientations = orientations;
    this.views = views;
    this.labels = new String[kinds.length][orientations.length];
    this.flags = new boolean[5][kinds.length];
    for (int k = 0; k < kinds.length; k++) {
      for (int o = 0; o < orientations.length; o++) {
        labels[k][o] = (kinds[k] + "/" + orientations[o]).intern();
      }
      Media.View probe = new Media.View(0, 0, kinds[k], "orig", Pdq256.ofWords(0, 0, 0, 0), 0);
      flags[CANONICAL_KIND][k] = kinds[k].equals("full");
      flags[QUERY_KIND][k] = probe.query();
      flags[PROBE][k] = probe.cropProbe();
      flags[ANCHOR][k] = probe.cropAnchor();
      flags[HALF][k] = probe.half();
    }
    this.orig = Arrays.asList(orientations).indexOf("orig");
  }

  /**
   * Maps a table file, checking its trailer and checksum first.
   *
   * @throws UncheckedIOException when it cannot be read, with a {@link CorruptFileException} as its
   *     cause when it is truncated, not a view table or fails its checksum, and an {@link
   *     UnsupportedFormatVersionException} when another format version wrote it
   */
  public static ViewTable open(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < 16 + TRAILER) {
        throw new CorruptFileException(file, "truncated: " + size + " bytes");
      }
      ByteBuffer t = read(ch, size - TRAILER, TRAILER);
      long v = t.getLong();
      long f = t.getLong();
      long n = t.getLong();
      long k = t.getLong();
      long o = t.getLong();
      byte[] magic = new byte[8];
      t.get(magic);
      if (!"VIEWOKJU".equals(new String(magic, StandardCharsets.US_ASCII))) {
        throw new CorruptFileException(file, "not a view table");
      }
      int version = t.getInt();
      if (version != VERSION) {
        throw new UnsupportedFormatVersionException(file, version, VERSION, VERSION);
      }
      int stored = t.getInt();
      if (stored != checksum(ch, size - 4)) {
        throw new CorruptFileException(file, "checksum mismatch");
      }
      long hashAt = 16;
      long metaAt = hashAt + 32 * v;
      long refAt = align(metaAt + 4 * v);
      long frameAt = align(refAt + 4 * v);
      long mediaAt = frameAt + 24 * f;
      long namesAt = mediaAt + 8 * (n + 1);
      if (v < 0 || f < 0 || n < 0 || k > 0xffff || o > 0xff || namesAt > size - TRAILER) {
        throw new CorruptFileException(file, "counts exceed the file's length");
      }
      ByteBuffer[] hashes = map(ch, hashAt, v, 32, HASH_SHIFT);
      ByteBuffer[] meta = map(ch, metaAt, v, 4, SMALL_SHIFT);
      ByteBuffer[] refs = map(ch, refAt, v, 4, SMALL_SHIFT);
      if (24 * f > Integer.MAX_VALUE) {
        throw new CorruptFileException(file, "too many frames: " + f);
      }
      ByteBuffer frames = map(ch, frameAt, f, 24, 31 - 5)[0];
      ByteBuffer media = read(ch, mediaAt, (int) (8 * (n + 1)));
      long[] firstView = new long[(int) (n + 1)];
      media.asLongBuffer().get(firstView);
      ByteBuffer names = read(ch, namesAt, (int) (size - TRAILER - namesAt));
      String[] kinds = strings(names, (int) k);
      String[] orientations = strings(names, (int) o);
      return new ViewTable(hashes, meta, refs, frames, firstView, kinds, orientations, v);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the view table " + file, e);
    }
  }

  private static long align(long at) {
    return (at + 7) & ~7L;
  }

  private static ByteBuffer read(FileChannel ch, long at, int bytes) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (ch.read(b, at + b.position()) < 0) {
        throw new IOException("unexpected end of file");
      }
    }
    return b.flip();
  }

  private static int checksum(FileChannel ch, long length) throws IOException {
    CRC32C crc = new CRC32C();
    ByteBuffer b = ByteBuffer.allocateDirect(1 << 20);
    long at = 0;
    while (at < length) {
      b.clear().limit((int) Math.min(b.capacity(), length - at));
      int r = ch.read(b, at);
      if (r < 0) {
        throw new IOException("unexpected end of file");
      }
      b.flip();
      crc.update(b);
      at += r;
    }
    return (int) crc.getValue();
  }

  private static ByteBuffer[] map(FileChannel ch, long at, long count, int bytes, int shift)
      throws IOException {
    int chunks = (int) Math.max(1, (count + (1L << shift) - 1) >>> shift);
    ByteBuffer[] out = new ByteBuffer[chunks];
    for (int c = 0; c < chunks; c++) {
      long first = (long) c << shift;
      long n = Math.min(1L << shift, count - first);
      out[c] =
          ch.map(FileChannel.MapMode.READ_ONLY, at + first * bytes, Math.max(0, n) * bytes)
              .order(ByteOrder.LITTLE_ENDIAN);
    }
    return out;
  }

  private static String[] strings(ByteBuffer in, int count) {
    String[] out = new String[count];
    for (int i = 0; i < count; i++) {
      byte[] b = new byte[in.getShort() & 0xffff];
      in.get(b);
      out[i] = new String(b, StandardCharsets.UTF_8).intern();
    }
    return out;
  }

  /** Number of media. */
  public int media() {
    return firstView.length - 1;
  }

  /** Number of views. */
  public long views() {
    return views;
  }

  /** The first view of media {@code m}. */
  public long firstView(int m) {
    return firstView[m];
  }

  /** One past the last view of media {@code m}. */
  public long endView(int m) {
    return firstView[m + 1];
  }

  /** The media view {@code v} belongs to. */
  int mediaOf(long v) {
    int i = Arrays.binarySearch(firstView, v);
    if (i >= 0) {
      // Media without views share their first view with the next: take the last of them.
      while (i + 1 < firstView.length && firstView[i + 1] == v) {
        i++;
      }
      return i;
    }
    return -i - 2;
  }

  /** Word {@code w} (0 = most significant) of view {@code v}'s hash. */
  long word(long v, int w) {
    return hashes[(int) (v >>> HASH_SHIFT)].getLong(
        (int) ((v & ((1L << HASH_SHIFT) - 1)) * 32 + 8L * w));
  }

  Pdq256 hash(long v) {
    return Pdq256.ofWords(word(v, 0), word(v, 1), word(v, 2), word(v, 3));
  }

  /** Hamming distance between views {@code a} and {@code b}. */
  int distance(long a, long b) {
    int d = 0;
    for (int w = 0; w < 4; w++) {
      d += Long.bitCount(word(a, w) ^ word(b, w));
    }
    return d;
  }

  private int metaInt(long v) {
    return meta[(int) (v >>> SMALL_SHIFT)].getInt((int) ((v & ((1L << SMALL_SHIFT) - 1)) * 4));
  }

  /** View {@code v}'s kind number (an index in this table's kind names). */
  int kind(long v) {
    return metaInt(v) & 0xffff;
  }

  /** View {@code v}'s orientation number. */
  int orientation(long v) {
    return (metaInt(v) >>> 16) & 0xff;
  }

  /** View {@code v}'s PDQ quality. */
  int quality(long v) {
    return metaInt(v) >>> 24;
  }

  private int frameIndex(long v) {
    return refs[(int) (v >>> SMALL_SHIFT)].getInt((int) ((v & ((1L << SMALL_SHIFT) - 1)) * 4));
  }

  /** View {@code v}'s frame number as {@link Media.View#frame} has it. */
  long frame(long v) {
    return frames.getLong(24 * frameIndex(v));
  }

  double seconds(long v) {
    return frames.getDouble(24 * frameIndex(v) + 8);
  }

  /** The {@code center-80/orig} view of view {@code v}'s frame, or -1. */
  long centre80(long v) {
    return frames.getLong(24 * frameIndex(v) + 16);
  }

  /** {@code kind/orientation} of view {@code v}, one shared string per pair. */
  String label(long v) {
    int m = metaInt(v);
    return labels[m & 0xffff][(m >>> 16) & 0xff];
  }

  /** The whole picture, upright ({@link Media.View#canonical}). */
  boolean canonical(long v) {
    int m = metaInt(v);
    return flags[CANONICAL_KIND][m & 0xffff] && ((m >>> 16) & 0xff) == orig;
  }

  /** A view a picture is looked up by ({@link Media.View#query}). */
  boolean query(long v) {
    int m = metaInt(v);
    return flags[QUERY_KIND][m & 0xffff]
        && (((m >>> 16) & 0xff) == orig || flags[PROBE][m & 0xffff]);
  }

  boolean cropProbe(long v) {
    return flags[PROBE][kind(v)];
  }

  boolean cropAnchor(long v) {
    return flags[ANCHOR][kind(v)];
  }

  /** A half of the picture ({@link Media.View#half}): it matches the same half only. */
  boolean half(long v) {
    return flags[HALF][kind(v)];
  }

  /** View {@code v} as an object. */
  Media.View view(long v) {
    return new Media.View(
        frame(v), seconds(v), kinds[kind(v)], orientations[orientation(v)], hash(v), quality(v));
  }

  /** The views of media {@code m}, decoded as they are read. */
  List<Media.View> viewsOf(int m) {
    return new Slice(this, m);
  }

  /** One media's views, decoded on access; what {@link Media#views} of a mapped media returns. */
  static final class Slice extends AbstractList<Media.View> implements RandomAccess {
    final ViewTable table;
    final int media;

    Slice(ViewTable table, int media) {
      this.table = table;
      this.media = media;
    }

    @Override
    public Media.View get(int i) {
      long first = table.firstView(media);
      if (i < 0 || i >= size()) {
        throw new IndexOutOfBoundsException(i);
      }
      return table.view(first + i);
    }

    @Override
    public int size() {
      return (int) (table.endView(media) - table.firstView(media));
    }
  }

  /** Deletes {@code file} if it exists; its mapping, if open, stays valid. */
  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the view table " + file, e);
    }
  }
}
