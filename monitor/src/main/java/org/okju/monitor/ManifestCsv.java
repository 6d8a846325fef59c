package org.okju.monitor;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a folder capture's {@code urls.csv} (RFC 4180: commas, double-quoted fields with
 * doubled quotes, CRLF or LF). Stateless.
 */
final class ManifestCsv {
  /** A row with the line it starts on (1 is the header). */
  record Row(long line, List<String> fields) {}

  private ManifestCsv() {}

  /** Every row of {@code text}, the header first; blank lines skipped. */
  static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    long line = 1;
    long rowLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
          any = true;
        }
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
          any = true;
        }
        case '\r' -> {
          // part of CRLF
        }
        case '\n' -> {
          if (any || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
          }
          fields.clear();
          field.setLength(0);
          any = false;
          line++;
          rowLine = line;
        }
        default -> {
          field.append(c);
          any = true;
        }
      }
    }
    if (any || field.length() > 0) {
      fields.add(field.toString());
      rows.add(new Row(rowLine, List.copyOf(fields)));
    }
    return rows;
  }
}
