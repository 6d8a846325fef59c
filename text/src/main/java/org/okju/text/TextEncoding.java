package org.okju.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The character encoding of plain text: UTF-8, UTF-16 (with or without a byte-order mark),
 * CP949/EUC-KR, Shift-JIS and Latin-1 (ISO-8859-1, or windows-1252 when its 0x80–0x9F characters
 * occur). A seized diary is as often in the Korean Windows code page as in UTF-8, and Tika's own
 * text test calls anything neither mostly ASCII nor UTF-8 binary.
 *
 * <p>The decision, in order: a byte-order mark; pure ASCII; valid UTF-8; UTF-16 without a mark
 * (only where binary was suspected: every code unit must fall in a script's range); then each
 * legacy code page that decodes the bytes without error is scored by how plausible its characters
 * are ({@link ScriptScores}: Hangul of KS X 1001 for CP949, kana and kanji for Shift-JIS, accented
 * letters beside Latin letters for Latin-1) and the best wins when it is clear. Otherwise the text
 * is {@link Certainty#UNDECIDED} and read as ISO-8859-1, which never fails, so that nothing is
 * dropped; the caller flags it.
 *
 * <p>Works on a prefix of the file ({@code complete == false}): a multi-byte sequence cut at the
 * end is not an error. Stateless and thread-safe.
 */
public final class TextEncoding {
  /** How sure the decision is. */
  public enum Certainty {
    /** A byte-order mark says so. */
    BOM,
    /** Only this encoding decodes the bytes (ASCII, UTF-8). */
    VALID,
    /** Several decode; this one gives by far the most plausible text. */
    LIKELY,
    /** Nothing was convincing: read as ISO-8859-1 and flag it. */
    UNDECIDED
  }

  /**
   * An encoding decision.
   *
   * @param name the name recorded in the case (an IANA or Java name {@link Charset#forName}
   *     resolves: {@code UTF-8}, {@code US-ASCII}, {@code UTF-16LE}, {@code EUC-KR}, {@code
   *     windows-949}, {@code Shift_JIS}, {@code windows-31j}, {@code ISO-8859-1}, {@code
   *     windows-1252})
   * @param bomLength bytes of byte-order mark to skip before decoding
   * @param certainty how sure
   */
  public record Detected(String name, int bomLength, Certainty certainty) {
    /** The charset to decode with. */
    public Charset charset() {
      return Charset.forName(name);
    }

    /** False when the text was read as ISO-8859-1 for want of a better answer. */
    public boolean decided() {
      return certainty != Certainty.UNDECIDED;
    }
  }

  /** Best over second best a legacy code page needs, and the least plausibility it needs. */
  private static final double MARGIN = 0.25;

  private static final double LEAST_FOR_TEXT = 0.6;
  private static final double LEAST_FOR_BINARY = 0.9;

  /** Code units that must be script characters before BOM-less UTF-16 is believed. */
  private static final double LEAST_FOR_UTF16 = 0.97;

  static final Detected ASCII = new Detected("US-ASCII", 0, Certainty.VALID);
  static final Detected UTF8 = new Detected("UTF-8", 0, Certainty.VALID);

  /** Text no encoding fits, read as ISO-8859-1 (which never fails) and to be flagged. */
  public static final Detected UNDECIDED = new Detected("ISO-8859-1", 0, Certainty.UNDECIDED);

  private TextEncoding() {}

  /**
   * The encoding of bytes already known to be text (Tika's detector said {@code text/plain}). Never
   * empty: when undecided, ISO-8859-1 with {@link Certainty#UNDECIDED}.
   *
   * @param complete whether {@code data[0, length)} is the whole file (else a cut sequence at the
   *     end is not an error)
   */
  public static Detected ofText(byte[] data, int length, boolean complete) {
    Detected bom = bom(data, length);
    if (bom != null) {
      return bom;
    }
    if (!hasHighBytes(data, length)) {
      return ASCII;
    }
    if (Utf8.valid(data, length, complete)) {
      return UTF8;
    }
    return legacy(data, length, complete, LEAST_FOR_TEXT).orElse(UNDECIDED);
  }

  /**
   * Whether bytes Tika's text test took for binary are text in UTF-16 without a mark or in a legacy
   * code page, and which; empty when they look like binary.
   */
  public static Optional<Detected> ofBinary(byte[] data, int length, boolean complete) {
    Detected bom = bom(data, length);
    if (bom != null) {
      boolean text =
          bom.name().equals("UTF-8")
              ? Utf8.valid(Arrays.copyOfRange(data, 3, length), length - 3, complete)
              : utf16Score(data, bom.bomLength(), length, bom.charset()) >= LEAST_FOR_UTF16;
      return text ? Optional.of(bom) : Optional.empty();
    }
    double le = utf16Score(data, 0, length, StandardCharsets.UTF_16LE);
    double be = utf16Score(data, 0, length, StandardCharsets.UTF_16BE);
    if (Math.max(le, be) >= LEAST_FOR_UTF16) {
      return Optional.of(new Detected(le >= be ? "UTF-16LE" : "UTF-16BE", 0, Certainty.LIKELY));
    }
    if (hasControls(data, length)) {
      return Optional.empty(); // NUL and C0 controls other than whitespace: not text
    }
    return legacy(data, length, complete, LEAST_FOR_BINARY);
  }

  /** Decodes {@code data} as {@code d} says (skipping the mark), replacing malformed input. */
  public static String decode(byte[] data, int length, Detected d) {
    return new String(data, d.bomLength(), length - d.bomLength(), d.charset());
  }

  private static Detected bom(byte[] b, int n) {
    if (n >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return new Detected("UTF-8", 3, Certainty.BOM);
    }
    if (n >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return new Detected("UTF-16LE", 2, Certainty.BOM);
    }
    if (n >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return new Detected("UTF-16BE", 2, Certainty.BOM);
    }
    return null;
  }

  // An OR over the bytes vectorises; an early exit would not.
  static boolean hasHighBytes(byte[] b, int n) {
    int acc = 0;
    for (int i = 0; i < n; i++) {
      acc |= b[i];
    }
    return acc < 0;
  }

  /**
   * Whether a NUL or a C0 control other than tab, LF, VT, FF, CR and ESC, or DEL, occurs. Stops at
   * the first: in binary data one comes within a few bytes, and counting them all cost a cold
   * ingest of 480 binary files 0.14 CPU-seconds (a mispredicted branch per byte of each 64 KiB
   * head).
   */
  public static boolean hasControls(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      int c = b[i];
      if ((c >= 0 && c < 0x20 && (c < 0x09 || c > 0x0d) && c != 0x1b) || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  private static double utf16Score(byte[] b, int from, int n, Charset cs) {
    int even = from + ((n - from) & ~1);
    if (even - from < 16) {
      return 0;
    }
    return strict(cs, b, from, even, false).map(ScriptScores::utf16).orElse(0.0);
  }

  /** The legacy code page whose decoding is clearly the most plausible, if any. */
  private static Optional<Detected> legacy(byte[] b, int n, boolean complete, double least) {
    double best = 0;
    double second = 0;
    Detected winner = null;
    for (Candidate c : Candidate.values()) {
      Optional<CharBuffer> text = strict(c.charset, b, 0, n, complete);
      if (text.isEmpty()) {
        continue;
      }
      double score = c.score(text.get());
      if (score > best) {
        second = best;
        best = score;
        winner = new Detected(c.name(b, n), 0, Certainty.LIKELY);
      } else if (score > second) {
        second = score;
      }
    }
    if (winner == null || best < least || best - second < MARGIN) {
      return Optional.empty();
    }
    return Optional.of(winner);
  }

  /** Decodes with errors reported; a sequence cut at the end of a prefix is not an error. */
  static Optional<CharBuffer> strict(Charset cs, byte[] b, int from, int n, boolean complete) {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, n - from);
    CharBuffer out = CharBuffer.allocate(n - from + 1);
    CoderResult r = d.decode(in, out, complete);
    if (r.isError()) {
      return Optional.empty();
    }
    if (complete && d.flush(out).isError()) {
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out);
  }

  /** The legacy code pages okju tells apart, each decoded with its Windows superset. */
  private enum Candidate {
    KOREAN(Charset.forName("x-windows-949")) {
      @Override
      double score(CharBuffer text) {
        return ScriptScores.korean(text);
      }

      @Override
      String name(byte[] b, int n) {
        return strict(Charset.forName("EUC-KR"), b, 0, n, false).isPresent()
            ? "EUC-KR"
            : "windows-949";
      }
    },
    JAPANESE(Charset.forName("windows-31j")) {
      @Override
      double score(CharBuffer text) {
        return ScriptScores.japanese(text);
      }

      @Override
      String name(byte[] b, int n) {
        return strict(Charset.forName("Shift_JIS"), b, 0, n, false).isPresent()
            ? "Shift_JIS"
            : "windows-31j";
      }
    },
    LATIN(Charset.forName("windows-1252")) {
      @Override
      double score(CharBuffer text) {
        return ScriptScores.latin(text);
      }

      @Override
      String name(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
          int c = b[i] & 0xff;
          if (c >= 0x80 && c < 0xa0) {
            return "windows-1252";
          }
        }
        return "ISO-8859-1";
      }
    };

    final Charset charset;

    Candidate(Charset charset) {
      this.charset = charset;
    }

    abstract double score(CharBuffer text);

    abstract String name(byte[] b, int n);
  }
}
