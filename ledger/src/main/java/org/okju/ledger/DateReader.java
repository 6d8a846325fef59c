package org.okju.ledger;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
      Pattern.compile("(?<!\\d)(\\d{4})[-./]\\s?(\\d{1,2})[-./]\\s?(\\d{1,2})\\.?(?!\\d)");
  // An iCalendar event's start or end (DTSTART;TZID=Asia/Seoul:20250412T203000,
  // DTSTART;VALUE=DATE:20250414): the date in ISO 8601's basic form, the time of day after its T.
  private static final Pattern ICALENDAR =
      Pattern.compile(
          "^(?:DTSTART|DTEND|DUE)[^:\\n]*:(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})\\d{0,2}Z?)?$");
  private static final Pattern SHORT_YEAR =
      Pattern.compile("(?<![\\d.])(\\d{2})\\.(\\d{1,2})\\.(\\d{1,2})\\.?(?![\\d.])");
  private static final Pattern KOREAN =
      Pattern.compile("(?:(\\d{4})년\\s?)?(\\d{1,2})월\\s?(\\d{1,2})일");
  // Day first with the year last: 03.10.2024 (dots, as Telegram and Europe write it), 27/06/2024
  // (a slash and a day over 12); 06/27/2024 with a slash is month first.
  // With a slash the year may have two digits, as American notes and WhatsApp's Android export
  // write it (3/14/25, 9:02 PM - Dex: …); with dots, two digits first are a year (SHORT_YEAR).
  private static final Pattern YEAR_LAST =
      Pattern.compile(
          "(?<![\\d./])(\\d{1,2})([./])(\\d{1,2})\\2"
              + "(?:(\\d{4})(?![\\d./])|(?<=/)(\\d{2})(?![\\d./%]))");
  // A month and day the way Korean official papers write them, a space after each dot and the year
  // given before: 5. 23.에도, 12. 20.에는 (read only once a year is known).
  private static final Pattern DOTTED_MONTH_DAY =
      Pattern.compile("(?<![\\d.]|\\d\\.\\s)(\\d{1,2})\\.\\s(\\d{1,2})\\.(?!\\s?\\d)");
  private static final Pattern SLASH =
      Pattern.compile("(?<![\\d/.$₩,])(\\d{1,2})/(\\d{1,2})(?![\\d/%])");
  // A slashed day and month, with or without its year, for telling which comes first.
  private static final Pattern SLASHED =
      Pattern.compile("(?<![\\d/.$₩,])(\\d{1,2})/(\\d{1,2})(?:/\\d{2,4})?(?![\\d/%])");

  /**
   * Whether a document writes its slashed dates day first: one of them has a first number over 12
   * ("14/03/2025", "15/6") and none a second one ("06/27"). Its "12/03/2025" is then the 12th of
   * March, and "3/6" the 3rd of June.
   */
  /**
   * Whether a document writes its two-digit dotted dates day first and year last (03.04.26, as
   * Telegram Desktop stamps messages in many locales), not year first (26.04.03, as Korean notes
   * write them): a year over 31 in either place settles it; else the year-last reading is taken
   * when every such date has one and the same last number while the first numbers differ (a chat
   * over several days of one year; year-first dates of several days differ in the last number).
   */
  static boolean writesDottedYearLast(String text) {
    Set<String> firsts = new HashSet<>();
    Set<String> lasts = new HashSet<>();
    Matcher m = SHORT_YEAR.matcher(text);
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int last = Integer.parseInt(m.group(3));
      if (first > 31) {
        return false;
      }
      if (last > 31) {
        return true;
      }
      firsts.add(m.group(1));
      lasts.add(m.group(3));
    }
    return lasts.size() == 1 && firsts.size() >= 2;
  }

  static boolean writesDayFirst(String text) {
    boolean dayFirst = false;
    Matcher m = SLASHED.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (b > 12 && a <= 12) {
        return false;
      }
      dayFirst |= a > 12 && a <= 31 && b >= 1 && b <= 12;
    }
    return dayFirst;
  }

  private static final Pattern ENGLISH_MD =
      Pattern.compile(
          "\\b(" + MONTHS + ")\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s(\\d{4})\\b)?",
          Pattern.CASE_INSENSITIVE);
  // Day, month name and year apart by hyphens, as chat exports write them: 14-Dec-24, 3-Mar-2025.
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})-(" + MONTHS + ")-(\\d{4}|\\d{2})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENGLISH_DM =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(" + MONTHS + ")\\b\\.?(?:,?\\s(\\d{4})\\b)?",
          Pattern.CASE_INSENSITIVE);
  // "paid on the 17th", "the girl from the 12th": a day of the entry's month, written alone.
  private static final Pattern ORDINAL_DAY =
      Pattern.compile(
          "\\bthe\\s(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s(?:of\\s)?(?:" + MONTHS + "))",
          Pattern.CASE_INSENSITIVE);
  private static final String DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  private static final Pattern RELATIVE =
      Pattern.compile(
          "그저께|그제|어젯밤|어제|오늘|내일|모레"
              + "|(?<lastKo>지난\\s?주|저번\\s?주|지난)\\s?(?<lastKoDay>[월화수목금토일])요일"
              + "|(?<nextKo>다음\\s?주|담주|이번\\s?주)\\s?(?<nextKoDay>[월화수목금토일])요일"
              + "|(?<koDay>[월화수목금토일])요일"
              + "|(?<ago>\\d{1,2})일\\s?전"
              + "|\\b(?:the day before yesterday|yesterday|today|tonight|tomorrow)\\b"
              + "|\\blast\\s(?<lastEn>"
              + DAYS
              + ")\\b"
              + "|\\b(?<nextEn>next|this|coming)\\s(?<nextEnDay>"
              + DAYS
              + ")\\b"
              + "|\\b(?<enDay>"
              + DAYS
              + ")\\b"
              + "|\\b(?<agoEn>\\d{1,2}) days ago\\b",
          Pattern.CASE_INSENSITIVE);
  // Words saying a bare weekday is still to come ("목요일에 100만 준대", "he will pay on Friday").
  private static final Pattern FUTURE =
      Pattern.compile(
          "준대|준다|줄게|줄거|할게|할거|하기로|예정|올거|갈거|만나기로|받기로|보내기로"
              + "|(?i:\\bwill\\b|'ll\\b|\\bgoing to\\b|\\bplans? to\\b|\\bis due\\b)");

  private static final Pattern TIME =
      Pattern.compile(
          "(오전|오후|밤|새벽|저녁|아침)?\\s?(\\d{1,2})시(?:\\s?(\\d{1,2})분|\\s?(반))?"
              + "|(?<![\\d:])(\\d{1,2}):(\\d{2})(?![\\d:])(?!\\s?(?:am|pm|a\\.m\\.|p\\.m\\.))"
              + "|\\b(\\d{1,2})(?::(\\d{2}))?\\s?(am|pm|a\\.m\\.|p\\.m\\.)"
              + "|\\b(half past|a quarter past|a quarter to)?\\s?\\b(one|two|three|four|five|six|seven"
              + "|eight|nine|ten|eleven|twelve)(?:\\s(?:o'clock))?\\s(?:in the|at)\\s(morning|afternoon"
              + "|evening|night)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final List<String> NUMBER_WORDS =
      List.of(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve");
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
    return find(line, entryDate, year, false);
  }

  /**
   * The dates and times in {@code line}, left to right, the slashed ones read day first when the
   * document writes them so ({@link #writesDayFirst}).
   */
  static List<Found<Temporal>> find(
      String line, Optional<LocalDate> entryDate, Optional<Integer> year, boolean slashDayFirst) {
    return find(line, entryDate, year, slashDayFirst, false);
  }

  /**
   * As {@link #find(String, Optional, Optional, boolean)}, the two-digit dotted dates read day
   * first and year last when the document writes them so ({@link #writesDottedYearLast}).
   */
  static List<Found<Temporal>> find(
      String line,
      Optional<LocalDate> entryDate,
      Optional<Integer> year,
      boolean slashDayFirst,
      boolean dottedYearLast) {
    List<Found<Temporal>> out = new ArrayList<>();
    Matcher m = ICALENDAR.matcher(line);
    while (m.find()) {
      icalendar(out, m);
    }
    m = ISO.matcher(line);
    while (m.find()) {
      absolute(out, line, m, Integer.parseInt(m.group(1)), m.group(2), m.group(3), false);
    }
    m = YEAR_LAST.matcher(line);
    while (m.find()) {
      boolean dayFirst =
          m.group(2).equals(".")
              || Integer.parseInt(m.group(1)) > 12
              || (slashDayFirst && Integer.parseInt(m.group(3)) <= 12);
      absolute(
          out,
          line,
          m,
          m.group(4) != null ? Integer.parseInt(m.group(4)) : 2000 + Integer.parseInt(m.group(5)),
          dayFirst ? m.group(3) : m.group(1),
          dayFirst ? m.group(1) : m.group(3),
          false);
    }
    m = SHORT_YEAR.matcher(line);
    while (m.find()) {
      if (dottedYearLast) {
        absolute(out, line, m, 2000 + Integer.parseInt(m.group(3)), m.group(2), m.group(1), false);
      } else {
        absolute(out, line, m, 2000 + Integer.parseInt(m.group(1)), m.group(2), m.group(3), false);
      }
    }
    m = KOREAN.matcher(line);
    while (m.find()) {
      yearOrAssumed(out, line, m, m.group(1), m.group(2), m.group(3), year);
    }
    m = ENGLISH_MD.matcher(line);
    while (m.find()) {
      yearOrAssumed(out, line, m, m.group(3), month(m.group(1)), m.group(2), year);
    }
    m = DAY_MONTH_YEAR.matcher(line);
    while (m.find()) {
      String y = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
      yearOrAssumed(out, line, m, y, month(m.group(2)), m.group(1), year);
    }
    m = ENGLISH_DM.matcher(line);
    while (m.find()) {
      yearOrAssumed(out, line, m, m.group(3), month(m.group(2)), m.group(1), year);
    }
    m = DOTTED_MONTH_DAY.matcher(line);
    while (m.find() && year.isPresent()) {
      absolute(out, line, m, year.get(), m.group(1), m.group(2), true);
    }
    m = ORDINAL_DAY.matcher(line);
    while (m.find() && entryDate.isPresent()) {
      LocalDate d = entryDate.get();
      absolute(out, line, m, d.getYear(), String.valueOf(d.getMonthValue()), m.group(1), false);
    }
    m = SLASH.matcher(line);
    while (m.find()) {
      boolean dayFirst = slashDayFirst && Integer.parseInt(m.group(2)) <= 12;
      yearOrAssumed(
          out,
          line,
          m,
          null,
          dayFirst ? m.group(2) : m.group(1),
          dayFirst ? m.group(1) : m.group(2),
          year);
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
      Temporal t =
          new Temporal(EntityType.DATE, d.toString(), Optional.of(d), heading(line, m, !assumed));
      out.add(
          assumed
              ? Found.of(m.start(), m.end(), t, 0.85, "year-assumed")
              : Found.of(m.start(), m.end(), t, 0.95));
    } catch (DateTimeException | NumberFormatException e) {
      // Not a date (13/45, 2024.31.02): the numbers are left for the other readers.
    }
  }

  private static void icalendar(List<Found<Temporal>> out, Matcher m) {
    try {
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      // The event's day heads what its lines say ("paid on the 17th", "Mon morning").
      out.add(
          // From the property's name, so that its time zone (Asia/Seoul) is no place or person.
          Found.of(
              m.start(),
              m.end(3),
              new Temporal(EntityType.DATE, d.toString(), Optional.of(d), true),
              0.95));
    } catch (DateTimeException e) {
      return; // 20251345: no date
    }
    if (m.group(4) != null) {
      int h = Integer.parseInt(m.group(4));
      int min = Integer.parseInt(m.group(5));
      if (h < 24 && min < 60) {
        String n = String.format(Locale.ROOT, "%02d:%02d", h, min);
        out.add(
            Found.of(
                m.start(4),
                m.end(5),
                new Temporal(EntityType.TIME, n, Optional.empty(), false),
                0.9));
      }
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
    boolean future = FUTURE.matcher(line.substring(m.end())).find();
    LocalDate d;
    if (m.group("lastKo") != null) {
      DayOfWeek day = KOREAN_DAYS.get(m.group("lastKoDay"));
      d =
          m.group("lastKo").replace(" ", "").equals("지난")
              ? base.with(TemporalAdjusters.previous(day))
              : base.minusWeeks(1).with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
    } else if (m.group("nextKo") != null) {
      DayOfWeek day = KOREAN_DAYS.get(m.group("nextKoDay"));
      LocalDate monday = base.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      d =
          (m.group("nextKo").startsWith("이번") ? monday : monday.plusWeeks(1))
              .with(TemporalAdjusters.nextOrSame(day));
    } else if (m.group("koDay") != null) {
      if (nextToAbsoluteDate(out, m)) {
        return; // the weekday of a date written beside it
      }
      d = bareWeekday(base, KOREAN_DAYS.get(m.group("koDay")), future);
    } else if (m.group("ago") != null) {
      d = base.minusDays(Integer.parseInt(m.group("ago")));
    } else if (m.group("lastEn") != null) {
      d = base.with(TemporalAdjusters.previous(day(m.group("lastEn"))));
    } else if (m.group("nextEn") != null) {
      DayOfWeek day = day(m.group("nextEnDay"));
      d =
          m.group("nextEn").equalsIgnoreCase("next")
              ? base.with(TemporalAdjusters.next(day))
              : base.with(TemporalAdjusters.nextOrSame(day));
    } else if (m.group("enDay") != null) {
      if (nextToAbsoluteDate(out, m)) {
        return;
      }
      d = bareWeekday(base, day(m.group("enDay")), future);
    } else if (m.group("agoEn") != null) {
      d = base.minusDays(Integer.parseInt(m.group("agoEn")));
    } else {
      d =
          switch (w) {
            case "그저께", "그제", "thedaybeforeyesterday" -> base.minusDays(2);
            case "어제", "어젯밤", "yesterday" -> base.minusDays(1);
            case "내일", "tomorrow" -> base.plusDays(1);
            case "모레" -> base.plusDays(2);
            default -> base;
          };
    }
    Temporal t = new Temporal(EntityType.DATE, d.toString(), Optional.of(d), false);
    out.add(Found.of(m.start(), m.end(), t, 0.8, "relative"));
  }

  /**
   * A weekday with no "last" or "next": the nearest such day before the entry, or after it when the
   * sentence speaks of the future, and the entry's own day when it is that weekday ("Friday" in a
   * Friday's message or diary entry is that day, not the week before).
   */
  private static LocalDate bareWeekday(LocalDate entry, DayOfWeek day, boolean future) {
    return entry.with(
        future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
  }

  private static DayOfWeek day(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  // A weekday within a few characters of a date found in the same line names that date's day.
  private static boolean nextToAbsoluteDate(List<Found<Temporal>> out, Matcher m) {
    return out.stream()
        .anyMatch(
            o ->
                o.value().type() == EntityType.DATE
                    && !o.flags().contains("relative")
                    && o.start() - m.end() <= 3
                    && m.start() - o.end() <= 3);
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
    } else if (m.group(7) != null) {
      h = Integer.parseInt(m.group(7));
      min = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
      if (m.group(9).toLowerCase(Locale.ROOT).startsWith("p") && h < 12) {
        h += 12;
      }
    } else {
      h = NUMBER_WORDS.indexOf(m.group(11).toLowerCase(Locale.ROOT)) + 1;
      String part = m.group(10) == null ? "" : m.group(10).toLowerCase(Locale.ROOT);
      min = part.equals("half past") ? 30 : part.equals("a quarter past") ? 15 : 0;
      if (part.equals("a quarter to")) {
        h -= 1;
        min = 45;
      }
      if (!m.group(12).equalsIgnoreCase("morning") && h < 12) {
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

  /**
   * Whether the date heads an entry: nothing but punctuation, a weekday or a bracketed label before
   * it ({@code Sunday, 10 March 2024}, {@code [메모] 2024.10.07}, {@code Mon 13 May.}), or a short
   * line around it ({@code 24.04.02 화}, {@code 정산표 2023.12.31}).
   */
  private static boolean heading(String line, Matcher m) {
    return heading(line, m, true);
  }

  private static boolean heading(String line, Matcher m, boolean withYear) {
    String before =
        WEEKDAY
            .matcher(line.substring(0, m.start()))
            .replaceAll("")
            .replaceAll("\\[[^\\]]{0,12}\\]", "");
    if (before.replaceAll("[\\s#*\\-\\[(【<>|,.:]", "").isEmpty()) {
      return true;
    }
    String rest =
        WEEKDAY
            .matcher(line.substring(0, m.start()) + " " + line.substring(m.end()))
            .replaceAll("");
    return withYear
        && m.start() < 12
        && rest.codePoints().filter(Character::isLetter).count() <= 12;
  }

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?i)\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\b\\.?"
              + "|[월화수목금토일]요일|\\([월화수목금토일]\\)|(?<![가-힣])[월화수목금토일](?![가-힣])");

  private static String month(String name) {
    String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
    List<String> months =
        List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    return Integer.toString(months.indexOf(n) + 1);
  }
}
