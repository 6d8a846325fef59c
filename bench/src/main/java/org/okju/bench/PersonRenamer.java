package org.okju.bench;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of an annotated document given other names (the metamorphic test of {@code okju bench
 * ledger --rename-seed N}): every gold person whose name has a known shape is renamed, in the text
 * and in the annotation alike, by a name of the same shape drawn with the seed. A Korean given name
 * keeps whether its last syllable has a final consonant (so 지은이는 becomes 수빈이는, 수아는 하나는), a surname
 * keeps its title (박실장 → 정실장), a full name changes in both parts and a name's variants (지은, 김지은,
 * Jieun) change together; nicknames, handles, initials and role words are kept.
 */
final class PersonRenamer {
  /** A renamed document, and the name parts it changed (old → new). */
  record Renamed(
      String text,
      List<String> annotation,
      Map<String, String> parts,
      Map<String, String> surnames,
      int people) {}

  /** One way a name is written in the text: where it matches, and what it becomes. */
  private record Rule(Pattern pattern, String replacement) {}

  private static final String HANGUL = "가-힣";
  private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z])[A-Z][A-Za-z-]*[A-Za-z]");
  private static final Pattern INITIALS = Pattern.compile("(?:[A-Z]\\.)+");
  private static final Set<String> ROLES =
      Set.of("victim", "accused", "accomplice", "witness", "unknown");

  private final long seed;

  PersonRenamer(long seed) {
    this.seed = seed;
  }

  /** A Korean given name of two syllables, as the annotation rules write one. */
  static boolean isKoreanGiven(String s) {
    if (FictionalNames.KO_FEMALE.contains(s) || FictionalNames.KO_MALE.contains(s)) {
      return true;
    }
    return s.length() == 2
        && FictionalNames.GIVEN_FIRST.indexOf(s.charAt(0)) >= 0
        && FictionalNames.GIVEN_LAST.indexOf(s.charAt(1)) >= 0;
  }

  /** A romanised Korean given name (Jiwoo, Ji-woo, Ha-eun, Yuna), by its syllables. */
  static boolean isRomanisedGiven(String token) {
    if (token.contains("-")) {
      String[] halves = token.split("-", -1);
      return halves.length == 2
          && SYLLABLE_KEYS.contains(Romanisation.key(halves[0]))
          && SYLLABLE_KEYS.contains(Romanisation.key(halves[1].replaceFirst("h$", "")));
    }
    return GIVEN_KEYS.contains(Romanisation.key(token));
  }

  private static final Set<String> SYLLABLE_KEYS = new HashSet<>();
  private static final Set<String> GIVEN_KEYS = new HashSet<>();

  static {
    for (char c = '가'; c <= '힣'; c++) {
      SYLLABLE_KEYS.add(Romanisation.key(Romanisation.of(String.valueOf(c), false)));
    }
    for (char a : FictionalNames.GIVEN_FIRST.toCharArray()) {
      for (char b : FictionalNames.GIVEN_LAST.toCharArray()) {
        GIVEN_KEYS.add(Romanisation.key(Romanisation.of("" + a + b, false)));
      }
    }
  }

  /** Renames the people of one document; {@code charset} is the one its text is written in. */
  Renamed rename(String document, String text, List<String> annotation, Charset charset) {
    Names names =
        new Names(new Random(seed * 1_000_003L + document.hashCode()), text, charset.newEncoder());
    Set<String> places = new HashSet<>();
    List<String[]> people = new ArrayList<>();
    for (String line : annotation) {
      if (line.startsWith("E place ")) {
        places.add(line.substring("E place ".length()));
      } else if (line.startsWith("E person ")) {
        String rest = line.substring("E person ".length());
        int space = rest.lastIndexOf(' ');
        boolean hasRole = space > 0 && ROLES.contains(rest.substring(space + 1));
        people.add(
            new String[] {
              hasRole ? rest.substring(0, space) : rest, hasRole ? rest.substring(space + 1) : ""
            });
      }
    }
    // Every old part first, so that no new name is one of them.
    for (String[] p : people) {
      names.reserve(p[0]);
    }
    int renamed = 0;
    for (String[] p : people) {
      renamed += names.register(p[0], "victim".equals(p[1])) ? 1 : 0;
    }
    names.addRomanisedVariants();
    List<Rule> rules = names.rules();
    String newText = apply(rules, text, masks(text, places));
    List<String> newAnnotation = new ArrayList<>();
    for (String line : annotation) {
      newAnnotation.add(renameLine(rules, line, places));
    }
    return new Renamed(newText, newAnnotation, names.parts(), names.surnames, renamed);
  }

  private static String renameLine(List<Rule> rules, String line, Set<String> places) {
    String[] head = line.split(" ", 3);
    if (head.length < 3 || head[1].equals("place")) {
      return line;
    }
    if (head[0].equals("F")) {
      String[] fields = head[2].split("\\|", -1);
      for (int i = 0; i < fields.length; i++) {
        if (!places.contains(fields[i])) {
          fields[i] = apply(rules, fields[i], List.of());
        }
      }
      return head[0] + " " + head[1] + " " + String.join("|", fields);
    }
    return head[0] + " " + head[1] + " " + apply(rules, head[2], List.of());
  }

  /** Where the gold places are written: a name part inside one (Olympic Park) is the place's. */
  static List<int[]> masks(String text, Set<String> places) {
    List<int[]> out = new ArrayList<>();
    for (String p : places) {
      for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
        out.add(new int[] {i, i + p.length()});
      }
    }
    return out;
  }

  /** One pass over {@code s}: at each place the first rule that matches, outside the masks. */
  private static String apply(List<Rule> rules, String s, List<int[]> masks) {
    StringBuilder out = new StringBuilder();
    List<Matcher> matchers = new ArrayList<>();
    for (Rule r : rules) {
      matchers.add(r.pattern().matcher(s).useTransparentBounds(true));
    }
    int i = 0;
    while (i < s.length()) {
      int end = -1;
      String replacement = null;
      for (int k = 0; k < rules.size() && end < 0; k++) {
        Matcher m = matchers.get(k);
        m.region(i, s.length());
        if (m.lookingAt() && !masked(masks, m.start(), m.end())) {
          end = m.end();
          replacement = respell(m.group(), rules.get(k).replacement());
        }
      }
      if (end < 0) {
        out.append(s.charAt(i++));
      } else {
        out.append(replacement);
        i = end;
      }
    }
    return out.toString();
  }

  private static boolean masked(List<int[]> masks, int start, int end) {
    return masks.stream().anyMatch(m -> start < m[1] && end > m[0]);
  }

  /**
   * The replacement written as the match was: Hangul syllables one for one, keeping the spaces a
   * writer put between them (한 지 율), and Latin in capitals when the match was.
   */
  private static String respell(String match, String replacement) {
    if (!match.isEmpty() && Romanisation.isSyllable(match.charAt(0))) {
      StringBuilder b = new StringBuilder();
      int next = 0;
      for (int i = 0; i < match.length(); i++) {
        char c = match.charAt(i);
        b.append(Romanisation.isSyllable(c) ? replacement.charAt(next++) : c);
      }
      return b.toString();
    }
    boolean capitals = match.length() > 1 && match.equals(match.toUpperCase(Locale.ROOT));
    return capitals ? replacement.toUpperCase(Locale.ROOT) : replacement;
  }

  /**
   * The problems of a renaming ({@code LedgerRenameTest}, and counted by the bench for both
   * halves): an old name part still written in the text or the annotation's people, a renamed
   * person written in the original text but not in the renamed one, a new part nowhere.
   */
  static List<String> problems(String text, List<String> annotation, Renamed r) {
    List<String> out = new ArrayList<>();
    Set<String> places = new HashSet<>();
    annotation.stream()
        .filter(l -> l.startsWith("E place "))
        .forEach(l -> places.add(l.substring("E place ".length())));
    List<int[]> masks = masks(r.text(), places);
    for (Map.Entry<String, String> e : r.parts().entrySet()) {
      Pattern old = boundaryPattern(e.getKey());
      Matcher m = old.matcher(r.text());
      while (m.find()) {
        if (!masked(masks, m.start(), m.end())) {
          out.add("old name " + e.getKey() + " left in the text at " + m.start());
        }
      }
      // A full name's given part may be written a syllable apart (한 지 율).
      if (!r.text().contains(e.getValue())
          && !r.text().replaceAll("\\s", "").contains(e.getValue())) {
        out.add("new name " + e.getValue() + " nowhere in the text");
      }
    }
    for (String old : r.surnames().keySet()) {
      Matcher m = surnamePattern(old).matcher(r.text());
      while (m.find()) {
        if (!masked(masks, m.start(), m.end())) {
          out.add("old surname " + old + " left before a title at " + m.start());
        }
      }
    }
    for (int i = 0; i < annotation.size(); i++) {
      String before = annotation.get(i);
      String after = r.annotation().get(i);
      if (!before.startsWith("E person ")) {
        continue;
      }
      String nameBefore = LedgerBench.withoutRole(before).substring("E person ".length());
      String nameAfter = LedgerBench.withoutRole(after).substring("E person ".length());
      for (String old : r.parts().keySet()) {
        if (boundaryPattern(old).matcher(nameAfter).find()) {
          out.add("old name " + old + " left in the annotation: " + nameAfter);
        }
      }
      for (String old : r.surnames().keySet()) {
        if (surnamePattern(old).matcher(nameAfter).find()) {
          out.add("old surname " + old + " left in the annotation: " + nameAfter);
        }
      }
      if (text.contains(nameBefore) && !r.text().contains(nameAfter)) {
        out.add("person " + nameAfter + " (was " + nameBefore + ") not in the renamed text");
      }
    }
    return out;
  }

  /** A surname where it is written before a title or an honorific (박실장, 정 사장, 김씨). */
  private static Pattern surnamePattern(String surname) {
    return Pattern.compile(
        "(?<![" + HANGUL + "])" + Pattern.quote(surname) + "(?= ?(?:" + titles() + "))");
  }

  private static String titles() {
    return String.join(
        "|",
        FictionalNames.KO_TITLES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList());
  }

  /** A name part where a name starts and ends: not inside a longer word of its own script. */
  private static Pattern boundaryPattern(String part) {
    if (Romanisation.isSyllable(part.charAt(0))) {
      return Pattern.compile("(?<![" + HANGUL + "])" + Pattern.quote(part));
    }
    return Pattern.compile("(?<![A-Za-z@])" + Pattern.quote(part) + "(?![A-Za-z])");
  }

  /** The names of one document: its old parts, the new ones drawn, and the rules they make. */
  private static final class Names {
    private final Random random;
    private final String text;
    private final CharsetEncoder encoder;
    private final Set<String> taken = new HashSet<>();
    private final Set<String> old = new HashSet<>();
    private final Map<String, String> given = new LinkedHashMap<>();
    final Map<String, String> surnames = new LinkedHashMap<>();
    private final Map<String, String> fullNames = new LinkedHashMap<>();
    private final Map<String, String> latin = new LinkedHashMap<>();

    Names(Random random, String text, CharsetEncoder encoder) {
      this.random = random;
      this.text = text;
      this.encoder = encoder;
    }

    void reserve(String name) {
      old.add(name);
      taken.add(name);
      taken.addAll(List.of(name.split(" ", -1)));
      if (name.chars().allMatch(c -> Romanisation.isSyllable((char) c))) {
        if (name.length() >= 3) {
          taken.add(name.substring(0, 1));
          taken.add(name.substring(1));
          taken.add(name.substring(0, 2));
          taken.add(name.substring(2));
        }
      }
    }

    /** Registers a gold person's parts; false when the name has no shape that is renamed. */
    boolean register(String name, boolean victim) {
      if (name.chars().allMatch(c -> Romanisation.isSyllable((char) c))) {
        return registerHangul(name, victim);
      }
      if (name.matches("[A-Za-z. -]+")) {
        return registerLatin(name, victim);
      }
      return false;
    }

    private boolean registerHangul(String name, boolean victim) {
      if (name.length() == 2 && isKoreanGiven(name)) {
        return given(name, name, victim).isPresent();
      }
      String surname2 = name.length() == 4 ? name.substring(0, 2) : "";
      boolean twoSyllables = FictionalNames.KO_SURNAMES_2.contains(surname2);
      String surname = twoSyllables ? surname2 : name.substring(0, 1);
      String rest = name.substring(surname.length());
      if (!twoSyllables && !FictionalNames.KO_SURNAMES_KNOWN.contains(surname)) {
        return false;
      }
      if (name.length() == 3 && FictionalNames.KO_TITLES.contains(rest)) {
        return surname(surname, c -> true).isPresent();
      }
      if (rest.length() == 2 && isKoreanGiven(rest)) {
        Optional<String> g = given(rest, name, victim);
        // 민 + 지후 must not spell another person's old name (민지).
        Optional<String> s =
            g.flatMap(
                drawn ->
                    surname(surname, c -> old.stream().noneMatch(o -> (c + drawn).contains(o))));
        if (s.isPresent() && g.isPresent()) {
          fullNames.put(name, s.get() + g.get());
          return true;
        }
      }
      return false;
    }

    private boolean registerLatin(String name, boolean victim) {
      String[] tokens = name.split(" ", -1);
      List<String> kinds = new ArrayList<>();
      for (String t : tokens) {
        String kind = latinKind(t);
        if (kind == null) {
          return false;
        }
        kinds.add(kind);
      }
      if (!kinds.stream().anyMatch(k -> !k.equals("initials"))) {
        return false;
      }
      for (int i = 0; i < tokens.length; i++) {
        String t = tokens[i];
        if (latin.containsKey(t) || kinds.get(i).equals("initials")) {
          continue;
        }
        Optional<String> drawn =
            switch (kinds.get(i)) {
              case "female" -> draw(FictionalNames.EN_FEMALE, c -> true, this::latinFree);
              case "male" -> draw(FictionalNames.EN_MALE, c -> true, this::latinFree);
              case "surname" -> draw(FictionalNames.ROMANISED_SURNAMES, c -> true, this::latinFree);
              default -> romanisedGiven(t, victim);
            };
        if (drawn.isEmpty()) {
          return false;
        }
        latin.put(t, drawn.get());
      }
      return true;
    }

    private static String latinKind(String t) {
      if (INITIALS.matcher(t).matches()) {
        return "initials";
      }
      if (FictionalNames.EN_FEMALE_KNOWN.contains(t)) {
        return "female";
      }
      if (FictionalNames.EN_MALE_KNOWN.contains(t)) {
        return "male";
      }
      if (FictionalNames.ROMANISED_SURNAMES_KNOWN.contains(t)) {
        return "surname";
      }
      return isRomanisedGiven(t) ? "romanised" : null;
    }

    private Optional<String> romanisedGiven(String old, boolean victim) {
      boolean female = victim;
      for (String k : FictionalNames.KO_FEMALE) {
        female |= Romanisation.key(Romanisation.of(k, false)).equals(Romanisation.key(old));
      }
      boolean hyphen = old.contains("-");
      List<String> pool = new ArrayList<>();
      for (String k : female ? FictionalNames.KO_FEMALE : FictionalNames.KO_MALE) {
        pool.add(Romanisation.of(k, hyphen));
      }
      return draw(pool, c -> true, this::latinFree);
    }

    private Optional<String> given(String old, String written, boolean victim) {
      if (given.containsKey(old)) {
        return Optional.of(given.get(old));
      }
      boolean female =
          FictionalNames.KO_FEMALE.contains(old)
              || (!FictionalNames.KO_MALE.contains(old)
                  && writtenAs(written, WOMAN_AFTER).orElse(victim));
      boolean batchim = Romanisation.hasFinal(old.charAt(old.length() - 1));
      java.util.function.Predicate<String> sameShape =
          c -> Romanisation.hasFinal(c.charAt(c.length() - 1)) == batchim;
      Optional<String> g =
          draw(
                  female ? FictionalNames.KO_FEMALE : FictionalNames.KO_MALE,
                  sameShape,
                  this::hangulFree)
              .or(
                  () ->
                      draw(
                          female ? FictionalNames.KO_MALE : FictionalNames.KO_FEMALE,
                          sameShape,
                          this::hangulFree));
      g.ifPresent(n -> given.put(old, n));
      return g;
    }

    private Optional<String> surname(
        String old, java.util.function.Predicate<String> spellsNoOldName) {
      if (surnames.containsKey(old)) {
        return Optional.of(surnames.get(old));
      }
      List<String> pool =
          old.length() == 2
              ? new ArrayList<>(FictionalNames.KO_SURNAMES_2)
              : FictionalNames.KO_SURNAMES;
      pool = new ArrayList<>(pool);
      pool.sort(Comparator.naturalOrder());
      Optional<String> s = draw(pool, spellsNoOldName, this::surnameFree);
      s.ifPresent(n -> surnames.put(old, n));
      return s;
    }

    private Optional<String> draw(
        List<String> pool,
        java.util.function.Predicate<String> shape,
        java.util.function.Predicate<String> free) {
      List<String> candidates =
          pool.stream().filter(shape).filter(c -> !taken.contains(c)).filter(free).toList();
      if (candidates.isEmpty()) {
        return Optional.empty();
      }
      String c = candidates.get(random.nextInt(candidates.size()));
      taken.add(c);
      return Optional.of(c);
    }

    /**
     * Whether the text writes {@code name} as a woman's (나래 언니, 미란이라는 여자) or a man's (민수 형, 준기라는
     * 남자), when a name the lists do not hold must be given one of the same sex.
     */
    private Optional<Boolean> writtenAs(String name, Pattern woman) {
      String quoted = Pattern.quote(name);
      if (Pattern.compile("(?<![" + HANGUL + "])" + quoted + "(?:이)?\\s?" + woman.pattern())
          .matcher(text)
          .find()) {
        return Optional.of(true);
      }
      if (Pattern.compile("(?<![" + HANGUL + "])" + quoted + "(?:이)?\\s?" + MAN_AFTER.pattern())
          .matcher(text)
          .find()) {
        return Optional.of(false);
      }
      return Optional.empty();
    }

    private static final Pattern WOMAN_AFTER = Pattern.compile("(?:언니|누나|양|(?:이)?라는 여자)");
    private static final Pattern MAN_AFTER = Pattern.compile("(?:형|오빠|군|(?:이)?라는 남자)");

    /** A new Hangul name the document never writes, in its charset. */
    private boolean hangulFree(String c) {
      return !text.contains(c) && encoder.canEncode(c);
    }

    /** A new surname no title follows in the document, in its charset. */
    private boolean surnameFree(String c) {
      if (!encoder.canEncode(c)) {
        return false;
      }
      return !surnamePattern(c).matcher(text).find();
    }

    /** A new Latin name the document never writes as a word, in any case. */
    private boolean latinFree(String c) {
      return !Pattern.compile(
              "(?<![A-Za-z])" + Pattern.quote(c) + "(?![A-Za-z])", Pattern.CASE_INSENSITIVE)
          .matcher(text)
          .find();
    }

    /** The text's Latin spellings of a renamed Korean given name (지우 beside Jiwoo, Ji-woo). */
    void addRomanisedVariants() {
      Map<String, String> byKey = new LinkedHashMap<>();
      given.forEach((old, neu) -> byKey.put(Romanisation.key(Romanisation.of(old, false)), neu));
      Map<String, String> latinByKey = new LinkedHashMap<>();
      latin.forEach((old, neu) -> latinByKey.put(Romanisation.key(old), neu));
      Matcher m = LATIN_WORD.matcher(text);
      while (m.find()) {
        String w = m.group();
        String key = Romanisation.key(w);
        if (latin.containsKey(w)) {
          continue;
        }
        if (byKey.containsKey(key) && key.length() > 2) {
          latin.put(w, Romanisation.of(byKey.get(key), w.contains("-")));
        } else if (latinByKey.containsKey(key)) {
          String neu = latinByKey.get(key);
          latin.put(w, w.contains("-") == neu.contains("-") ? neu : respellHyphen(neu, w));
        }
      }
    }

    /** A romanised name with or without its hyphen, as the variant {@code like} is written. */
    private static String respellHyphen(String name, String like) {
      if (like.contains("-")) {
        return name;
      }
      int h = name.indexOf('-');
      return h < 0 ? name : name.substring(0, h) + name.substring(h + 1).toLowerCase(Locale.ROOT);
    }

    List<Rule> rules() {
      List<Rule> rules = new ArrayList<>();
      fullNames.entrySet().stream()
          .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()))
          .forEach(
              e -> {
                StringBuilder p = new StringBuilder("(?<![" + HANGUL + "])");
                String old = e.getKey();
                for (int i = 0; i < old.length(); i++) {
                  p.append(i > 0 ? " ?" : "").append(Pattern.quote(old.substring(i, i + 1)));
                }
                rules.add(new Rule(Pattern.compile(p.toString()), e.getValue()));
              });
      surnames.forEach((old, neu) -> rules.add(new Rule(surnamePattern(old), neu)));
      given.forEach(
          (old, neu) ->
              rules.add(
                  new Rule(Pattern.compile("(?<![" + HANGUL + "])" + Pattern.quote(old)), neu)));
      latin.entrySet().stream()
          .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()))
          .forEach(
              e -> {
                rules.add(
                    new Rule(
                        Pattern.compile(
                            "(?<![A-Za-z@])" + Pattern.quote(e.getKey()) + "(?![A-Za-z])"),
                        e.getValue()));
                // A file named after her in lower case (kelly_vday, ara_1003) is renamed too.
                rules.add(
                    new Rule(
                        Pattern.compile(
                            "(?<![A-Za-z@])"
                                + Pattern.quote(e.getKey().toLowerCase(Locale.ROOT))
                                + "(?=[_0-9])"),
                        fileForm(e.getKey(), e.getValue())));
              });
      return rules;
    }

    /** A name in a file's title, lower case, with a hyphen only where the old one had one. */
    private static String fileForm(String old, String neu) {
      String lower = neu.toLowerCase(Locale.ROOT);
      return old.contains("-") ? lower : lower.replace("-", "");
    }

    /** Every old part and the new one, full names apart (their parts are listed). */
    Map<String, String> parts() {
      Map<String, String> out = new LinkedHashMap<>();
      out.putAll(given);
      out.putAll(latin);
      return out;
    }
  }
}
