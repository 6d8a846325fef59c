package org.okju.evidence.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okju.evidence.EvidenceException;

/**
 * A file's byte runs as the catalogue keeps them ({@link org.okju.evidence.EvidenceMetadata#RUNS}):
 * {@code FILEOFFSET:IMAGEOFFSET:LENGTH} per run, a hole as {@code FILEOFFSET:-:LENGTH}, separated
 * by spaces. A heavily fragmented file is not recorded (its content is read again through The
 * Sleuth Kit instead), so a catalogue row stays small. Stateless.
 */
public final class ByteRuns {
  /** The most runs recorded for one file. */
  static final int MAX_RECORDED = 512;

  private ByteRuns() {}

  /** The runs as text, or empty when there are too many to record. */
  public static Optional<String> encode(List<ByteRun> runs) {
    if (runs.size() > MAX_RECORDED) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    for (ByteRun r : runs) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(r.fileOffset())
          .append(':')
          .append(r.fill() ? "-" : Long.toString(r.imageOffset()))
          .append(':')
          .append(r.length());
    }
    return Optional.of(out.toString());
  }

  /**
   * The runs {@code text} records.
   *
   * @throws EvidenceException when the text is not what {@link #encode} writes (a damaged row)
   */
  public static List<ByteRun> decode(String text) throws EvidenceException {
    List<ByteRun> runs = new ArrayList<>();
    if (text.isBlank()) {
      return runs;
    }
    for (String run : text.strip().split(" +", -1)) {
      String[] f = run.split(":", -1);
      try {
        if (f.length != 3) {
          throw new NumberFormatException(run);
        }
        long fileOffset = Long.parseLong(f[0]);
        long length = Long.parseLong(f[2]);
        boolean fill = f[1].equals("-");
        long imageOffset = fill ? 0 : Long.parseLong(f[1]);
        if (fileOffset < 0 || length < 0 || imageOffset < 0) {
          throw new NumberFormatException(run);
        }
        runs.add(new ByteRun(fileOffset, imageOffset, length, fill));
      } catch (NumberFormatException e) {
        throw new EvidenceException(
            "catalogue-damaged",
            "the catalogue's record of where the file lies is damaged: " + run);
      }
    }
    return runs;
  }
}
