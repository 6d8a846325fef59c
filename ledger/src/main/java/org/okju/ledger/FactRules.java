package org.okju.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds suggested facts from one line's entities and cue words (Korean and English), with the
 * context of the diary entry it belongs to (its victim, place and drug: an entry often spreads one
 * event over several lines) and of the document (its victims, the other party of a one-to-one
 * chat), and the role each person's sentence suggests ({@link RoleRules}). Not thread-safe: one per
 * document.
 */
final class FactRules {
  // Moving a victim from place to place: each place of the event is a meeting.
  private static final Pattern MOVE =
      Pattern.compile(
          "목적지|장소|이동|도착|갔|가서|감\\b|에서|으로|→|->|(?i:\\bthen\\b|\\bwent\\b|\\bdrove\\b|\\bbrought\\b"
              + "|\\bto the\\b|\\bfirst\\b|\\bwaited at\\b|\\bat\\b)");
  // A line that stops mid-sentence (a handwritten page's line break).
  private static final Pattern DANGLING =
      Pattern.compile("(?:에서|에|으로|로|(?i:\\bat|\\bto|\\bin))\\s*$");
  private static final Pattern TAPE_LABEL =
      Pattern.compile(
          "촬영본|파일|영상|제목|(?i:\\btape\\b|\\bfile\\b|\\btitled\\b|\\bclip\\b|\\bvideo\\b"
              + "|\\bsaved (?:it )?as\\b|\\bcalling it\\b|\\bcalled it\\b|\\bnamed it\\b)");
  // A victim spoken of before she is named: met, filmed or drugged as "her".
  // Two or more women spoken of together: "met them at", "took them both to", 둘 다, 둘이.
  private static final Pattern THEM =
      Pattern.compile(
          "(?i)\\b(?:met|meet|took|take|drove|brought|bring|picked up|pick up|walked|carried|invited)"
              + " (?:them|both of them|the two of them|the girls|both girls)\\b"
              + "|\\b(?:picked|pick) them up\\b|\\bthem both\\b|(?<![가-힣])(?:둘\\s?다|둘이|둘\\s?모두)(?![가-힣])");
  private static final Pattern IMPERATIVE_BRING = Pattern.compile("(?i)bring\\b");
  private static final Pattern HER =
      Pattern.compile(
          "(?i)\\b(?:scouted|met|meeting|called|picked up|picking up|brought|bring|bringing|filmed|drugged|lured|took"
              + "|drove|waited for|offered|gave|followed|spiked|bought|taking|take|walked|got talking to"
              + "|carried|helped|dragged|undressed"
              + "|chatted|(?:put|mixed|dropped|slipped|crushed)(?: [\\w-]+){0,5} in(?:to)?) (?:her|them)\\b"
              // A phrasal verb around her: "picked her up", "called her over".
              + "|\\b(?:picked|picking|pick|called|asked) (?:her|them) (?:up|over|out)\\b"
              // Where she waits to be picked up: "she's at Sinsa station exit 8, white coat".
              + "|\\bshe(?:'s| is)(?: already| still| now)? (?:at|outside|waiting at|waiting outside|in front of)\\b"
              // What the drink did to her: "She passed out in the taxi", "she's out cold".
              + "|\\bshe(?:'s| was| is| got)?(?: \\w+)? (?:passed out|out cold|blacked out|knocked out"
              + "|fell asleep|asleep)\\b");
  // A woman's age after her name, in a line about meeting or drugging her: "Yerin (24, flight
  // attendant)", "예슬(22)". Men in the trade are not described by their age.
  private static final Pattern AGE_AFTER =
      Pattern.compile("^\\s*[(,]\\s*(?:1[89]|[23]\\d)\\s*(?:살|세|yo|y\\.o\\.)?\\s*[,)/]");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)");
  // After a name: the rest of a list that ends with the writer (", Pike and me", " and I").
  private static final Pattern WE_LISTED =
      Pattern.compile("^(?:\\s*,\\s*[A-Z][\\w-]*)*\\s*,?\\s*(?:and|&)\\s+(?:I|me)\\b");
  // Right before a name: "with", "with a friend called", "with her roommate" (one who came along).
  private static final Pattern CAME_WITH =
      Pattern.compile("(?i)\\bwith\\s+(?:(?:a|an|her|their)\\s+(?:[a-z]+\\s+){0,2})?$");
  // A woman introduced by name before the lines that speak of her as "her": "Her name is Hyerin",
  // "the girl from the gym, Hyerin".
  private static final Pattern INTRODUCED =
      Pattern.compile(
          "(?i)(?:\\bher name(?:'s| is| was)|\\bshe(?:'s| is) called|\\bnamed|\\bcalled herself"
              + "|\\bintroduced (?:her|herself) as"
              + "|\\bthe girl(?: [a-z]+){0,4},?|\\ba girl (?:from|at|in|on|who) (?:[a-z]+ ){0,6}[a-z]+,|\\bgirl called"
              // "a student called Ellie", "got talking to a nurse, Claire"
              + "|\\b(?:a|an|the|this|one)(?: [a-z]+){0,2} (?:girl|woman|lady|student|nurse|waitress"
              + "|barista|bartender|teacher|intern|trainee|model|dancer|clerk|cashier|tourist|server"
              + "|employee|worker|freshman|receptionist)(?: (?:called|named)|,))\\s*[:,-]?\\s*$");

  // The words of a tape's title: yerin_hannam, 소연_성수, Nari02.
  // A hyphenated name is one word of a title (Su-a_Saturday), as it is one name.
  private static final Pattern TITLE_WORDS = Pattern.compile("\\p{L}+(?:-\\p{L}+)?|\\d+");
  private static final Pattern SOLD = Pattern.compile("팔았|팔음|(?i:\\bsold\\b)");

  /**
   * A drug someone says he will give, not one given: "졸피는 약사 아재가 또 준대요", 구해주기로 함, "he'll bring the
   * G Friday". The corpus annotates no supply for an offer or a promise, as it annotates no payment
   * for one (a role word named only in such a line was a party, so a false person).
   */
  private static final Pattern DRUG_PROMISED =
      Pattern.compile(
          "준대|준다고|준다네|준다더|주기로|줄게|줄거|줄께|구해준대|구해주기로|보내준대|보내주기로|갖다준대"
              + "|(?i:\\bwill (?:give|get|bring|sell|send|drop)\\b"
              + "|\\b(?:he|she|they)['’]ll (?:give|get|bring|sell|send|drop)\\b|\\bpromised\\b|\\boffered\\b)");

  // The Korean words for a drug by its kind (약, 가루, 알약), with a particle.
  static final String DRUG_WORD_KO = "(?:약|가루|알약)(?:을|를|도|이|은)?";
  // A drug named by its kind, not its name: "the powder", "more of the stuff", "a vial", and the
  // Korean 약, 가루 as a word of their own (not 약속, 약사, nor 약 20분 "about 20 minutes").
  private static final Pattern DRUG_BY_KIND =
      Pattern.compile(
          "(?i:\\b(?:the|more|some|another|a|fresh|new)\\s+(?:of\\s+the\\s+|bag\\s+of\\s+)?"
              + "(?:powder|stuff|pills|tabs|tablets|drops|vials?|batch|meds|doses?)\\b)"
              + "|(?<![가-힣])"
              + DRUG_WORD_KO
              + "(?=[\\s.,]|$)(?!\\s?\\d)");
  private final RoleRules roles = new RoleRules();
  private final Payments payments = new Payments();
  // A verb right after an English name: he is its subject, someone doing something to her.
  private static final Pattern SUBJECT_OF_VERB =
      Pattern.compile(
          "\\s+(?:(?:then|also|had|just)\\s+)?(?:brought|brings|took|takes|drove|drives|picked"
              + "|picks|met|meets|filmed|films|shot|drugged|dropped|walked|led|called|calls|got"
              + "|gets|gave|gives|paid|pays|sent|sends|came|comes)\\b");

  private final Set<String> victims;
  private final Set<String> chatWriters = new LinkedHashSet<>();
  // Comments under a post: many write there, so no writer is a one-to-one chat's other party.
  private boolean commentThread;
  // Everyone named so far, and those named as paid, given a share or supplying (not a tape's
  // woman).
  private final Set<String> seen = new LinkedHashSet<>();
  private final Set<String> traders = new LinkedHashSet<>();
  private Optional<String> victim = Optional.empty();
  private Optional<String> introduced = Optional.empty();
  // The last person named who has no part of his own so far (not a chat's writer, paid, given a
  // share, supplying, titled, or doing a verb himself): whom a later "her" stands for when no
  // line introduced her ("Sent: Kim Minji, works at the bakery" … "picked her up at …").
  private Optional<String> lastBystander = Optional.empty();
  // The last man named who is no victim: the "he" of a later sentence that films or drugs her.
  private Optional<String> lastMan = Optional.empty();
  private static final Pattern HE_DOES =
      Pattern.compile(
          "\\b[Hh]e\\s+(?:[a-z]+\\s+){0,2}?(?<verb>slipped|filmed|drugged|spiked|recorded|taped"
              + "|put (?:the|a|some|two|three)\\b|poured|mixed)\\b");
  private static final Pattern QUESTION = Pattern.compile("\\s*(?:Q|Question|문|질문)\\s?[:.]\\s");
  private static final Pattern ANSWER = Pattern.compile("\\s*(?:A|Answer|답|답변)\\s?[:.]\\s");
  // An age in brackets right after a name: 채린 (22, 바텐더), 다솜(24), Mila (21).
  private static final Pattern AGED =
      Pattern.compile("\\s?\\(\\s?(?:1[5-9]|[2-5]\\d)\\s?(?:세|살|yo|y\\.o\\.)?\\s?[),]");
  private String lastLine = "";
  // The women the last line naming two or more read as met, in the entry: whom a later "them"
  // means.
  private List<String> lastWomen = List.of();
  private Optional<String> lastPlace = Optional.empty();
  private Optional<String> lastDrug = Optional.empty();
  // The last drug the document named, entries apart: what a later "the powder" or 약 is.
  private Optional<String> documentDrug = Optional.empty();
  private int linesSinceDrug = 99;
  private Map<Integer, RoleCue> cues = Map.of();
  private Map<String, RoleCue> partyCues = Map.of();
  private final List<Pending> pendingPlaces = new ArrayList<>();
  private final List<Pending> carried = new ArrayList<>();
  // The day of the lines read last, whose places may still wait for their woman.
  private Optional<String> pendingDay = Optional.empty();

  /** A place of an event whose victim is not named yet. */
  private record Pending(String place, Optional<String> date, Span span) {}

  /** A tape filmed on a line that names no one, with its line's date and place. */
  // Tapes no line made anyone's recording: at the end, a title after a woman read as a victim is
  // hers.
  private final Map<String, UnnamedTape> unsettledTapes = new LinkedHashMap<>();

  private final Set<String> recordedTitles = new HashSet<>();

  private record UnnamedTape(
      String title, Optional<String> date, Optional<String> place, Span span) {
    /** The recording of {@code woman} this tape is, found when the document is read whole. */
    SuggestedFact recordingOf(String woman, double confidence) {
      return fact(
          FactType.RECORDING,
          Optional.of(woman),
          Optional.of(title),
          Optional.empty(),
          Optional.empty(),
          date,
          place,
          span,
          confidence);
    }
  }

  // A title naming a woman the document names only later is hers (finish()).
  private final List<UnnamedTape> unnamedTapes = new ArrayList<>();

  /**
   * A woman named in a place's sentence on a line that says nothing of what happened there ("04/18
   * Mangwon Hangang Park · Sora + Yebin", "건대. 예슬 (간호사래)"): a meeting once the document reads her
   * as a victim (finish()), since such a line is a note of where she was.
   */
  private record PlaceOfANamedWoman(String woman, Pending where) {}

  private final List<PlaceOfANamedWoman> placesOfNamedWomen = new ArrayList<>();

  // "who|place" of every meeting the lines made, so that the end adds none twice.
  private final Set<String> metAt = new HashSet<>();

  /**
   * @param victims receives the names of people found to be victims
   */
  FactRules(Set<String> victims) {
    this.victims = victims;
  }

  /** A new entry (a dated heading) starts: its event's context no longer applies. */
  void newEntry() {
    victim = Optional.empty();
    introduced = Optional.empty();
    lastPlace = Optional.empty();
    lastDrug = Optional.empty();
    lastWomen = List.of();
    pendingPlaces.clear();
    carried.clear();
    payments.newEntry();
  }

  /**
   * The facts the document's end settles: "촬영함 (소연_0403)" on a line that names no one, and 소연 named
   * lines later ("(소연 영상 판매)"): the file named after her is hers, and the title is the evidence of
   * her role.
   */
  List<SuggestedFact> finish(List<Extraction.PartyCue> cuesOut) {
    List<SuggestedFact> out = new ArrayList<>();
    for (UnnamedTape tape : unnamedTapes) {
      Optional<String> named = namedIn(tape.title()).filter(n -> !roles.isMan(n));
      if (named.isEmpty()) {
        continue;
      }
      out.add(tape.recordingOf(named.get(), 0.7));
      victims.add(named.get());
      recordedTitles.add(tape.title());
      cuesOut.add(
          new Extraction.PartyCue(
              named.get(), new RoleCue(PersonRole.VICTIM, tape.title()), tape.span()));
    }
    unnamedTapes.clear();
    // 원본은 다솜_1122, "dayoon_0315로 저장", a sale of chaewon_0405: a title after a woman the
    // document reads as a victim is her recording, wherever it is written (a trade's line too: she
    // is its victim already, the title no evidence of anything else).
    for (UnnamedTape tape : unsettledTapes.values()) {
      Optional<String> named =
          namedIn(tape.title()).filter(n -> victims.contains(n) && !roles.isMan(n));
      if (named.isEmpty() || recordedTitles.contains(tape.title())) {
        continue;
      }
      out.add(tape.recordingOf(named.get(), 0.6));
    }
    unsettledTapes.clear();
    for (PlaceOfANamedWoman p : placesOfNamedWomen) {
      if (victims.contains(p.woman())
          && !roles.isMan(p.woman())
          && metAt.add(p.woman() + "|" + p.where().place())) {
        out.add(
            meeting(
                Optional.of(p.woman()),
                p.where().date(),
                p.where().place(),
                p.where().span(),
                0.5));
      }
    }
    placesOfNamedWomen.clear();
    return out;
  }

  /** The roles the last line built shows for people it does not name. */
  Map<String, RoleCue> partyCues() {
    return Map.copyOf(partyCues);
  }

  /** The role each person of the last line built was given, by where the name starts. */
  Map<Integer, RoleCue> cues() {
    return Map.copyOf(cues);
  }

  /** The facts of one line; {@code span} is the line's provenance. */
  /** Reads, before any line's facts, what decides roles across the whole document. */
  void beforeReading(List<LineReading> readings) {
    readings.forEach(roles::noteQuieted);
  }

  List<SuggestedFact> build(LineReading r, Span span) {
    List<SuggestedFact> out = new ArrayList<>();
    String line = r.line();
    r.speaker().ifPresent(chatWriters::add);
    if (r.persons().stream().anyMatch(p -> p.flags().contains("commenter"))) {
      commentThread = true;
    }
    // The facts' date, --04-03 when the notebook never writes its year.
    Optional<String> date = r.day();
    // "4/3 역삼역 2번 출구에서 만남" then "4/18 다은이랑 신촌에서 술": a place whose woman the entry never
    // named is no place of a woman met on another day.
    if (date.isPresent() && pendingDay.isPresent() && !date.equals(pendingDay)) {
      pendingPlaces.clear();
      carried.clear();
    }
    if (date.isPresent()) {
      pendingDay = date;
    }
    roles.noteMen(r);
    // An interview's answer says what its question asks about: "Q: Where did you meet?" / "A: By
    // Mangwon station exit 2." is a meeting there, "Q: Was it filmed?" / "A: Saved as …" a film.
    String cueText =
        ANSWER.matcher(line).lookingAt() && QUESTION.matcher(lastLine).lookingAt()
            ? lastLine + " " + line
            : line;
    lastLine = line;

    // Who is a victim here: labelled, met, filmed or drugged as object (see RoleRules).
    List<String> lineVictims = new ArrayList<>();
    Map<String, String> victimWords = new LinkedHashMap<>();
    for (Found<Person> p : r.persons()) {
      String name = p.value().name();
      boolean job = RoleRules.JOB_LABEL.matcher(line.substring(0, p.start())).find();
      boolean aged =
          AGE_AFTER.matcher(line.substring(p.end())).find()
              && (Cues.in(Cues.MEET, line)
                  || Cues.in(Cues.HUNT, line)
                  || Cues.in(Cues.DRUG, line)
                  || Cues.in(Cues.RECORD, line));
      if (aged && !job && !isTitled(p)) {
        victimWords.putIfAbsent(name, "age");
      }
      boolean isVictim =
          (!job && p.flags().contains("label"))
              || (aged && !job && !isTitled(p))
              || (!job
                  && RoleRules.accusedVerb(line, p, r.persons()).isEmpty()
                  && RoleRules.victimVerb(line, p, r.persons()).isPresent()
                  && !isTitled(p));
      if (isVictim && !roles.isMan(name) && !lineVictims.contains(name)) {
        lineVictims.add(name);
      }
    }
    // "(소연 영상 판매)", "took Sunhee's tape to his buyers": the woman a recording is of is a
    // victim, whoever sells it; she is not the line's event's woman (no meeting is hers here).
    List<String> recordedWomen = new ArrayList<>();
    for (Found<Person> p : r.persons()) {
      String name = p.value().name();
      Optional<String> recording = RecordingOfHer.word(line, p);
      if (recording.isPresent()
          && !p.flags().contains("chat-writer")
          // 형이 영상 팔았대요: a kinship or crew word standing for a man the diary names (형 → 태식) is
          // the subject who sold it, not the woman it is of (the notes' 내담자 is hers: a label)
          && !(p.flags().contains("role-resolved") && !p.flags().contains("label"))
          && !isTitled(p)
          && !roles.isMan(name)
          && !PersonWords.isCrewWord(name)
          && !RoleRules.JOB_LABEL.matcher(line.substring(0, p.start())).find()
          && RoleRules.accusedVerb(line, p, r.persons()).isEmpty()) {
        victimWords.putIfAbsent(name, recording.get());
        victims.add(name);
        recordedWomen.add(name);
      }
    }
    // "Yuri met us at Hapjeong station exit 7 with a friend called Dahee", "Jinny met me …, came
    // with Hana": whoever came with the woman who met the writer's party was met with her.
    List<String> cameAlong = new ArrayList<>();
    for (Found<Person> p : r.persons()) {
      if (!lineVictims.contains(p.value().name())
          || RoleRules.meetsTheWriter(line, p, r.persons()).isEmpty()) {
        continue;
      }
      for (Found<Person> q : r.persons()) {
        String name = q.value().name();
        if (q.start() > p.end()
            && CAME_WITH.matcher(line.substring(p.end(), q.start())).find()
            && !isTitled(q)
            && !roles.isMan(name)
            && !lineVictims.contains(name)
            && RoleRules.accusedVerb(line, q, r.persons()).isEmpty()) {
          lineVictims.add(name);
          victimWords.put(name, "with");
          cameAlong.add(name);
        }
      }
    }
    boolean tapeLine =
        !r.things(EntityType.TAPE).isEmpty()
            && (Cues.in(Cues.RECORD, line) || Cues.in(TAPE_LABEL, line))
            && !Cues.in(Cues.TRADE, line);
    for (Found<Person> p : r.persons()) {
      if (p.flags().contains("tape-subject") && !lineVictims.contains(p.value().name())) {
        lineVictims.add(p.value().name()); // 벚꽃_01.mp4 - 수아: the tape is of her
        victimWords.put(p.value().name(), Cues.first(TAPE_LABEL, line).orElse("tape"));
      }
    }
    if (lineVictims.isEmpty() && tapeLine) {
      // ㅇㅇ 아린이한테. 파일: 여름밤.mov — the person a file was made of.
      for (Found<Person> p : r.persons()) {
        String name = p.value().name();
        if (!p.flags().contains("chat-writer")
            && !isTitled(p)
            && RoleRules.accusedVerb(line, p, r.persons()).isEmpty()
            && (Clause.koreanObject(line, p)
                || (Clause.particle(line, p).isEmpty() && name.matches("[가-힣]+"))
                // Ivy | 22 | … | Ray shot it. file IVY_test01: the row's person is the one filmed
                || inWhoColumn(r, p))
            && !Clause.koreanSubject(line, p)) {
          lineVictims.add(name);
          victimWords.put(
              name,
              Cues.first(TAPE_LABEL, line).or(() -> Cues.first(Cues.RECORD, line)).orElse("file"));
          break;
        }
      }
    }
    for (Found<Person> p : r.persons()) {
      if (INTRODUCED.matcher(line.substring(0, p.start())).find()) {
        introduced = Optional.of(p.value().name());
        // "Spotted a girl at Velvet Bar, her name was Sora", "Tonight's catch: a student called
        // Ellie": the woman a meeting or hunting line introduces is the one met.
        if (lineVictims.isEmpty()
            && (Cues.in(Cues.MEET, cueText) || Cues.in(Cues.HUNT, cueText))
            && RoleRules.accusedVerb(line, p, r.persons()).isEmpty()
            && !isTitled(p)) {
          lineVictims.add(p.value().name());
          victimWords.put(
              p.value().name(),
              Cues.first(Cues.HUNT, line).or(() -> Cues.first(Cues.MEET, line)).orElse("met"));
        }
      }
    }
    Matcher them = THEM.matcher(line);
    if (lineVictims.isEmpty()
        && lastWomen.size() > 1
        && them.find()
        && r.persons().stream()
            .noneMatch(
                p ->
                    p.start() < them.start()
                        && p.start() >= sentenceStart(line, them.start())
                        && !isTitled(p)
                        && !roles.isMan(p.value().name()))) {
      // "Chloe and her roommate Min" … "We met them at Noksapyeong station exit 2, Rex, Pike and
      // me", "둘 다 모텔로": the women of the line before, all of them (whoever the sentence names
      // after them took them or came with them).
      for (String woman : lastWomen) {
        lineVictims.add(woman);
        victimWords.putIfAbsent(woman, them.group());
        if (!woman.equals(lastWomen.get(0))) {
          cameAlong.add(woman);
        }
      }
    }
    if (lineVictims.isEmpty() && HER.matcher(line).find()) {
      // "Ray had scouted her … - Soyeon, twenty-something": the person the pronoun stands for is
      // the first one named after it who does nothing himself.
      Matcher her = HER.matcher(line);
      her.find();
      // In the pronoun's sentence (a dash may set her name apart: "scouted her - Soyeon").
      Matcher stop = SENTENCE_END.matcher(line);
      int sentenceEnd = stop.find(her.end()) ? stop.start() : line.length();
      for (Found<Person> p : r.persons()) {
        if (p.start() > her.end()
            && p.start() < sentenceEnd
            // "drove her to Marco's place": where she was taken, or whose, is not who she is.
            && !line.substring(her.end(), p.start())
                .matches("(?is).*\\b(?:to|from|with|by|for|at|of)\\s+(?:\\w+\\s+)?$")
            && !line.startsWith("'s", p.end())
            // "We met them at the exit at 10pm, Rex, Pike and me": the list that ends with the
            // writer says who "we" were, not who was met.
            && !WE_LISTED.matcher(line.substring(p.end())).lookingAt()
            // "met her 11/19, Sparrow brought her up": the one who does the next verb took her.
            && !SUBJECT_OF_VERB.matcher(line.substring(p.end())).lookingAt()
            && RoleRules.accusedVerb(line, p, r.persons()).isEmpty()
            && !p.equals(Clause.agentOf(line, Clause.end(line, p.start()), r.persons()))
            && !isTitled(p)) {
          lineVictims.add(p.value().name());
          victimWords.put(p.value().name(), her.group());
          break;
        }
      }
      // No one named after the pronoun: the entry's victim, the woman named before it in the
      // line with no part of her own ("Went to Itaewon with Sora. … I filmed her"), or the
      // woman it introduced.
      Optional<String> before = Optional.empty();
      for (Found<Person> p : r.persons()) {
        String name = p.value().name();
        if (p.end() <= her.start()
            && !p.flags().contains("chat-writer")
            && !isTitled(p)
            && !traders.contains(name)
            && !chatWriters.contains(name)
            && !roles.isMan(name)
            && RoleRules.accusedVerb(line, p, r.persons()).isEmpty()
            // "Tommy and I drove her": one of those who took her
            && !line.substring(p.end()).matches("(?is)^\\s*(?:and|&)\\s+(?:I|me)\\b.*")
            // "Colt, ok bring her up": the one told to bring her is who brings her
            && !IMPERATIVE_BRING.matcher(her.group()).lookingAt()
            && !p.equals(Clause.agentOf(line, her.start(), r.persons()))) {
          before = Optional.of(name);
        }
      }
      Optional<String> namedBefore = before;
      // Lotus | 21 | … | Joon put it in her drink: in a table row, her is the one the row is about.
      Optional<String> rowPerson =
          r.persons().stream()
              .filter(p -> inWhoColumn(r, p))
              .filter(p -> RoleRules.accusedVerb(line, p, r.persons()).isEmpty())
              .map(p -> p.value().name())
              .filter(n -> !roles.isMan(n) && !traders.contains(n))
              .findFirst();
      Optional<String> meant =
          rowPerson
              .or(() -> victim)
              .or(() -> namedBefore.filter(n -> !roles.isMan(n)))
              .or(() -> introduced)
              .or(
                  () ->
                      lastBystander.filter(b -> !traders.contains(b) && !chatWriters.contains(b)));
      if (lineVictims.isEmpty() && meant.isPresent()) {
        lineVictims.add(meant.get());
        victimWords.put(meant.get(), her.group());
      }
    }
    if (lineVictims.isEmpty() && victim.isEmpty() && introduced.isPresent()) {
      // "A: A girl from work, Bang Seul-gi." … "Q: Where did you meet?" "A: By the exit.": the
      // woman introduced in the entry is the one a later meeting or film naming no one is about.
      Optional<String> cue =
          Cues.first(Cues.MEET, cueText)
              .or(() -> Cues.first(Cues.RECORD, cueText))
              .or(() -> Cues.first(Cues.DRUG, cueText));
      if (cue.isPresent() && !roles.isMan(introduced.get())) {
        lineVictims.add(introduced.get());
        victimWords.put(introduced.get(), cue.get());
      }
    }
    if (lineVictims.isEmpty() && !pendingPlaces.isEmpty()) {
      // "픽업 — 홍대입구역 9번 출구" then "Notes: 채린 (22, 바텐더)": a pick-up naming no one, and on a
      // line after it in the same entry a woman given with her age, the one picked up.
      for (Found<Person> p : r.persons()) {
        String name = p.value().name();
        if (AGED.matcher(line.substring(p.end())).lookingAt()
            && !isTitled(p)
            && !traders.contains(name)
            && !chatWriters.contains(name)
            && !roles.isMan(name)) {
          lineVictims.add(name);
          victimWords.put(name, line.substring(p.start(), Math.min(line.length(), p.end() + 5)));
          break;
        }
      }
    }
    if (lineVictims.isEmpty()) {
      // 별 = 나래. 5/1 신림역 8번 출구에서 픽업: a meeting whose clause names no one, after the one
      // woman the line names, is hers (notes leave out the object they just named).
      objectLeftOut(r)
          .ifPresent(
              v -> {
                lineVictims.add(v);
                victimWords.put(v, Cues.first(Cues.MEET, line).orElse("met"));
              });
    }
    // "Gangnam station exit 10. Seoyun.", "Sinsa. Haram and Somin.", "6/7 신촌 — 소담, 라온 둘이 옴": a
    // note's line that is where, then who and nothing else, says who was met there.
    // So does a table's row of who and where with no money in it (2/14 | 미소, 규리 | 압구정로데오역 5번
    // 출구 | 미소_0214): those in its who cell were met there.
    Optional<Found<Named>> listPlace = placeThenNames(r).or(() -> rowOfWhoAndWhere(r));
    List<String> listedThere = new ArrayList<>();
    if (listPlace.isPresent()) {
      int listEnd =
          r.persons().stream()
              .filter(p -> p.start() >= listPlace.get().end())
              .findFirst()
              .map(p -> listEnd(line, p))
              .orElse(line.length());
      for (Found<Person> p : r.persons()) {
        String name = p.value().name();
        boolean listed =
            r.row().isPresent()
                ? inAnyWhoCell(r, p)
                : p.start() >= listPlace.get().end() && p.start() < listEnd;
        if (listed && !isTitled(p) && !roles.isMan(name) && !traders.contains(name)) {
          listedThere.add(name);
          if (!lineVictims.contains(name)) {
            lineVictims.add(name);
            victimWords.putIfAbsent(name, "listed after the place");
          }
        }
      }
    }
    // 삼촌이랑 만나서 … 그 친구 왔음, 사장님 + 여자 1: a crew's word for one of its own (삼촌, 사장님, the
    // boss) is never the woman met or filmed.
    lineVictims.removeIf(PersonWords::isCrewWord);
    listedThere.removeIf(PersonWords::isCrewWord);
    Payments.Result money = payments.read(r, lineVictims, recordedWomen, victims, chatPartner());
    for (String v : money.victimPayers().keySet()) {
      if (!lineVictims.contains(v)) {
        lineVictims.add(v);
      }
    }
    if (!Cues.in(Cues.TRADE, line)) {
      // "7/4 Seo-yeon → 한남동 에어비앤비. 영상: seoyeon_0704": the woman a file of the line is named
      // after is the line's woman before its places are read, not only once its titles are.
      Set<String> named = new LinkedHashSet<>(seen);
      for (Found<Person> p : r.persons()) {
        if (!p.flags().contains("chat-writer") && !isTitled(p)) {
          named.add(p.value().name());
        }
      }
      for (Found<Named> tape : r.things(EntityType.TAPE)) {
        String title = tape.value().normalized();
        namedIn(title, named)
            .filter(n -> !roles.isMan(n) && !money.paid().contains(n) && !lineVictims.contains(n))
            .ifPresent(
                n -> {
                  lineVictims.add(n);
                  victimWords.putIfAbsent(n, title);
                });
      }
    }
    victims.addAll(lineVictims);
    if (lineVictims.size() > 1) {
      lastWomen = List.copyOf(lineVictims);
    }
    if (!lineVictims.isEmpty()) {
      victim = Optional.of(lineVictims.get(0));
    }
    Optional<String> who = lineVictims.stream().findFirst().or(() -> victim);
    List<Found<Named>> places = r.things(EntityType.PLACE);
    boolean moneyLine = !r.money().isEmpty();
    boolean eventLine =
        !lineVictims.isEmpty()
            || Cues.in(Cues.MEET, cueText)
            || Cues.in(Cues.RECORD, cueText)
            || Cues.in(Cues.DRUG, cueText)
            || Cues.in(Cues.HUNT, cueText)
            || Cues.in(MOVE, cueText)
            || !lineVictims.isEmpty();
    boolean eventVerb =
        Cues.in(Cues.MEET, cueText)
            || Cues.in(Cues.HUNT, cueText)
            || Cues.in(Cues.RECORD, cueText)
            || Cues.in(Cues.DRUG, cueText)
            // "she's at Sinsa station exit 8", "bring her up to Lumen Hotel room 905": places of a
            // woman the entry names later ("Yuna is out cold")
            || HER.matcher(cueText).find();
    if (eventVerb) {
      pendingPlaces.addAll(carried); // "어제 양재역 5번 출구에서 / 먹잇감 만남": one sentence, two lines
    }
    carried.clear();
    if (who.isPresent()) {
      // Places of the event written before its victim was named ("낚시 나감. 홍대입구역 9번 출구." …
      // "물고기 = 채원").
      for (Pending p : pendingPlaces) {
        out.add(meeting(who, p.date(), p.place(), p.span(), 0.6));
      }
      pendingPlaces.clear();
    }
    for (Found<Named> place : places) {
      String p = place.value().normalized();
      // A district or city on its own is where she was met only when the line says she was met or
      // hunted there ("Invited Lena out for drinks in Itaewon", "신촌 헌팅"), not wherever an event
      // line names one.
      boolean venue =
          !PlaceReader.GAZETTEER.contains(p.toLowerCase(java.util.Locale.ROOT))
              // a 동 is where she was, listed or not (연희동 원룸, 자양동 원룸)
              || p.matches("[가-힣]{2,4}동")
              || (!areaOfVenue(line, place, places)
                  // in the sentence that says it: "Went to Sinchon with Ho-jin. Met a girl … at
                  // Sinchon station exit 4" met her at the exit, not in Sinchon
                  && (Cues.in(Cues.MEET, Clause.around(line, place.start()))
                      || Cues.in(Cues.HUNT, Clause.around(line, place.start())))
                  && !whereSheIsFrom(line, place)
                  // "Dinner with my sister in Hanam": a district on a line that names no victim
                  // is no place of the entry's victim (it may be one of a victim named later)
                  && (!lineVictims.isEmpty() || victim.isEmpty()));
      if (listPlace.isPresent() && listPlace.get().equals(place)) {
        for (String listed : listedThere) {
          out.add(meeting(Optional.of(listed), date, p, span, 0.7));
        }
        lastPlace = Optional.of(p);
        continue;
      }
      if (venue && !moneyLine && (eventLine || isRoom(p))) {
        if (who.isPresent()) {
          out.add(meeting(who, date, p, span, lineVictims.isEmpty() ? 0.6 : 0.85));
          for (String along : metInTheSentenceOf(r, place, lineVictims, cameAlong)) {
            if (!who.get().equals(along)) {
              out.add(meeting(Optional.of(along), date, p, span, 0.85));
            }
          }
        } else if (eventVerb) {
          pendingPlaces.add(new Pending(p, date, span));
        } else if (DANGLING.matcher(line).find()) {
          carried.add(new Pending(p, date, span));
        }
      }
      if (!moneyLine && !eventVerb && !Cues.in(Cues.TRADE, line) && !whereSheIsFrom(line, place)) {
        for (String woman : namedInThePlacesSentence(r, place)) {
          placesOfNamedWomen.add(new PlaceOfANamedWoman(woman, new Pending(p, date, span)));
        }
      }
      lastPlace = Optional.of(p);
    }
    // Recordings: titles in a line about filming or naming the file, or paid to be deleted.
    boolean recordLine =
        Cues.in(Cues.RECORD, cueText)
            || (Cues.in(TAPE_LABEL, line) && !Cues.in(Cues.TRADE, line))
            || !money.victimPayers().isEmpty();
    for (Found<Named> tape : r.things(EntityType.TAPE)) {
      Optional<String> named = namedIn(tape.value().normalized());
      if (named.isPresent() && !money.paid().contains(named.get())) {
        // yerin_hannam, 소연_성수: a file named after a woman is of her, wherever it is written, the
        // line that sells it too ("Rocky bought jiyu_0606", 하람_0905 원본 넘김): a tape of her
        out.add(
            fact(
                FactType.RECORDING,
                named,
                Optional.of(tape.value().normalized()),
                Optional.empty(),
                Optional.empty(),
                date,
                lastPlace,
                span,
                0.7));
        victims.add(named.get());
        recordedTitles.add(tape.value().normalized());
        if (!lineVictims.contains(named.get())) {
          lineVictims.add(named.get()); // the evidence of her role: the file's title
          victimWords.putIfAbsent(named.get(), tape.value().normalized());
        }
        continue;
      }
      Optional<String> filmed = money.victimPayers().keySet().stream().findFirst().or(() -> who);
      if (recordLine && filmed.isEmpty() && !Cues.in(Cues.TRADE, line)) {
        unnamedTapes.add(new UnnamedTape(tape.value().normalized(), date, lastPlace, span));
      } else if (!(recordLine && filmed.isPresent())) {
        unsettledTapes.putIfAbsent(
            tape.value().normalized(),
            new UnnamedTape(tape.value().normalized(), date, lastPlace, span));
      }
      if (recordLine && filmed.isPresent()) {
        recordedTitles.add(tape.value().normalized());
        out.add(
            fact(
                FactType.RECORDING,
                filmed,
                Optional.of(tape.value().normalized()),
                Optional.empty(),
                Optional.empty(),
                date,
                lastPlace,
                span,
                0.8));
      }
    }
    // Supplies: a drug from a titled pharmacist, from the person it was received from, or from the
    // other party of a one-to-one chat.
    List<Found<Named>> drugs = r.things(EntityType.DRUG);
    Map<String, String> suppliers = new LinkedHashMap<>();
    List<String> drugNames =
        new ArrayList<>(drugs.stream().map(d -> d.value().normalized()).toList());
    if (drugNames.isEmpty()
        && lastDrug.isPresent()
        && linesSinceDrug <= 2
        && Cues.in(Cues.RECEIVE, line)
        && !Cues.in(SOLD, line)) {
      drugNames.add(lastDrug.get()); // G 남음? … Pharma Kim한테 어제 받음
    } else if (drugNames.isEmpty()
        && documentDrug.isPresent()
        && DRUG_BY_KIND.matcher(line).find()) {
      // "Restocked the powder from Pharmacist Kang", 선생님이 약 더 줌: the drug by a word of its
      // kind, whoever gives it, is the one the document named (as its annotator names it).
      drugNames.add(documentDrug.get());
    }
    if (!drugNames.isEmpty() && !DRUG_PROMISED.matcher(line).find()) {
      DrugSuppliers.of(r)
          .or(this::chatPartner)
          .or(() -> DrugSuppliers.paidInTheDrugsSentence(r, money))
          .filter(s -> !victims.contains(s))
          .ifPresent(
              s -> {
                for (String d : drugNames) {
                  suppliers.put(s, d);
                  out.add(
                      fact(
                          FactType.SUPPLY,
                          Optional.of(s),
                          Optional.of(d),
                          Optional.empty(),
                          Optional.empty(),
                          date,
                          Optional.empty(),
                          span,
                          0.8));
                }
              });
    }
    if (!drugs.isEmpty()) {
      lastDrug = Optional.of(drugs.get(drugs.size() - 1).value().normalized());
      documentDrug = lastDrug;
      linesSinceDrug = 0;
    } else {
      linesSinceDrug++;
    }
    Set<String> receivers = new LinkedHashSet<>();
    for (Found<BigDecimal> p : r.percents()) {
      Optional<String> to;
      if (Shares.yours(r, p)) {
        // The owner's "your 40%" to the other party of the chat is his; any other "your" (너 몫
        // 30% in a group, or to the owner) is the reader's, never a name written before it in the
        // clause: in "소율 3편 올림, 너 몫 30%" that is the woman of the recording.
        to = r.speaker().isEmpty() && chatPartner().isPresent() ? chatPartner() : Optional.empty();
      } else {
        to = Shares.receiver(r, p);
      }
      // A share to a person read as a victim so far is his all the same: given a share, he is an
      // accomplice (RoleRules, PersonRole.suggested), not a victim.
      if (to.isPresent()) {
        receivers.add(to.get());
        Optional<Money> amount = Shares.amount(r, p);
        out.add(
            fact(
                FactType.SHARE,
                to,
                who,
                amount,
                Optional.of(p.value()),
                date,
                Optional.empty(),
                span,
                0.8));
      }
    }
    for (Payments.Payment pay : money.payments()) {
      out.add(
          fact(
              FactType.PAYMENT,
              Optional.of(pay.from()),
              Optional.of(pay.to()),
              Optional.of(pay.amount()),
              Optional.empty(),
              date,
              Optional.empty(),
              span,
              pay.confidence()));
    }
    money.victimPayers().forEach(victimWords::putIfAbsent);
    for (Found<Person> p : r.persons()) {
      if (!p.flags().contains("chat-writer") && !isTitled(p)) {
        seen.add(p.value().name());
      }
    }
    traders.addAll(money.paid());
    traders.addAll(money.parties().keySet());
    traders.addAll(receivers);
    traders.addAll(suppliers.keySet());
    cues = roles.cues(r, victims, money.parties(), money.paid(), receivers, suppliers, victimWords);
    for (Found<Person> p : r.persons()) {
      String name = p.value().name();
      RoleCue cue = cues.get(p.start());
      if (!p.flags().contains("chat-writer")
          && !isTitled(p)
          && !traders.contains(name)
          && !chatWriters.contains(name)
          && (cue == null || cue.role() == PersonRole.VICTIM)) {
        lastBystander = Optional.of(name);
      }
    }
    // "Marcus was already there. He slipped the pills into her drink": the man named before.
    Map<String, RoleCue> heCues = new LinkedHashMap<>();
    Matcher he = HE_DOES.matcher(r.line());
    while (he.find()) {
      Found<Person> before = null;
      for (Found<Person> p : r.persons()) {
        if (p.end() <= he.start() && isMan(p, victims)) {
          before = p;
        }
      }
      RoleCue accused = new RoleCue(PersonRole.ACCUSED, he.group("verb"));
      if (before != null) {
        if (cues.get(before.start()) == null
            || cues.get(before.start()).role() == PersonRole.ACCOMPLICE) {
          cues.put(before.start(), accused);
        }
      } else if (r.persons().stream().noneMatch(p -> p.start() < he.start())) {
        lastMan.ifPresent(m -> heCues.put(m, accused));
      }
    }
    for (Found<Person> p : r.persons()) {
      if (isMan(p, victims) && !lineVictims.contains(p.value().name())) {
        lastMan = Optional.of(p.value().name());
      }
    }
    // A role shown for someone the line does not name: the other party of a chat.
    partyCues = new LinkedHashMap<>(heCues);
    Set<String> named = new java.util.HashSet<>();
    r.persons().forEach(p -> named.add(p.value().name()));
    suppliers.keySet().stream()
        .filter(s -> !named.contains(s))
        .forEach(s -> partyCues.put(s, new RoleCue(PersonRole.ACCOMPLICE, suppliers.get(s))));
    // The writer of a message under his own line or an SMS backup's "Received" line, who is not
    // written in it, saying he filmed or drugged her himself.
    r.speaker()
        .filter(w -> !named.contains(w))
        .ifPresent(
            w ->
                RoleRules.writerFilmsOrDrugs(r)
                    .ifPresent(v -> partyCues.put(w, new RoleCue(PersonRole.ACCUSED, v))));
    // A victim the line speaks of without naming her ("took her to …"): evidence for her too.
    for (String v : lineVictims) {
      if (!named.contains(v)) {
        partyCues.put(v, new RoleCue(PersonRole.VICTIM, victimWords.getOrDefault(v, "victim")));
      }
    }
    money
        .parties()
        .forEach(
            (party, word) -> {
              if (named.contains(party)) {
                return;
              }
              if (money.paid().contains(party)) {
                partyCues.put(
                    party, RoleCue.paidOrShare(RoleCue.PAID)); // even one read as a victim
              } else if (!victims.contains(party)) {
                partyCues.putIfAbsent(party, new RoleCue(PersonRole.ACCOMPLICE, word));
              }
            });
    for (SuggestedFact f : out) {
      if (f.type() == FactType.MEETING && f.subject().isPresent() && f.place().isPresent()) {
        metAt.add(f.subject().get() + "|" + f.place().get());
      }
    }
    return out;
  }

  /**
   * The people named in {@code place}'s sentence who could be a woman met there; when that sentence
   * names no one, those of the next ("04/01 Evening - Itaewon. Lily, bar girl, 23").
   */
  private List<String> namedInThePlacesSentence(LineReading r, Found<Named> place) {
    String line = r.line();
    int from = sentenceStart(line, place.start());
    Matcher end = SENTENCE_END.matcher(line);
    int to = end.find(place.end()) ? end.start() : line.length();
    List<String> out = namedWithin(r, from, to);
    if (out.isEmpty() && to < line.length()) {
      int next = end.end();
      to = end.find(next) ? end.start() : line.length();
      out = namedWithin(r, next, to);
    }
    return out;
  }

  private List<String> namedWithin(LineReading r, int from, int to) {
    String line = r.line();
    List<String> out = new ArrayList<>();
    for (Found<Person> p : r.persons()) {
      String name = p.value().name();
      if (p.start() >= from
          && p.end() <= to
          && !p.flags().contains("chat-writer")
          && !isTitled(p)
          && !PersonWords.isCrewWord(name)
          && !chatWriters.contains(name)
          && !name.equals(r.self())
          // "driven to a studio in Seongsu-dong by Choi's driver": his, not him
          && !POSSESSIVE.matcher(line).region(p.end(), line.length()).lookingAt()
          && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * The woman a tape's title names ({@code yerin_hannam}, {@code 소연_성수}, {@code Nari 02}): a person
   * the document has named as a victim or without a role in the trade, as a whole word of the
   * title, or by her given name (Friday_Minji_01 is of Kim Minji, 소율_1005 of 한소율).
   */
  private Optional<String> namedIn(String title) {
    return namedIn(title, seen);
  }

  private Optional<String> namedIn(String title, Collection<String> people) {
    Matcher words = TITLE_WORDS.matcher(title);
    while (words.find()) {
      for (String person : people) {
        // A file drops the hyphen a name is written with (Ju-a's jua_1003, Na-yeon's
        // nayeon_hannam).
        String word = withoutHyphen(words.group());
        boolean named =
            withoutHyphen(person).equalsIgnoreCase(word)
                || romanised(person, word)
                || PeopleResolver.given(person).stream()
                    .anyMatch(
                        g ->
                            g.length() >= 2
                                && (withoutHyphen(g).equalsIgnoreCase(word) || romanised(g, word)));
        if (named && !traders.contains(person)) {
          return Optional.of(person);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the file's word is the Korean given name romanised: 다윤's dayoon_0315, 지수's jisoo. */
  private static boolean romanised(String hangul, String word) {
    return RomanisedNames.spellingsOf(hangul).contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static String withoutHyphen(String name) {
    return name.replace("-", "");
  }

  /** The other party of a one-to-one chat export, when there is exactly one. */
  private Optional<String> chatPartner() {
    return chatWriters.size() == 1 && !commentThread
        ? Optional.of(chatWriters.iterator().next())
        : Optional.empty();
  }

  // Where someone lives, works or comes from: "the girl from the bakery in Songpa", "(노원 살음)".
  private static final Pattern FROM_BEFORE =
      Pattern.compile(
          "(?i)\\bfrom\\s+(?:[\\w-]+\\s+){0,3}(?:in\\s+)?$|\\(\\s*(?:[가-힣]+,\\s*)?$"
              // "she works at the Olive Young in Sinchon", "lives in Mapo"
              + "|\\b(?:works?|working|lives?|living|studies|studying)\\s+(?:at|in|near)\\s+"
              + "(?:[\\w-]+\\s+){0,4}(?:in\\s+)?$");
  // "Choi's driver", not "ji-eun's at Itaewon" (she is)
  private static final Pattern POSSESSIVE =
      Pattern.compile(
          "['’]s\\s+(?!(?:at|in|on|by|near|with|here|there|back|out|home|still|now|already|been"
              + "|gone|coming|going|not)\\b)\\w");
  private static final Pattern LIVES_AFTER =
      Pattern.compile("^(?:에|에서)?\\s*(?:살|사는|산다|출신|거주|일하|알바|근무)");

  /** Whether a district is named as where someone lives, works or comes from, not where she met. */
  private static boolean whereSheIsFrom(String line, Found<Named> place) {
    return FROM_BEFORE.matcher(line.substring(0, place.start())).find()
        || LIVES_AFTER.matcher(line.substring(place.end())).find();
  }

  private static boolean isRoom(String place) {
    return place.matches("(?i).*(?:\\d호|room \\d+|모텔|호텔|motel|hotel|inn\\b).*");
  }

  /**
   * Whether a district or city is written as where the place before it is: "Moonlight Motel room
   * 808 in Chungjeong-ro", "the Astra Hotel, Itaewon". That place is where she was, not the
   * district besides.
   */
  private static boolean areaOfVenue(
      String line, Found<Named> district, List<Found<Named>> places) {
    for (Found<Named> f : places) {
      if (f.end() <= district.start()
          && !PlaceReader.GAZETTEER.contains(
              f.value().normalized().toLowerCase(java.util.Locale.ROOT))
          && line.substring(f.end(), district.start())
              .matches("\\s*(?:,|\\bin\\b|,\\s*in\\b)\\s*")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code p} is written in the first cell of a table row, a column naming a person: whom
   * the row is about (Applicant | Age | … ), not who did its job (Day | Time | Who | Where | Job).
   */
  private static boolean inWhoColumn(LineReading r, Found<Person> p) {
    return r.row()
        .filter(row -> !row.cells().isEmpty())
        .map(row -> row.cells().get(0))
        .filter(c -> c.column() == TableReader.Column.WHO)
        .filter(c -> p.start() >= c.start() && p.start() < c.end())
        .isPresent();
  }

  private static boolean isMan(Found<Person> p, Set<String> victims) {
    return !p.flags().contains("chat-writer") && !victims.contains(p.value().name());
  }

  private static boolean isTitled(Found<Person> p) {
    return p.value().role().map(PersonReader::isAccompliceTitle).orElse(false);
  }

  // Before the place of a where-then-who line: a date, a weekday, blanks and stops only.
  private static final Pattern LIST_LINE_LEAD =
      Pattern.compile(
          "^(?:[\\s\\d/.()~:—–-]|(?<![가-힣])[월화수목금토일](?![가-힣])"
              // 저녁 8시 반, 밤 11시쯤: the time of day before the place
              + "|(?<![가-힣])(?:저녁|밤|새벽|오후|오전|아침|낮|시|분|반|쯤|경)(?![가-힣])"
              + "|(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?|(?i:\\d{1,2}(?::\\d{2})?\\s?[ap]m))*$");
  // Between the place and the first name: a stop or a dash and nothing else.
  private static final Pattern LIST_PLACE_GAP = Pattern.compile("^\\s*[.:,—–-]\\s*$");
  // Between two names of the list; a name may carry a note in brackets ("Bomi (the tall one)").
  private static final Pattern LIST_NAME_GAP =
      Pattern.compile("^\\s*(?:\\([^()]{0,24}\\))?\\s*(?:,|,?\\s*and\\b|&|이랑|랑|하고)?\\s*$");
  // After the last name: a stop, or that they came (둘이 옴, 합석).
  private static final Pattern LIST_TAIL =
      Pattern.compile(
          "^(?:이|가|도|이도)?\\s*(?:\\([^()]{0,24}\\))?[\\s.,!?]*(?:(?:둘이|셋이|넷이|다섯이)\\s*)?"
              + "(?:(?:벌써|먼저|이미)\\s)?"
              + "(?:옴|왔음|나옴|합석|만남|와\\s?있음|도착|도착함|came|showed up|arrived|was already there)?[\\s.!]*$");

  /**
   * The place of a line that is where, then who, and nothing else ("Gangnam station exit 10.
   * Seoyun.", "Sinsa. Haram and Somin.", "6/7 신촌 — 소담, 라온 둘이 옴"), when it is one.
   */
  static Optional<Found<Named>> placeThenNames(LineReading r) {
    String line = r.line();
    List<Found<Named>> places = r.things(EntityType.PLACE);
    List<Found<Person>> people =
        r.persons().stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
    if (places.isEmpty() || people.isEmpty() || r.row().isPresent()) {
      return Optional.empty();
    }
    Found<Named> place = places.get(0);
    int from = Math.max(r.textStart(), 0);
    if (place.start() < from
        || !LIST_LINE_LEAD.matcher(line.substring(from, place.start())).matches()
        || people.get(0).start() < place.end()
        || !LIST_PLACE_GAP.matcher(line.substring(place.end(), people.get(0).start())).matches()) {
      return Optional.empty();
    }
    int listEnd = listEnd(line, people.get(0));
    if (listEnd < line.length()) {
      if (!r.money().isEmpty()) {
        return Optional.empty();
      }
      people = people.stream().filter(p -> p.start() < listEnd).toList();
    }
    if (places.stream().anyMatch(p -> !p.equals(place) && p.start() < listEnd)) {
      return Optional.empty();
    }
    for (int i = 1; i < people.size(); i++) {
      int gapStart = people.get(i - 1).end();
      int gapEnd = people.get(i).start();
      if (gapEnd < gapStart || !LIST_NAME_GAP.matcher(line.substring(gapStart, gapEnd)).matches()) {
        return Optional.empty();
      }
    }
    return LIST_TAIL.matcher(line.substring(people.get(people.size() - 1).end(), listEnd)).matches()
        ? Optional.of(place)
        : Optional.empty();
  }

  /**
   * Where a list line's list ends: at the first sentence's stop after its first name ("3/2 토 합정 —
   * 하니, 다온 둘이 옴. 하니 취함."); what the line says after it is about the women listed, or about others,
   * and no list.
   */
  private static int listEnd(String line, Found<Person> first) {
    Matcher stop = SENTENCE_END.matcher(line);
    return stop.find(first.end()) ? stop.end() : line.length();
  }

  /**
   * The woman a meeting whose clause names no one is about: the one person named in a sentence
   * before it in the line, when that is one person (every mention one name) who is no man, crew,
   * trader, titled or chat writer and does nothing of her own there.
   */
  // Kinship words after a name that make him a man (민수형 전화): no woman met.
  private static final Set<String> MAN_KIN = Set.of("형", "형님", "오빠", "삼촌", "선배", "선배님", "군");

  private Optional<String> objectLeftOut(LineReading r) {
    String line = r.line();
    Matcher meet = Cues.MEET.matcher(line);
    if (r.row().isPresent() || !meet.find() || r.persons().isEmpty()) {
      return Optional.empty();
    }
    int at = meet.start();
    int from = Clause.start(line, at);
    int to = Clause.end(line, at);
    Set<String> names = new LinkedHashSet<>();
    for (Found<Person> p : r.persons()) {
      if (p.end() > from && p.start() < to) {
        return Optional.empty(); // the clause names its people
      }
      if (p.start() >= at || !SENTENCE_END.matcher(line.substring(p.end(), from)).find()) {
        return Optional.empty(); // named in the meeting's own sentence: its part is said there
      }
      String name = p.value().name();
      if (isTitled(p)
          || p.flags().contains("chat-writer")
          || p.flags().contains("role-resolved")
          || roles.isMan(name)
          || traders.contains(name)
          || chatWriters.contains(name)
          || PersonWords.isCrewWord(name)
          || MAN_KIN.stream().anyMatch(k -> p.flags().contains("kin:" + k))
          || name.equals(r.self())
          || RoleRules.accusedVerb(line, p, r.persons()).isPresent()) {
        return Optional.empty();
      }
      names.add(name);
    }
    return names.size() == 1 ? names.stream().findFirst() : Optional.empty();
  }

  /**
   * The place of a table row naming who and where and nothing they did, with no money, when it is
   * one. A row saying what someone did there (filmed, drove, lent the room: "room + cam", "Ray shot
   * it") is a crew's schedule or about someone else, and its who is no one met.
   */
  private static Optional<Found<Named>> rowOfWhoAndWhere(LineReading r) {
    List<Found<Named>> places = r.things(EntityType.PLACE);
    String line = r.line();
    if (r.row().isEmpty()
        || !r.money().isEmpty()
        || Cues.in(Cues.RECORD, line)
        || Cues.in(Cues.HELP, line)
        || Cues.in(Cues.DRUG, line)
        || Cues.in(Cues.TRADE, line)
        || Cues.in(Cues.MEET, line)
        // "Jae + Hoon | Sinchon station exit 3 | pick up Mirae": someone else named in the row is
        // the one it is about
        || r.persons().stream()
            .anyMatch(
                p ->
                    !inAnyWhoCell(r, p)
                        && r.persons().stream()
                            .noneMatch(
                                w ->
                                    inAnyWhoCell(r, w)
                                        && w.value().name().equals(p.value().name())))
        || places.size() != 1
        || r.persons().stream().noneMatch(p -> inAnyWhoCell(r, p))
        || r.row()
            .get()
            .at(places.get(0).start())
            .filter(c -> c.column() == TableReader.Column.WHO)
            .isPresent()) {
      return Optional.empty();
    }
    return Optional.of(places.get(0));
  }

  /**
   * The women met at {@code place} besides the line's first: those who came along, and, outside a
   * table's row, every other woman the line reads as met who is named in the place's sentence ("met
   * Haeun and her friend Yoojin at Sinchon station exit 2", "수아랑 그 친구 다래. 우리 넷이 만남").
   */
  private static List<String> metInTheSentenceOf(
      LineReading r, Found<Named> place, List<String> lineVictims, List<String> cameAlong) {
    if (r.row().isPresent() || lineVictims.size() < 2) {
      return cameAlong;
    }
    String line = r.line();
    int from = sentenceStart(line, place.start());
    Matcher end = SENTENCE_END.matcher(line);
    int to = end.find(place.end()) ? end.start() : line.length();
    List<String> out = new ArrayList<>(cameAlong);
    for (Found<Person> p : r.persons()) {
      String name = p.value().name();
      if (p.start() >= from && p.end() <= to && lineVictims.contains(name) && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private static int sentenceStart(String line, int at) {
    Matcher end = SENTENCE_END.matcher(line);
    int start = 0;
    while (end.find() && end.end() <= at) {
      start = end.end();
    }
    return start;
  }

  private static boolean inAnyWhoCell(LineReading r, Found<Person> p) {
    return r.row()
        .flatMap(row -> row.at(p.start()))
        .filter(c -> c.column() == TableReader.Column.WHO)
        .isPresent();
  }

  // The writer's meeting with {@code who} at {@code place}: no other party, no money.
  private static SuggestedFact meeting(
      Optional<String> who, Optional<String> date, String place, Span span, double confidence) {
    return fact(
        FactType.MEETING,
        who,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        date,
        Optional.of(place),
        span,
        confidence);
  }

  static SuggestedFact fact(
      FactType type,
      Optional<String> subject,
      Optional<String> object,
      Optional<Money> amount,
      Optional<BigDecimal> percent,
      Optional<String> date,
      Optional<String> place,
      Span span,
      double confidence) {
    List<String> flags =
        date.isEmpty()
            ? List.of("date-unknown")
            : date.get().startsWith("--") ? List.of("year-unknown") : List.of();
    return new SuggestedFact(
        type,
        subject,
        object,
        amount,
        percent,
        date,
        place,
        span,
        Math.min(0.99, Math.round(confidence * 100) / 100.0),
        flags);
  }
}
