package org.okju.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okju.ledger.DocumentText;
import org.okju.ledger.EntityMention;
import org.okju.ledger.EntityType;
import org.okju.ledger.Extraction;
import org.okju.ledger.PersonCandidates;
import org.okju.ledger.PersonRole;

/**
 * Why each person of one document is missed or false, decided mechanically from the gold
 * annotation, the document's text and the reader's output, so that a held-out half can say what
 * kind of error it makes with counts alone ({@code okju bench ledger --error-kinds}). A person is
 * correct, missed or false exactly as {@link LedgerBench} scores the {@code person} row: by the
 * normalized name, a person doubted in every mention not found.
 */
final class PersonErrorKinds {
  /** Why a gold person was not found, in the order the kinds are tried. */
  enum Missed {
    DOUBTED("proposed but doubted (doubtful-person)"),
    MERGED_AWAY("merged away (read as another gold person)"),
    WRONG_SPAN("wrong span (found overlapping it, another string)"),
    SPLIT("split (found only under a variant, elsewhere)"),
    CANDIDATE("a candidate the rules did not read"),
    NEVER("never a candidate (written, never proposed)"),
    NOT_WRITTEN("not written as annotated (name absent from the text)");

    final String label;

    Missed(String label) {
      this.label = label;
    }
  }

  /** Why a found person is not a gold one, in the order the kinds are tried. */
  enum False {
    VARIANT("a variant of a gold person, not merged"),
    OVERLAP("a span overlapping a gold person's name"),
    PLACE("a word of a gold place"),
    ROLE_WORD("a role or kinship word alone"),
    LATIN_WORD("a capitalised common word"),
    HANGUL_WORD("a Korean common word (Nori)"),
    OTHER("other");

    final String label;

    False(String label) {
      this.label = label;
    }
  }

  /**
   * One person of the document as scored.
   *
   * @param name the gold name, or the found name of a false person
   * @param goldRole the annotated role ({@code victim} …), empty for a false person
   * @param readRole the role the reader suggests, empty when it has none or did not find him
   * @param missed why a gold person was missed, if he was
   * @param spurious why a found person is false, if he is
   */
  record Person(
      String name,
      String goldRole,
      String readRole,
      Optional<Missed> missed,
      Optional<False> spurious) {
    boolean correct() {
      return !goldRole.isEmpty() && missed.isEmpty();
    }
  }

  /** One document's people, with the strata it belongs to. */
  record Document(String name, String language, String genre, List<Person> people) {}

  /** Role and kinship words that stand for a person without naming him. */
  private static final Set<String> ROLE_WORDS =
      Set.of(
          "형",
          "형님",
          "선배",
          "선배님",
          "누나",
          "언니",
          "오빠",
          "삼촌",
          "이모",
          "이모부",
          "고모",
          "사장",
          "사장님",
          "실장",
          "실장님",
          "약사",
          "보스",
          "총책",
          "매니저",
          "기사",
          "기사님",
          "팀장",
          "팀장님",
          "대표",
          "대표님",
          "원장",
          "부장",
          "과장",
          "대리",
          "막내",
          "아저씨",
          "아줌마",
          "할머니",
          "할아버지",
          "엄마",
          "아빠",
          "조카",
          "동생",
          "친구",
          "boss",
          "pharmacist",
          "aide",
          "manager",
          "driver",
          "supplier",
          "buyer",
          "uncle",
          "auntie",
          "aunt",
          "nurse",
          "doctor",
          "doc",
          "coach",
          "chef",
          "kid",
          "mom",
          "dad",
          "bro",
          "brother",
          "sister",
          "client",
          "dealer",
          "landlord",
          "the boss");

  /** Korean titles a surname takes as one name ({@code 김약사}): a variant of {@code 김민수}. */
  private static final Pattern SURNAME_TITLE =
      Pattern.compile("^([가-힣])(?:약사|실장|사장|원장|팀장|대표|부장|과장|회장|이사|기사|대리|차장|주임|씨|군|양)(?:님)?$");

  private static final Pattern HANGUL = Pattern.compile("[가-힣]");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

  private PersonErrorKinds() {}

