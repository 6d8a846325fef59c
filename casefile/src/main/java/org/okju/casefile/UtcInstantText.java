package org.okju.casefile;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * UTC times as okju's stores write them ({@code uuuu-MM-ddTHH:mm:ss[.fraction]Z}: the case store
 * with nine fraction digits, the server store as {@link Instant#toString()} writes them), read
 * digit by digit for years 0000–9999: a catalogue page reads a time per row and every workbench
 * request's access check a user's, and {@link Instant#parse}'s formatter cost more than the rest of
 * the row. Anything else goes through {@link Instant#parse}, whose answers these equal ({@code
 * UtcInstantTextTest}).
 */
public final class UtcInstantText {
  private static final int SECONDS_LENGTH = "2024-01-31T23:59:59".length();

  private UtcInstantText() {}

  /** The instant {@code s} writes, as {@link Instant#parse} reads it. */
  public static Instant parse(String s) {
    int n = s.length();
    // The date and time, then 'Z' at once or after a point and one to nine digits.
    if (n > SECONDS_LENGTH
        && n <= SECONDS_LENGTH + 11
        && n != SECONDS_LENGTH + 2
        && s.charAt(n - 1) == 'Z'
        && shaped(s, n)) {
      try {
        long day = LocalDate.of(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2)).toEpochDay();
        int hour = number(s, 11, 2);
        int minute = number(s, 14, 2);
        int second = number(s, 17, 2);
        if (hour < 24 && minute < 60 && second < 60) {
          int nano = 0;
          int digits = n - SECONDS_LENGTH - 2;
          if (digits > 0) {
            nano = number(s, SECONDS_LENGTH + 1, digits);
            for (int i = digits; i < 9; i++) {
              nano *= 10;
            }
          }
          return Instant.ofEpochSecond(day * 86_400L + hour * 3600L + minute * 60L + second, nano);
        }
      } catch (DateTimeException e) {
        // A day that does not exist (a 31st of February): java.time decides below.
      }
    }
    return Instant.parse(s);
  }

  private static boolean shaped(String s, int n) {
    for (int i = 0; i < n - 1; i++) {
      char c = s.charAt(i);
      boolean ok =
          switch (i) {
            case 4, 7 -> c == '-';
            case 10 -> c == 'T';
            case 13, 16 -> c == ':';
            case 19 -> c == '.';
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
}
