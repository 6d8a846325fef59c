package org.okju.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves the people of one document to the names the document most fully gives them: a role word
 * standing for a named person ({@code 삼촌(길만수)} … {@code 삼촌 20%} → 길만수; {@code Boss Yoon} … {@code
 * the boss} → Yoon), a given name alone for the full name written elsewhere ({@code 소라} → 한소라,
 * {@code Mina} → Mina Cho), and keeps a name read in a weak form only when the document also gives
 * it in a strong one. Stateless.
 */
final class PeopleResolver {
  // A list item alone on its line: a bullet, then one or two words ("- Harin", "• 보미").
  private static final java.util.regex.Pattern BULLET_ITEM =
      java.util.regex.Pattern.compile(
          "^\\s*["
              + PersonWords.BULLETS
              + "]\\s*[\\p{L}][\\p{L}\\-]*(?:\\s[\\p{L}][\\p{L}\\-]*)?\\s*$");

  /**
   * The names read weakly as items of a bulleted list, one item a line, another of whose items is a
   * person the document names strongly ("Met Harin …" then "Checklist for Sunday:", "- Harin", "-
   * Yuri", "- batteries"): a writer lists people alike, so the item shaped as a given name is a
   * person as much as the one he named elsewhere (the list's things, "batteries", are no name's
   * shape and stay out).
   */
  private static Set<String> listedBesideSomeone(List<LineReading> lines, Set<String> strong) {
    Set<String> listed = new HashSet<>();
    int i = 0;
    while (i < lines.size()) {
      int j = i;
      while (j < lines.size() && BULLET_ITEM.matcher(lines.get(j).line()).matches()) {
        j++;
      }
      if (j - i >= 2) {
        List<Found<Person>> items = new ArrayList<>();
        lines.subList(i, j).forEach(r -> items.addAll(r.persons()));
        if (items.stream().anyMatch(f -> strong.contains(f.value().name()))) {
          items.stream()
              .filter(f -> f.flags().contains("weak"))
              .map(f -> f.value().name())
              .filter(n -> RomanisedNames.givenNameShaped(n) || KoreanNames.givenNameShaped(n))
              .forEach(listed::add);
        }
      }
      i = Math.max(j, i + 1);
    }
    return listed;
  }

  /**
   * The flag prefix of a name written with a kinship or role word that is not his title ({@code 민혁
   * 선배} → {@code kin:선배}): the word alone elsewhere in the document stands for him.
   */
  static final String KIN_FLAG = "kin:";

  /**
   * The flag prefix of a Korean name the document also gives romanised beside it ({@code Ji-woo
   * (지우)} → {@code romanised:Ji-woo}): that spelling, with or without its hyphen, is her.
   */
  static final String ROMANISED_FLAG = "romanised:";

  /**
   * The flag prefix of a person another word stands for ({@code 별 = 나래} → {@code aka:별} on 나래; a
   * contact card's {@code FN:막내} with {@code 이름 윤기범} in its note): that word is her wherever the
   * document writes it.
   */
  static final String ALIAS_FLAG = "aka:";

  private PeopleResolver() {}

