package org.okju.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people in a line. Korean: a name with a role word ({@code 김약사}, {@code 최민수 실장}, {@code 민수
 * 형님}), with 씨/님, or a surname-initial three-syllable word that Nori does not know as an ordinary
 * word, each with particles stripped by {@link KoreanMorphology}; a given name with the friendly
 * suffix 이 ({@code 지은이를}) in lines about meeting or filming. English: names beside role words
 * ({@code pharmacist Kang}, {@code Boss Yoon}, {@code Mr. Han}) and proper-noun runs from {@link
 * EnglishNlp}. Not thread-safe (it holds the morphology's tokenizer).
 */
final class PersonReader {
  /** Roles of accomplices; a person with one is never taken for a victim. */
  static final Set<String> KOREAN_ROLES =
      Set.of(
          "약사", "실장", "사장", "형님", "원장", "팀장", "대표", "부장", "과장", "회장", "총책", "보스", "기사", "매니저", "선배",
          "삼촌", "이사");

  static final Set<String> VICTIM_WORDS = Set.of("피해자", "victim");

  /** Whether a role word written with a name makes that person an accomplice (약사, boss …). */
  static boolean isAccompliceTitle(String title) {
    return KOREAN_ROLES.contains(title)
        || Set.of(
                "pharmacist",
                "boss",
                "aide",
                "manager",
                "driver",
                "brother",
                "uncle",
                "director",
                "chief",
                "supplier")
            .contains(title);
  }

  // Korean surnames (통계청 2015 census, the most common), two-syllable ones first.
  private static final Set<String> SURNAMES =
      Set.of(
          "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송",
          "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남", "심", "노", "하", "곽", "성", "차",
          "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여",
          "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "라", "왕", "금", "옥",
          "육", "인", "맹", "제", "모", "탁", "국", "어", "편", "용", "예", "경", "봉", "황보", "남궁", "제갈", "선우",
          "독고");

  // Three-syllable surname-initial words Nori may not know as ordinary words.
  private static final Set<String> NOT_NAMES =
      Set.of(
          "이번에", "오늘도", "정도로", "이제는", "조금만", "전부다", "한번더", "고마워", "안녕히", "이따가", "나중에", "진짜로", "조심해",
          "유명한", "정말로", "한시간", "이사장", "고객님", "한테서", "이번주", "지난주", "다음주", "주말에", "하루종", "모두가", "우리가",
          "저녁에", "서로가", "지금은", "장소는", "차에서", "방에서", "김치찌", "이건희");

  // Two-syllable objects of summoning and filming lines that are not people.
  private static final Set<String> OBJECTS =
      Set.of(
          "사진", "영상", "테이프", "카메라", "동영상", "장면", "약을", "술", "차", "방", "택시", "핸드폰", "휴대폰", "전화",
          "문자", "연락", "친구", "애들", "여자", "남자", "손님", "모텔", "호텔", "다리", "근처", "시간", "얼굴", "몰래");

  private static final String ENGLISH_ROLES =
      "pharmacist|boss|aide|manager|driver|brother|uncle|director|chief|supplier|victim|girl";
  private static final Pattern ROLE_THEN_NAME =
      Pattern.compile(
          "\\b(?i:("
              + ENGLISH_ROLES
              + ")|(mr|ms|mrs|dr|miss)\\.?)\\s+([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)");
  private static final Pattern NAME_THEN_ROLE =
      Pattern.compile(
          "\\b([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?),?\\s(?:the\\s|our\\s|my\\s)?("
              + ENGLISH_ROLES
              + ")\\b");
  private static final Pattern BARE_ROLE =
      Pattern.compile("\\b(?i:the|our|my)\\s(pharmacist|boss|aide|manager|driver)\\b");
  private static final Pattern EOJEOL = Pattern.compile("[가-힣]+");
  // Particles of a person summoned, filmed or accompanied.
  private static final Set<String> OBJECT_PARTICLES =
      Set.of("를", "을", "와", "랑", "이랑", "한테", "에게", "하고");
  private static final Pattern HONORIFIC_WORD =
      Pattern.compile("(?:씨|님)(?:이|가|은|는|을|를|한테|에게|한테서|께|의|랑|하고|도)?");

  private final KoreanMorphology morphology;
  private final EnglishNlp english;

  PersonReader(KoreanMorphology morphology, EnglishNlp english) {
    this.morphology = morphology;
    this.english = english;
  }

  /**
   * The people in {@code line} (whose other entities are masked with spaces), left to right.
   *
   * @param aboutVictim whether the line is about meeting or filming someone
   */
  List<Found<Person>> find(String line, boolean aboutVictim) {
    List<Found<Person>> out = new ArrayList<>();
    korean(line, aboutVictim, out);
    englishRoles(line, out);
    for (EnglishNlp.NameRun run : english.properNames(line)) {
      // Trim capitalised sentence openers and cue words ("Met Hana" → "Hana").
      String[] words = run.text().split(" ");
      int first = 0;
      int last = words.length - 1;
      while (first <= last && NOT_ENGLISH_NAMES.contains(words[first].toLowerCase(Locale.ROOT))) {
        first++;
      }
      while (last >= first && NOT_ENGLISH_NAMES.contains(words[last].toLowerCase(Locale.ROOT))) {
        last--;
      }
      if (first <= last) {
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, last + 1));
        int start = run.start() + run.text().indexOf(name);
        add(out, Found.of(start, start + name.length(), new Person(name, Optional.empty()), 0.6));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static final Set<String> NOT_ENGLISH_NAMES =
      Set.of(
          "i",
          "ok",
          "krw",
          "usd",
          "won",
          "paid",
          "sent",
          "tape",
          "total",
          "note",
          "notes",
          "cash",
          "boss",
          "aide",
          "pharmacist",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "today",
          "yesterday",
          "bridge",
          "motel",
          "hotel",
          "ledger",
          "diary",
          "share",
          "cut",
          "deal",
          "met",
          "gave",
          "got",
          "took",
          "received",
          "me",
          "my",
          "kakao",
          "kakaotalk",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "picked",
          "filmed",
          "recorded",
          "called",
          "gets",
          "bank",
          "account",
          "phone",
          "room",
          "entry",
          "v");

  private void korean(String line, boolean aboutVictim, List<Found<Person>> out) {
    Matcher m = EOJEOL.matcher(line);
    List<int[]> words = new ArrayList<>();
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i < words.size(); i++) {
      int s = words.get(i)[0];
      int e = words.get(i)[1];
      String word = line.substring(s, e);
      KoreanMorphology.Stem stem = morphology.strip(word);
      String st = stem.stem();
      int stemEnd = s + st.length();
      Optional<String> role = roleSuffix(st);
      if (role.isEmpty() && stem.honorific() && KOREAN_ROLES.contains(st + "님")) {
        st = st + "님"; // 형님: the 님 is part of the role word, not an honorific on a name
        stemEnd = s + st.length();
        role = Optional.of(st);
      }
      if (role.isPresent()) {
        String prefix = st.substring(0, st.length() - role.get().length());
        if (prefix.isEmpty()) {
          if (!isNameWord(i > 0 ? previous(line, words, i) : "")) {
            add(out, Found.of(s, stemEnd, new Person(st, role), 0.6, "role-only"));
          }
        } else if (SURNAMES.contains(prefix) || prefix.length() <= 3 && plausibleName(prefix)) {
          String name = SURNAMES.contains(prefix) ? st : prefix;
          add(out, Found.of(s, stemEnd, new Person(name, role), 0.85));
        }
        continue;
      }
      // A name followed by a separate role word: 최민수 실장, 민수 형님, 김 약사.
      if (i + 1 < words.size() && words.get(i + 1)[0] == e + 1) {
        String next =
            morphology.strip(line.substring(words.get(i + 1)[0], words.get(i + 1)[1])).stem();
        if (KOREAN_ROLES.contains(next)
            && st.length() <= 4
            && (SURNAMES.contains(st) || plausibleName(st))) {
          String name = SURNAMES.contains(st) ? st + next : st;
          int end = words.get(i + 1)[0] + next.length();
          add(out, Found.of(s, end, new Person(name, Optional.of(next)), 0.85));
          i++;
          continue;
        }
        // Labelled explicitly: no dictionary check (Nori knows 수진, 민지 as common nouns).
        if (VICTIM_WORDS.contains(st)
            && !NOT_NAMES.contains(next)
            && next.length() >= 2
            && next.length() <= 3) {
          int ns = words.get(i + 1)[0];
          add(out, Found.of(ns, ns + next.length(), new Person(next, Optional.of("피해자")), 0.9));
          i++;
          continue;
        }
      }
      boolean ssi = word.substring(st.length()).startsWith("씨");
      if (stem.honorific()
          && st.length() >= 2
          && st.length() <= 4
          && (ssi ? !NOT_NAMES.contains(st) : plausibleName(st))) {
        add(out, Found.of(s, stemEnd, new Person(st, Optional.empty()), 0.8));
        continue;
      }
      // A given name alone, as object or companion, in a line about summoning or filming: 민지를.
      if (aboutVictim
          && st.length() == 2
          && OBJECT_PARTICLES.contains(stem.particles())
          && !NOT_NAMES.contains(st)
          && !KOREAN_ROLES.contains(st)
          && !OBJECTS.contains(st)) {
        // mecab-ko-dic lists many given names as common nouns (민지 民智), so a stop list of the
        // things such lines also carry, not the dictionary, decides.
        add(out, Found.of(s, stemEnd, new Person(st, Optional.empty()), 0.65));
        continue;
      }
      if (st.length() == 3
          && st.endsWith("이")
          && !stem.particles().isEmpty()
          && (aboutVictim
              || !SURNAMES.contains(st.substring(0, 1))
              || stem.particles().length() >= 2)) {
        String given = st.substring(0, 2);
        // Nori knows many given names only as verb forms (지은 = 짓+은), so only a stop list.
        if (!NOT_NAMES.contains(st) && !Set.of("어린이", "젊은이", "늙은이").contains(st)) {
          add(out, Found.of(s, s + 2, new Person(given, Optional.empty()), 0.7));
          continue;
        }
      }
      // A name with 씨/님 written apart: 윤하은 씨가. Nothing comes between a name and 씨, so the
      // whole word is the name (Nori would read the 은 of 윤하은 as a particle).
      if (i + 1 < words.size()
          && words.get(i + 1)[0] == e + 1
          && HONORIFIC_WORD.matcher(previousOrNext(line, words, i + 1)).matches()
          && word.length() >= 2
          && word.length() <= 4
          && !NOT_NAMES.contains(word)
          && !KOREAN_ROLES.contains(word)
          && (word.length() == 3 && SURNAMES.contains(word.substring(0, 1))
              || plausibleName(word))) {
        add(out, Found.of(s, e, new Person(word, Optional.empty()), 0.8));
        i++;
        continue;
      }
      // A full name as the object of summoning or filming, even when Nori reads it as words
      // (한소라 = 한 + 소라 "conch"): 한소라를 불러냄.
      if (aboutVictim
          && st.length() == 3
          && SURNAMES.contains(st.substring(0, 1))
          && OBJECT_PARTICLES.contains(stem.particles())
          && !NOT_NAMES.contains(st)
          && !NOT_NAMES.contains(word)) {
        add(out, Found.of(s, stemEnd, new Person(st, Optional.empty()), 0.7));
        continue;
      }
      if (st.length() == 3
          && SURNAMES.contains(st.substring(0, 1))
          && !NOT_NAMES.contains(st)
          && !NOT_NAMES.contains(word)
          && !morphology.isOrdinaryWord(st)) {
        add(out, Found.of(s, stemEnd, new Person(st, Optional.empty()), 0.7));
      }
    }
  }

  private static String previousOrNext(String line, List<int[]> words, int i) {
    return line.substring(words.get(i)[0], words.get(i)[1]);
  }

  private static String previous(String line, List<int[]> words, int i) {
    return line.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
  }

  private boolean isNameWord(String word) {
    return word.length() >= 2 && word.length() <= 3 && SURNAMES.contains(word.substring(0, 1));
  }

  private boolean plausibleName(String s) {
    return s.length() >= 2
        && s.length() <= 4
        && !NOT_NAMES.contains(s)
        && !KOREAN_ROLES.contains(s)
        && !morphology.isOrdinaryWord(s);
  }

  private static Optional<String> roleSuffix(String stem) {
    for (String r : KOREAN_ROLES) {
      if (stem.endsWith(r) && stem.length() <= r.length() + 3) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static void englishRoles(String line, List<Found<Person>> out) {
    Matcher m = ROLE_THEN_NAME.matcher(line);
    while (m.find()) {
      String role = m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT) : null;
      String name = m.group(3);
      if (m.group(2) != null) {
        name = name.strip();
      }
      add(out, Found.of(m.start(3), m.end(3), new Person(name, Optional.ofNullable(role)), 0.85));
    }
    m = NAME_THEN_ROLE.matcher(line);
    while (m.find()) {
      String role = m.group(2).toLowerCase(Locale.ROOT);
      if (!NOT_ENGLISH_NAMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        add(out, Found.of(m.start(1), m.end(1), new Person(m.group(1), Optional.of(role)), 0.85));
      }
    }
    m = BARE_ROLE.matcher(line);
    while (m.find()) {
      String role = m.group(1).toLowerCase(Locale.ROOT);
      add(
          out,
          Found.of(m.start(1), m.end(1), new Person(role, Optional.of(role)), 0.6, "role-only"));
    }
  }

  private static void add(List<Found<Person>> out, Found<Person> f) {
    if (out.stream().noneMatch(o -> o.overlaps(f.start(), f.end()))) {
      out.add(f);
    }
  }
}
