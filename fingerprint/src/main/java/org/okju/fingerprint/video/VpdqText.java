package org.okju.fingerprint.video;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.okju.fingerprint.Pdq256;
import org.okju.fingerprint.PdqResult;

/**
 * The vPDQ text format of the C++ reference ({@code vpdq/cpp/vpdq/cpp/io/vpdqio.cpp}): one line per
 * hashed frame, {@code frameNumber,quality,pdqHex,timestampSeconds}, the timestamp with exactly 3
 * decimals.
 *
 * <p>Stateless and thread-safe.
 */
public final class VpdqText {
  private VpdqText() {}

  /** One line, without a line terminator. */
  public static String format(VpdqFrame f) {
    return f.frameNumber()
        + ","
        + f.pdq().quality()
        + ","
        + f.pdq().hash().toHex()
        + ","
        + formatTimestamp(f.timestampSeconds());
  }

  /**
   * A timestamp with 3 decimals, rounded from its exact binary value with ties to even, as C++
   * {@code std::fixed << std::setprecision(3)} (glibc printf) rounds.
   */
  public static String formatTimestamp(double seconds) {
    return new BigDecimal(seconds).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Writes the frames, one line each, each ending in {@code \n}. */
  public static void write(List<VpdqFrame> frames, Appendable out) throws IOException {
    for (VpdqFrame f : frames) {
      out.append(format(f)).append('\n');
    }
  }

  /**
   * Reads a hash file. Blank lines are skipped; any other line must have at least 4 comma-separated
   * fields (extra fields are ignored, as the reference does).
   *
   * @throws VpdqFormatException if the file cannot be read, a line is malformed, or it holds no
   *     hashes (the reference refuses empty files)
   */
  public static List<VpdqFrame> read(Path file) throws VpdqFormatException {
    List<VpdqFrame> frames = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      while ((line = r.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          frames.add(parse(line));
        } catch (IllegalArgumentException e) {
          throw new VpdqFormatException(file, "line " + lineNumber + ": " + e.getMessage(), e);
        }
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new VpdqFormatException(file, "no such file", e);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new VpdqFormatException(file, "not a vPDQ hash file (not text)", e);
    } catch (IOException e) {
      throw new VpdqFormatException(file, "cannot read: " + e.getMessage(), e);
    }
    if (frames.isEmpty()) {
      throw new VpdqFormatException(file, "empty hash file", null);
    }
    return frames;
  }

  /** Parses one line {@code frameNumber,quality,pdqHex,timestampSeconds}. */
  public static VpdqFrame parse(String line) {
    String[] f = line.strip().split(",", -1);
    if (f.length < 4) {
      throw new IllegalArgumentException(
          "expected frameNumber,quality,pdqHex,timestamp but got: " + abbreviate(line));
    }
    int frameNumber;
    int quality;
    double timestamp;
    try {
      frameNumber = Integer.parseInt(f[0].strip());
      quality = Integer.parseInt(f[1].strip());
      timestamp = Double.parseDouble(f[3].strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number in: " + abbreviate(line), e);
    }
    Pdq256 hash = Pdq256.parse(f[2].strip());
    return new VpdqFrame(frameNumber, new PdqResult(hash, quality), timestamp);
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