  static List<LineReading> resolve(List<LineReading> lines) {
    Map<String, Set<String>> namesByTitle = new HashMap<>();
    Set<String> strong = new HashSet<>();
    Set<String> all =
        new java.util.LinkedHashSet<>(); // in the order the document first writes them
    for (LineReading r : lines) {
      for (Found<Person> f : r.persons()) {
        Person p = f.value();
        if (f.flags().contains("role-only")) {
          continue;
        }
        all.add(p.name());
        // A word read as her only because a file is named after it (TitleNames) vouches for that
        // mention alone: a weak reading elsewhere (a table's deal column) stays weak.
        if (!f.flags().contains("weak") && !f.flags().contains("title-named")) {
          strong.add(p.name());
        }
        p.role()
            .filter(t -> !t.equals(p.name()))
            .ifPresent(
                t -> namesByTitle.computeIfAbsent(key(t), k -> new HashSet<>()).add(p.name()));
        f.flags().stream()
            .filter(g -> g.startsWith(KIN_FLAG))
            .map(g -> g.substring(KIN_FLAG.length()))
            .forEach(t -> namesByTitle.computeIfAbsent(key(t), k -> new HashSet<>()).add(p.name()));
      }
    }
    Map<String, String> romanised = new HashMap<>();
    for (LineReading r : lines) {
      for (Found<Person> f : r.persons()) {
        f.flags().stream()
            .filter(g -> g.startsWith(ROMANISED_FLAG))
            .forEach(
                g ->
                    romanised.put(
                        spelling(g.substring(ROMANISED_FLAG.length())), f.value().name()));
        f.flags().stream()
            .filter(g -> g.startsWith(ALIAS_FLAG))
            .forEach(
                g -> romanised.put(spelling(g.substring(ALIAS_FLAG.length())), f.value().name()));
      }
    }
    Map<String, String> fullName = fullNames(all);
    Map<String, String> sameWoman = spelledTwice(all, romanised);
    Map<String, String> nickname = oneSyllableNicknames(all, lines);
    // A chat writer's handle ending in 이 (곰돌이) loses it as an affectionate 이 in the messages
    // (곰돌이한테 → 곰돌): the handle as the export writes it is the name.
    for (LineReading r : lines) {
      r.speaker()
          .filter(w -> w.length() >= 3 && w.endsWith("이"))
          .ifPresent(w -> fullName.putIfAbsent(w.substring(0, w.length() - 1), w));
    }
    Set<String> listed = listedBesideSomeone(lines, strong);
    List<LineReading> out = new ArrayList<>();
    for (LineReading r : lines) {
      List<Found<Person>> people = new ArrayList<>();
      for (Found<Person> f : r.persons()) {
        Person p = f.value();
        String name = p.name();
        List<String> flags = new ArrayList<>(f.flags());
        if (flags.contains("role-only") && romanised.containsKey(spelling(name))) {
          flags.remove("role-only"); // [[Auntie]] = Ms. Byeon: the word is the one it stands for
          flags.add("role-resolved");
        }
        if (flags.contains("role-only")) {
          Set<String> named = namesByTitle.getOrDefault(key(name), Set.of());
          boolean herWord = PersonWords.VICTIM_ROLE_WORDS.contains(key(name));
          if (named.size() == 1) {
            name = named.iterator().next();
            flags.remove("role-only");
            flags.add("role-resolved");
            if (herWord) {
              flags.add("label"); // 내담자는 …, "Client paid …": the notes' victim
            }
          } else if (herWord) {
            continue; // "the client" of notes that name no client (or several) is no one to list
          }
        }
        name = fullName.getOrDefault(name, name);
        name = romanised.getOrDefault(spelling(name), name);
        name = sameWoman.getOrDefault(name, name);
        name = fullName.getOrDefault(name, name); // yujin → Yujin → Cho Yujin
        name = titledSurname(name, p.role(), namesByTitle).orElse(name);
        name = nickname.getOrDefault(name, name);
        if (flags.contains("weak")) {
          if (!strong.contains(name)
              && !strong.contains(p.name())
              && !listed.contains(p.name())
              // "Hyemi. 24. Nurse.", "Yeseul too.": a romanised Korean given name is shaped as
              // no English word, so opening a sentence it is not the capitalised common word the
              // weak form guards against (written once, it had been left unread; session 32)
              && !RomanisedNames.givenNameShaped(p.name())) {
            continue;
          }
          flags.remove("weak");
        }
        people.add(
            new Found<>(f.start(), f.end(), new Person(name, p.role()), f.confidence(), flags));
      }
      out.add(r.withPersons(people));
    }
    return out;
  }

  /**
   * The one-syllable nickname each two-syllable name ending in the affectionate 이 stands for (결이 →
   * 결, 봄이 → 봄) when the document also writes the syllable alone or with another particle ({@code 결
   * 3할}, {@code 솔_0601}, {@code 봄은 스물}): the reader's particles need a name of two syllables, so
   * 결이랑 and 봄이한테서 are read as 결이 and 봄이, which the writer never calls her. A nickname that is a
   * word ending in 이 and is never written without it (콩이, 뚱이) keeps it, and so does a chat writer's
   * handle.
   */
  private static Map<String, String> oneSyllableNicknames(
      Set<String> all, List<LineReading> lines) {
    Set<String> writers = new HashSet<>();
    lines.forEach(r -> r.speaker().ifPresent(writers::add));
    Map<String, String> out = new HashMap<>();
    for (String n : all) {
      if (n.length() != 2 || n.charAt(1) != '이' || writers.contains(n)) {
        continue;
      }
      String syllable = n.substring(0, 1);
      if (!PersonWords.endsInConsonant(syllable)) {
        continue; // 소이, 유이: after a vowel 이 is part of the name
      }
      // alone or with a particle that is no 이 (봄은 스물, 달만 데려감)
      Pattern alone = Pattern.compile("(?<![가-힣])" + syllable + "(?:은|을|과|도|만|한테|에게|의)?(?![가-힣])");
      if (lines.stream().anyMatch(r -> alone.matcher(r.line()).find())) {
        out.put(n, syllable);
      }
    }
    return out;
  }

  /**
   * The full name a surname and title stand for (정실장 → 정민철, written 정민철 실장 elsewhere): the one name
   * of the document with that title and that surname.
   */
  private static Optional<String> titledSurname(
      String name, Optional<String> title, Map<String, Set<String>> namesByTitle) {
    if (title.isEmpty() || !name.matches("[가-힣]{2,6}")) {
      return Optional.empty();
    }
    String surname = name.substring(0, 1);
    if (!KoreanSurnames.contains(surname) || !name.substring(1).startsWith(key(title.get()))) {
      return Optional.empty();
    }
    List<String> full =
        namesByTitle.getOrDefault(key(title.get()), Set.of()).stream()
            .filter(n -> !n.equals(name) && n.startsWith(surname) && n.matches("[가-힣]{3,4}"))
            .toList();
    return full.size() == 1 ? Optional.of(full.get(0)) : Optional.empty();
  }

