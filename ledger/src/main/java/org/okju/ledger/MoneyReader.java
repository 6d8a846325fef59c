package org.okju.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money in a line: Korean unit forms ({@code 3백만}, {@code 1억 2천}, {@code 30만원},
 * {@code 오십만 원}), symbols and codes ({@code ₩500,000}, {@code $2k}, {@code USD 300}) and English
 * multipliers ({@code 2.5m}, {@code 3 million}). Stateless and thread-safe.
 *
 * <p>Run it on a line whose dates are already masked: {@code 5월 3일} has no money in it, but {@code
 * 3일} would otherwise look like a Sino-Korean numeral.
 */
final class MoneyReader {
  private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final String MULT =
      "(?<mult>[kK](?![a-zA-Z])|mn\\b|bn\\b|[mM](?![a-zA-Z])|million\\b|thousand\\b|grand\\b"
          + "|billion\\b)";
  private static final Pattern PREFIXED =
      Pattern.compile(
          "(?<cur>US\\$|₩|\\$|€|¥|\\b(?:USD|KRW|EUR|JPY)\\b)\\s?(?<num>"
              + NUM
              + ")(?:\\s?(?<kunit>[십백천만억조]+(?:\\s?[\\d,]*[십백천만]*)?)|\\s?"
              + MULT
              + ")?");
  private static final Pattern KOREAN =
      Pattern.compile(
          "(?<num>(?:\\d[\\d,]*(?:\\.\\d+)?|[일이삼사오육칠팔구십백천만억조])+"
              + "(?:\\s(?:\\d[\\d,]*(?:\\.\\d+)?|[일이삼사오육칠팔구십백천만억조])*[십백천만억조])*"
              + "(?:(?<=억)\\s\\d{1,4}(?![\\d,]))?)"
              + "(?:\\s?(?<cur>원|달러|불|엔|위안|유로|won\\b|dollars?\\b|USD\\b|KRW\\b|bucks\\b))?");
  private static final Pattern SUFFIXED =
      Pattern.compile(
          "(?<![\\d.$₩])(?<num>\\d+(?:\\.\\d+)?)\\s?"
              + MULT
              + "(?:\\s?(?<cur>won\\b|KRW\\b|원|dollars?\\b|USD\\b))?");

  private static final Pattern NATIVE =
      Pattern.compile(
          "(?<![가-힣])(?<num>(?:스물|스무|열|서른|마흔|쉰|예순|일흔|여든|아흔)?"
              + "(?:하나|한|둘|두|셋|세|넷|네|다섯|여섯|일곱|여덟|아홉)?)"
              + "\\s?(?<unit>만\\s?)?(?<cur>원|달러|불)");

  // An amount in English words, its currency said after it ("two hundred thousand won", "fifty
  // thousand won", "three hundred dollars"): the currency word tells it from a count of things.
  private static final String EN_WORD =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
          + "|ninety|hundred";
  // "one million two hundred thousand won": a multiplier may close each group of words.
  private static final Pattern ENGLISH_WORDS =
      Pattern.compile(
          "(?i)\\b(?<words>(?:"
              + EN_WORD
              + ")(?:[\\s-]+(?:and\\s+)?(?:"
              + EN_WORD
              + "|thousand|million))*)\\s+(?<cur>won|dollars|bucks)\\b");

  private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");

  private MoneyReader() {}

  /**
   * The amounts in {@code line}, left to right, not overlapping.
   *
   * @param defaultCurrency the currency of an amount that names none ({@code KRW} in a Korean case)
   */
  static List<Found<Money>> find(String line, String defaultCurrency) {
    List<Found<Money>> all = new ArrayList<>();
    prefixed(line, all);
    suffixed(line, defaultCurrency, all);
    korean(line, defaultCurrency, all);
    nativeNumerals(line, all);
    englishWords(line, all);
    all.sort(Comparator.<Found<Money>>comparingInt(f -> f.start()).thenComparing(f -> -f.end()));
    List<Found<Money>> out = new ArrayList<>();
    for (Found<Money> f : all) {
      if (out.stream().noneMatch(o -> o.overlaps(f.start(), f.end()))) {
        out.add(f);
      }
    }
    return out;
  }

  private static void englishWords(String line, List<Found<Money>> out) {
    Matcher m = ENGLISH_WORDS.matcher(line);
    while (m.find()) {
      long value = 0; // the groups closed by a multiplier so far
      long below = 0; // the number said since, up to 999
      for (String w : WORD_BREAK.split(m.group("words").toLowerCase(java.util.Locale.ROOT), -1)) {
        switch (w) {
          case "", "and" -> {}
          case "hundred" -> below = Math.max(below, 1) * 100;
          case "thousand" -> {
            value += Math.max(below, 1) * 1_000;
            below = 0;
          }
          case "million" -> {
            value += Math.max(below, 1) * 1_000_000;
            below = 0;
          }
          default -> below += englishWordValue(w);
        }
      }
      value += below;
      out.add(
          Found.of(
              m.start(),
              m.end(),
              new Money(BigDecimal.valueOf(value), currency(m.group("cur"))),
              0.85));
    }
  }

