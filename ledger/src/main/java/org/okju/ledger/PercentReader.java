package org.okju.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds percentages: {@code 30%}, {@code 30퍼센트}, {@code 30프로}, {@code 삼십 퍼센트}, the old decimal
 * fractions {@code 3할} (30%), {@code 2할 5푼} (25%), {@code 3할 2푼 5리} (32.5%), and English {@code 30
 * percent}, {@code thirty percent}. Stateless and thread-safe.
 *
 * <p>할/푼/리 are tenths, hundredths and thousandths (표준국어대사전 "할", "푼", "리"); 일 before 할 is not read,
 * since 일할 is far more often "to work" than "10%".
 */
final class PercentReader {
  private static final Pattern DIGITS =
      Pattern.compile(
          "(?<!\\d)(\\d+(?:\\.\\d+)?)\\s?(%|％|퍼센트|프로(?!젝트|그램|필)|percent\\b|per cent\\b|pct\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HANGUL = Pattern.compile("([일이삼사오육칠팔구십백]+)\\s?(퍼센트|프로(?!젝트|그램|필))");
  private static final String D = "[0-9일이삼사오육칠팔구]";
  private static final Pattern HAL =
      Pattern.compile(
          "(?:(?<hal>[1-9]|10|[이삼사오육칠팔구])\\s?할(?![게지수까])"
              + "(?:\\s?(?<pun>"
              + D
              + ")\\s?푼)?(?:\\s?(?<ri>"
              + D
              + ")\\s?리)?"
              + "|(?<pun2>[1-9]|[이삼사오육칠팔구])\\s?푼(?:\\s?(?<ri2>"
              + D
              + ")\\s?리)?)");
  // 1.5할 in hurried notes: one and a half tenths, 15% (not the 5할 its last digit reads as).
  private static final Pattern DECIMAL_HAL =
      Pattern.compile("(?<![\\d.])(?<tenths>\\d\\.\\d)\\s?할(?![게지수까])");
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("five", 5),
          Map.entry("ten", 10),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20),
          Map.entry("twenty-five", 25),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100));
  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(twenty-five|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|five"
              + "|hundred)\\s(percent|per cent)\\b",
          Pattern.CASE_INSENSITIVE);

  // A share written as a bare number, the person before it: "형님 gets 60, me 25, 재우 15", "나 40 너
  // 60", "몫: 나 70 혜성 30". A word and a space before it; after it a separator, the line's end or the
  // next person and number, or one word closing the line (never a unit, a time, a date or a longer
  // number: 60만, 9:30, 18,000).
  private static final Pattern BARE =
      Pattern.compile(
          "(?<=[가-힣A-Za-z]\\s)(\\d{1,2}|100)(?![\\d.,:/]?\\d)"
              + "(?=\\s*(?:[,;/)·]|$)|\\s+(?:and|그리고)\\s|\\s+[가-힣A-Za-z]+\\s+\\d"
              // (나 40 너 60 하재: one word closing the line after the last)
              + "|\\s+[가-힣A-Za-z]+\\s*(?:[,.;!?]|$))");
  // A share verb and a bare number after it: "Mouse gets fifteen", "Rex takes forty, I keep fifty".
  private static final Pattern VERB_THEN_NUMBER =
      Pattern.compile(
          "\\b(?:gets?|takes?|keeps?)\\s(twenty-five|fifteen|twenty|thirty|forty|fifty|sixty|seventy"
              + "|eighty|ninety|ten|five|\\d{1,2})(?=\\s*(?:[,;.)]|$|\\s(?:and|for|of|percent)\\b))",
          Pattern.CASE_INSENSITIVE);

  private PercentReader() {}

  /** The percentages in {@code line}, left to right, not overlapping. */
  static List<Found<BigDecimal>> find(String line) {
    List<Found<BigDecimal>> out = new ArrayList<>();
    Matcher m = DIGITS.matcher(line);
    while (m.find()) {
      add(out, Found.of(m.start(), m.end(), new BigDecimal(m.group(1)), 0.95));
    }
    m = HANGUL.matcher(line);
    while (m.find()) {
      if (m.start() > 0 && MoneyReader.isHangul(line.charAt(m.start() - 1))) {
        continue;
      }
      Optional<BigDecimal> v = KoreanNumerals.parse(m.group(1));
      if (v.isPresent()) {
        add(out, Found.of(m.start(), m.end(), v.get(), 0.9));
      }
    }
    m = DECIMAL_HAL.matcher(line);
    while (m.find()) {
      add(
          out,
          Found.of(
              m.start(), m.end(), new BigDecimal(m.group("tenths")).multiply(BigDecimal.TEN), 0.9));
    }
    m = HAL.matcher(line);
    while (m.find()) {
      if (m.start() > 0 && MoneyReader.isHangul(line.charAt(m.start() - 1))) {
        continue;
      }
      BigDecimal v =
          m.group("pun2") != null
              ? digit(m.group("pun2")).add(tenth(m.group("ri2")))
              : digit(m.group("hal"))
                  .multiply(BigDecimal.TEN)
                  .add(digit(m.group("pun")))
                  .add(tenth(m.group("ri")));
      add(out, Found.of(m.start(), m.end(), v, 0.9));
    }
    m = ENGLISH.matcher(line);
    while (m.find()) {
      int v = WORDS.get(m.group(1).toLowerCase(Locale.ROOT));
      add(out, Found.of(m.start(), m.end(), BigDecimal.valueOf(v), 0.9));
    }
    m = VERB_THEN_NUMBER.matcher(line);
    while (m.find()) {
      String n = m.group(1).toLowerCase(Locale.ROOT);
      int v = WORDS.containsKey(n) ? WORDS.get(n) : Integer.parseInt(n);
      add(out, Found.of(m.start(1), m.end(1), BigDecimal.valueOf(v), 0.7));
    }
    bareShares(line, out);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * Bare numbers after people that add up, with the line's written percentages, to a whole: the
   * shares of a split written without the percent sign ("나 40 너 60"). Apart, such numbers are
   * anything (ages, counts), so they are shares only when two or more make exactly 100.
   */
  private static void bareShares(String line, List<Found<BigDecimal>> out) {
    List<Found<BigDecimal>> bare = new ArrayList<>();
    Matcher m = BARE.matcher(line);
    while (m.find()) {
      int start = m.start(1);
      int end = m.end(1);
      if (out.stream().noneMatch(o -> o.overlaps(start, end))) {
        bare.add(Found.of(start, end, new BigDecimal(m.group(1)), 0.7));
      }
    }
    BigDecimal whole = BigDecimal.ZERO;
    for (Found<BigDecimal> f : out) {
      whole = whole.add(f.value());
    }
    for (Found<BigDecimal> f : bare) {
      whole = whole.add(f.value());
    }
    if (bare.size() + out.size() >= 2
        && !bare.isEmpty()
        && whole.compareTo(BigDecimal.valueOf(100)) == 0) {
      bare.forEach(f -> add(out, f));
    }
  }

  private static void add(List<Found<BigDecimal>> out, Found<BigDecimal> f) {
    if (out.stream().noneMatch(o -> o.overlaps(f.start(), f.end()))) {
      out.add(new Found<>(f.start(), f.end(), strip(f.value()), f.confidence(), f.flags()));
    }
  }

  private static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static BigDecimal digit(String d) {
    if (d == null) {
      return BigDecimal.ZERO;
    }
    return KoreanNumerals.parse(d).orElse(BigDecimal.ZERO);
  }

  private static BigDecimal tenth(String d) {
    return digit(d).movePointLeft(1);
  }
}
