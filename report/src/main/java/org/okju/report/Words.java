package org.okju.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The report's sentences and labels in one language, from {@code words.properties} (English) and
 * {@code words_ko.properties}. A text holds {@code {0}}, {@code {1}}… for its arguments; unlike
 * {@link java.text.MessageFormat}, quotes are plain text and numbers are formatted by the caller
 * (with {@link #count} or {@link #amount}), so "don't" needs no escaping. Immutable, thread-safe.
 */
public final class Words {
  private final ReportLanguage language;
  private final ResourceBundle bundle;

  private Words(ReportLanguage language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  /** The words of {@code language}. */
  public static Words of(ReportLanguage language) {
    // No fallback to the JVM's default locale: an English report on a Korean desktop stays English.
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "org.okju.report.words",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Words(language, bundle);
  }

  /** The language. */
  public ReportLanguage language() {
    return language;
  }

  /**
   * The text of {@code key} with {@code {n}} replaced by {@code args[n]}.
   *
   * @throws MissingResourceException when no language has the key (a bug, not a user error)
   */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close <= i + 3 && isDigits(pattern, i + 1, close)) {
        int n = Integer.parseInt(pattern.substring(i + 1, close));
        out.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The text of {@code key} for {@code n} things, {@code n} formatted as its {@code {0}}: the
   * language's {@code key.one} when {@code n} is 1 and it has one ("1 image", "2 images").
   */
  public String counted(String key, long n) {
    return get(n == 1 && hasSingular(key) ? key + ".one" : key, count(n));
  }

  // A language words a singular only if it has one of its own: Korean words every count itself,
  // and English's "1 archive" must not show through from the parent bundle.
  private boolean hasSingular(String key) {
    if (!has(key + ".one")) {
      return false;
    }
    return !(bundle instanceof PropertyResourceBundle own)
        || own.handleGetObject(key) == null
        || own.handleGetObject(key + ".one") != null;
  }

  /** A source's or an item's status in words ("partial", "일부 완료"). */
  public String status(Enum<?> status) {
    return get("status." + status.name().toLowerCase(Locale.ROOT));
  }

  /** Whether a text exists for {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** A whole number with thousands separators: {@code 1,234,567}. */
  public String count(long n) {
    return grouped().format(n);
  }

  /**
   * A fact's day as the documents date it: a calendar date as ISO writes it ({@code 2024-04-03}),
   * and a notebook's day of no written year ({@code --04-03}) in words: "3 April, year not
   * written", "4월 3일 (연도 미기재)".
   */
  public String day(String isoDay) {
    if (!isoDay.startsWith("--")) {
      return isoDay;
    }
    MonthDay monthDay = MonthDay.parse(isoDay);
    return get(
        "timeline.yearless",
        Integer.toString(monthDay.getMonthValue()),
        Integer.toString(monthDay.getDayOfMonth()),
        monthDay.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language.code())));
  }

  /** An amount with thousands separators and its decimals as written: {@code 3,000,000}. */
  public String amount(BigDecimal value) {
    DecimalFormat f = grouped();
    f.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
    return f.format(value);
  }

  /**
   * A moment to the second, in UTC: {@code 2026-12-06 08:06:30}. The custody log keeps the
   * nanoseconds; a reader of the report needs none of them.
   */
  public String time(Instant t) {
    return SECONDS.format(t);
  }

  /** A size in bytes for people: {@code 7.6 MB} ({@code 1 MB = 10^6 bytes}, as ingest prints). */
  public String bytes(long n) {
    String[] units = {"", "kB", "MB", "GB", "TB"};
    double v = n;
    int u = 0;
    while (v >= 1000 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    return u == 0
        ? count(n) + " " + get("unit.bytes")
        : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  // Grouping with commas in both languages: Korean writes 3,000,000원 too.
  private static DecimalFormat grouped() {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
