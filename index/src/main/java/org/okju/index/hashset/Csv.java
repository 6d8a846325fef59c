package org.okju.index.hashset;

import java.util.ArrayList;
import java.util.List;

/** The RFC 4180 subset hash-set CSV files use: one record a line, double-quoted fields. */
final class Csv {
  private Csv() {}

  /** The fields of one line; {@code ""} inside quotes is one quote. */
  static List<String> fields(String line) throws MalformedRecordException {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            throw new MalformedRecordException("unterminated quoted field: " + abbreviate(line));
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < n && line.charAt(i) != ',') {
          throw new MalformedRecordException(
              "text after a closing quote at column " + (i + 1) + ": " + abbreviate(line));
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          field.append(line.charAt(i++));
        }
      }
      out.add(field.toString());
      if (i >= n) {
        return out;
      }
      i++; // the comma
    }
  }

  /** {@code value} as a CSV field: quoted when it holds a comma, quote or line break. */
  static String field(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }
}
