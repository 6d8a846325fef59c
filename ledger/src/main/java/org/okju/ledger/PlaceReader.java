package org.okju.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds places in a line, each as the whole place written (issue 16): a station with its exit
 * ({@code 신촌역 3번 출구}, {@code Samseong station exit 5}), a venue with its district and room ({@code
 * 인계동 스타모텔 601호}, {@code 방배동 Blue Hill Motel 509호}, {@code the Hotel Aurelia, room 2207} → {@code
 * Hotel Aurelia room 2207}), a park or lake with its gate ({@code Banpo Hangang Park, gate 2}), an
 * address, and a district, city or country on its own from the list of public places ({@code 신촌},
 * {@code Daegu}, {@code 일본}). An unnamed venue beside a place is that place ({@code 합정역 7번 출구 앞} →
 * {@code 합정역 7번 출구}). Stateless and thread-safe.
 */
final class PlaceReader {
  /** Korean and English names of public places (districts, cities, countries), lower case. */
  static final Set<String> GAZETTEER = gazetteer();

  private static final String VENUE_KO =
      "모텔|호텔|여관|여인숙|펜션|리조트|게스트하우스|카페|커피숍|노래방|노래연습장|주차장|오피스텔|빌라|아파트|약국|술집|룸살롱"
          + "|주점|포차|클럽|PC방|피시방|찜질방|사우나|식당|편의점|마트|공원|대교|터미널|빌딩|타워|시장|광장|한강공원"
          // Lodgings named by what they are to their guests: 라온스테이, 온하우스, 화양동 원룸.
          + "|스테이|하우스|원룸|레지던스"
          // Landmarks named with what they are: 라벤더웨딩홀, 센트럴파크, 타임스퀘어, 관악구청.
          + "|웨딩홀|예식장|파크|스퀘어|구청|시청|해수욕장";
  private static final String VENUE_EN =
      "Motel|Hotel|Inn|Hostel|Resort|Bridge|Station|Park|Cafe|Café|Coffee|Bar|Pub|Club|Karaoke"
          + "|Pharmacy|Tower|Plaza|Market|Mall|Parking|Terminal|Lounge|Building|Garden|Lake|Forest"
          + "|Guesthouse|Studio|Residence|Sauna";
  // 601호, room 2207, and a karaoke's or a sauna's 3번 방, 2층; a hall's lobby. A lodging's room
  // is also written as its bare number ("Hanbit Motel 305. Bear filmed"), never an amount or a
  // time.
  private static final String ROOM =
      "(?:,?\\s(?:[Rr]oom|[Rr]m\\.?|#)\\s?\\d{1,5}|\\s?\\d{1,5}호|\\s\\d{1,3}번\\s?방|\\s\\d{1,2}층"
          + "|\\s?로비|\\s[Ll]obby"
          + "|(?<=(?:[Mm]otel|[Hh]otel|[Ii]nn|[Gg]uesthouse|모텔|호텔))\\s\\d{3,4}(?![\\d:/%-]|[.,]\\d|\\s?(?:원|만|천|[Ww]on|[Kk]\\b)))";
  private static final String CAP = "[A-Z][A-Za-z'&-]*";
  private static final String KO_DISTRICT = "[가-힣]{1,5}(?:동|구|시|읍|면)";
  private static final String ROMANISED_DISTRICT = "[A-Z][a-z]+-(?:dong|gu)";

  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?:[가-힣]{1,6}(?:특별시|광역시|시|도)\\s)?[가-힣]{1,6}(?:구|군)\\s[가-힣0-9]{1,10}(?:동|로|길|읍|면)"
              + "(?:\\s?\\d{1,5}(?:-\\d{1,5})?(?:번지)?)?"
              + "|\\b\\d{1,5}\\s(?:[A-Z][a-z]+\\s){1,3}(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane"
              + "|Boulevard|Blvd\\.?)");
  private static final Pattern STATION_KO =
      Pattern.compile(
          "(?<![가-힣])(?<station>[가-힣][가-힣0-9]{0,8}역)(?:\\s?\\d{1,2}번\\s?(?:출구|출입구|게이트))?"
              // what may follow a station: a particle, a space or a mark ("강남역→신사", "강남역까지").
              + "(?=[\\s,.)에앞으근서의로→~/·(:까도이가은는을]|-|$)");
  // "Hongik Univ. station exit 9", "Yeoksam stn exit 7": a word of the name may be cut short.
  private static final Pattern STATION_EN =
      Pattern.compile(
          "\\b(?:"
              + CAP
              + "\\.?\\s){1,3}(?:\\d{1,2}-?ga\\s)?(?:[Ss]tation|[Ss]tn\\.?)"
              + "(?:,?\\s[Ee]xit\\s?(?:#|[Nn]o\\.?\\s?)?\\d{1,2})?"
              + "(?![A-Za-z0-9])"
              + "|\\b(?:"
              + CAP
              + "\\.?\\s){1,3}[Ss]tation\\b");
  // A venue named in Korean or English, with the district written before it (also romanised:
  // "Seogyo-dong Hotel Marigold room 1107") and the room after.
  private static final Pattern VENUE =
      Pattern.compile(
          "(?:(?<district>"
              + KO_DISTRICT
              + "|[가-힣]{2,5}|"
              + ROMANISED_DISTRICT
              + ")\\s)?"
              + "(?<venue>(?<![가-힣A-Za-z0-9])[가-힣A-Za-z0-9]{1,10}(?:"
              + VENUE_KO
              + ")"
              + "|(?:"
              + CAP
              + "\\s){1,3}(?:"
              + VENUE_EN
              + ")"
              // An English name and a Korean venue word: 합정 Blossom 모텔 305호.
              + "|(?:"
              + CAP
              + "\\s){1,3}(?:"
              + VENUE_KO
              + ")"
              + "|(?:Hotel|Motel|Cafe|Café|Bar|Club)\\s"
              + CAP
              + "(?:\\s"
              + CAP
              + ")?)"
              // An English venue with its district: "the Orchid Motel in Jayang-dong, room 311".
              + "(?<in>(?<=[A-Za-z])\\s(?:in|at)\\s[A-Z][a-z]+-(?:dong|gu|ro|gil))?"
              + "(?<room>"
              + ROOM
              + ")?");
  // A lodging written by its kind, then its name, then the room (을지로 호텔 아르떼 702호, 연남동 모텔 하프문
  // 305호); or an English hotel's name with its district after it (Crown Hotel Itaewon). The room,
  // or a district the gazetteer lists, says the word after the kind is the lodging's name.
  private static final Pattern VENUE_FIRST =
      Pattern.compile(
          "(?:(?<district>"
              + KO_DISTRICT
              + "|[가-힣]{2,5})\\s)?"
              + "(?<venue>(?<![가-힣A-Za-z0-9])(?:모텔|호텔|여관|펜션|게스트하우스|레지던스)\\s(?:[가-힣]{2,8}|"
              + CAP
              + "(?:\\s"
              + CAP
              + ")?))(?<room>\\s?\\d{1,5}호)"
              + "|(?<en>\\b(?:"
              + CAP
              + "\\s){1,3}(?:Hotel|Motel))\\s(?<area>[A-Z][a-z]+)\\b");
  // A lodging named by its neighbourhood in English, the kind in lower case, as one writes the
  // 합정 모텔 of a Korean note: "Hapjeong motel room 502", "a Sinchon love motel".
  private static final Pattern AREA_LODGING =
      Pattern.compile(
          "\\b(?<area>[A-Z][a-z]+(?:-(?:dong|gu))?)\\s(?:love\\s)?(?:motel|hotel|inn|guesthouse)\\b"
              + "(?<room>"
              + ROOM
              + ")?");
  private static final Pattern PARK_GATE =
      Pattern.compile(
          "\\b(?:"
              + CAP
              + "\\s){1,3}(?:[Pp]ark|[Ll]ake|[Ff]orest|[Gg]arden|[Ss]tream)"
              + ",?\\s(?:(?:north|south|east|west|main|back|front)\\s)?[Gg]ate"
              + "(?:\\s(?:#|[Nn]o\\.?\\s?)?\\d{1,2})?(?![A-Za-z0-9])"
              + "|[가-힣]{2,10}(?:공원|호수)\\s?(?:\\d{1,2}번?\\s?)?(?:출입구|입구|게이트|주차장|[동서남북정후]?\\s?문)");
  // A neighbourhood and a venue without a name: 화양동 원룸, 봉천동 모텔, 성산동 내 방 is where it is,
  // the 동.
  private static final Pattern DONG_VENUE =
      Pattern.compile(
          "(?<![가-힣])(?<dong>[가-힣]{2,4}동)\\s(?:"
              + VENUE_KO
              // 성산동 내 방, 봉천동 우리 집: whose room, in that 동
              + "|(?:내|우리|제|걔네?|친구)\\s(?:방|집|"
              + VENUE_KO
              + "))(?:으로|로|에서|에|까지|이|을|앞)?(?![가-힣])");
  // A road or neighbourhood written in romanised Korean: Itaewon-ro, Yeonnam-dong, Euljiro 3-ga.
  private static final Pattern ROMANISED_AREA =
      Pattern.compile("\\b[A-Z][a-z]+(?:\\s\\d{1,2})?-(?:dong|gu|ro|gil|ga)\\b(?!\\s[Ss]tation)");
  // Not after a digit: "2회기" is a counselling session, not 회기. A Korean word may end in its
  // street section ("을지로3가").
  private static final Pattern WORD =
      Pattern.compile("(?<![0-9])[가-힣]{2,8}(?:[0-9]{1,2}가)?|[A-Z][a-z]+(?:[\\s-][A-Z][a-z]+)*");
  private static final Set<String> NOT_STATIONS =
      Set.of(
          "내역", "지역", "영역", "구역", "무역", "전역", "역할", "반역", "번역", "경역", "성역", "이역", "하역", "노역", "징역",
          "통역", "병역", "배역", "용역", "현역", "예비역", "대역", "악역", "주역", "단역", "아역", "사역", "부역", "고역");
  // Longer words in 역 that are no station: 거래내역, 이용내역, 통화내역 (but 잠실새내역 and 연신내역
  // are stations, so 내역 alone says nothing), 무기징역, 동시통역.
  private static final Pattern NOT_STATION_WORD =
      Pattern.compile(
          ".*(?:(?:거래|이용|입금|출금|입출금|결제|사용|통화|카톡|문자|송금|구매|주문|판매|지출|수입|배송|조회|변동|매출|카드|계좌|은행)내역"
              + "|징역|통역|병역)");
  // Kinds of venue written as one word that name no venue ("홍대 헌팅포차", "스터디카페"): where it
  // is, is the place.
  private static final Pattern UNNAMED_VENUE =
      Pattern.compile("(?:헌팅|감성|룸|만화|스터디|보드게임|코인|동네|단골|근처|24시)(?:포차|술집|주점|카페|노래방|PC방|피시방|식당|편의점)");
  // Korean words that end like a district but are not one (활동, 자동, 운동 …).
  private static final Set<String> NOT_DISTRICTS =
      Set.of(
          "활동", "자동", "운동", "행동", "이동", "출동", "감동", "충동", "노동", "변동", "작동", "진동", "소동", "언동", "연구",
          "친구", "요구", "도구", "가구", "입구", "출구", "부분", "오늘은", "어제는");

  private PlaceReader() {}

  /** The places of {@code line}, left to right, none overlapping. */
  static List<Found<Named>> find(String line) {
    List<Found<Named>> out = new ArrayList<>();
    Matcher m = ADDRESS.matcher(line);
    while (m.find()) {
      // 친구 소개로 알게 된: a word ending like a district (친구, 입구) and one like a road is no address.
      boolean notDistrict =
          java.util.Arrays.stream(m.group().split("\\s")).anyMatch(w -> NOT_DISTRICTS.contains(w));
      if (!notDistrict) {
        add(out, m.start(), m.end(), m.group(), 0.85);
      }
    }
    m = PARK_GATE.matcher(line);
    while (m.find()) {
      add(out, m.start(), m.end(), m.group(), 0.85);
    }
    m = STATION_KO.matcher(line);
    while (m.find()) {
      String station = m.group("station");
      if (!NOT_STATIONS.contains(station)
          && !NOT_STATION_WORD.matcher(station).matches()
          && station.length() >= 2) {
        add(out, m.start(), m.end(), m.group(), 0.8);
      }
    }
    m = STATION_EN.matcher(line);
    while (m.find()) {
      add(out, m.start(), m.end(), m.group(), 0.8);
    }
    m = VENUE_FIRST.matcher(line);
    while (m.find()) {
      if (m.group("en") != null) {
        if (GAZETTEER.contains(m.group("area").toLowerCase(Locale.ROOT))) {
          add(out, m.start(), m.end(), m.group(), 0.8);
        }
        continue;
      }
      int start = m.start("venue");
      String district = m.group("district");
      if (district != null && isDistrict(district)) {
        start = m.start("district");
      }
      add(out, start, m.end(), line.substring(start, m.end()), 0.8);
    }
    m = VENUE.matcher(line);
    while (m.find()) {
      if (aWomanSurnamedPark(m.group("venue"))) {
        continue;
      }
      int start = m.start("venue");
      String district = m.group("district");
      if (district != null && isDistrict(district)) {
        start = m.start("district");
      }
      Matcher opening = OPENING_VERB.matcher(line).region(start, m.end());
      if (opening.lookingAt() && opening.end() < m.end("venue")) {
        start = opening.end(); // "Visited Namsan Park": the park
      }
      String venue = m.group("venue");
      if (venue.matches("(?:" + VENUE_KO + ")") || UNNAMED_VENUE.matcher(venue).matches()) {
        continue; // a bare 모텔, 카페: a venue without a name is where it is, not a place itself
      }
      String[] words = venue.split("\\s", 2);
      if (words.length == 2
          && words[1].matches("(?:" + VENUE_KO + ")")
          && GAZETTEER.contains(words[0].toLowerCase(Locale.ROOT))) {
        continue; // "Itaewon 클럽", "Sinsa 약국": a district and a kind of venue is the district
      }
      add(out, start, m.end(), line.substring(start, m.end()), 0.8);
    }
    m = AREA_LODGING.matcher(line);
    while (m.find()) {
      String area = m.group("area");
      if (isDistrict(area) || area.matches("[A-Z][a-z]+-(?:dong|gu)")) {
        add(out, m.start(), m.end(), m.group(), 0.75);
      }
    }
    m = DONG_VENUE.matcher(line);
    while (m.find()) {
      if (isDistrict(m.group("dong"))) {
        add(out, m.start("dong"), m.end("dong"), m.group("dong"), 0.7);
      }
    }
    // After venues: "the Orchid Motel in Jayang-dong, room 311" is one place.
    m = ROMANISED_AREA.matcher(line);
    while (m.find()) {
      add(out, m.start(), m.end(), m.group(), 0.75);
    }
    m = WORD.matcher(line);
    while (m.find()) {
      String w = m.group();
      if (w.matches("[가-힣]+[0-9]{1,2}가")) {
        if (GAZETTEER.contains(w.replaceFirst("[0-9]{1,2}가$", ""))) {
          add(out, m.start(), m.end(), w, 0.7);
        }
        continue;
      }
      if (w.matches("[가-힣]+")) {
        String stem = districtStem(w);
        if (GAZETTEER.contains(stem.toLowerCase(Locale.ROOT)) || isListedDong(stem)) {
          add(out, m.start(), m.start() + stem.length(), stem, 0.7);
        }
        continue;
      }
      // A run of capitalised words ("Scouted Gangnam", "Express Bus Terminal"): its longest
      // listed part.
      String[] words = w.split("[\\s-]", -1);
      int[] starts = new int[words.length];
      for (int i = 0, at = 0; i < words.length; i++) {
        starts[i] = w.indexOf(words[i], at);
        at = starts[i] + words[i].length();
      }
      for (int i = 0; i < words.length; i++) {
        for (int j = words.length; j > i; j--) {
          int s0 = starts[i];
          int e0 = starts[j - 1] + words[j - 1].length();
          if (GAZETTEER.contains(w.substring(s0, e0).toLowerCase(Locale.ROOT))) {
            add(out, m.start() + s0, m.start() + e0, w.substring(s0, e0), 0.7);
            i = j - 1;
            break;
          }
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  // Capitalised words that open a sentence before a venue's name ("Met Yerin Park", "Visited Namsan
  // Park"): no part of the name.
  private static final Pattern OPENING_VERB =
      Pattern.compile(
          "^(?:Met|Took|Drove|Brought|Visited|Picked|Went|Called|Got|Dropped|Walked|Left|Then|Back"
              + "|Saw|Found|Texted|Told|Asked|Paid|Sent|Filmed|Invited|Followed)\\s");

  /**
   * Whether an English "… Park" is a woman's name, not a park: Park is a Korean surname, written
   * last in English order ("Met Yerin Park at …", "Sora Park came"). The word before it is shaped
   * as a romanised given name and names no listed place ("Yeouido Park", "Olympic Park" stay
   * parks); read as a place, her name would be printed wherever places are.
   */
  private static boolean aWomanSurnamedPark(String venue) {
    String[] words = OPENING_VERB.matcher(venue).replaceFirst("").split("\\s+", -1);
    if (words.length < 2 || !words[words.length - 1].equals("Park")) {
      return false;
    }
    String given = words[words.length - 2];
    return RomanisedNames.givenNameShaped(given)
        && !GAZETTEER.contains(given.toLowerCase(Locale.ROOT))
        && !GAZETTEER.contains((given + " park").toLowerCase(Locale.ROOT));
  }

  /**
   * A gazetteer word with its Korean particle or district suffix taken off: {@code 신촌에서} → 신촌,
   * {@code 신림동} → 신림동 (kept whole when the word with 동 is itself listed or its root is).
   */
  private static String districtStem(String word) {
    if (GAZETTEER.contains(word.toLowerCase(Locale.ROOT))) {
      return word;
    }
    if (word.matches("[가-힣]+")) {
      for (int end = word.length() - 1; end >= 2; end--) {
        String head = word.substring(0, end);
        String tail = word.substring(end);
        if (head.matches(".*[동구시]")
            && GAZETTEER.contains(head.substring(0, head.length() - 1))
            && KoreanParticles.isParticle(tail)) {
          return head;
        }
        if (GAZETTEER.contains(head) && KoreanParticles.isParticle(tail)) {
          return head;
        }
      }
      if (word.matches("[가-힣]{2,5}[동구시]")
          && GAZETTEER.contains(word.substring(0, word.length() - 1))) {
        return word;
      }
    }
    return word;
  }

  // 신림동, 공릉동: a listed neighbourhood written with 동.
  private static boolean isListedDong(String word) {
    return word.matches("[가-힣]{2,5}동") && GAZETTEER.contains(word.substring(0, word.length() - 1));
  }

  private static boolean isDistrict(String word) {
    if (NOT_DISTRICTS.contains(word)) {
      return false;
    }
    String w = word.toLowerCase(Locale.ROOT);
    return GAZETTEER.contains(w)
        || word.matches(ROMANISED_DISTRICT)
        || (word.matches(KO_DISTRICT)
            && !word.matches("[가-힣]?[동구시]")
            && (GAZETTEER.contains(word.substring(0, word.length() - 1))
                || word.matches("[가-힣]{2,4}동")));
  }

  private static void add(List<Found<Named>> out, int start, int end, String text, double c) {
    int tab = text.lastIndexOf('\t');
    if (tab >= 0) {
      // A table row's cells are apart by tabs, and a place is in one cell: "Jae + Hoon<TAB>Sinchon
      // station exit 3" is the exit, not a place named after Hoon.
      start += tab + 1;
      text = text.substring(tab + 1);
    }
    String normalized = normalize(text);
    int lead = 0;
    while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
      lead++;
    }
    int s = start + lead;
    if (normalized.isEmpty() || out.stream().anyMatch(o -> o.overlaps(s, end))) {
      return;
    }
    out.add(Found.of(s, end, new Named(EntityType.PLACE, text.strip(), normalized), c));
  }

  /** The place as the corpus writes it: no leading "the", no commas between its parts. */
  static String normalize(String text) {
    return text.strip()
        .replaceFirst("^(?i)the\\s", "")
        .replaceFirst("\\s(?:in|at)\\s(?=[A-Z][a-z]+-(?:dong|gu|ro|gil)\\b)", " ")
        .replaceAll(",\\s*", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static Set<String> gazetteer() {
    Set<String> out = new HashSet<>();
    try (InputStream in = PlaceReader.class.getResourceAsStream("places.txt")) {
      if (in == null) {
        throw new IllegalStateException("places.txt is missing from the ledger's resources");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        for (String name : line.split("\\|", -1)) {
          if (!name.isBlank()) {
            out.add(name.strip().toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read places.txt", e);
    }
    return Set.copyOf(out);
  }
}