  private static final List<String> EN_UNITS =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen");
  private static final List<String> EN_TENS =
      List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  private static long englishWordValue(String w) {
    int u = EN_UNITS.indexOf(w);
    return u >= 0 ? u : (EN_TENS.indexOf(w) + 2) * 10L;
  }

  private static void prefixed(String line, List<Found<Money>> out) {
    Matcher m = PREFIXED.matcher(line);
    while (m.find()) {
      BigDecimal n = new BigDecimal(m.group("num").replace(",", ""));
      if (m.group("kunit") != null) {
        Optional<BigDecimal> v = KoreanNumerals.parse(m.group("num") + m.group("kunit"));
        if (v.isEmpty()) {
          continue;
        }
        n = v.get();
      } else if (m.group("mult") != null) {
        n = n.multiply(multiplier(m.group("mult")));
      }
      out.add(Found.of(m.start(), m.end(), new Money(n, currency(m.group("cur"))), 0.95));
    }
  }

  private static void suffixed(String line, String defaultCurrency, List<Found<Money>> out) {
    Matcher m = SUFFIXED.matcher(line);
    while (m.find()) {
      BigDecimal n = new BigDecimal(m.group("num")).multiply(multiplier(m.group("mult")));
      String cur = m.group("cur");
      out.add(
          cur == null
              ? Found.of(m.start(), m.end(), new Money(n, defaultCurrency), 0.7, "currency-assumed")
              : Found.of(m.start(), m.end(), new Money(n, currency(cur)), 0.9));
    }
  }

  private static void korean(String line, String defaultCurrency, List<Found<Money>> out) {
    Matcher m = KOREAN.matcher(line);
    while (m.find()) {
      String num = m.group("num").strip();
      String cur = m.group("cur");
      boolean digit = num.chars().anyMatch(Character::isDigit);
      boolean unit = num.chars().anyMatch(c -> KoreanNumerals.isUnit((char) c));
      boolean bigUnit = num.contains("만") || num.contains("억") || num.contains("조");
      int start = m.start();
      char before = start > 0 ? line.charAt(start - 1) : ' ';
      if (digit && isHangul(before) && !Character.isDigit(num.charAt(0))) {
        // 왕눈이 120만: the 이 ends the name, it is no numeral; the amount starts at its digits.
        int first = 0;
        while (!Character.isDigit(num.charAt(first))) {
          first++;
        }
        String lead = num.substring(0, first);
        if (lead.isBlank() || lead.contains(" ")) {
          int shift = m.group("num").indexOf(num) + first;
          start = m.start() + shift;
          num = num.substring(first);
          before = ' ';
        }
      }
      if (isHangul(before) || (Character.isLetterOrDigit(before) && !isHangul(before))) {
        if (!digit || (Character.isLetterOrDigit(before) && !isHangul(before))) {
          continue; // inside a word: 김약사, 천천히, A3
        }
      }
      if (!digit && cur == null && !bigUnit && spokenTenThousands(line, m.start(), num)) {
        // 구백 다 냄, 삼십 보냄: said aloud between the two of them, an amount in 만원.
        Optional<BigDecimal> v = KoreanNumerals.parse(num);
        if (v.isPresent() && v.get().signum() > 0) {
          int end = m.start() + m.group("num").stripTrailing().length();
          out.add(
              Found.of(
                  start,
                  end,
                  new Money(v.get().multiply(BigDecimal.valueOf(10_000)), "KRW"),
                  0.6,
                  "unit-assumed"));
        }
        continue;
      }
      if (!digit && (cur == null && !(bigUnit && num.length() >= 2))) {
        continue; // a lone hangul numeral is a word (이, 사, 만) unless money is named
      }
      int numEnd = m.start() + m.group("num").stripTrailing().length();
      if (!digit
          && cur == null
          && numEnd < line.length()
          && isHangul(line.charAt(numEnd))
          && !KoreanNumerals.isUnit(num.charAt(num.length() - 1))) {
        continue; // 조사장에게: the surname 조 and the 사 of 사장, a word, not 1조 4
      }
      if (!digit && (num.length() < 2 && cur == null)) {
        continue;
      }
      if (digit && !unit && cur == null) {
        int after = m.start() + m.group("num").stripTrailing().length();
        if (num.matches("\\d{1,4}")
            && !HASH_OR_SIGN_BEFORE.matcher(line.substring(0, start)).find()
            && VERB_OF_MONEY_RIGHT_AFTER.matcher(line.substring(after)).lookingAt()) {
          // 15 줬음, 30 보냄, 250 입금 확인: a bare number right before a verb of money is said in
          // 만원, as notes and chats between the two of them say it.
          out.add(
              Found.of(
                  start,
                  after,
                  new Money(new BigDecimal(num).multiply(BigDecimal.valueOf(10_000)), "KRW"),
                  0.6,
                  "unit-assumed"));
          continue;
        }
        if (!num.contains(",") || num.replace(",", "").length() < 4) {
          continue; // 12 is a tape, a room, a count; 500,000 in a ledger column is money
        }
      }
      Optional<BigDecimal> v = KoreanNumerals.parse(num);
      if (v.isEmpty() || v.get().signum() == 0) {
        continue;
      }
      int end = cur == null ? m.start() + m.group("num").stripTrailing().length() : m.end();
      double confidence = cur != null ? 0.95 : bigUnit ? 0.9 : 0.6;
      String currency = cur != null ? currency(cur) : bigUnit ? "KRW" : defaultCurrency;
      out.add(
          cur == null && !bigUnit
              ? Found.of(start, end, new Money(v.get(), currency), confidence, "currency-assumed")
              : Found.of(start, end, new Money(v.get(), currency), confidence));
    }
  }

