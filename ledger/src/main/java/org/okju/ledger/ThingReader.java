package org.okju.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the entities that follow fixed forms or lists: phone numbers, bank accounts, drugs, tape or
 * file titles, and places ({@link PlaceReader}). Stateless and thread-safe.
 */
final class ThingReader {
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\d-])(?:(?:\\+82[-\\s]?1[016789]|01[016789]|0[2-6]\\d?)[-.\\s]?\\d{3,4}[-.\\s]\\d{4}"
              // 01048213377: a mobile number as a phone's backup keeps it, its digits alone
              + "|01[016789]\\d{7,8})(?![\\d-])");
  private static final Pattern ACCOUNT =
      Pattern.compile(
          "(?:(?<bank>국민|신한|우리|하나|농협|기업|카카오뱅크|카뱅|토스|KB|Shinhan|Woori|Hana|NH|IBK|Kakao\\s?Bank)"
              + "(?:은행|\\sBank)?\\s?(?:계좌|account|acct\\.?)?\\s?:?\\s?)?"
              + "(?<num>(?<![\\d-])\\d{2,6}-\\d{2,6}-\\d{2,8}(?:-\\d{1,6})?(?![\\d-]))");
  private static final Map<String, String> DRUGS =
      Map.ofEntries(
          Map.entry("졸피뎀", "zolpidem"),
          // 졸피: how notes and ledgers shorten it (졸피 20정, 졸피 2통, 졸피 받아 둠)
          Map.entry("졸피", "zolpidem"),
          Map.entry("zolpidem", "zolpidem"),
          Map.entry("수면제", "sleeping pills"),
          Map.entry("sleeping pills", "sleeping pills"),
          Map.entry("물뽕", "GHB"),
          Map.entry("GHB", "GHB"),
          Map.entry("프로포폴", "propofol"),
          Map.entry("propofol", "propofol"),
          Map.entry("케타민", "ketamine"),
          Map.entry("ketamine", "ketamine"),
          Map.entry("로히프놀", "flunitrazepam"),
          Map.entry("rohypnol", "flunitrazepam"),
          Map.entry("플루니트라제팜", "flunitrazepam"),
          Map.entry("flunitrazepam", "flunitrazepam"),
          Map.entry("미다졸람", "midazolam"),
          Map.entry("midazolam", "midazolam"),
          Map.entry("할시온", "triazolam"),
          Map.entry("triazolam", "triazolam"),
          // Brand names, written capitalised like names (Halcion, Stilnox): the generic drug.
          Map.entry("halcion", "triazolam"),
          Map.entry("stilnox", "zolpidem"),
          Map.entry("스틸녹스", "zolpidem"),
          Map.entry("ambien", "zolpidem"),
          Map.entry("dormicum", "midazolam"),
          Map.entry("xanax", "alprazolam"),
          Map.entry("자낙스", "alprazolam"),
          Map.entry("alprazolam", "alprazolam"),
          Map.entry("valium", "diazepam"),
          Map.entry("diazepam", "diazepam"),
          Map.entry("ativan", "lorazepam"),
          Map.entry("lorazepam", "lorazepam"),
          Map.entry("필로폰", "methamphetamine"),
          Map.entry("히로뽕", "methamphetamine"),
          Map.entry("methamphetamine", "methamphetamine"),
          Map.entry("안정제", "sedatives"),
          Map.entry("sedatives", "sedatives"));
  // Latin names only as whole words ("neighbours" holds "ghb").
  private static final Pattern DRUG =
      Pattern.compile(
          "(?i)(?<![A-Za-z])(?:"
              + String.join(
                  "|",
                  DRUGS.keySet().stream()
                      .sorted((a, b) -> b.length() - a.length())
                      .map(Pattern::quote)
                      .toList())
              + ")(?![A-Za-z])");
  // Named places the ledgers mention by a short name; Korean and English spellings of one place
  // share a normalized form.
  private static final Map<String, String> PLACES =
      Map.of(
          "잠수교", "잠수교",
          "jamsu bridge", "잠수교",
          "반포한강공원", "반포한강공원",
          "banpo park", "반포한강공원");
  private static final Pattern NAMED_PLACE =
      Pattern.compile("(?i)잠수교|jamsu bridge|반포한강공원|banpo park");

  private ThingReader() {}

  /** Phones, accounts and tapes: the forms that must be masked before numbers are read. */
  static List<Found<Named>> identifiers(String line) {
    List<Found<Named>> out = new ArrayList<>();
    Matcher m = PHONE.matcher(line);
    while (m.find()) {
      String digits = m.group().replaceAll("\\D", "").replaceFirst("^82", "0");
      add(out, Found.of(m.start(), m.end(), new Named(EntityType.PHONE, m.group(), digits), 0.9));
    }
    m = ACCOUNT.matcher(line);
    while (m.find()) {
      String bank = m.group("bank");
      String value = m.group().strip();
      double confidence = bank != null ? 0.9 : 0.6;
      add(
          out,
          Found.of(
              m.start(),
              m.end(),
              new Named(EntityType.ACCOUNT, value, m.group("num").replace("-", "")),
              confidence));
    }
    for (Found<Named> tape : TapeReader.find(line)) {
      add(out, tape);
    }
    return out;
  }

  // "G" is GHB's street name, only where a line asks for it or has it: "G 남음?", "G 좀", or an
  // English article or measure makes it a thing ("brought the G", "a vial of G"; not "the G
  // Tower").
  private static final Pattern STREET_G =
      Pattern.compile(
          "(?<![A-Za-z0-9])G(?![A-Za-z0-9])(?=\\s?(?:남음|남았|있|없|필요|좀|구해|줘|\\?|(?i:left|needed)))"
              + "|(?<=\\b(?:the|of|some|more)\\s)G(?![A-Za-z0-9'’-])(?!\\s[A-Z])");

  /** Drugs and places. */
  static List<Found<Named>> words(String line) {
    List<Found<Named>> out = new ArrayList<>();
    Matcher g = STREET_G.matcher(line);
    while (g.find()) {
      add(out, Found.of(g.start(), g.end(), new Named(EntityType.DRUG, "G", "GHB"), 0.6));
    }
    Matcher m = DRUG.matcher(line);
    while (m.find()) {
      String key =
          DRUGS.keySet().stream()
              .filter(k -> k.equalsIgnoreCase(m.group()))
              .findFirst()
              .orElseThrow();
      add(
          out,
          Found.of(m.start(), m.end(), new Named(EntityType.DRUG, m.group(), DRUGS.get(key)), 0.9));
    }
    Matcher p = NAMED_PLACE.matcher(line);
    while (p.find()) {
      String n = PLACES.get(p.group().toLowerCase(Locale.ROOT));
      add(out, Found.of(p.start(), p.end(), new Named(EntityType.PLACE, p.group(), n), 0.95));
    }
    for (Found<Named> place : PlaceReader.find(line)) {
      add(out, place);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static void add(List<Found<Named>> out, Found<Named> f) {
    if (out.stream().noneMatch(o -> o.overlaps(f.start(), f.end()))) {
      out.add(f);
    }
  }
}
