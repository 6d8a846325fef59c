package org.okju.casefile;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Every copy signal of one image or video (all views of all its hashed frames, the crop grid
 * included) as one binary record: what the case stores per item instead of a row per view (an image
 * has about 150 views). Immutable and thread-safe once decoded.
 *
 * <p>Format, version {@value #VERSION}, big-endian:
 *
 * <pre>
 * "OKCS"  magic                     4 bytes
 * version                           u8   (1)
 * reserved                          u8   (0)
 * label count L                     u16  names of views outside the built-in vocabulary
 * frame count F                     u32
 * view count V                      u32
 * L x (u16 length, UTF-8 bytes)     the record's own view names
 * F x (i64 frame number, f64 s)     frames in ascending order (-1 for an image)
 * V x view, 40 bytes:
 *     u32 frame index, u16 kind, u8 orientation, u8 quality, 32 bytes PDQ (hex order)
 * CRC-32C of everything before      u32
 * </pre>
 *
 * A kind is {@code family << 12 | cell}: family 0 holds the fixed views ({@code full}, {@code
 * content}, {@code center-90}, {@code center-80}, {@code top-90}, {@code bottom-90}, {@code
 * left-90}, {@code right-90}: cell = their number), 1 the crop grid's anchors ({@code
 * crop-anchor-017}: cell 17), 2 its probes ({@code crop-probe-04}), 15 a name from the record's own
 * list (cell = its index), so a view okju adds later is stored without a new version. An
 * orientation is the {@link Dihedral} ordinal, or 8 + an index in the same list. Views are kept in
 * the order the row table gave them (frame, kind, orientation), so grouping sees them as before.
 */
public final class CopySignalPack {
  /** The format version this build writes and reads. */
  public static final int VERSION = 1;

  private static final int MAGIC = 0x4f4b4353; // "OKCS"
  private static final int HEADER = 16;
  private static final int FRAME_BYTES = 16;
  private static final int VIEW_BYTES = 40;

  /** Fixed views of family 0, by cell. */
  private static final List<String> FIXED =
      List.of(
          "full",
          "content",
          "center-90",
          "center-80",
          "top-90",
          "bottom-90",
          "left-90",
          "right-90");

  private static final int FAMILY_FIXED = 0;
  private static final int FAMILY_ANCHOR = 1;
  private static final int FAMILY_PROBE = 2;
  private static final int FAMILY_NAMED = 15;
  private static final int MAX_CELL = 0xfff;

  /** The orientation codes of the packed record, in code order: part of the stored format. */
  private static final Dihedral[] ORIENTATIONS = {
    Dihedral.ORIGINAL,
    Dihedral.ROTATE_90,
    Dihedral.ROTATE_180,
    Dihedral.ROTATE_270,
    Dihedral.FLIP_X,
    Dihedral.FLIP_Y,
    Dihedral.FLIP_PLUS_1,
    Dihedral.FLIP_MINUS_1
  };

  /** Signal order of the former row table: frame, then kind and orientation as text. */
  private static final Comparator<Copies.Signal> ROW_ORDER =
      Comparator.comparingLong(Copies.Signal::frameNumber)
          .thenComparing(Copies.Signal::kind)
          .thenComparing(Copies.Signal::orientation);

  private final String[] names;
  private final long[] frameNumbers;
  private final double[] frameSeconds;
  private final int[] viewFrame;
  private final short[] kinds;
  private final byte[] orientations;
  private final byte[] qualities;
  private final long[] words;

  private CopySignalPack(
      String[] names,
      long[] frameNumbers,
      double[] frameSeconds,
      int[] viewFrame,
      short[] kinds,
      byte[] orientations,
      byte[] qualities,
      long[] words) {
    this.names = names;
    this.frameNumbers = frameNumbers;
    this.frameSeconds = frameSeconds;
    this.viewFrame = viewFrame;
    this.kinds = kinds;
    this.orientations = orientations;
    this.qualities = qualities;
    this.words = words;
  }