  /**
   * One name for each person the document spells two ways: a romanised name with and without its
   * hyphen or in another case, as it first writes her (Seo-yeon … Seoyeon's brother; Hyeri …
   * hyeri), and a given name romanised and in Hangul, as the Hangul writes her (Dasom … 다솜 called
   * me → 다솜), as a romanised name tied to its Hangul beside it is (Ji-woo (지우) → 지우).
   */
  private static Map<String, String> spelledTwice(Set<String> all, Map<String, String> tied) {
    Map<String, String> first = new HashMap<>();
    Map<String, String> out = new HashMap<>();
    for (String n : all) {
      if (!n.matches("[A-Za-z][A-Za-z\\-]{2,}") || tied.containsKey(spelling(n))) {
        continue;
      }
      String was = first.putIfAbsent(spelling(n), n);
      if (was != null) {
        out.put(n, was);
      }
    }
    for (String hangul : all) {
      Set<String> spellings = RomanisedNames.spellingsOf(hangul);
      if (spellings.isEmpty() || tied.containsValue(hangul)) {
        continue;
      }
      for (String latin : first.values()) {
        if (spellings.contains(spelling(latin)) && !out.containsKey(latin)) {
          out.put(latin, hangul);
          break;
        }
      }
    }
    // A spelling that went to another goes where that one went (hyeri → Hyeri → 혜리).
    out.replaceAll((k, v) -> out.getOrDefault(v, v));
    return out;
  }

  // Ji-woo, Jiwoo and Ji woo are one spelling.
  private static String spelling(String name) {
    if (!name.matches("[A-Za-z\\- ]+")) {
      return name;
    }
    String s = name.replaceAll("[\\- ]", "").toLowerCase(Locale.ROOT);
    // Soo-jin and Sujin, Yoo-na and Yuna: one Korean given name in the two
    // spellings passports and chats use for its vowels
    return RomanisedNames.givenNameShaped(s) ? s.replace("oo", "u").replace("ee", "i") : s;
  }

  // 사장님, 사장 and Boss, boss are one title.
  private static String key(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    return t.endsWith("님") && t.length() > 1 ? t.substring(0, t.length() - 1) : t;
  }

  /**
   * The full name each given name alone stands for, when the document writes exactly one such full
   * name: 지은 → 김지은, Mina → Mina Cho.
   */
  private static Map<String, String> fullNames(Set<String> names) {
    Map<String, List<String>> candidates = new LinkedHashMap<>();
    // A romanised given name may be written alone without its hyphen or in another case (Kwon
    // Dong-wook … Dongwook drove): one spelling, as spelledTwice reads it.
    Map<String, String> bySpelling = new HashMap<>();
    for (String n : names) {
      if (n.matches("[A-Za-z][A-Za-z\\-]{2,}")) {
        bySpelling.putIfAbsent(spelling(n), n);
      }
    }
    for (String n : names) {
      for (String g : given(n)) {
        String alone = names.contains(g) ? g : bySpelling.get(spelling(g));
        if (alone != null && !alone.equals(n)) {
          candidates.computeIfAbsent(alone, k -> new ArrayList<>()).add(n);
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    candidates.forEach(
        (g, full) -> {
          if (full.size() == 1) {
            out.put(g, full.get(0));
          }
        });
    return out;
  }

  /**
   * The given names a full name may be written as alone: 김지은 → 지은; Mina Cho → Mina; a romanised
   * Korean name may be written surname first, so Kim Minji → Minji too (and Park Se-ah → Se-ah).
   */
  static List<String> given(String name) {
    if (name.matches("[가-힣]{3}") && KoreanSurnames.contains(name.substring(0, 1))) {
      return List.of(name.substring(1));
    }
    if (name.matches("[A-Z][a-z]+_?\\d{2,4}")) {
      return List.of(name.replaceAll("_?\\d+$", "")); // Doc2020 → Doc
    }
    String[] w = name.stripTrailing().split(" ", -1);
    if (w.length == 2
        && name.matches("[A-Za-z\\- ]+")
        && PersonWords.NICKNAME_ADJECTIVE.matcher(w[0]).matches()) {
      return List.of(w[1]); // Big Tony → Tony
    }
    if (w.length == 2 && name.matches("[A-Za-z\\- ]+")) {
      return KoreanSurnames.containsRomanised(w[0]) && !KoreanSurnames.containsRomanised(w[1])
          ? List.of(w[0], w[1])
          : List.of(w[0]);
    }
    return List.of();
  }
}
