package org.okju.evidence.image;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.okju.evidence.posix.OpenedFile;
import org.okju.evidence.posix.PosixException;

/**
 * The acquisition notes of an EWF {@code header} section: zlib-compressed text, tab-separated names
 * on the third line and values on the fourth (c case number, n evidence number, a description, e
 * examiner, t notes, m acquisition date, av tool version). Stateless.
 */
final class EwfHeader {
  private static final int MAX_BYTES = 1 << 16;

  private EwfHeader() {}

  static void read(OpenedFile f, long at, long size, Map<String, String> into)
      throws PosixException {
    if (size <= 0 || size > MAX_BYTES || !into.isEmpty()) {
      return;
    }
    byte[] raw = new byte[(int) size];
    int n = f.readAt(at, raw, 0, raw.length);
    Inflater inf = new Inflater();
    try {
      inf.setInput(raw, 0, Math.max(0, n));
      byte[] out = new byte[MAX_BYTES];
      int len = inf.inflate(out);
      String[] lines = new String(out, 0, len, StandardCharsets.ISO_8859_1).split("\r?\n", -1);
      if (lines.length < 4) {
        return;
      }
      String[] names = lines[2].split("\t", -1);
      String[] values = lines[3].split("\t", -1);
      for (int i = 0; i < Math.min(names.length, values.length); i++) {
        String word =
            switch (names[i].strip()) {
              case "c" -> "case-number";
              case "n" -> "evidence-number";
              case "a" -> "description";
              case "e" -> "examiner";
              case "t" -> "notes";
              case "m" -> "acquired";
              case "av" -> "tool-version";
              default -> null;
            };
        if (word != null && !values[i].isBlank()) {
          into.put(word, values[i].strip());
        }
      }
    } catch (DataFormatException e) {
      // Notes only: an unreadable header leaves them out.
    } finally {
      inf.end();
    }
  }
}