  /** Classifies the people of one read document against its annotation. */
  static Document classify(
      String documentName,
      List<String> annotation,
      DocumentText text,
      Extraction x,
      List<PersonCandidates.Candidate> candidates) {
    Map<String, String> gold = new java.util.LinkedHashMap<>();
    List<String> goldPlaces = new ArrayList<>();
    for (String line : annotation) {
      if (line.startsWith("E person ")) {
        String name = LedgerBench.withoutRole(line).substring("E person ".length());
        String role =
            line.equals(LedgerBench.withoutRole(line))
                ? ""
                : line.substring(line.lastIndexOf(' ') + 1);
        gold.put(name, role.isEmpty() ? "unknown" : role);
      } else if (line.startsWith("E place ")) {
        goldPlaces.add(line.substring("E place ".length()));
      }
    }
    Set<String> found = new LinkedHashSet<>();
    for (String p : LedgerBench.predicted(x)) {
      if (p.startsWith("E person ")) {
        found.add(p.substring("E person ".length()));
      }
    }
    Map<String, PersonRole> roles = x.roles();
    String whole = text.text();
    List<Person> people = new ArrayList<>();
    for (Map.Entry<String, String> g : gold.entrySet()) {
      String name = g.getKey();
      String read = roles.containsKey(name) && found.contains(name) ? roles.get(name).code() : "";
      Optional<Missed> why =
          found.contains(name)
              ? Optional.empty()
              : Optional.of(missed(name, gold.keySet(), found, whole, x, candidates));
      people.add(new Person(name, g.getValue(), read, why, Optional.empty()));
    }
    for (String name : found) {
      if (!gold.containsKey(name)) {
        String read = roles.containsKey(name) ? roles.get(name).code() : "";
        people.add(
            new Person(
                name,
                "",
                read,
                Optional.empty(),
                Optional.of(spurious(name, gold.keySet(), goldPlaces, whole, x, candidates))));
      }
    }
    return new Document(
        documentName, language(documentName, whole), genre(documentName, whole), people);
  }

  /** Why gold person {@code name} is missing from {@code found}. */
  static Missed missed(
      String name,
      Set<String> gold,
      Set<String> found,
      String text,
      Extraction x,
      List<PersonCandidates.Candidate> candidates) {
    boolean mentioned = false;
    for (EntityMention e : x.entities()) {
      if (e.type() == EntityType.PERSON && e.normalized().equals(name)) {
        mentioned = true;
      }
    }
    if (mentioned) {
      return Missed
          .DOUBTED; // mentioned under the gold name but not found: doubted in every mention
    }
    List<int[]> where = occurrences(name, text);
    boolean wrongSpan = false;
    for (EntityMention e : x.entities()) {
      if (e.type() != EntityType.PERSON || !found.contains(e.normalized())) {
        continue;
      }
      if (overlapsAny(e, where)) {
        if (gold.contains(e.normalized())) {
          return Missed.MERGED_AWAY;
        }
        wrongSpan = true;
      }
    }
    if (wrongSpan) {
      return Missed.WRONG_SPAN;
    }
    for (String f : found) {
      if (!gold.contains(f) && variant(f, name)) {
        return Missed.SPLIT;
      }
    }
    if (where.isEmpty()) {
      return Missed.NOT_WRITTEN;
    }
    for (PersonCandidates.Candidate c : candidates) {
      if (c.name().equals(name)) {
        return Missed.CANDIDATE;
      }
    }
    return Missed.NEVER;
  }

  /** Why found person {@code name} is not among the gold people. */
  static False spurious(
      String name,
      Set<String> gold,
      List<String> goldPlaces,
      String text,
      Extraction x,
      List<PersonCandidates.Candidate> candidates) {
    for (String g : gold) {
      if (variant(name, g)) {
        return False.VARIANT;
      }
    }
    for (String g : gold) {
      List<int[]> where = occurrences(g, text);
      for (EntityMention e : x.entities()) {
        if (e.type() == EntityType.PERSON && e.normalized().equals(name) && overlapsAny(e, where)) {
          return False.OVERLAP;
        }
      }
    }
    String key = key(name);
    for (String place : goldPlaces) {
      String p = key(place);
      if (!key.isEmpty()
          && (p.equals(key)
              || words(place).contains(name.toLowerCase(Locale.ROOT))
              || p.startsWith(key))) {
        return False.PLACE;
      }
    }
    String lower = name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    if (ROLE_WORDS.contains(lower)) {
      return False.ROLE_WORD;
    }
    Map<String, Double> features = Map.of();
    for (PersonCandidates.Candidate c : candidates) {
      if (c.name().equals(name)) {
        features = c.features();
      }
    }
    if (features.containsKey("shape:korean-role-word")
        || features.containsKey("shape:english-role-word")) {
      return False.ROLE_WORD;
    }
    if (name.matches("[A-Z][a-z]+")
        && (features.containsKey("word:tagger-common-word")
            || features.containsKey("word:also-lower-case"))) {
      return False.LATIN_WORD;
    }
    if (name.matches("[가-힣]+")
        && (features.containsKey("word:nori-ordinary-whole")
            || features.containsKey("word:nori-tag-nng")
            || features.containsKey("word:nori-inflected")
            || features.containsKey("word:nori-verb-part"))) {
      return False.HANGUL_WORD;
    }
    return False.OTHER;
  }

