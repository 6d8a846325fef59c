package org.okju.ledger;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and times of day in a line: absolute Korean and English forms ({@code 2024년 5월 3일},
 * {@code 2024.05.03}, {@code 24.5.3}, {@code 5월 3일}, {@code 5/3}, {@code May 3, 2024}, {@code 3
 * May}) and relative ones ({@code 어제}, {@code 그저께}, {@code 지난 금요일}, {@code yesterday}, {@code last
 * Friday}, {@code 3일 전}), resolved against the date of the entry they are written in. Stateless and
 * thread-safe.
 *
 * <p>It must run before any number reading: Nori's number filter, and our own money reader, would
 * otherwise take {@code 3일} or {@code 5월} apart.
 */
final class DateReader {
  private static final String MONTHS =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\.?(?!\\d)");
  private static final Pattern SHORT_YEAR =
      Pattern.compile("(?<![\\d.])(\\d{2})\\.(\\d{1,2})\\.(\\d{1,2})\\.?(?![\\d.])");
  private static final Pattern KOREAN =
      Pattern.compile("(?:(\\d{4})년\\s?)?(\\d{1,2})월\\s?(\\d{1,2})일");
  private static final Pattern SLASH =
      Pattern.compile("(?<![\\d/.$₩,])(\\d{1,2})/(\\d{1,2})(?![\\d/%])");
  private static final Pattern ENGLISH_MD =
      Pattern.compile(
          "\\b(" + MONTHS + ")\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s(\\d{4})\\b)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENGLISH_DM =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(" + MONTHS + ")\\b\\.?(?:,?\\s(\\d{4})\\b)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE =
      Pattern.compile(
          "그저께|그제|어제|오늘|내일|모레|(?:지난\\s?주|저번\\s?주|지난)\\s?([월화수목금토일])요일"
              + "|(\\d{1,2})일\\s?전|\\b(?:the day before yesterday|yesterday|today|tomorrow)\\b"
              + "|\\blast\\s(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
              + "|\\b(\\d{1,2}) days ago\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME =
      Pattern.compile(
          "(오전|오후|밤|새벽|저녁|아침)?\\s?(\\d{1,2})시(?:\\s?(\\d{1,2})분|\\s?(반))?"
              + "|(?<![\\d:])(\\d{1,2}):(\\d{2})(?![\\d:])"
              + "|\\b(\\d{1,2})(?::(\\d{2}))?\\s?(am|pm|a\\.m\\.|p\\.m\\.)",
          Pattern.CASE_INSENSITIVE);
  private static final Map<String, DayOfWeek> KOREAN_DAYS =
      Map.of(
          "월", DayOfWeek.MONDAY,
          "화", DayOfWeek.TUESDAY,
          "수", DayOfWeek.WEDNESDAY,
          "목", DayOfWeek.THURSDAY,
          "금", DayOfWeek.FRIDAY,
          "토", DayOfWeek.SATURDAY,
          "일", DayOfWeek.SUNDAY);

  private DateReader() {}

  /**
   * The dates and times in {@code line}, left to right.
   *
   * @param entryDate the date of the entry the line belongs to, for relative dates
   * @param year the year to assume for a date written without one (the last year seen)
   */
  static List<Found<Temporal>> find(
      String line, Optional<LocalDate> entryDate, Optional<Integer> year) {
    List<Found<Temporal>> out = new ArrayList<>();
    Matcher m = ISO.matcher(line);
    while (m.find()) {
      absolute(out, line, m, Integer.parseInt(m.group(1)), m.group(2), m.group(3), false);
    }
    m = SHORT_YEAR.matcher(line);
    while (m.find()) {
      absolute(out, line, m, 2000 + Integer.parseInt(m.group(1)), m.group(2), m.group(3), false);
    }
    m = KOREAN.matcher(line);
    while (m.find()) {
      yearOrAssumed(out, line, m, m.group(1), m.group(2), m.group(3), year);
    }
    m = ENGLISH_MD.matcher(line);
    while (m.find()) {
      yearOrAssumed(out, line, m, m.group(3), month(m.group(1)), m.group(2), year);
    }
    m = ENGLISH_DM.matcher(line);
    while (m.find()) {
      yearOrAssumed(out, line, m, m.group(3), month(m.group(2)), m.group(1), year);
    }
    m = SLASH.matcher(line);
    while (m.find()) {
      yearOrAssumed(out, line, m, null, m.group(1), m.group(2), year);
    }
    m = RELATIVE.matcher(line);
    while (m.find()) {
      relative(out, line, m, entryDate);
    }
    m = TIME.matcher(line);
    while (m.find()) {
      time(out, m);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static void yearOrAssumed(
      List<Found<Temporal>> out,
      String line,
      Matcher m,
      String y,
      String month,
      String day,
      Optional<Integer> year) {
    if (y != null) {
      absolute(out, line, m, Integer.parseInt(y), month, day, false);
    } else if (year.isPresent()) {
      absolute(out, line, m, year.get(), month, day, true);
    } else {
      int mo = Integer.parseInt(month);
      int d = Integer.parseInt(day);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && free(out, m)) {
        Temporal t =
            new Temporal(
                EntityType.DATE,
                String.format(Locale.ROOT, "--%02d-%02d", mo, d),
                Optional.empty(),
                heading(line, m));
        out.add(Found.of(m.start(), m.end(), t, 0.7, "year-unknown"));
      }
    }
  }

  private static void absolute(
      List<Found<Temporal>> out,
      String line,
      Matcher m,
      int y,
      String month,
      String day,
      boolean assumed) {
    if (!free(out, m)) {
      return;
    }
    try {
      LocalDate d = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
      Temporal t = new Temporal(EntityType.DATE, d.toString(), Optional.of(d), heading(line, m));
      out.add(
          assumed
              ? Found.of(m.start(), m.end(), t, 0.85, "year-assumed")
              : Found.of(m.start(), m.end(), t, 0.95));
    } catch (DateTimeException | NumberFormatException e) {
      // Not a date (13/45, 2024.31.02): the numbers are left for the other readers.
    }
  }

  private static void relative(
      List<Found<Temporal>> out, String line, Matcher m, Optional<LocalDate> entryDate) {
    if (!free(out, m)) {
      return;
    }
    if (entryDate.isEmpty()) {
      Temporal t = new Temporal(EntityType.DATE, "", Optional.empty(), false);
      out.add(Found.of(m.start(), m.end(), t, 0.5, "relative-unresolved"));
      return;
    }
    LocalDate base = entryDate.get();
    String w = m.group().toLowerCase(Locale.ROOT).replace(" ", "");
    LocalDate d;
    if (m.group(1) != null) {
      d = base.with(TemporalAdjusters.previous(KOREAN_DAYS.get(m.group(1))));
    } else if (m.group(2) != null) {
      d = base.minusDays(Integer.parseInt(m.group(2)));
    } else if (m.group(3) != null) {
      d =
          base.with(
              TemporalAdjusters.previous(DayOfWeek.valueOf(m.group(3).toUpperCase(Locale.ROOT))));
    } else if (m.group(4) != null) {
      d = base.minusDays(Integer.parseInt(m.group(4)));
    } else {
      d =
          switch (w) {
            case "그저께", "그제", "thedaybeforeyesterday" -> base.minusDays(2);
            case "어제", "yesterday" -> base.minusDays(1);
            case "내일", "tomorrow" -> base.plusDays(1);
            case "모레" -> base.plusDays(2);
            default -> base;
          };
    }
    Temporal t = new Temporal(EntityType.DATE, d.toString(), Optional.of(d), false);
    out.add(Found.of(m.start(), m.end(), t, 0.8, "relative"));
  }

  private static void time(List<Found<Temporal>> out, Matcher m) {
    if (!free(out, m)) {
      return;
    }
    int h;
    int min;
    String ampm;
    if (m.group(2) != null) {
      h = Integer.parseInt(m.group(2));
      min = m.group(4) != null ? 30 : m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
      ampm = m.group(1) == null ? "" : m.group(1);
      if ((ampm.equals("오후") || ampm.equals("저녁") || ampm.equals("밤")) && h < 12) {
        h += 12;
      }
    } else if (m.group(5) != null) {
      h = Integer.parseInt(m.group(5));
      min = Integer.parseInt(m.group(6));
    } else {
      h = Integer.parseInt(m.group(7));
      min = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
      if (m.group(9).toLowerCase(Locale.ROOT).startsWith("p") && h < 12) {
        h += 12;
      }
    }
    if (h > 24 || min > 59) {
      return;
    }
    String n = String.format(Locale.ROOT, "%02d:%02d", h, min);
    int start = Character.isWhitespace(m.group().charAt(0)) ? m.start() + 1 : m.start();
    out.add(
        Found.of(start, m.end(), new Temporal(EntityType.TIME, n, Optional.empty(), false), 0.8));
  }

  private static boolean free(List<Found<Temporal>> out, Matcher m) {
    return out.stream().noneMatch(o -> o.overlaps(m.start(), m.end()));
  }

  private static boolean heading(String line, Matcher m) {
    return line.substring(0, m.start()).replaceAll("[\\s#*\\-\\[(【<>|]", "").isEmpty();
  }

  private static String month(String name) {
    String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
    List<String> months =
        List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    return Integer.toString(months.indexOf(n) + 1);
  }
}
