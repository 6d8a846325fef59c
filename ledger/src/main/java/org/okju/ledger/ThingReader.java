package org.okju.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the entities that follow fixed forms or lists: phone numbers, bank accounts, drugs, tape or
 * file titles and places (named places, hotels and motels, Korean and English addresses). Stateless
 * and thread-safe.
 */
final class ThingReader {
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\d-])(?:\\+82[-\\s]?1[016789]|01[016789]|0[2-6]\\d?)[-.\\s]?\\d{3,4}[-.\\s]\\d{4}(?![\\d-])");
  private static final Pattern ACCOUNT =
      Pattern.compile(
          "(?:(?<bank>국민|신한|우리|하나|농협|기업|카카오뱅크|카뱅|토스|KB|Shinhan|Woori|Hana|NH|IBK|Kakao\\s?Bank)"
              + "(?:은행|\\sBank)?\\s?(?:계좌|account|acct\\.?)?\\s?:?\\s?)?"
              + "(?<num>(?<![\\d-])\\d{2,6}-\\d{2,6}-\\d{2,8}(?:-\\d{1,6})?(?![\\d-]))");
  private static final Pattern TAPE =
      Pattern.compile(
          "(?:(?:테이프|tape|Tape|TAPE|영상|video|Video|clip|Clip)\\s?(?:#|No\\.?\\s?|번호\\s?)?"
              + "(?<n>\\d{1,4})(?:번)?(?!\\d)"
              + "|#(?<n2>\\d{1,4})번?\\s?(?:테이프|영상|tape)"
              + "|(?<file>[\\w가-힣-]+\\.(?:mp4|avi|mov|mkv|wmv|3gp|m4v|MP4|AVI|MOV))"
              + "|(?:테이프|tape|영상)\\s?[「『\"“'](?<title>[^」』\"”']{1,40})[」』\"”'])");
  private static final Map<String, String> DRUGS =
      Map.ofEntries(
          Map.entry("졸피뎀", "zolpidem"),
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
          Map.entry("필로폰", "methamphetamine"),
          Map.entry("히로뽕", "methamphetamine"),
          Map.entry("methamphetamine", "methamphetamine"),
          Map.entry("안정제", "sedatives"),
          Map.entry("sedatives", "sedatives"));
  private static final Pattern DRUG =
      Pattern.compile(
          "(?i)"
              + String.join(
                  "|",
                  DRUGS.keySet().stream()
                      .sorted((a, b) -> b.length() - a.length())
                      .map(Pattern::quote)
                      .toList()));
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
  private static final Pattern KOREAN_PLACE =
      Pattern.compile(
          "(?<![가-힣])[가-힣A-Za-z0-9]{1,8}"
              + "(?:모텔|호텔|여관|펜션|카페|노래방|주차장|오피스텔|빌라|아파트|공원|대교|약국|술집|룸살롱|PC방|찜질방)"
              + "(?:\\s?\\d{1,4}호)?");
  private static final Pattern STATION =
      Pattern.compile("(?<![가-힣])[가-힣]{2,6}역(?:\\s?\\d{1,2}번\\s?출구)?(?=[\\s,.에앞으로서의]|$)");
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?:[가-힣]{1,6}(?:특별시|광역시|시|도)\\s)?[가-힣]{1,6}(?:구|군)\\s[가-힣0-9]{1,10}(?:동|로|길|읍|면)"
              + "(?:\\s?\\d{1,5}(?:-\\d{1,5})?(?:번지)?)?"
              + "|\\b\\d{1,5}\\s(?:[A-Z][a-z]+\\s){1,3}(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane"
              + "|Boulevard|Blvd\\.?)");
  private static final Pattern ENGLISH_PLACE =
      Pattern.compile(
          "\\b(?:[A-Z][a-z]+\\s){1,3}(?:[Ss]tation),?\\s(?:[Ee]xit)\\s?(?:#|No\\.?\\s?)?\\d{1,2}\\b"
              + "|\\b(?:[A-Z][a-z]+\\s){1,3}(?:Motel|Hotel|Inn|Bridge|Station|Park|Cafe|Café|Bar|Karaoke"
              + "|Pharmacy|Tower|Plaza|Market|Parking)\\b"
              + "|\\b(?:Hotel|Motel)\\s[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?(?:\\s(?:room|Room)\\s\\d{1,4})?");
  private static final java.util.Set<String> NOT_STATIONS =
      java.util.Set.of("지역", "영역", "구역", "무역", "전역", "역할", "반역", "번역");

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
    m = TAPE.matcher(line);
    while (m.find()) {
      String n = m.group("n") != null ? m.group("n") : m.group("n2");
      String normalized =
          n != null
              ? "tape-" + Integer.parseInt(n)
              : m.group("file") != null
                  ? m.group("file").toLowerCase(Locale.ROOT)
                  : m.group("title").strip();
      add(
          out,
          Found.of(m.start(), m.end(), new Named(EntityType.TAPE, m.group(), normalized), 0.85));
    }
    return out;
  }

  /** Drugs and places. */
  static List<Found<Named>> words(String line) {
    List<Found<Named>> out = new ArrayList<>();
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
    for (Pattern pattern : List.of(ADDRESS, ENGLISH_PLACE, KOREAN_PLACE)) {
      Matcher a = pattern.matcher(line);
      while (a.find()) {
        String v = a.group().strip();
        add(
            out,
            Found.of(a.start(), a.start() + v.length(), new Named(EntityType.PLACE, v, v), 0.8));
      }
    }
    Matcher s = STATION.matcher(line);
    while (s.find()) {
      if (!NOT_STATIONS.contains(s.group())) {
        add(
            out,
            Found.of(s.start(), s.end(), new Named(EntityType.PLACE, s.group(), s.group()), 0.7));
      }
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
