package org.okju.evidence.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.okju.evidence.EvidenceException;
import org.okju.evidence.PathBytes;
import org.okju.evidence.posix.OpenedFile;
import org.okju.evidence.posix.PosixException;
import org.okju.evidence.posix.ReadOnlyFiles;

/**
 * An EnCase/EWF image ({@code .E01}, {@code .E02} …) read by okju itself, every segment opened with
 * {@code O_NOATIME}: the sections as libewf documents them ("Expert Witness Compression Format",
 * Joachim Metz), each chunk inflated (zlib) or checked against its Adler-32, as {@code ewfverify}
 * does. Reading in Java lets one pass hash the media, check every chunk and serve the files' bytes
 * to ingest without a second decompressing process; The Sleuth Kit still reads the same image
 * (through libewf) to list its file systems.
 *
 * <p>A chunk whose checksum does not hold is returned as read (zeros for what could not be
 * inflated) and listed in {@link #damage()}, as {@code ewfverify} reports "sector validation
 * errors" and goes on. A chunk a truncated image lacks cannot be read ({@code image-truncated}).
 * Thread-safe: each thread keeps its own inflater and last chunk.
 */
final class EwfMedia implements ImageMedia {
  static final byte[] SIGNATURE = {'E', 'V', 'F', 0x09, 0x0d, 0x0a, (byte) 0xff, 0x00};
  private static final int DESCRIPTOR = 76;
  private static final int MAX_SECTIONS = 1 << 20;
  private static final int MAX_DAMAGE_LINES = 100;
  // Decoded chunks the hashing pass keeps for the file readers behind it (an -Xmx640m JVM).
  private static final long WINDOW_BYTES = 32L << 20;

  private final List<OpenedFile> segments;
  private final List<byte[]> paths;
  private final EwfChunks chunks;
  private final int chunkSize;
  private final int bytesPerSector;
  private final long size;
  private final long declaredChunks;
  private final EwfStoredHashes stored;
  private final Map<String, String> header;
  private final List<String> structure;
  private final ConcurrentSkipListMap<Long, String> damaged = new ConcurrentSkipListMap<>();
  private final ThreadLocal<ChunkCache> caches = ThreadLocal.withInitial(ChunkCache::new);
  private final ChunkWindow window;

  private EwfMedia(EwfReading r) {
    this.segments = r.segments;
    this.paths = r.paths;
    this.chunks = r.chunks;
    this.bytesPerSector = r.bytesPerSector;
    this.chunkSize = r.sectorsPerChunk * r.bytesPerSector;
    this.size = r.sectorCount * r.bytesPerSector;
    this.declaredChunks = r.chunkCount;
    this.stored = new EwfStoredHashes(r.md5, r.sha1);
    this.header = r.header;
    this.structure = r.problems;
    this.window = new ChunkWindow(WINDOW_BYTES, chunkSize);
  }

  /**
   * Opens the image whose first segment is {@code first}, and the segments after it.
   *
   * @throws EvidenceException when a segment cannot be read or the structure makes no sense
   */
  static EwfMedia open(ReadOnlyFiles files, byte[] first) throws EvidenceException {
    EwfReading r = new EwfReading();
    try {
      for (byte[] path : SegmentNames.ewfSet(files, first)) {
        OpenedFile f = files.openFile(path);
        r.segments.add(f);
        r.paths.add(path);
        if (r.readSegment(f, r.segments.size() - 1, path)) {
          break;
        }
      }
      r.check(first);
      return new EwfMedia(r);
    } catch (EvidenceException | RuntimeException e) {
      r.segments.forEach(OpenedFile::close);
      throw e;
    }
  }

  /** The segment files, first to last. */
  List<byte[]> paths() {
    return paths;
  }

  /** The hashes the acquisition stored in the image. */
  EwfStoredHashes stored() {
    return stored;
  }

