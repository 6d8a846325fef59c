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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Writes a {@link ViewTable} file, one media after another, in one sequential pass: the hash column
 * goes straight to the file, the smaller columns to temporary files beside it that are appended at
 * the end. Holds one media's views at a time, so a case of a million images is written in constant
 * memory. Not thread-safe.
 *
 * <p>Format, version {@value ViewTable#VERSION}, little-endian, every section 8-byte aligned:
 *
 * <pre>
 * "OKJUVIEW" + version u32 + 4 zero bytes            16
 * hashes        V x 4 x i64 (most significant word first)
 * meta          V x (u16 kind, u8 orientation, u8 quality)
 * frame refs    V x u32 (index in frames)
 * frames        F x (i64 frame number, f64 seconds, i64 centre-80 view or -1)
 * media         (n + 1) x i64 first view
 * names         kinds then orientations: u16 length + UTF-8 each, padded to 8
 * trailer       V, F, n, kinds, orientations (5 x i64), "VIEWOKJU", version u32,
 *               CRC-32C of every byte before it u32
 * </pre>
 */
public final class ViewTableWriter implements AutoCloseable {
  private static final int BUFFER = 1 << 20;

  private final Path file;
  private final Path metaFile;
  private final Path refFile;
  private final Path frameFile;
  private final Path mediaFile;
  private final Section hashes;
  private final Section meta;
  private final Section refs;
  private final Section frames;
  private final Section media;
  private final Map<String, Integer> kinds = new HashMap<>();
  private final Map<String, Integer> orientations = new HashMap<>();
  private final List<String> kindNames = new ArrayList<>();
  private final List<String> orientationNames = new ArrayList<>();
  private long views;
  private long frameCount;
  private long mediaCount;
  private boolean finished;

  /**
   * Starts a table file at {@code file} (replaced if present); its side files go beside it.
   *
   * @throws UncheckedIOException when the files cannot be created
   */
  public ViewTableWriter(Path file) {
    this.file = file;
    Path dir = file.toAbsolutePath().getParent();
    String name = file.getFileName().toString();
    this.metaFile = dir.resolve(name + ".meta");
    this.refFile = dir.resolve(name + ".refs");
    this.frameFile = dir.resolve(name + ".frames");
    this.mediaFile = dir.resolve(name + ".media");
    try {
      this.hashes = new Section(file);
      this.meta = new Section(metaFile);
      this.refs = new Section(refFile);
      this.frames = new Section(frameFile);
      this.media = new Section(mediaFile);
      ByteBuffer head = hashes.room(16);
      head.put("OKJUVIEW".getBytes(StandardCharsets.US_ASCII)).putInt(ViewTable.VERSION).putInt(0);
    } catch (IOException e) {
      deleteAll();
      throw new UncheckedIOException("cannot start the view table " + file, e);
    }
  }

  /**
   * Appends the next media's views; {@code frame}/{@code seconds} are as {@link Media.View} has
   * them. The arrays are read, not kept.
   */
  public void add(Views v) {
    try {
      media.room(8).putLong(views);
      Map<Long, Long> centreOfFrame = new HashMap<>();
      for (int i = 0; i < v.size(); i++) {
        if (v.kind(i).equals("center-80") && v.orientation(i).equals("orig")) {
          centreOfFrame.put(v.frame(i), views + i);
        }
      }
      for (int i = 0; i < v.size(); i++) {
        if (i == 0
            || v.frame(i) != v.frame(i - 1)
            || Double.compare(v.seconds(i), v.seconds(i - 1)) != 0) {
          frames
              .room(24)
              .putLong(v.frame(i))
              .putDouble(v.seconds(i))
              .putLong(centreOfFrame.getOrDefault(v.frame(i), -1L));
          frameCount++;
        }
        refs.room(4).putInt((int) (frameCount - 1));
        ByteBuffer h = hashes.room(32);
        for (int w = 0; w < 4; w++) {
          h.putLong(v.word(i, w));
        }
        int quality = v.quality(i);
        meta.room(4)
            .putShort((short) code(v.kind(i), kinds, kindNames, 0xffff))
            .put((byte) code(v.orientation(i), orientations, orientationNames, 0xff))
            .put((byte) Math.max(0, Math.min(255, quality)));
      }
      views += v.size();
      mediaCount++;
      if (frameCount > 0xffffffffL) {
        throw new IllegalStateException("more frames than a view table holds: " + frameCount);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the view table " + file, e);
    }
  }

  /** Appends the views of one in-memory media. */
  public void add(List<Media.View> list) {
    add(Views.of(list));
  }

  private static int code(String name, Map<String, Integer> codes, List<String> names, int max) {
    Integer c = codes.get(name);
    if (c == null) {
      c = names.size();
      if (c > max) {
        throw new IllegalStateException("more than " + max + " view names: " + name);
      }
      codes.put(name, c);
      names.add(name);
    }
    return c;
  }

  /** Number of media added so far. */
  public long media() {
    return mediaCount;
  }

  /**
   * Writes the remaining sections and the trailer, syncs, and opens the table (mapped).
   *
   * @throws UncheckedIOException when writing fails
   */
  public ViewTable finish() {
    try {
      media.room(8).putLong(views);
      for (Section s : List.of(meta, refs, frames, media)) {
        s.flush();
        s.channel.position(0);
        pad(hashes);
        ByteBuffer buf = ByteBuffer.allocate(BUFFER);
        while (s.channel.read(buf.clear()) > 0) {
          buf.flip();
          hashes.room(buf.remaining()).put(buf);
        }
        s.close();
      }
      for (List<String> names : List.of(kindNames, orientationNames)) {
        for (String n : names) {
          byte[] b = n.getBytes(StandardCharsets.UTF_8);
          hashes.room(2 + b.length).putShort((short) b.length).put(b);
        }
      }
      pad(hashes);
      ByteBuffer t = hashes.room(40 + 8);
      t.putLong(views).putLong(frameCount).putLong(mediaCount);
      t.putLong(kindNames.size()).putLong(orientationNames.size());
      t.put("VIEWOKJU".getBytes(StandardCharsets.US_ASCII));
      hashes.room(4).putInt(ViewTable.VERSION);
      hashes.flush();
      ByteBuffer crc = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
      crc.putInt((int) hashes.crc.getValue()).flip();
      hashes.channel.write(crc);
      hashes.channel.force(true);
      hashes.close();
      finished = true;
      deleteSides();
      return ViewTable.open(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the view table " + file, e);
    }
  }

  private static void pad(Section s) throws IOException {
    int pad = (int) ((8 - (s.written() % 8)) % 8);
    s.room(pad).put(new byte[pad]);
  }

  /** Deletes the side files and, unless {@link #finish} succeeded, the table. */
  @Override
  public void close() {
    if (!finished) {
      deleteAll();
    }
  }

  private void deleteAll() {
    for (Section s : new Section[] {hashes, meta, refs, frames, media}) {
      if (s != null) {
        s.closeQuietly();
      }
    }
    deleteSides();
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Best effort: a temporary file in a temporary place.
    }
  }

  private void deleteSides() {
    for (Path p : List.of(metaFile, refFile, frameFile, mediaFile)) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // Best effort, as above.
      }
    }
  }

  /** One sequentially written file with a staging buffer and a running CRC-32C. */
  private static final class Section {
    final FileChannel channel;
    final ByteBuffer buffer = ByteBuffer.allocate(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
    final CRC32C crc = new CRC32C();
    long flushed;

    Section(Path path) throws IOException {
      channel =
          FileChannel.open(
              path,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
    }

    /** The buffer, with at least {@code bytes} free (flushed first when needed). */
    ByteBuffer room(int bytes) throws IOException {
      if (buffer.remaining() < bytes) {
        flush();
      }
      return buffer;
    }

    long written() {
      return flushed + buffer.position();
    }

    void flush() throws IOException {
      buffer.flip();
      crc.update(buffer.array(), 0, buffer.limit());
      flushed += buffer.limit();
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      buffer.clear();
    }

    void close() throws IOException {
      channel.close();
    }

    void closeQuietly() {
      try {
        channel.close();
      } catch (IOException e) {
        // Closing after a failure: the first failure is the one reported.
      }
    }
  }

  /** One media's views as the writer reads them: from a list, a stored record, or generated. */
  public interface Views {
    int size();

    long frame(int i);

    double seconds(int i);

    String kind(int i);

    String orientation(int i);

    int quality(int i);

    long word(int i, int w);

    /** The views of an in-memory list. */
    static Views of(List<Media.View> list) {
      return new Views() {
        @Override
        public int size() {
          return list.size();
        }

        @Override
        public long frame(int i) {
          return list.get(i).frame();
        }

        @Override
        public double seconds(int i) {
          return list.get(i).seconds();
        }

        @Override
        public String kind(int i) {
          return list.get(i).kind();
        }

        @Override
        public String orientation(int i) {
          return list.get(i).orientation();
        }

        @Override
        public int quality(int i) {
          return list.get(i).quality();
        }

        @Override
        public long word(int i, int w) {
          return list.get(i).hash().word(w);
        }
      };
    }
  }
}
