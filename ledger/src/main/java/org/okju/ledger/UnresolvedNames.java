package org.okju.ledger;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The safety net under quoted lines (issue 16, item 5): the words of a document's quoted lines that
 * look like a person's name and that its reading resolved to nothing an output may show. A quote is
 * pseudonymised for the people the reader found; a woman it did not read as a person (a recording
 * titled with her name, a greeting, a question, an unfamiliar verb) would otherwise stay in the
 * quote verbatim, and quotes reach the court report, the exports and the workbench. When in doubt,
 * withhold: {@link #withhold} writes {@code [name N]} or {@code [이름 N]} for each such word.
 *
 * <p>Kept readable: every word inside an entity the reading found (a place, a drug, an amount, a
 * date, a phone, a person, who is pseudonymised by the identity table instead), the known names of
 * the document, the gazetteer of places, the reader's lists of words that are no names, role words
 * and titles, an English word the document also writes in lower case or that OpenNLP's tagger reads
 * as a common word, and a Korean word Nori reads as an ordinary word. A tape title is no exemption:
 * a recording is often titled with her name ({@code 하린_0312}).
 *
 * <p>Name-shaped: an English capitalised word in mid-sentence, or at a sentence's start when
 * OpenNLP tags it a proper noun; a Korean word of two to four syllables that Nori reads as a proper
 * noun or does not know, or that carries a person's particle, honorific or vocative (이, 가, 한테, 씨,
 * 아, 야) without being an ordinary word. Not thread-safe (Nori, OpenNLP): one per extractor.
 */
public final class UnresolvedNames {
  /**
   * What a withheld Latin-letter word becomes in a stored quote, with its number in the document
   * ({@code [name 1]}): one word is one number throughout the document's quotes, so that a reader
   * tells two withheld words apart and a tape titled with one is one tape.
   */
  public static final String LATIN_MARK = "[name";

  /** What a withheld Korean word becomes ({@code [이름 2]}; its particle stays after it). */
  public static final String HANGUL_MARK = "[이름";

  private static final Pattern LATIN =
      Pattern.compile("(?<![A-Za-z0-9'])[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*(?![A-Za-z0-9])");
  private static final Pattern HANGUL = Pattern.compile("[가-힣]+");
  private static final Pattern LOWER_WORD = Pattern.compile("(?<![A-Za-z])[a-z]{2,}(?![A-Za-z])");
  // Before a word at a sentence's start: nothing, a bullet or number, or a sentence's end.
  private static final Pattern SENTENCE_START =
      Pattern.compile("(?:^[\\W\\d_]*|[.!?]\\s+|[:\\-\u2013\u2014]\\s+)$");
  // What a capitalised word may open that makes it a place's name, not a person's: Hongik Univ.
  // station, Mangwon Guesthouse, Petal Studio.
  private static final String VENUES =
      "station|stn|univ|university|hotel|motel|inn|hostel|guesthouse|studio|cafe|café|bar|pub|club"
          + "|park|bridge|tower|plaza|market|mall|terminal|lounge|building|church|school|hospital"
          + "|clinic|pharmacy|restaurant|dong|gu|ro|gil|street|st|avenue|ave|road|rd";
  private static final Pattern VENUE_AFTER =
      Pattern.compile("(?:\\s+[A-Z][a-z]*\\.?){0,2}\\s+(?i:" + VENUES + ")\\b");
  private static final Pattern VENUE = Pattern.compile(VENUES);
  private static final Pattern FILE_EXTENSION =
      Pattern.compile("\\.(?i:mp4|mov|avi|mkv|wmv|m4v|3gp|jpe?g|png|heic)\\b");
  // Two-letter weekdays (the three-letter ones are PersonWords' not-names), and drinks and pills a
  // line names by brand (Cass, Soju, Advil): no one.
  private static final Set<String> NO_NAMES_EN =
      Set.of(
          "mo",
          "tu",
          "we",
          "th",
          "fr",
          "sa",
          "su",
          "univ",
          "soju",
          "cass",
          "hite",
          "terra",
          "makgeolli",
          "hennessy",
          "johnnie",
          "jameson",
          "advil",
          "tylenol",
          "ambien",
          "xanax");
  private static final Set<String> VOCATIVES = Set.of("아", "야");
  private static final Set<String> STRONG_PARTICLES =
      Set.of("한테", "에게", "한테서", "에게서", "께", "께서", "랑", "이랑", "하고", "아", "야");
  private static final Set<String> WEAK_PARTICLES =
      Set.of("이", "가", "은", "는", "을", "를", "와", "과", "의", "도", "만");

  private final KoreanMorphology morphology = new KoreanMorphology();
  private final Map<String, Boolean> commonEnglish = new HashMap<>();
  // Loaded on the first Latin capital: a Korean document never pays for OpenNLP's models.
  private EnglishNlp english;

  private EnglishNlp english() {
    if (english == null) {
      english = new EnglishNlp();
    }
    return english;
  }