  /** The acquisition's notes (case number, examiner, description, dates …), by name. */
  Map<String, String> header() {
    return header;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public int sectorSize() {
    return bytesPerSector;
  }

  @Override
  public int read(long position, byte[] buffer, int offset, int length) throws EvidenceException {
    return read(position, buffer, offset, length, false);
  }

  @Override
  public int readLeading(long position, byte[] buffer, int offset, int length)
      throws EvidenceException {
    return read(position, buffer, offset, length, true);
  }

  @Override
  public void passStarted(long position) {
    window.passStarted(position / chunkSize);
  }

  @Override
  public void passEnded() {
    window.passEnded();
  }

  private int read(long position, byte[] buffer, int offset, int length, boolean leading)
      throws EvidenceException {
    int done = 0;
    ChunkCache cache = caches.get();
    while (done < length && position + done < size) {
      long at = position + done;
      long index = at / chunkSize;
      byte[] data = leading ? lead(index, cache) : follow(index, cache);
      int inChunk = (int) (at - index * chunkSize);
      int n = Math.min(length - done, expectedLength(index) - inChunk);
      System.arraycopy(data, inChunk, buffer, offset + done, n);
      done += n;
    }
    return done;
  }

  @Override
  public List<String> damage() {
    List<String> out = new ArrayList<>(structure);
    damaged.values().stream().limit(MAX_DAMAGE_LINES).forEach(out::add);
    if (damaged.size() > MAX_DAMAGE_LINES) {
      out.add("… " + (damaged.size() - MAX_DAMAGE_LINES) + " more damaged chunks");
    }
    return out;
  }

  /** The number of chunks found damaged so far. */
  long damagedChunks() {
    return damaged.size();
  }

  @Override
  public void close() {
    segments.forEach(OpenedFile::close);
  }

  // The pass decodes every chunk once, into an array of its own that it shares with the readers.
  private byte[] lead(long index, ChunkCache cache) throws EvidenceException {
    byte[] shared = window.get(index);
    if (shared == null) {
      shared = new byte[chunkSize];
      inflate(index, shared, cache);
    }
    window.decoded(index, shared);
    return shared;
  }

  // A reader takes the chunk from the pass when it can: waits for it when ahead of it.
  private byte[] follow(long index, ChunkCache cache) throws EvidenceException {
    if (cache.index == index) {
      return cache.data;
    }
    if (window.ahead(index)) {
      window.awaitPass(index);
    }
    byte[] shared = window.get(index);
    return shared != null ? shared : cache.chunk(this, index);
  }

  private int expectedLength(long index) {
    return (int) Math.min(chunkSize, size - index * chunkSize);
  }

  private void inflate(long index, byte[] into, ChunkCache cache) throws EvidenceException {
    int expected = expectedLength(index);
    Arrays.fill(into, 0, chunkSize, (byte) 0);
    if (index >= chunks.count()) {
      throw new EwfFormatException(
          "image-truncated",
          "the image holds "
              + chunks.count()
              + " of its "
              + declaredChunks
              + " chunks: bytes from "
              + chunks.count() * chunkSize
              + " on are missing (truncated)");
    }
    EwfChunks.Location at = chunks.locate(index);
    if (at.length() <= 0 || at.length() > chunkSize + chunkSize / 2 + 64) {
      damage(index, "stored length " + at.length() + " is impossible");
      return;
    }
    if (cache.raw.length < at.length()) {
      cache.raw = new byte[at.length()];
    }
    int got = readFully(at.segment(), at.offset(), cache.raw, at.length());
    if (got < at.length()) {
      damage(index, "its " + at.length() + " stored bytes end past the segment's end");
      return;
    }
    if (at.compressed()) {
      Inflater inf = cache.inflater;
      inf.reset();
      inf.setInput(cache.raw, 0, at.length());
      try {
        int n = 0;
        while (n < expected && !inf.finished() && !inf.needsInput()) {
          int k = inf.inflate(into, n, expected - n);
          if (k == 0 && (inf.needsDictionary() || inf.needsInput())) {
            break;
          }
          n += k;
        }
        if (n != expected || !inf.finished()) {
          damage(index, "inflates to " + n + " bytes, not " + expected);
        }
      } catch (DataFormatException e) {
        damage(index, "zlib: " + e.getMessage());
      }
    } else {
      int dataLength = Math.min(expected, at.length());
      System.arraycopy(cache.raw, 0, into, 0, dataLength);
      if (at.length() >= expected + 4) {
        cache.adler.reset();
        cache.adler.update(cache.raw, 0, expected);
        long want =
            ByteBuffer.wrap(cache.raw, expected, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()
                & 0xffffffffL;
        if (cache.adler.getValue() != want) {
          damage(index, "Adler-32 checksum does not match");
        }
      } else if (at.length() < expected) {
        damage(index, "holds " + at.length() + " of its " + expected + " bytes");
      }
    }
  }

  private void damage(long index, String why) {
    long firstSector = index * chunkSize / bytesPerSector;
    long lastSector = (index * chunkSize + expectedLength(index)) / bytesPerSector - 1;
    damaged.putIfAbsent(
        index, "chunk " + index + " (sectors " + firstSector + "-" + lastSector + "): " + why);
  }

  private int readFully(int segment, long offset, byte[] into, int length) throws PosixException {
    int done = 0;
    while (done < length) {
      int n = segments.get(segment).readAt(offset + done, into, done, length - done);
      if (n <= 0) {
        break;
      }
      done += n;
    }
    return done;
  }

  /** One thread's inflater and the chunk it read last. */
  private static final class ChunkCache {
    final Inflater inflater = new Inflater();
    final Adler32 adler = new Adler32();
    long index = -1;
    byte[] data = new byte[0];
    byte[] raw = new byte[0];

    byte[] chunk(EwfMedia media, long i) throws EvidenceException {
      if (i != index) {
        if (data.length < media.chunkSize) {
          data = new byte[media.chunkSize];
        }
        index = -1;
        media.inflate(i, data, this);
        index = i;
      }
      return data;
    }
  }

  /** What reading the segments' sections found. Not thread-safe; used while opening. */
  private static final class EwfReading {
    final List<OpenedFile> segments = new ArrayList<>();
    final List<byte[]> paths = new ArrayList<>();
    final EwfChunks chunks = new EwfChunks();
    final List<String> problems = new ArrayList<>();
    final Map<String, String> header = new TreeMap<>();
    long chunkCount = -1;
    int sectorsPerChunk;
    int bytesPerSector;
    long sectorCount;
    boolean done;
    Optional<String> md5 = Optional.empty();
    Optional<String> sha1 = Optional.empty();
    long sectorsStart = -1;
    long sectorsEnd = -1;

    /** Reads one segment's sections; true when it was the last ("done"). */
    boolean readSegment(OpenedFile f, int index, byte[] path) throws EvidenceException {
      String name = PathBytes.display(path);
      long fileSize = f.stat().size();
      byte[] head = new byte[13];
      if (read(f, 0, head) < 13 || !Arrays.equals(Arrays.copyOf(head, 8), SIGNATURE)) {
        throw new EwfFormatException(
            "corrupt-image", name + " does not start with the EWF signature");
      }
      int number = (head[9] & 0xff) | (head[10] & 0xff) << 8;
      if (number != index + 1) {
        problems.add(name + " says it is segment " + number + ", expected " + (index + 1));
      }
      long at = 13;
      byte[] d = new byte[DESCRIPTOR];
      Adler32 adler = new Adler32();
      for (int sections = 0; sections < MAX_SECTIONS; sections++) {
        if (at + DESCRIPTOR > fileSize || read(f, at, d) < DESCRIPTOR) {
          problems.add(name + " ends at byte " + fileSize + " inside its sections (truncated)");
          return true;
        }
        ByteBuffer b = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN);
        String type = new String(d, 0, 16, StandardCharsets.US_ASCII).replace("\0", "").strip();
        long next = b.getLong(16);
        long sectionSize = b.getLong(24);
        adler.reset();
        adler.update(d, 0, 72);
        if ((b.getInt(72) & 0xffffffffL) != adler.getValue()) {
          problems.add(name + ": the section descriptor at byte " + at + " is damaged");
          return true;
        }
        section(f, type, at, sectionSize, fileSize, index, name);
        if (type.equals("done")) {
          done = true;
          return true;
        }
        if (type.equals("next")) {
          return false;
        }
        if (next <= at || next > fileSize) {
          problems.add(
              name
                  + ": section '"
                  + type
                  + "' at byte "
                  + at
                  + " points to "
                  + next
                  + ", outside the segment (truncated or damaged)");
          return true;
        }
        at = next;
      }
      problems.add(name + " has more than " + MAX_SECTIONS + " sections");
      return true;
    }

    private void section(
        OpenedFile f, String type, long at, long size, long fileSize, int segment, String name)
        throws EvidenceException {
      long data = at + DESCRIPTOR;
      switch (type) {
        case "volume", "disk", "data" -> {
          if (chunkCount >= 0) {
            return;
          }
          byte[] v = new byte[24];
          if (read(f, data, v) < 24) {
            return;
          }
          ByteBuffer b = ByteBuffer.wrap(v).order(ByteOrder.LITTLE_ENDIAN);
          chunkCount = b.getInt(4) & 0xffffffffL;
          sectorsPerChunk = b.getInt(8);
          bytesPerSector = b.getInt(12);
          sectorCount = b.getLong(16);
        }
        case "sectors" -> {
          sectorsStart = data;
          sectorsEnd = Math.min(fileSize, at + size);
        }
        case "table" -> table(f, at, data, size, fileSize, segment, name);
        case "hash" -> {
          byte[] h = new byte[16];
          if (read(f, data, h) == 16) {
            md5 = Optional.of(HexFormat.of().formatHex(h));
          }
        }
        case "digest" -> {
          byte[] h = new byte[36];
          if (read(f, data, h) == 36) {
            md5 = Optional.of(HexFormat.of().formatHex(h, 0, 16));
            String s = HexFormat.of().formatHex(h, 16, 36);
            sha1 = s.matches("0+") ? Optional.empty() : Optional.of(s);
          }
        }
        case "header" -> EwfHeader.read(f, data, size - DESCRIPTOR, header);
        default -> {
          // header2, table2 (a copy of table), error2, session, ltree …: not needed to read.
        }
      }
    }

    private void table(
        OpenedFile f, long at, long data, long size, long fileSize, int segment, String name)
        throws EvidenceException {
      byte[] h = new byte[24];
      if (read(f, data, h) < 24) {
        problems.add(name + ": the table at byte " + at + " is cut short");
        return;
      }
      ByteBuffer b = ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN);
      long n = b.getInt(0) & 0xffffffffL;
      long base = b.getLong(8);
      if (n * 4 > size || n > (1 << 24)) {
        problems.add(name + ": the table at byte " + at + " claims " + n + " chunks");
        return;
      }
      byte[] raw = new byte[(int) n * 4];
      if (read(f, data + 24, raw) < raw.length) {
        problems.add(name + ": the table at byte " + at + " is cut short");
        return;
      }
      int[] entries = new int[(int) n];
      ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(entries);
      // The last chunk ends where the sectors data it belongs to ends; in the oldest layout
      // (no sectors section) the chunks follow the table's entries inside the table section.
      long first = base + (entries.length == 0 ? 0 : entries[0] & 0x7fffffffL);
      long lastEnd =
          sectorsStart >= 0 && first >= sectorsStart && first < sectorsEnd
              ? sectorsEnd
              : Math.min(fileSize, at + size);
      chunks.add(segment, base, entries, lastEnd);
    }

    void check(byte[] first) throws EwfFormatException {
      String name = PathBytes.display(first);
      if (chunkCount < 0 || sectorsPerChunk <= 0 || bytesPerSector <= 0) {
        throw new EwfFormatException(
            "corrupt-image", name + " has no readable volume section (sizes unknown)");
      }
      if (!List.of(512, 1024, 2048, 4096).contains(bytesPerSector)
          || (long) sectorsPerChunk * bytesPerSector > (64 << 20)
          || sectorCount < 0) {
        throw new EwfFormatException(
            "corrupt-image",
            name
                + " declares "
                + bytesPerSector
                + "-byte sectors and "
                + sectorsPerChunk
                + " sectors a chunk");
      }
      long needed =
          (sectorCount * bytesPerSector + (long) sectorsPerChunk * bytesPerSector - 1)
              / ((long) sectorsPerChunk * bytesPerSector);
      if (!done) {
        problems.add(name + ": the last segment has no 'done' section (truncated)");
      }
      if (chunks.count() < needed) {
        problems.add(
            name
                + " holds "
                + chunks.count()
                + " of the "
                + needed
                + " chunks its volume declares (truncated)");
      }
    }

    private static int read(OpenedFile f, long at, byte[] into) throws PosixException {
      int done = 0;
      while (done < into.length) {
        int n = f.readAt(at + done, into, done, into.length - done);
        if (n <= 0) {
          break;
        }
        done += n;
      }
      return done;
    }
  }
}