  /**
   * Whether {@code a} and {@code b} are two spellings of one person: one holds the other (a given
   * name and the full name, a name and its title), they share a word, the same Korean surname with
   * a title, or a romanisation of the Hangul one is the Latin one.
   */
  static boolean variant(String a, String b) {
    String ka = key(a);
    String kb = key(b);
    if (ka.isEmpty() || kb.isEmpty() || ka.equals(kb)) {
      return !ka.isEmpty() && ka.equals(kb) && !a.equals(b);
    }
    int shortest = Math.min(ka.length(), kb.length());
    boolean hangul = HANGUL.matcher(ka).find() && HANGUL.matcher(kb).find();
    if (shortest >= (hangul ? 2 : 3) && (ka.contains(kb) || kb.contains(ka))) {
      return true;
    }
    for (String w : words(a)) {
      if (w.length() >= 2 && words(b).contains(w) && !w.matches("the|mr|ms|mrs|dr")) {
        return true;
      }
    }
    Matcher ta = SURNAME_TITLE.matcher(a);
    Matcher tb = SURNAME_TITLE.matcher(b);
    if (ta.matches() && b.matches("[가-힣]{2,4}") && b.startsWith(ta.group(1))) {
      return true;
    }
    if (tb.matches() && a.matches("[가-힣]{2,4}") && a.startsWith(tb.group(1))) {
      return true;
    }
    String ra = romanKey(a);
    String rb = romanKey(b);
    return !ra.isEmpty()
        && !rb.isEmpty()
        && (ra.equals(rb)
            || (Math.min(ra.length(), rb.length()) >= 4 && (ra.endsWith(rb) || rb.endsWith(ra))));
  }

  /** The name in Latin letters reduced by {@link Romanisation#key} (Hangul romanised first). */
  private static String romanKey(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("\\s+", -1)) {
      if (w.matches("[가-힣]+")) {
        b.append(Romanisation.of(w, false));
      } else if (w.matches("[A-Za-z-]+")) {
        b.append(w);
      } else if (!w.isEmpty()) {
        return ""; // a name with digits or signs has no romanisation to compare
      }
    }
    return Romanisation.key(b.toString());
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.·]", "");
  }

  private static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s,.]+", -1)) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Where {@code name} is written in {@code text}, case aside, with or without a space, hyphen or
   * dot between its letters ({@code 김 약사} for {@code 김약사}, {@code Jiwoo} for {@code Ji-woo}).
   */
  static List<int[]> occurrences(String name, String text) {
    String letters = key(name);
    List<int[]> out = new ArrayList<>();
    if (letters.isEmpty()) {
      return out;
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < letters.length(); i++) {
      if (i > 0) {
        regex.append("[\\s\\-.·]?");
      }
      regex.append(Pattern.quote(String.valueOf(letters.charAt(i))));
    }
    Matcher m =
        Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  private static boolean overlapsAny(EntityMention e, List<int[]> where) {
    for (int[] w : where) {
      if (e.span().start() < w[1] && w[0] < e.span().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The document's language: the {@code ko}, {@code en} or {@code mixed} its corpus name carries,
   * else by its letters (nine in ten Hangul: ko; nine in ten Latin: en; else mixed).
   */
  static String language(String documentName, String text) {
    for (String part : stem(documentName).split("-", -1)) {
      if (part.equals("ko") || part.equals("en") || part.equals("mixed")) {
        return part;
      }
    }
    long hangul = HANGUL.matcher(text).results().count();
    long latin = LATIN.matcher(text).results().count();
    if (hangul + latin == 0) {
      return "mixed";
    }
    if (hangul >= 9 * latin) {
      return "ko";
    }
    return latin >= 9 * hangul ? "en" : "mixed";
  }

  private static final Pattern CHAT_NAME =
      Pattern.compile(
          "kakao|telegram|whatsapp|line|chat|sms|discord|imessage|instagram|messages|dm|thread|forum|email|mail");
  private static final Pattern TABLE_NAME =
      Pattern.compile("ledger|table|sheet|statement|wallet|schedule|gagyebu|csv|budget");

  /**
   * The document's genre by its corpus name and file type: an OCR'd page (png), a table (xlsx, csv,
   * a ledger), a chat export, a docx/pdf/html document, or diary and notes in plain text.
   */
  static String genre(String documentName, String text) {
    String lower = documentName.toLowerCase(Locale.ROOT);
    String format = lower.substring(lower.lastIndexOf('.') + 1);
    List<String> parts = List.of(stem(lower).split("-", -1));
    if (format.equals("png") || format.equals("jpg")) {
      return "OCR'd page (png)";
    }
    if (format.equals("xlsx")
        || format.equals("csv")
        || parts.stream().anyMatch(p -> TABLE_NAME.matcher(p).matches())) {
      return "table (xlsx, csv, ledger)";
    }
    if (parts.stream().anyMatch(p -> CHAT_NAME.matcher(p).matches())) {
      return "chat export";
    }
    if (format.equals("docx") || format.equals("pdf") || format.equals("html")) {
      return "docx, pdf, html";
    }
    return "diary, notes (txt)";
  }

  /** {@code 16-kakao-ko.txt} → {@code kakao-ko}. */
  private static String stem(String documentName) {
    String s = documentName;
    int dot = s.indexOf('.');
    if (dot >= 0) {
      s = s.substring(0, dot);
    }
    return s.replaceFirst("^\\d+-", "").toLowerCase(Locale.ROOT);
  }
}