  /**
   * The words to withhold from the quotes of a document.
   *
   * @param text the document's text
   * @param lines the quoted lines (spans into {@code text})
   * @param mentions every entity mention of the reading
   * @return the words, longest first (so that a longer word is replaced before its part)
   */
  Set<String> of(String text, List<Span> lines, List<EntityMention> mentions) {
    Set<String> known = new HashSet<>();
    List<String> things = new java.util.ArrayList<>(); // places, drugs, amounts … as written
    // by start, then end: two entities may start at one offset (a place and a tape's title)
    NavigableSet<int[]> covered =
        new TreeSet<>(
            (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    for (EntityMention e : mentions) {
      if (e.type() == EntityType.PERSON) {
        // pseudonymised before the net is cast (LedgerCase); a word of a name is judged as any
        known.add(e.value());
        known.add(e.normalized());
      } else {
        // a tape's title stays readable ("Winter Glass"), but for a word of a file-like title
        // (하린_0312, Mina_03.mp4), judged as any
        covered.add(new int[] {e.span().start(), e.span().end()});
        if (e.type() != EntityType.TAPE) {
          things.add(e.value());
        }
      }
    }
    Set<String> lower = new HashSet<>();
    Matcher lw = LOWER_WORD.matcher(text);
    while (lw.find()) {
      lower.add(lw.group());
    }
    Set<String> kept = new HashSet<>();
    Set<String> out =
        new TreeSet<>(
            (a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
    Set<Integer> seen = new HashSet<>();
    for (Span line : lines) {
      if (!seen.add(line.start()) || line.end() > text.length()) {
        continue;
      }
      String l = text.substring(line.start(), line.end());
      latin(l, line.start(), covered, known, lower, kept, out);
      hangul(l, line.start(), covered, known, kept, out);
    }
    // A word an entity of the document holds is resolved there (라벤더 of 라벤더모텔 403호 is the
    // motel in the title 라벤더_1 too): withheld in one line, it would be in every line.
    out.removeAll(kept);
    out.removeIf(w -> things.stream().anyMatch(t -> t.contains(w)));
    return out;
  }

  private static boolean inside(NavigableSet<int[]> covered, int start, int end) {
    int[] floor = covered.floor(new int[] {start, Integer.MAX_VALUE});
    // spans may overlap: look back over a few starting before
    for (int[] s = floor; s != null; s = covered.lower(s)) {
      if (s[1] >= end && s[0] <= start) {
        return true;
      }
      if (start - s[0] > 200) {
        break;
      }
    }
    return false;
  }

  private void latin(
      String line,
      int offset,
      NavigableSet<int[]> covered,
      Set<String> known,
      Set<String> lower,
      Set<String> kept,
      Set<String> out) {
    if (line.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
      return;
    }
    Set<Integer> proper = null;
    Matcher m = LATIN.matcher(line);
    while (m.find()) {
      String w = m.group();
      String lw = w.toLowerCase(Locale.ROOT);
      boolean fileTitle = fileLike(line, m.end());
      if (!fileTitle && inside(covered, offset + m.start(), offset + m.end())) {
        kept.add(w);
        continue;
      }
      if (VENUE_AFTER.matcher(line.substring(m.end())).lookingAt()) {
        kept.add(w); // a place's name: Petal Studio, Hongik Univ. station
        continue;
      }
      if (known.contains(w) || commonLatin(lw, lower)) {
        continue;
      }
      if (SENTENCE_START.matcher(line.substring(0, m.start())).find()) {
        if (proper == null) {
          proper = new HashSet<>();
          for (EnglishNlp.NameRun run : english().properNames(line)) {
            for (Matcher r = LATIN.matcher(run.text()); r.find(); ) {
              proper.add(run.start() + r.start());
            }
          }
        }
        if (!proper.contains(m.start()) && !fileTitle) {
          continue; // a capital a sentence gives its first word, and the tagger sees no name
        }
      }
      out.add(w);
    }
  }

  // A word a file-like title opens: 하린_0312, Mina_03.mp4, Mina.mp4.
  private static boolean fileLike(String line, int end) {
    return line.startsWith("_", end) || FILE_EXTENSION.matcher(line.substring(end)).lookingAt();
  }

  private boolean commonLatin(String lw, Set<String> lower) {
    if (lower.contains(lw)
        || PersonWords.ENGLISH_NOT_NAMES.contains(lw)
        || PersonWords.ENGLISH_ROLE_WORDS.contains(lw)
        || lw.matches(PersonWords.ENGLISH_TITLES)
        || PlaceReader.GAZETTEER.contains(lw)
        || NO_NAMES_EN.contains(lw)
        || VENUE.matcher(lw).matches()) {
      return true;
    }
    return commonEnglish.computeIfAbsent(
        lw,
        w -> {
          EnglishNlp.WordTag t = english().alone(w);
          return !t.tag().equals("PROPN") && t.probability() >= 0.7;
        });
  }

  private void hangul(
      String line,
      int offset,
      NavigableSet<int[]> covered,
      Set<String> known,
      Set<String> kept,
      Set<String> out) {
    Matcher m = HANGUL.matcher(line);
    while (m.find()) {
      String word = m.group();
      if (word.length() < 2) {
        continue;
      }
      KoreanMorphology.Stem s = morphology.strip(word);
      String stem = s.stem();
      // A person's particle, honorific or vocative marks a name strongly (씨, 한테, 야, 이랑); a
      // case particle (은, 가, 를) weakly: 숙소는 is as likely as 유나는.
      boolean strong = STRONG_PARTICLES.contains(s.particles()) || s.honorific();
      boolean weak = WEAK_PARTICLES.contains(s.particles());
      if (s.particles().isEmpty() && word.length() == 3 && VOCATIVES.contains(word.substring(2))) {
        stem = word.substring(0, 2); // 유나야, 지은아: Nori reads the 야 as a copula
        strong = true;
      }
      if (stem.length() == 3 && stem.endsWith("이") && name(stem.substring(0, 2))) {
        stem = stem.substring(0, 2); // 채윤이는: the affectionate 이 of a given name
        strong = true;
      }
      // a file-like title: 하린_0312, 다인_02 (a recording is often titled with her name)
      boolean title = fileLike(line, m.start() + stem.length());
      if (!title && inside(covered, offset + m.start(), offset + m.start() + stem.length())) {
        kept.add(stem);
        continue;
      }
      if (stem.length() < 2 || stem.length() > 4 || known.contains(stem) || notAName(stem)) {
        continue;
      }
      if (nameShaped(stem, strong || title, weak)) {
        out.add(stem);
      }
    }
  }

  private static boolean name(String stem) {
    return KoreanNames.givenNameShaped(stem) || KoreanNames.surnameAndGivenSyllables(stem);
  }

  private static boolean notAName(String stem) {
    return PersonWords.KOREAN_NOT_NAMES.contains(stem)
        || PersonWords.KOREAN_TITLES.contains(stem)
        || PersonWords.KOREAN_KIN.contains(stem)
        || PersonWords.KOREAN_ROLE_WORDS.contains(stem)
        || PersonWords.VICTIM_ROLE_WORDS.contains(stem)
        || PlaceReader.GAZETTEER.contains(stem);
  }

  /**
   * Whether a Korean stem may be a name. Shaped as a given or full name (two given-name syllables,
   * or a surname and two: Nori's dictionary reads many names as ordinary words, 유나, 지은, 소라, 민지):
   * where a person's particle, a vocative or a file-like title marks it, or Nori reads it as a
   * proper noun or does not know it, or a case particle follows a word Nori does not read as an
   * ordinary one. Shaped otherwise: only a proper noun or unknown word with a person's particle (a
   * nickname, 뽀미한테), never a brand or a place (김밥천국, 참이슬, 서울숲).
   */
  private boolean nameShaped(String stem, boolean strong, boolean weak) {
    if (morphology.isFunctionWord(stem) || (nominalised(stem) && !name(stem))) {
      return false;
    }
    List<KoreanMorphology.Morpheme> ms = morphology.analyse(stem);
    boolean proper =
        !ms.isEmpty() && ms.stream().allMatch(x -> x.tag().name().matches("NNP|UNKNOWN|UNA"));
    if (name(stem)) {
      return strong || proper || (weak && !morphology.isOrdinaryWord(stem));
    }
    return strong && proper && stem.length() <= 3;
  }

  // A verb made a noun, as 음슴체 notes end their lines (잠듦, 건짐, 챙김): its last syllable closes
  // with ㅁ or ㄻ.
  private boolean nominalised(String stem) {
    char last = stem.charAt(stem.length() - 1);
    int jong = (last - '가') % 28;
    return morphology.isNominalisedVerb(stem) || jong == 16 || jong == 10;
  }

  /**
   * {@code quote} with each of {@code words} written as its mark: a Latin word where it stands as a
   * word, a Korean word where an eojeol opens with it (its particle stays: {@code [이름]한테}).
   */
  public static String withhold(String quote, Set<String> words) {
    return marker(words).apply(quote);
  }

  /** {@link #withhold} for {@code words}, the pattern built once for all of a document's quotes. */
  static UnaryOperator<String> marker(Set<String> words) {
    if (words.isEmpty()) {
      return UnaryOperator.identity();
    }
    StringBuilder alternatives = new StringBuilder();
    Map<String, Integer> number = new HashMap<>();
    for (String w : words) { // longest first
      number.put(w, number.size() + 1);
      if (alternatives.length() > 0) {
        alternatives.append('|');
      }
      boolean latin = w.charAt(0) < 0x80;
      alternatives
          .append(latin ? "(?<![A-Za-z0-9])" : "(?<![가-힣])")
          .append(Pattern.quote(w))
          .append(latin ? "(?![A-Za-z0-9])" : "");
    }
    Pattern p = Pattern.compile(alternatives.toString());
    return quote -> {
      Matcher m = p.matcher(quote);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String mark = m.group().charAt(0) < 0x80 ? LATIN_MARK : HANGUL_MARK;
        m.appendReplacement(b, Matcher.quoteReplacement(mark + " " + number.get(m.group()) + "]"));
      }
      m.appendTail(b);
      return b.toString();
    };
  }
}
