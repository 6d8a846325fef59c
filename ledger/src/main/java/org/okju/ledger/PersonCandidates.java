package org.okju.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every word of a document that might be a person, more than the rules accept: the rules' own
 * people, the proper nouns Nori and OpenNLP see, capitalised words, Korean words that take a
 * person's particle or title, chat handles. Each is described by general features of its form and
 * of the lines that mention it (never the name itself), so that a learnt {@link PersonModel} can
 * decide who is a person on documents the rules were never tuned on. The rules' own word lists
 * (words that are no names, the gazetteer) are no features: they grew from the very errors such a
 * model learns from, and would flatter its cross-validation. Not thread-safe (Nori, OpenNLP).
 */
public final class PersonCandidates {
  /**
   * A possible person of one document.
   *
   * @param name the name as the annotation writes it (no particle, honorific or English title)
   * @param byRules whether the rules read it as a person
   * @param features feature name to value in 0..1
   */
  public record Candidate(String name, boolean byRules, Map<String, Double> features) {}

  /** The feature of a candidate the rules made a party to a fact. */
  public static final String FACT_PARTY = "rule-fact-party";

  private static final Pattern LATIN_WORD =
      Pattern.compile("(?<![A-Za-z0-9_'])" + PersonWords.LATIN_NAME + "(?![A-Za-z0-9_])");
  private static final Pattern HANDLE =
      Pattern.compile(
          "(?<![A-Za-z0-9_@.])(?=[A-Za-z가-힣0-9_]*[A-Za-z가-힣])(?=[A-Za-z가-힣0-9_]*[0-9_])"
              + "[A-Za-z가-힣][A-Za-z가-힣0-9_]{2,15}(?![A-Za-z0-9_.])");
  private static final Pattern HANGUL_WORD = Pattern.compile("[가-힣]+");
  private static final Pattern MONEY =
      Pattern.compile(
          "\\d[\\d,.]*\\s?(?:만|천|억|원|won|k\\b|m\\b|KRW)|[$₩]\\s?\\d|(?i:\\b\\d+(?:\\.\\d+)? ?(?:million|mil)\\b)");
  private static final Pattern PERCENT = Pattern.compile("\\d\\s?(?:%|프로|퍼센트|할|percent)");
  private static final Pattern PLACE_PREPOSITION =
      Pattern.compile(
          "(?i:\\b(?:at|in|on|to|from|via|near|outside|through|into)\\s+(?:the\\s+)?)$");
  private static final Pattern ENGLISH_TITLE_BEFORE =
      Pattern.compile("(?i:\\b(?:" + PersonWords.ENGLISH_TITLES + ")\\.?\\s+)$");
  private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?:]\\s+|^\\W+)$");
  private static final Pattern LIST_OPENING =
      Pattern.compile("^\\s*(?:[" + PersonWords.BULLETS + "]|\\d{1,2}[.)])\\s*");
  private static final Pattern PLACE_SUFFIX_KO =
      Pattern.compile("(?:역|동|구|시|군|읍|면|로|길|점|관|원|장|실|호|층|터|공원|모텔|호텔|카페|교)$");
  private static final Pattern PLACE_SUFFIX_EN =
      Pattern.compile(
          "(?i:.*(?:-dong|-gu|-ro|-gil|-ri|station|park|motel|hotel|bridge|tower|mall|street))");
  private static final Pattern ENGLISH_SUFFIX =
      Pattern.compile(
          "(ment|tion|sion|ency|ance|ence|ship|ness|ity|ing|ed|age|ure|ous|ive|ful|less|er|ly|s)$");
  private static final Set<String> SUBJECT_PARTICLES = Set.of("이", "가", "은", "는", "께서");
  private static final Set<String> OBJECT_PARTICLES = Set.of("을", "를");
  private static final Set<String> DATIVE_PARTICLES =
      Set.of("한테", "에게", "께", "한테서", "에게서", "로부터", "으로부터");
  private static final Set<String> COMPANION_PARTICLES = Set.of("랑", "이랑", "하고", "와", "과");
  private static final Set<String> PLACE_PARTICLES = Set.of("에서", "으로", "로", "에");

  private final KoreanMorphology morphology = new KoreanMorphology();
  // Loaded on the first Latin capital: a Korean document never pays for OpenNLP's models.
  private EnglishNlp english;

  private EnglishNlp english() {
    if (english == null) {
      english = new EnglishNlp();
    }
    return english;
  }

  /**
   * A person the rules read in a document, as the candidates' features describe it.
   *
   * @param name the normalized name
   * @param flags the mention's flags without their values ({@code weak}, {@code alias} …)
   * @param titled whether a role word was written with him ({@code 약사}, {@code boss})
   * @param cued whether his line suggests a role
   * @param party whether he takes part in a suggested fact
   * @param role the role the document suggests for him ({@link PersonRole#code}), or empty
   */
  public record RulesPerson(
      String name, List<String> flags, boolean titled, boolean cued, boolean party, String role) {
    public RulesPerson {
      flags = List.copyOf(flags);
    }

    /** Every person mention of an extraction (the author excluded). */
    public static List<RulesPerson> of(Extraction x) {
      Set<String> parties = new java.util.HashSet<>();
      for (SuggestedFact f : x.facts()) {
        f.subject().ifPresent(parties::add);
        f.object().ifPresent(parties::add);
      }
      Map<String, PersonRole> roles = x.roles();
      List<RulesPerson> out = new ArrayList<>();
      for (EntityMention e : x.entities()) {
        if (e.type() == EntityType.PERSON
            && !e.normalized().isEmpty()
            && !e.normalized().equals(SuggestedFact.AUTHOR)) {
          PersonRole role = roles.get(e.normalized());
          out.add(
              new RulesPerson(
                  e.normalized(),
                  // The learnt filter's own flag is its output, never its input.
                  e.flags().stream().filter(f -> !f.equals(PersonFilter.DOUBTFUL)).toList(),
                  e.role().isPresent(),
                  e.cue().isPresent(),
                  parties.contains(e.normalized()),
                  role == null ? "" : role.code()));
        }
      }
      return out;
    }
  }

  /** The candidates of {@code doc}, the rules' reading {@code x} among them. */
  public List<Candidate> of(DocumentText doc, Extraction x) {
    return of(doc, RulesPerson.of(x));
  }

  /** The candidates of {@code doc}, the people {@code rules} read among them. */
  public List<Candidate> of(DocumentText doc, List<RulesPerson> rules) {
    return of(doc, rules, null);
  }

  /**
   * The candidates named in {@code only} (all when null), described exactly as among all: a line
   * that does not hold a name cannot mention it, so the lines holding none of them are skipped
   * (what keeps the filter cheap at ingest, where it only judges a few of the rules' people).
   */
  List<Candidate> of(DocumentText doc, List<RulesPerson> rules, Set<String> only) {
    Map<String, Acc> found = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    for (String page : doc.pages()) {
      lines.addAll(List.of(page.split("\n", -1)));
    }
    String lowerText = String.join("\n", lines);
    for (RulesPerson e : rules) {
      Acc a = found.computeIfAbsent(e.name(), Acc::new);
      a.byRules = true;
      a.set("rules");
      e.flags().stream().map(f -> f.replaceAll(":.*", "")).forEach(f -> a.set("rule-flag:" + f));
      if (e.titled()) {
        a.set("rule-title");
      }
      if (e.cued()) {
        a.set("rule-cue");
      }
      if (e.party()) {
        a.set(FACT_PARTY);
      }
      if (!e.role().isEmpty()) {
        a.set("rule-role:" + e.role());
      }
    }
    int lineIndex = 0;
    for (String line : lines) {
      lineIndex++;
      if (only != null && only.stream().noneMatch(line::contains)) {
        continue;
      }
      LineCues cues = new LineCues(line);
      latin(line, lineIndex, cues, found);
      hangul(line, lineIndex, cues, found);
      Matcher h = HANDLE.matcher(line);
      while (h.find()) {
        Acc a = found.computeIfAbsent(h.group(), Acc::new);
        a.set("src:handle");
        a.mention(lineIndex, cues);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Acc a : found.values()) {
      if (only != null && !only.contains(a.name)) {
        continue;
      }
      a.finish(this, lowerText);
      out.add(new Candidate(a.name, a.byRules, a.features));
    }
    return out;
  }

  private void latin(String line, int lineIndex, LineCues cues, Map<String, Acc> found) {
    if (line.chars().noneMatch(ch -> ch >= 'A' && ch <= 'Z')) {
      return;
    }
    Set<Integer> proper = new java.util.HashSet<>();
    for (EnglishNlp.NameRun run : english().properNames(line)) {
      String text = run.text();
      int start = run.start();
      Matcher title =
          Pattern.compile("(?i:^(?:" + PersonWords.ENGLISH_TITLES + ")\\s+)").matcher(text);
      boolean titled = false;
      if (title.find() && title.end() < text.length()) {
        start += title.end();
        text = text.substring(title.end());
        titled = true;
      }
      proper.add(start);
      Acc a = found.computeIfAbsent(text, Acc::new);
      a.set("src:opennlp-propn");
      if (titled) {
        a.set("ctx:title-before");
      }
      latinContext(a, line, start, lineIndex, cues);
      if (text.contains(" ")) {
        // Each word of a run may be the name on its own (Boss Kim, Kim Dae-ho ... Dae-ho).
        for (String w : text.split(" ", -1)) {
          Acc one = found.computeIfAbsent(w, Acc::new);
          one.set("src:run-part");
          one.mention(lineIndex, cues);
        }
      }
    }
    Matcher m = LATIN_WORD.matcher(line);
    while (m.find()) {
      Acc a = found.computeIfAbsent(m.group(), Acc::new);
      a.set("src:capitalised");
      if (!proper.contains(m.start())) {
        a.set("ctx:not-propn-here");
      }
      latinContext(a, line, m.start(), lineIndex, cues);
    }
  }

  private static void latinContext(Acc a, String line, int start, int lineIndex, LineCues cues) {
    String before = line.substring(0, start);
    if (PLACE_PREPOSITION.matcher(before).find()) {
      a.set("ctx:place-preposition");
    }
    if (ENGLISH_TITLE_BEFORE.matcher(before).find()) {
      a.set("ctx:title-before");
    }
    if (SENTENCE_START.matcher(before).find()) {
      a.count("ctx:sentence-start");
    }
    if (before.matches("(?i:.*\\b(?:the|a|an)\\s+)$")) {
      a.set("ctx:article-before");
    }
    if (before.isBlank()) {
      a.count("ctx:line-start");
    }
    String after = line.substring(Math.min(line.length(), start + a.name.length()));
    if (after.startsWith(":")) {
      a.count("ctx:label");
    }
    a.mention(lineIndex, cues);
  }

  private void hangul(String line, int lineIndex, LineCues cues, Map<String, Acc> found) {
    Matcher m = HANGUL_WORD.matcher(line);
    List<int[]> words = new ArrayList<>();
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i < words.size(); i++) {
      String word = line.substring(words.get(i)[0], words.get(i)[1]);
      if (word.length() < 2) {
        continue;
      }
      String next =
          i + 1 < words.size() && words.get(i + 1)[0] == words.get(i)[1] + 1
              ? line.substring(words.get(i + 1)[0], words.get(i + 1)[1])
              : "";
      List<KoreanMorphology.Morpheme> ms = morphology.analyse(word);
      boolean nnp = false;
      for (KoreanMorphology.Morpheme mo : ms) {
        if (mo.tag().name().equals("NNP") && mo.text().length() >= 2) {
          nnp = true;
          Acc a = found.computeIfAbsent(mo.text(), Acc::new);
          a.set("src:nori-nnp");
          a.mention(lineIndex, cues);
        }
      }
      KoreanMorphology.Stem stem = morphology.strip(word);
      String name = stem.stem();
      String kin = PersonWords.KOREAN_KIN.contains(next) ? next : "";
      for (String k : PersonWords.KOREAN_KIN) {
        if (kin.isEmpty() && name.length() >= k.length() + 2 && name.endsWith(k)) {
          name = name.substring(0, name.length() - k.length());
          kin = k;
        }
      }
      Optional<String> plain = PersonWords.withoutAffectionateI(name);
      boolean affectionate = plain.isPresent();
      name = plain.orElse(name);
      boolean titleAfter = PersonWords.KOREAN_TITLES.contains(next);
      boolean particle = !stem.particles().isEmpty();
      boolean worth =
          nnp
              || particle
              || stem.honorific()
              || !kin.isEmpty()
              || titleAfter
              || affectionate
              || PersonWords.isKoreanTitle(name)
              || !morphology.isOrdinaryWord(name);
      if (!worth || name.length() < 2 || name.length() > 5 || !name.matches("[가-힣]+")) {
        continue;
      }
      Acc a = found.computeIfAbsent(name, Acc::new);
      a.set("src:korean-word");
      if (nnp) {
        a.set("ctx:nori-nnp-here");
      }
      if (stem.honorific() || !kin.isEmpty()) {
        a.set("ctx:honorific");
      }
      if (affectionate) {
        a.set("ctx:affectionate");
      }
      if (titleAfter) {
        a.set("ctx:title-after");
      }
      String p = stem.particles();
      if (SUBJECT_PARTICLES.contains(p)) {
        a.set("ctx:subject-particle");
      } else if (OBJECT_PARTICLES.contains(p)) {
        a.set("ctx:object-particle");
      } else if (DATIVE_PARTICLES.contains(p)) {
        a.set("ctx:dative-particle");
      } else if (COMPANION_PARTICLES.contains(p)) {
        a.set("ctx:companion-particle");
      } else if (PLACE_PARTICLES.contains(p)) {
        a.set("ctx:place-particle");
      } else if (p.equals("의")) {
        a.set("ctx:possessive-particle");
      } else if (!p.isEmpty()) {
        a.set("ctx:other-particle");
      }
      a.mention(lineIndex, cues);
    }
  }

  /** What a line says, for every candidate it mentions. */
  private record LineCues(Set<String> features) {
    LineCues(String line) {
      this(lineFeatures(line));
    }

    private static Set<String> lineFeatures(String line) {
      Set<String> f = new java.util.HashSet<>();
      if (MONEY.matcher(line).find()) {
        f.add("line:money");
      }
      if (PERCENT.matcher(line).find()) {
        f.add("line:percent");
      }
      if (Cues.in(Cues.MEET, line)) {
        f.add("line:meet");
      }
      if (Cues.in(Cues.RECORD, line)) {
        f.add("line:record");
      }
      if (Cues.in(Cues.DRUG, line)) {
        f.add("line:drug");
      }
      if (Cues.in(Cues.HUNT, line)) {
        f.add("line:hunt");
      }
      if (Cues.in(Cues.GIVE, line) || Cues.in(Cues.RECEIVE, line)) {
        f.add("line:pay");
      }
      if (Cues.in(Cues.HELP, line) || Cues.in(Cues.TRADE, line)) {
        f.add("line:help-trade");
      }
      if (LIST_OPENING.matcher(line).find()) {
        f.add("line:list-item");
      }
      if (line.indexOf('\t') >= 0
          || line.indexOf('|') >= 0
          || line.chars().filter(c -> c == ',').count() >= 3) {
        f.add("line:table");
      }
      if (line.strip().length() <= 25) {
        f.add("line:short");
      }
      return f;
    }
  }

  /** One candidate's features as its mentions are read. */
  private static final class Acc {
    final String name;
    boolean byRules;
    final Map<String, Double> features = new TreeMap<>();
    final Map<String, Integer> counts = new HashMap<>();
    final Set<Integer> lines = new java.util.TreeSet<>();

    Acc(String name) {
      this.name = name;
    }

    void set(String f) {
      features.put(f, 1.0);
    }

    void count(String f) {
      counts.merge(f, 1, Integer::sum);
    }

    void mention(int line, LineCues cues) {
      if (lines.add(line)) {
        cues.features().forEach(this::count);
      }
    }

    void finish(PersonCandidates c, String text) {
      int n = Math.max(1, lines.size());
      counts.forEach((f, k) -> features.put(f, Math.min(1.0, (double) k / n)));
      features.put("mentions:log", Math.min(1.0, Math.log1p(lines.size()) / Math.log(20)));
      if (lines.size() <= 1) {
        set("mentions:once");
      }
      shape(c, text);
    }

    private void shape(PersonCandidates c, String text) {
      if (name.matches("[가-힣]+")) {
        set("shape:korean-" + Math.min(name.length(), 4));
        if (name.length() == 3 && KoreanSurnames.contains(name.substring(0, 1))) {
          set("shape:korean-surname-first");
        }
        if (PersonWords.isKoreanTitle(name)
            || PersonWords.KOREAN_TITLES.stream()
                .anyMatch(t -> name.endsWith(t) && name.length() > t.length())) {
          set("shape:korean-title");
        }
        if (PersonWords.KOREAN_ROLE_WORDS.contains(name) || PersonWords.KOREAN_KIN.contains(name)) {
          set("shape:korean-role-word");
        }
        if (c.morphology.isWholeOrdinaryWord(name)) {
          set("word:nori-ordinary-whole");
        } else if (c.morphology.isOrdinaryWord(name)) {
          set("word:nori-ordinary-part");
        }
        List<KoreanMorphology.Morpheme> ms = c.morphology.analyse(name);
        if (ms.size() == 1) {
          set("word:nori-tag-" + tagGroup(ms.get(0).tag().name()));
        } else {
          set("word:nori-split");
          // 앞에서, 정했어, 보냈어요, 기름값: a word with an ending, a particle, a verb or a noun and
          // its suffix inside is a phrase, not a name.
          for (KoreanMorphology.Morpheme m : ms) {
            String tag = m.tag().name();
            if (m.start() > 0 && (tag.startsWith("E") || tag.startsWith("J"))) {
              set("word:nori-inflected");
            } else if (tag.startsWith("V")) {
              set("word:nori-verb-part");
            } else if (tag.startsWith("NNG") && m.text().length() >= 2) {
              set("word:nori-noun-part");
            } else if (tag.equals("NR") || tag.equals("MM")) {
              set("word:nori-numeral-part");
            } else if (tag.startsWith("XS")) {
              set("word:nori-suffix-part");
            }
          }
        }
        if (PLACE_SUFFIX_KO.matcher(name).find() && !features.containsKey("shape:korean-title")) {
          set("word:place-suffix");
        }
      } else if (name.matches("[A-Za-z][A-Za-z'. -]*")) {
        int words = name.split(" ", -1).length;
        set("shape:latin-" + Math.min(words, 3));
        if (name.contains("-")) {
          set("shape:latin-hyphen");
        }
        if (words >= 2 && KoreanSurnames.containsRomanised(name.split(" ", -1)[0])) {
          set("shape:romanised-surname-first");
        }
        if (words >= 2 && KoreanSurnames.containsRomanised(name.split(" ", -1)[words - 1])) {
          set("shape:romanised-surname-last");
        }
        if (words == 1 && KoreanSurnames.containsRomanised(name)) {
          set("shape:romanised-surname");
        }
        if (name.length() <= 3) {
          set("shape:latin-short");
        }
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
          set("shape:latin-upper");
        }
        if (words == 1) {
          EnglishNlp.WordTag lower = c.english().alone(name.toLowerCase(Locale.ROOT));
          EnglishNlp.WordTag capital = c.english().alone(name);
          if (!lower.tag().equals("PROPN") && lower.probability() >= 0.7) {
            set("word:tagger-common-word");
          }
          if (lower.tag().equals("PROPN")) {
            set("word:tagger-name-even-lower-case");
          }
          if (!capital.tag().equals("PROPN") || capital.probability() < 0.9) {
            set("word:tagger-unsure-name");
          }
        }
        // Common words' endings (Statement, Currency, Interviewing, Reports): names seldom have
        // them.
        Matcher suffix = ENGLISH_SUFFIX.matcher(name);
        if (words == 1 && suffix.find()) {
          set("word:english-suffix-" + suffix.group(1).toLowerCase(Locale.ROOT));
        }
        if (PersonWords.ENGLISH_ROLE_WORDS.contains(name.toLowerCase(Locale.ROOT))) {
          set("shape:english-role-word");
        }
        if (PLACE_SUFFIX_EN.matcher(name).matches()) {
          set("word:place-suffix");
        }
        // A word also written in lower case in the document is a common word capitalised.
        Matcher lower =
            Pattern.compile(
                    "(?<![A-Za-z])" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "(?![A-Za-z])")
                .matcher(text);
        if (lower.find()) {
          set("word:also-lower-case");
        }
      } else {
        set("shape:handle");
        if (name.matches(".*\\d.*")) {
          set("shape:handle-digits");
        }
        if (name.contains("_")) {
          set("shape:handle-underscore");
        }
      }
    }

    private static String tagGroup(String tag) {
      if (tag.startsWith("NNP")) {
        return "nnp";
      }
      if (tag.startsWith("NNG") || tag.startsWith("NNB")) {
        return "nng";
      }
      if (tag.startsWith("V") || tag.startsWith("X")) {
        return "verb";
      }
      if (tag.equals("UNKNOWN")) {
        return "unknown";
      }
      return "other";
    }
  }
}
