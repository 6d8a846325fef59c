package org.okju.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the recordings a line names (issue 16): numbered ones ({@code 테이프 #12}, {@code clip 21},
 * {@code 영상 13번}) as {@code tape-N}; otherwise the title as written without quotes or file
 * extension: a file name ({@code Nutcracker_03.mp4} → {@code Nutcracker_03}), a file-like name
 * ({@code 지젤_02}), a quoted title in a line about recordings ({@code 촬영본 "벚꽃_01"}, {@code the tape
 * is titled "Lantern"}), a title after a label ({@code Tape: Blue Lake}, {@code 파일: 여름밤.mov}).
 * Stateless and thread-safe.
 */
final class TapeReader {
  private static final Pattern NUMBERED =
      Pattern.compile(
          "(?:(?:테이프|tape|Tape|TAPE|영상|video|Video|clip|Clip|CLIP|클립)\\s?(?:#|No\\.?\\s?|번호\\s?)?"
              + "(?<n>\\d{1,4})(?:번)?(?!\\d)(?![._]\\w)(?!\\s?(?:개|편|건|명|개의|시|분|초|일|살|만|천))"
              + "|#(?<n2>\\d{1,4})번?\\s?(?:테이프|영상|tape|clip))");
  private static final String EXTENSIONS = "mp4|mov|avi|mkv|wmv|3gp|m4v|webm|flv|ts|mpg|mpeg";
  private static final Pattern FILE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_@/.#-])(?<title>[\\p{L}\\p{N}][\\p{L}\\p{N}_\\-]*)\\.(?i:"
              + EXTENSIONS
              + ")(?![\\p{L}\\p{N}])");
  private static final Pattern FILE_LIKE =
      Pattern.compile(
          // A part may be a hyphenated romanised name: Friday_Seo-yeon_01, Su-a_Saturday.
          "(?<![\\p{L}\\p{N}_@/.#-])[\\p{L}\\p{N}]+(?:-\\p{L}+)?(?:_[\\p{L}\\p{N}]+(?:-\\p{L}+)?)+"
              + "(?![\\p{L}\\p{N}_@/])");
  private static final Pattern PARTICLE_ON_NAME =
      Pattern.compile(
          "(?<=[0-9A-Za-z])(?:입니다|이에요|예요|이요|요|이고|임|이라고|라고"
              + "|으로|로|은|는|을|를|이|가|도|만|의|에서|에|이랑|랑|하고|까지|부터|과|와)$");
  // 파일 N-0306, 파일 세린-01, the card marked LUMEN-1: a name and a number joined by a hyphen, after
  // the word for a file or a mark.
  private static final Pattern HYPHENATED =
      Pattern.compile(
          "(?:파일명?|영상|촬영본|원본|(?i:\\bfile|\\btape|\\bcard|\\bclip|\\bmarked|\\blabell?ed))\\s?:?\\s?"
              + "(?<title>[\\p{L}\\p{N}]{1,12}-\\d{1,4})(?![A-Za-z\\d_-])");
  // 제목은 겨울왕국2, 영상 제목이 '벚꽃엔딩'이라고: the title after the word for it and its particle, quoted
  // or not (single quotes too).
  private static final Pattern TITLE_SAID =
      Pattern.compile(
          "제목(?:은|이|을)\\s?['\"‘“]?(?<title>[\\p{L}\\p{N}_\\-]{1,20}?)['\"’”]?"
              + "(?:이라고|라고|이라|이야|이다|입니다|임|으로|로)?(?=[\\s,.'\"’”]|$)");
  // A sound file (음성 012.m4a, a voice memo a transcript was made from) is no recording of her.
  private static final Pattern SOUND_FILE =
      Pattern.compile("(?i)\\.(?:m4a|mp3|wav|aac|amr|ogg|3ga)\\b");
  private static final Pattern QUOTED =
      Pattern.compile("\"([^\"\\n]{1,40})\"|“([^”\\n]{1,40})”|「([^」\\n]{1,40})」|『([^』\\n]{1,40})』");
  // A title after its label, up to the end of the sentence or of a table cell (a tab).
  private static final Pattern LABEL =
      Pattern.compile(
          "(?:(?i:\\btape|\\bfile|\\bvideo|\\btitle|\\bclip)|파일명?|촬영본|영상|제목|테이프)(?:\\s?\\d+개)?\\s?:\\s?"
              + "(?<list>(?:(?!\\s[-–—]\\s)[^.;!?\\n\\t(]){1,80})");
  // A quoted title opening a line of a list, the one it was made of after a dash: "Red Moon" -
  // Yuna.
  private static final Pattern LISTED =
      Pattern.compile("^\\W{0,3}[\"“「『][^\"”」』]{1,40}[\"”」』]\\s*[-–—:]");
  // Words saying a line is about recordings, so that a quoted string in it is a title.
  private static final Pattern CUE =
      Pattern.compile(
          "촬영|찍|녹화|테이프|영상|파일|촬영본|제목|원본|삭제|판매|팔|넘기|올림|올렸|편집|구매|사감|가져"
              + "|(?i:\\btape|\\bvideo|\\bclip|\\bfile|\\btitled?\\b|\\bfilm|\\brecord|\\bsold\\b|\\bsell"
              + "|\\bdelet|\\bupload|\\bedit|\\bbought\\b|\\bbuy|\\bpurchas|\\btake down|\\bcalled\\b"
              // "saved the footage → "closet 1"", "cam rolling in the car. "banpo sunday"".
              + "|\\bfootage\\b|\\bcam\\b|\\bcamera\\b|\\brolled\\b|\\brolling\\b"
              + "|\\bsaved (?:it )?as\\b|\\bcall(?:ing|ed)? it\\b|\\bname(?:d)? it\\b)|캠(?![핑퍼프페])|몰카|담았");
  // A quoted word given as someone sold to, paid by or marked as the target is a person (sold it to
  // "Kingfish", target = "Bora"); one paid for is a title (from Mr. Oh for "Midnight Swim").
  private static final Pattern PERSON_BEFORE =
      Pattern.compile("(?i)(?:\\b(?:to|from|by|with|target|prey|buyer)\\s*[=:]?|한테|에게)\\s*$");
  // A quoted key of a JSON export and the value after it: "from": "두부".
  private static final Pattern JSON_KEY_AFTER = Pattern.compile("\\s*:");
  private static final Pattern JSON_KEY_BEFORE = Pattern.compile("\"[A-Za-z_]+\"\\s*:\\s*$");
  private static final Pattern JSON_VALUE_BEFORE = Pattern.compile("\"[A-Za-z_]+\"\\s*:\\s*\"$");
  private static final Pattern FOR_TITLE = Pattern.compile("(?i)\\bfor\\s*$");
  // A quoted word called a nickname or a person ("판다"라는 닉네임의 구매자, '수달'이라는 애): a name.
  private static final Pattern CALLED_A_PERSON_AFTER =
      Pattern.compile("^\\s?(?:이라는|라는|이란|란)\\s?(?:닉네임|닉|아이디|별명|구매자|판매자|여자|남자|사람|애|친구|놈|분)");
  private static final Set<String> NOT_TITLES =
      Set.of("작업", "그거", "그것", "that", "it", "this", "ok", "네", "응");

  private TapeReader() {}

  // A comma outside double quotes: a line with three is a comma-separated export's row.
  private static final Pattern CSV_COMMA = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

  /**
   * Whether the quotes from {@code start} to {@code end} are a whole cell of a comma-separated row:
   * quoting the export adds around a cell, not a title.
   */
  private static boolean csvQuoting(String line, int start, int end) {
    boolean cell =
        (start == 0 || line.charAt(start - 1) == ',')
            && (end == line.length() || line.charAt(end) == ',');
    if (!cell || line.charAt(start) != '"') {
      return false;
    }
    Matcher c = CSV_COMMA.matcher(line);
    int commas = 0;
    while (c.find()) {
      commas++;
    }
    return commas >= 3;
  }

  /** The recordings named in {@code line}, none overlapping. */
  static List<Found<Named>> find(String line) {
    List<Found<Named>> out = new ArrayList<>();
    Matcher m = NUMBERED.matcher(line);
    while (m.find()) {
      String n = m.group("n") != null ? m.group("n") : m.group("n2");
      add(out, m.start(), m.end(), m.group(), "tape-" + Integer.parseInt(n), 0.85);
    }
    m = FILE.matcher(line);
    while (m.find()) {
      add(out, m.start(), m.end(), m.group(), m.group("title"), 0.85);
    }
    boolean cue = CUE.matcher(line).find();
    m = QUOTED.matcher(line);
    while (m.find()) {
      int g = 1;
      while (m.group(g) == null) {
        g++;
      }
      String title = m.group(g).strip();
      String before = line.substring(0, m.start());
      if (csvQuoting(line, m.start(), m.end())) {
        continue; // 2025-11-20,Receive,1500,"Wolf (buyer)","nightbus_1": a cell's quotes, no title
      }
      if (JSON_KEY_AFTER.matcher(line.substring(m.end())).lookingAt()
          || JSON_KEY_BEFORE.matcher(before).find()) {
        continue; // {"type": "message", "from": "두부"}: an export's keys and values, no title
      }
      if (CALLED_A_PERSON_AFTER.matcher(line.substring(m.end())).lookingAt()) {
        continue; // "판다"라는 닉네임의 구매자: the buyer's name, no title
      }
      boolean forSomething = FOR_TITLE.matcher(before).find();
      if ((cue || forSomething || (m.start() <= 3 && LISTED.matcher(line).find()))
          && !PERSON_BEFORE.matcher(before).find()
          && isTitle(title)) {
        add(out, m.start(), m.end(), m.group(), stripExtension(title), 0.8);
      }
    }
    m = LABEL.matcher(line);
    while (m.find()) {
      int at = m.start("list");
      for (String part : m.group("list").split(",|/|그리고|\\band\\b", -1)) {
        String title = part.strip();
        int s = line.indexOf(title, at);
        if (!title.isEmpty()
            && isTitle(title)
            && s >= 0
            && !SOUND_FILE.matcher(line.substring(s + title.length())).lookingAt()) {
          add(out, s, s + title.length(), title, stripExtension(title), 0.75);
        }
        at = Math.max(at, s < 0 ? at : s + title.length());
      }
    }
    m = HYPHENATED.matcher(line);
    while (m.find()) {
      add(out, m.start("title"), m.end("title"), m.group("title"), m.group("title"), 0.75);
    }
    m = TITLE_SAID.matcher(line);
    while (m.find()) {
      if (isTitle(m.group("title"))) {
        add(out, m.start("title"), m.end("title"), m.group("title"), m.group("title"), 0.75);
      }
    }
    m = FILE_LIKE.matcher(line);
    while (m.find()) {
      // 은비_0314로 저장, 은비_0314는 넘겼어: a Korean particle written onto the name is not part of it.
      Matcher particle = PARTICLE_ON_NAME.matcher(m.group());
      int end = particle.find() ? m.start() + particle.start() : m.end();
      if (isHandle(m.group(), line.substring(0, m.start()), line.substring(m.end()))) {
        continue;
      }
      if (JSON_VALUE_BEFORE.matcher(line.substring(0, m.start())).find()) {
        continue; // "type": "personal_chat": an export's value, no file
      }
      add(
          out,
          m.start(),
          end,
          line.substring(m.start(), end),
          line.substring(m.start(), end),
          0.75);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  // A chat handle (Teddy_88) acting as a person, as EnglishNames reads it: not a file.
  private static boolean isHandle(String name, String before, String after) {
    return ChatHandles.actsAsPerson(name, before, after);
  }

  /** A title already read elsewhere in the document, written again without quotes. */
  static List<Found<Named>> known(String line, Set<String> titles, Set<String> wordTitles) {
    List<Found<Named>> out = new ArrayList<>();
    for (String t : titles) {
      // A one-word title could be a name too ("Minji" for minji.mp4): only titles that cannot be
      // a name alone (June Rain, 벚꽃_01), or were written as a title ("Valentine", Tape: Dusk)
      // rather than a file name, are taken again unquoted.
      if (t.startsWith("tape-")
          || t.length() < 2
          || !(t.matches(".*[\\s_\\d].*") || wordTitles.contains(t))) {
        continue;
      }
      Matcher m =
          Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(t) + "(?![\\p{L}\\p{N}_])")
              .matcher(line);
      while (m.find()) {
        add(out, m.start(), m.end(), m.group(), t, 0.7);
      }
    }
    return out;
  }

  // A title is a short name, not a sentence someone said ("나은이 어디 있냐").
  private static boolean isTitle(String s) {
    String t = stripExtension(s.strip());
    if (t.isEmpty() || NOT_TITLES.contains(t.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    String[] words = t.stripTrailing().split("\\s+", -1);
    if (words.length > 4) {
      return false;
    }
    if (t.matches(".*[?!].*")
        || (t.matches(".*(?:냐|니|다|요|해|함|음|지|어|야|라|래|자|줘)$") && words.length > 1)) {
      return false;
    }
    // A label's list ends where the sentence goes on ("Tape: Blue Lake was sold" → Blue Lake).
    return !t.matches("(?i).*\\b(?:was|is|were|got|went|for|to|of|the|a)\\b.*")
        && !t.matches("\\d+");
  }

  private static String stripExtension(String s) {
    return s.replaceFirst("\\.(?i:" + EXTENSIONS + ")$", "");
  }

  private static void add(
      List<Found<Named>> out, int start, int end, String text, String title, double confidence) {
    if (out.stream().noneMatch(o -> o.overlaps(start, end))) {
      out.add(Found.of(start, end, new Named(EntityType.TAPE, text, title), confidence));
    }
  }
}
