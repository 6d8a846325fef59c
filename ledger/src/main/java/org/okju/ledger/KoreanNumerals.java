package org.okju.ledger;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Reads numbers written the Korean way: Arabic digits mixed with the units 십/백/천 (10, 100, 1,000)
 * and 만/억/조 (10⁴, 10⁸, 10¹²), Sino-Korean numerals (오십만 = 500,000) and native numerals (스물다섯 = 25).
 * Stateless and thread-safe.
 *
 * <p>Colloquial amounts drop the 만 after 억: {@code 1억 2천} is said for 1억 2천만 (120,000,000), never
 * for 100,002,000. So a bare remainder under 10,000 after an 억 group is read as that many 만
 * (National Institute of Korean Language, 표준국어대사전 "억": amounts are grouped by 만).
 */
final class KoreanNumerals {
  private static final Map<Character, Integer> DIGITS =
      Map.of('영', 0, '공', 0, '일', 1, '이', 2, '삼', 3, '사', 4, '오', 5, '육', 6, '칠', 7, '팔', 8);
  private static final Map<Character, Integer> SMALL_UNITS = Map.of('십', 10, '백', 100, '천', 1000);
  private static final Map<Character, Long> BIG_UNITS =
      Map.of('만', 10_000L, '억', 100_000_000L, '조', 1_000_000_000_000L);

  // Native (고유어) numerals: tens, then units; the attributive forms (한, 두, 세, 네, 스무) too.
  private static final Map<String, Integer> NATIVE_TENS =
      Map.ofEntries(
          Map.entry("열", 10),
          Map.entry("스물", 20),
          Map.entry("스무", 20),
          Map.entry("서른", 30),
          Map.entry("마흔", 40),
          Map.entry("쉰", 50),
          Map.entry("예순", 60),
          Map.entry("일흔", 70),
          Map.entry("여든", 80),
          Map.entry("아흔", 90));
  private static final Map<String, Integer> NATIVE_UNITS =
      Map.ofEntries(
          Map.entry("하나", 1),
          Map.entry("한", 1),
          Map.entry("둘", 2),
          Map.entry("두", 2),
          Map.entry("셋", 3),
          Map.entry("세", 3),
          Map.entry("석", 3),
          Map.entry("넷", 4),
          Map.entry("네", 4),
          Map.entry("넉", 4),
          Map.entry("다섯", 5),
          Map.entry("여섯", 6),
          Map.entry("일곱", 7),
          Map.entry("여덟", 8),
          Map.entry("아홉", 9));

  private KoreanNumerals() {}

  /** Whether {@code c} can be part of a Sino-Korean number (digit or unit). */
  static boolean isSinoChar(char c) {
    return DIGITS.containsKey(c)
        || c == '구'
        || SMALL_UNITS.containsKey(c)
        || BIG_UNITS.containsKey(c);
  }

  /** Whether {@code c} is one of the units 십백천만억조. */
  static boolean isUnit(char c) {
    return SMALL_UNITS.containsKey(c) || BIG_UNITS.containsKey(c);
  }

  /**
   * The value of {@code text}: digits (commas allowed, a decimal point too), Sino-Korean numerals
   * and units, spaces between groups; or a native numeral. Empty when it is not a number.
   */
  static Optional<BigDecimal> parse(String text) {
    String s = text.replace(",", "").replace(" ", "");
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> nativeValue = parseNative(s);
    if (nativeValue.isPresent()) {
      return nativeValue;
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal section = BigDecimal.ZERO;
    BigDecimal current = null;
    long lastBig = 1;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isDigit(c) || c == '.') {
        int j = i;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
          j++;
        }
        try {
          current = new BigDecimal(s.substring(i, j));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        i = j;
        continue;
      }
      Integer digit = c == '구' ? Integer.valueOf(9) : DIGITS.get(c);
      if (digit != null) {
        current = BigDecimal.valueOf(digit);
      } else if (SMALL_UNITS.containsKey(c)) {
        BigDecimal n = current == null ? BigDecimal.ONE : current;
        section = section.add(n.multiply(BigDecimal.valueOf(SMALL_UNITS.get(c))));
        current = null;
      } else if (BIG_UNITS.containsKey(c)) {
        BigDecimal n = section.add(current == null ? BigDecimal.ZERO : current);
        if (n.signum() == 0) {
          n = BigDecimal.ONE;
        }
        total = total.add(n.multiply(BigDecimal.valueOf(BIG_UNITS.get(c))));
        lastBig = BIG_UNITS.get(c);
        section = BigDecimal.ZERO;
        current = null;
      } else {
        return Optional.empty();
      }
      i++;
    }
    BigDecimal rest = section.add(current == null ? BigDecimal.ZERO : current);
    if (lastBig >= 100_000_000L
        && rest.signum() > 0
        && rest.compareTo(BigDecimal.valueOf(10_000)) < 0) {
      rest = rest.multiply(BigDecimal.valueOf(10_000)); // 1억 2천 = 1억 2천만 (see class comment)
    }
    return Optional.of(plain(total.add(rest)));
  }

  /** {@code v} without trailing zeros but never in exponent form (500000, not 5E+5). */
  static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** A native numeral such as 스물다섯, 열, 두; empty otherwise. */
  static Optional<BigDecimal> parseNative(String s) {
    int value = 0;
    String rest = s;
    for (Map.Entry<String, Integer> t : NATIVE_TENS.entrySet()) {
      if (rest.startsWith(t.getKey())) {
        value = t.getValue();
        rest = rest.substring(t.getKey().length());
        break;
      }
    }
    if (!rest.isEmpty()) {
      Integer unit = NATIVE_UNITS.get(rest);
      if (unit == null) {
        return Optional.empty();
      }
      value += unit;
    }
    return value == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(value));
  }
}
