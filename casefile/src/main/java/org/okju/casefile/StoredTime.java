package org.okju.casefile;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as the store writes them: UTC ISO-8601 with exactly nine fraction digits, so that text
 * order is time order in every dialect and nothing is lost to a column type's precision.
 */
final class StoredTime {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private StoredTime() {}

  static String format(Instant t) {
    return FORMAT.format(t);
  }

  static Instant parse(String s) {
    return Instant.parse(s);
  }
}