  // A verb of money right after a bare number (15 줬음, 30 보냄, 100 받음, 250 입금): the number is
  // an amount in 만원.
  private static final Pattern VERB_OF_MONEY_RIGHT_AFTER =
      Pattern.compile("^\\s?(?:을|은|만)?\\s?(?:줬|줌(?![가-힣])|주었|보냄|보냈|받음|받았|입금|송금|꽂아)");
  // A tape's or a room's number (#12, No. 3) or a sign before it: no amount.
  private static final Pattern HASH_OR_SIGN_BEFORE = Pattern.compile("(?:[#№+\\-]|No\\.\\s?)$");

  // Words saying money moved: the line a bare spoken amount is money in.
  private static final Pattern MONEY_TALK =
      Pattern.compile("입금|송금|보냄|보냈|보낼|냄(?![가-힣])|냈|받음|받았|들어왔|들어옴|꽂아|정산|줬|줌(?![가-힣])");
  // What may follow a spoken amount: the end, a space or a mark, or a topic or object particle;
  // not a counter (삼십 분, 이백 명, 오십 개).
  private static final Pattern AFTER_SPOKEN = Pattern.compile("(?:[은는을를])?(?:[^가-힣]|$)");
  private static final Pattern COUNTER =
      Pattern.compile("\\s*(?:분|명|개|살|대|알|병|장|번|초|일|시|킬로|키로|km|프로|퍼|%|미터|그램|g\\b|회|건|편)");

  /**
   * Whether the Korean numeral word {@code num} at {@code start} is an amount said without its unit
   * (구백, 이백칠십, 삼십: tens of thousands of won, as people say them): a word of two syllables or more
   * with 십, 백 or 천 in it, alone, no counter after it, in a line that says money moved.
   */
  private static boolean spokenTenThousands(String line, int start, String num) {
    if (num.length() < 2
        || num.contains(" ")
        || num.chars().noneMatch(c -> c == '십' || c == '백' || c == '천')) {
      return false;
    }
    int end = start + num.length();
    String after = line.substring(end);
    return AFTER_SPOKEN.matcher(after).lookingAt()
        && !COUNTER.matcher(after).lookingAt()
        && MONEY_TALK.matcher(line).find();
  }

  private static void nativeNumerals(String line, List<Found<Money>> out) {
    Matcher m = NATIVE.matcher(line);
    while (m.find()) {
      Optional<BigDecimal> v = KoreanNumerals.parseNative(m.group("num"));
      if (v.isPresent()) {
        BigDecimal n =
            m.group("unit") != null ? v.get().multiply(BigDecimal.valueOf(10_000)) : v.get();
        out.add(Found.of(m.start(), m.end(), new Money(n, currency(m.group("cur"))), 0.8));
      }
    }
  }

  static boolean isHangul(char c) {
    return c >= '가' && c <= '힣';
  }

  private static BigDecimal multiplier(String m) {
    return switch (m.toLowerCase(Locale.ROOT)) {
      case "k", "thousand", "grand" -> BigDecimal.valueOf(1_000);
      case "m", "mn", "million" -> BigDecimal.valueOf(1_000_000);
      case "bn", "billion" -> BigDecimal.valueOf(1_000_000_000);
      default -> BigDecimal.ONE;
    };
  }

  private static String currency(String symbol) {
    return switch (symbol.toLowerCase(Locale.ROOT)) {
      case "₩", "원", "won", "krw" -> "KRW";
      case "$", "us$", "usd", "달러", "불", "dollar", "dollars", "bucks" -> "USD";
      case "€", "eur", "유로" -> "EUR";
      case "¥", "엔", "jpy" -> "JPY";
      case "위안" -> "CNY";
      default -> symbol.toUpperCase(Locale.ROOT);
    };
  }
}
