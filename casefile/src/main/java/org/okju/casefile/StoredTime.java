package org.okju.casefile;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as the store writes them: UTC ISO-8601 with exactly nine fraction digits, so that text
 * order is time order in every dialect and nothing is lost to a column type's precision.
 *
 * <p>Every catalogued file has four times, written once and read back for the manifest, so years
 * 0000–9999 are formatted and parsed here digit by digit (a tenth of {@link DateTimeFormatter}'s
 * CPU); anything else goes through {@code java.time}, whose answers these equal ({@code
 * StoredTimeTest}).
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
    if (s.length() == LENGTH && shaped(s)) {
      int hour = number(s, 11, 2);
      int minute = number(s, 14, 2);
      int second = number(s, 17, 2);
      // The seconds of the day added to the day's, without a LocalDateTime between (a catalogue
      // page reads one time per row).
      if (hour < 24 && minute < 60 && second < 60) {
        try {
          long day = LocalDate.of(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2)).toEpochDay();
          return Instant.ofEpochSecond(
              day * 86_400L + hour * 3600L + minute * 60L + second, number(s, 20, 9));
        } catch (DateTimeException e) {
          // No such day (a month 13, a 30th of February): java.time decides, as it always has.
        }
      }
      // An hour 24 or a leap second: java.time decides too.
    }
    return Instant.parse(s);
  }

  private static boolean shaped(String s) {
    for (int i = 0; i < LENGTH; i++) {
      char c = s.charAt(i);
      boolean ok =
          switch (i) {
            case 4, 7 -> c == '-';
            case 10 -> c == 'T';
            case 13, 16 -> c == ':';
            case 19 -> c == '.';
            case 29 -> c == 'Z';
            default -> c >= '0' && c <= '9';
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int length) {
    int v = 0;
    for (int i = from; i < from + length; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  private static void digits(byte[] b, int from, int value, int length) {
    for (int i = from + length - 1; i >= from; i--) {
      b[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }
}
