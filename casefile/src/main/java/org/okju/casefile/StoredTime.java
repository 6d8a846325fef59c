package org.okju.casefile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as the store writes them: UTC ISO-8601 with exactly nine fraction digits, so that text
 * order is time order in every dialect and nothing is lost to a column type's precision.
 *
 * <p>Every catalogued file has four times, written once and read back for the manifest, so years
 * 0000–9999 are formatted here digit by digit (a tenth of {@link DateTimeFormatter}'s CPU) and read
 * by {@link UtcInstantText}; anything else goes through {@code java.time}, whose answers these
 * equal ({@code StoredTimeTest}).
 */
final class StoredTime {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
  private static final int LENGTH = "2024-01-31T23:59:59.123456789Z".length();

  private StoredTime() {}

  static String format(Instant t) {
    long day = Math.floorDiv(t.getEpochSecond(), 86_400L);
    if (day < FIRST_DAY || day > LAST_DAY) {
      return FORMAT.format(t);
    }
    LocalDate date = LocalDate.ofEpochDay(day);
    int second = (int) Math.floorMod(t.getEpochSecond(), 86_400L);
    byte[] b = new byte[LENGTH];
    digits(b, 0, date.getYear(), 4);
    b[4] = '-';
    digits(b, 5, date.getMonthValue(), 2);
    b[7] = '-';
    digits(b, 8, date.getDayOfMonth(), 2);
    b[10] = 'T';
    digits(b, 11, second / 3600, 2);
    b[13] = ':';
    digits(b, 14, second / 60 % 60, 2);
    b[16] = ':';
    digits(b, 17, second % 60, 2);
    b[19] = '.';
    digits(b, 20, t.getNano(), 9);
    b[29] = 'Z';
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  static Instant parse(String s) {
    return UtcInstantText.parse(s);
  }

  private static void digits(byte[] b, int from, int value, int length) {
    for (int i = from + length - 1; i >= from; i--) {
      b[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }
}