  /**
   * The record of {@code signals}, sorted by frame, kind and orientation.
   *
   * @throws IllegalArgumentException when two signals share frame, kind and orientation, a quality
   *     is outside 0-255, or there are more names outside the vocabulary than the format holds
   */
  public static byte[] encode(List<Copies.Signal> signals) {
    List<Copies.Signal> sorted = new ArrayList<>(signals);
    sorted.sort(ROW_ORDER);
    List<String> named = new ArrayList<>();
    Map<String, Integer> namedIndex = new HashMap<>();
    List<Copies.Signal> frames = new ArrayList<>();
    int[] kind = new int[sorted.size()];
    int[] orientation = new int[sorted.size()];
    int[] frameOf = new int[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      Copies.Signal s = sorted.get(i);
      if (i > 0 && ROW_ORDER.compare(sorted.get(i - 1), s) == 0) {
        throw new IllegalArgumentException(
            "two signals of frame " + s.frameNumber() + " are " + s.kind() + "/" + s.orientation());
      }
      if (s.quality() < 0 || s.quality() > 255) {
        throw new IllegalArgumentException("quality " + s.quality() + " is not 0-255");
      }
      // A frame entry per run of views with the same frame number and timestamp (one per frame
      // when, as ingest writes them, a frame has one timestamp).
      Copies.Signal last = frames.isEmpty() ? null : frames.get(frames.size() - 1);
      if (last == null
          || last.frameNumber() != s.frameNumber()
          || Double.compare(last.timestampSeconds(), s.timestampSeconds()) != 0) {
        frames.add(s);
      }
      frameOf[i] = frames.size() - 1;
      kind[i] = kindCode(s.kind(), named, namedIndex);
      orientation[i] = orientationCode(s.orientation(), named, namedIndex);
    }
    if (named.size() > 0xffff) {
      throw new IllegalArgumentException(named.size() + " view names outside the vocabulary");
    }
    List<byte[]> nameBytes = new ArrayList<>();
    int size = HEADER + FRAME_BYTES * frames.size() + VIEW_BYTES * sorted.size() + 4;
    for (String n : named) {
      byte[] b = n.getBytes(StandardCharsets.UTF_8);
      nameBytes.add(b);
      size += 2 + b.length;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(MAGIC).put((byte) VERSION).put((byte) 0).putShort((short) named.size());
    out.putInt(frames.size()).putInt(sorted.size());
    for (byte[] b : nameBytes) {
      out.putShort((short) b.length).put(b);
    }
    for (Copies.Signal f : frames) {
      out.putLong(f.frameNumber()).putDouble(f.timestampSeconds());
    }
    for (int i = 0; i < sorted.size(); i++) {
      Copies.Signal s = sorted.get(i);
      out.putInt(frameOf[i]).putShort((short) kind[i]).put((byte) orientation[i]);
      out.put((byte) s.quality()).put(Hex.decode("PDQ hash", s.pdq().toHex(), 32));
    }
    CRC32C crc = new CRC32C();
    crc.update(out.array(), 0, out.position());
    out.putInt((int) crc.getValue());
    return out.array();
  }

  private static int kindCode(String kind, List<String> named, Map<String, Integer> index) {
    int fixed = FIXED.indexOf(kind);
    if (fixed >= 0) {
      return fixed;
    }
    int cell = cell(kind, "crop-anchor-", "%03d");
    if (cell >= 0) {
      return FAMILY_ANCHOR << 12 | cell;
    }
    cell = cell(kind, "crop-probe-", "%02d");
    if (cell >= 0) {
      return FAMILY_PROBE << 12 | cell;
    }
    return FAMILY_NAMED << 12 | name(kind, named, index, MAX_CELL);
  }

  /** The cell of {@code kind} when it is exactly {@code prefix} and the cell so formatted. */
  private static int cell(String kind, String prefix, String format) {
    if (!kind.startsWith(prefix)) {
      return -1;
    }
    String digits = kind.substring(prefix.length());
    if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    int cell = Integer.parseInt(digits);
    return cell <= MAX_CELL && String.format(Locale.ROOT, format, cell).equals(digits) ? cell : -1;
  }

  private static int orientationCode(String label, List<String> named, Map<String, Integer> index) {
    for (int code = 0; code < ORIENTATIONS.length; code++) {
      if (ORIENTATIONS[code].label().equals(label)) {
        return code;
      }
    }
    return ORIENTATIONS.length + name(label, named, index, 255 - ORIENTATIONS.length);
  }

  private static int name(String name, List<String> named, Map<String, Integer> index, int max) {
    Integer i = index.get(name);
    if (i == null) {
      i = named.size();
      named.add(name);
      index.put(name, i);
    }
    if (i > max) {
      throw new IllegalArgumentException("too many view names outside the vocabulary: " + name);
    }
    return i;
  }

  /**
   * Reads a record.
   *
   * @param resource which record it is, for the exception ({@code item 17})
   * @throws UnsupportedSignalPackVersionException when another format version wrote it
   * @throws CorruptSignalPackException when it is truncated, not a record, inconsistent or fails
   *     its checksum
   */
  public static CopySignalPack decode(byte[] record, String resource) {
    if (record.length < HEADER + 4) {
      throw new CorruptSignalPackException(resource, "truncated: " + record.length + " bytes");
    }
    ByteBuffer in = ByteBuffer.wrap(record);
    if (in.getInt() != MAGIC) {
      throw new CorruptSignalPackException(resource, "not a copy-signal record (magic)");
    }
    int version = in.get() & 0xff;
    if (version != VERSION) {
      throw new UnsupportedSignalPackVersionException(resource, version, VERSION);
    }
    CRC32C crc = new CRC32C();
    crc.update(record, 0, record.length - 4);
    if ((int) crc.getValue() != ByteBuffer.wrap(record, record.length - 4, 4).getInt()) {
      throw new CorruptSignalPackException(resource, "checksum mismatch");
    }
    try {
      in.get();
      int labelCount = in.getShort() & 0xffff;
      long frameCount = in.getInt() & 0xffffffffL;
      long viewCount = in.getInt() & 0xffffffffL;
      if (HEADER + 4 + FRAME_BYTES * frameCount + VIEW_BYTES * viewCount > record.length) {
        throw new CorruptSignalPackException(resource, "counts exceed the record's length");
      }
      String[] names = new String[labelCount];
      for (int i = 0; i < labelCount; i++) {
        byte[] b = new byte[in.getShort() & 0xffff];
        in.get(b);
        names[i] = b.length == 0 ? "" : new String(b, StandardCharsets.UTF_8);
      }
      int f = (int) frameCount;
      int v = (int) viewCount;
      long[] frameNumbers = new long[f];
      double[] frameSeconds = new double[f];
      for (int i = 0; i < f; i++) {
        frameNumbers[i] = in.getLong();
        frameSeconds[i] = in.getDouble();
      }
      int[] viewFrame = new int[v];
      short[] kinds = new short[v];
      byte[] orientations = new byte[v];
      byte[] qualities = new byte[v];
      long[] words = new long[4 * v];
      for (int i = 0; i < v; i++) {
        viewFrame[i] = in.getInt();
        kinds[i] = in.getShort();
        orientations[i] = in.get();
        qualities[i] = in.get();
        for (int w = 0; w < 4; w++) {
          words[4 * i + w] = in.getLong();
        }
        check(resource, viewFrame[i] >= 0 && viewFrame[i] < f, "view " + i + " names no frame");
        check(resource, validKind(kinds[i] & 0xffff, labelCount), "view " + i + " has no kind");
        int o = orientations[i] & 0xff;
        check(
            resource,
            o < ORIENTATIONS.length || o - ORIENTATIONS.length < labelCount,
            "view " + i + " has no orientation");
      }
      check(resource, in.remaining() == 4, in.remaining() - 4 + " bytes after the views");
      return new CopySignalPack(
          names, frameNumbers, frameSeconds, viewFrame, kinds, orientations, qualities, words);
    } catch (BufferUnderflowException e) {
      throw new CorruptSignalPackException(resource, "truncated");
    }
  }

  private static boolean validKind(int code, int labelCount) {
    int family = code >>> 12;
    int cell = code & MAX_CELL;
    return switch (family) {
      case FAMILY_FIXED -> cell < FIXED.size();
      case FAMILY_ANCHOR, FAMILY_PROBE -> true;
      case FAMILY_NAMED -> cell < labelCount;
      default -> false;
    };
  }

  private static void check(String resource, boolean ok, String reason) {
    if (!ok) {
      throw new CorruptSignalPackException(resource, reason);
    }
  }

  /** Number of views. */
  public int size() {
    return kinds.length;
  }

  /** View {@code i}'s frame number ({@link Copies#IMAGE} for an image). */
  public long frameNumber(int i) {
    return frameNumbers[viewFrame[i]];
  }

  /** View {@code i}'s frame's timestamp (0 for an image). */
  public double timestampSeconds(int i) {
    return frameSeconds[viewFrame[i]];
  }

  // The grid's names, made once per cell (a case reads about 130 a picture).
  private static final String[] ANCHOR_LABELS = new String[MAX_CELL + 1];
  private static final String[] PROBE_LABELS = new String[MAX_CELL + 1];

  private static String label(String[] cache, String format, int cell) {
    String s = cache[cell];
    if (s == null) {
      // A race only makes the same string twice.
      s = String.format(Locale.ROOT, format, cell);
      cache[cell] = s;
    }
    return s;
  }

  /** View {@code i}'s kind ({@code full}, {@code crop-anchor-017}, ...). */
  public String kind(int i) {
    int code = kinds[i] & 0xffff;
    int cell = code & MAX_CELL;
    return switch (code >>> 12) {
      case FAMILY_FIXED -> FIXED.get(cell);
      case FAMILY_ANCHOR -> label(ANCHOR_LABELS, "crop-anchor-%03d", cell);
      case FAMILY_PROBE -> label(PROBE_LABELS, "crop-probe-%02d", cell);
      default -> names[cell];
    };
  }

  /**
   * View {@code i}'s kind as a number that two views share exactly when their kinds are equal
   * within this record (names outside the vocabulary are numbered per record).
   */
  public int kindCode(int i) {
    return kinds[i] & 0xffff;
  }

  /** View {@code i}'s orientation label ({@code orig}, {@code rot90}, ...). */
  public String orientation(int i) {
    int o = orientations[i] & 0xff;
    return o < ORIENTATIONS.length ? ORIENTATIONS[o].label() : names[o - ORIENTATIONS.length];
  }

  /** View {@code i}'s PDQ quality. */
  public int quality(int i) {
    return qualities[i] & 0xff;
  }

  /** Word {@code w} (0 = most significant, as the hex reads) of view {@code i}'s hash. */
  public long word(int i, int w) {
    return words[4 * i + w];
  }

  /** View {@code i} as a signal. */
  public Copies.Signal signal(int i) {
    StringBuilder hex = new StringBuilder(64);
    for (int w = 0; w < 4; w++) {
      String h = Long.toHexString(words[4 * i + w]);
      hex.append("0".repeat(16 - h.length())).append(h);
    }
    return new Copies.Signal(
        frameNumber(i),
        timestampSeconds(i),
        kind(i),
        orientation(i),
        PdqHex.parse(hex.toString()),
        quality(i));
  }

  /** Every view as a signal, in the record's order. */
  public List<Copies.Signal> signals() {
    List<Copies.Signal> out = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      out.add(signal(i));
    }
    return out;
  }

  /** Number of distinct frames (1 for an image). */
  public int frames() {
    return frameNumbers.length;
  }
}
