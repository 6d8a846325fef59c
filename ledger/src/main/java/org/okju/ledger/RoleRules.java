package org.okju.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, for each person of a line, the role the sentence shows and the word that shows it (issue
 * 16): a victim is met, summoned, picked up, filmed or drugged, named with the offender's hunting
 * words, or pays to have a recording deleted — never a place, never someone paid or given a share;
 * an accused films, drugs or lures her himself; an accomplice is paid, takes a share, supplies,
 * drives, edits, hosts, rents a room, buys or sells; a witness asks after a victim. Not
 * thread-safe: one per document.
 */
final class RoleRules {
  // What a man does who works the camera himself, right after his name: "Tank ran the camera", "Kid
  // holds the GoPro", 뚝배기가 거치대 잡아줌.
  private static final Pattern CAMERA_WORK =
      Pattern.compile(
          "^(?:\\]\\])?(?:가|이|는|은)?\\s*(?<verb>(?i:(?:ran|runs|held|holds|handled|handles|manned|mans|worked"
              + "|works|set up|sets up)\\s+(?:the\\s+|a\\s+|his\\s+|my\\s+)?(?:camera|cam|gopro|tripod)s?\\b)"
              + "|(?:카메라|거치대|삼각대|캠)\\s*(?:를|을|는)?\\s*(?:잡|들|돌렸|돌림|맡|세팅))");
  // The crew of a filming written in brackets after it: 촬영 (큰삼촌, 나), "filmed (Bear, me)".
  private static final Pattern FILMING_CREW =
      Pattern.compile(
          "(?<verb>촬영|찍음|녹화|(?i:filming|filmed|shoot))\\s*\\(\\s*(?:[가-힣A-Za-z]+\\s*,\\s*)*$");
  private static final Pattern MADE = Pattern.compile("(?i)\\b(?:made|mixed|prepared|poured)\\b");
  private static final Pattern AT_PLACE = Pattern.compile("^\\s+(?:at|@)\\s");
  static final Pattern JOB_LABEL =
      Pattern.compile(
          "(?<job>카메라|촬영감독|감독|촬영|운전|편집|캠|약|망|구매자|판매처|공급|(?i:camera|filming|driver|driving|drv|editing|edit"
              + "|drugs?|lookout|buyer|supplier))"
              + "\\s*[:=]\\s*$");
  // A chat writer saying he filmed or drugged her himself: "내가 찍은 영상", "I filmed".
  private static final Pattern SELF_DOES =
      Pattern.compile(
          "(?:내가|나는|제가|(?<![A-Za-z])I)\\s*(?:[가-힣]+\\s)?(?<verb>찍|촬영|녹화|먹였|넣었|만났|데려갔|데려왔|(?i:filmed|recorded|drugged|met|picked up|took her))");
  // A chat writer's own message saying, without a subject, that it was filmed: "got everything on
  // the cam", "다 찍었음", "녹화 완료" — chat drops the "I".
  private static final Pattern UNSAID_SELF_DOES =
      Pattern.compile(
          "^\\s*(?:(?:ㅇㅇ|응|ok|yeah|yes)[.,!]?\\s+)?(?:다\\s)?(?<verb>찍었|찍음|녹화함|녹화했|녹화\\s?완료|촬영함|촬영했"
              + "|촬영\\s?완료|(?i:filmed|recorded|taped|shot|(?:already |camera's |cam's )rolling"
              + "|got (?:it|everything|all|(?:the|a) (?:\\w+ ){0,2}\\w+)"
              + " on (?:the |my |his )?(?:cam|camera|phone|video|tape)))");

  /**
   * The cues of one line, by where each person starts.
   *
   * @param victims the document's victims so far (a victim stays one)
   * @param payees people the line's payments go to or come from, with the verb
   * @param paid people the line's payments go to
   * @param receivers people the line's shares go to
   * @param suppliers people the line's supplies come from
   * @param victimWords people the line shows to be victims in ways a verb does not (a file made of
   *     them, a deletion paid for, "scouted her … Soyeon"), with the word that shows it
   */
  Map<Integer, RoleCue> cues(
      LineReading r,
      java.util.Set<String> victims,
      Map<String, String> payees,
      java.util.Set<String> paid,
      java.util.Set<String> receivers,
      Map<String, String> suppliers,
      Map<String, String> victimWords) {
    Map<Integer, RoleCue> out = new HashMap<>();
    String line = r.line();
    List<Found<Person>> persons = r.persons();
    Optional<Found<Person>> asking = asksForHerPictures(line, persons);
    noteQuieted(r);
    for (Found<Person> p : persons) {
      String name = p.value().name();
      String clause = Clause.around(line, p.start());
      boolean moneyForHer =
          Cues.moneyForHer(clause, line)
              || (quieted.contains(name) && !manOrCrew(name))
              // a card's "-64000 · 홍대 포차 · 하람 만남": what meeting her cost, not pay to her
              || (metInHerMemo(r, p) && metInTheLine(line, p, persons));
      Optional<RoleCue> cue = Optional.empty();
      Matcher job = JOB_LABEL.matcher(line.substring(0, p.start()));
      if (job.find()) {
        // camera: 태식, 운전: 나 — a list of who did what
        String word = job.group("job");
        cue =
            Optional.of(
                new RoleCue(
                    Cues.in(Cues.RECORD, word) || Cues.in(Cues.DRUG, word)
                        ? PersonRole.ACCUSED
                        : PersonRole.ACCOMPLICE,
                    word));
      } else if (receivers.contains(name)) {
        // Before any victim's cue: a person given a share or paid is an accomplice, whatever else
        // the line says of him, and this cue is what rules the victim out (PersonRole.suggested).
        cue = Optional.of(RoleCue.paidOrShare(RoleCue.SHARE));
      } else if ((paid.contains(name) || payees.containsKey(name))
          && Cues.in(Cues.MODEL_FEE, clause)
          && !manOrCrew(name)) {
        // 윤서한테 출연료 30만 줌: her fee as the one filmed
        cue = Cues.first(Cues.MODEL_FEE, clause).map(w -> new RoleCue(PersonRole.VICTIM, w));
      } else if (paid.contains(name) && !moneyForHer) {
        cue =
            Optional.of(
                RoleCue.paidOrShare(
                    Cues.in(Cues.CREW_PAY, clause) ? RoleCue.PAID_FOR_WORK : RoleCue.PAID));
      } else if (asking.filter(p::equals).isPresent()) {
        cue =
            Cues.first(Cues.ASKS_FOR_HER_PICTURES, line)
                .map(w -> new RoleCue(PersonRole.VICTIM, w));
      } else if (p.flags().contains("label")) {
        cue = Optional.of(new RoleCue(PersonRole.VICTIM, labelWord(line, p)));
      } else if (victimWords.containsKey(name)) {
        cue = Optional.of(new RoleCue(PersonRole.VICTIM, victimWords.get(name)));
      } else if (victims.contains(name)) {
        cue = victimVerb(line, p, persons).map(v -> new RoleCue(PersonRole.VICTIM, v));
      } else {
        cue =
            accusedVerb(line, p, persons)
                .map(v -> new RoleCue(PersonRole.ACCUSED, v))
                .or(
                    () ->
                        victimVerb(line, p, persons)
                            .filter(v -> !manOrCrew(name))
                            .map(v -> new RoleCue(PersonRole.VICTIM, v)));
      }
      if (cue.isEmpty() && p.flags().contains("chat-writer")) {
        cue = writerFilmsOrDrugs(r).map(v -> new RoleCue(PersonRole.ACCUSED, v));
      }
      if (cue.isEmpty() && suppliers.containsKey(name)) {
        cue = Optional.of(new RoleCue(PersonRole.ACCOMPLICE, suppliers.get(name)));
      }
      if (cue.isEmpty() && payees.containsKey(name) && !moneyForHer) {
        cue = Optional.of(new RoleCue(PersonRole.ACCOMPLICE, payees.get(name)));
      }
      if (cue.isEmpty()) {
        int at = p.start() - Clause.start(line, p.start());
        cue =
            Cues.first(Cues.HELP, clause)
                .or(() -> Cues.first(Cues.TRADE, clause).filter(w -> !traded(clause, w, at)))
                .filter(w -> !victims.contains(name))
                .map(w -> new RoleCue(PersonRole.ACCOMPLICE, w));
      }
      if (cue.isEmpty()
          && Cues.in(Cues.WITNESS, line)
          && !victims.contains(name)
          && persons.stream().anyMatch(o -> !o.equals(p) && victims.contains(o.value().name()))) {
        cue = Cues.first(Cues.WITNESS, line).map(w -> new RoleCue(PersonRole.WITNESS, w));
      }
      cue.ifPresent(c -> out.put(p.start(), c));
    }
    return out;
  }

  // "Jess wants Nari's number", "Brick wants more of Hana": the one wanted is no trader.
  private static final Pattern WANTS = Pattern.compile("(?i)wants?");
  // "Sold Dabin to Brick for 400k": the one sold, right after the verb, to the buyer after "to".
  private static final Pattern SOLD = Pattern.compile("(?i)sold|sells?");
  private static final Pattern TO_BUYER_AFTER = Pattern.compile("^(?:['’]s\\s+\\w+)?\\s+to\\s");

  /**
   * Whether the person at {@code at} (in the clause) is what the clause's trade word trades, not a
   * trader: whom someone wants ("Jess wants Nari's number"), or who is sold to a buyer ("Sold Dabin
   * to Brick"). Read as traders, such women were suggested as accomplices.
   */
  private static boolean traded(String clause, String word, int at) {
    Matcher w = Cues.TRADE.matcher(clause);
    if (!w.find() || w.start() >= at) {
      return false;
    }
    if (WANTS.matcher(word).matches()) {
      return true;
    }
    return SOLD.matcher(word).matches()
        && clause.substring(w.end(), at).isBlank()
        && TO_BUYER_AFTER.matcher(clause.substring(at).replaceFirst("^[\\p{L}-]+", "")).lookingAt();
  }

  /**
   * The verb by which a chat message's writer says he filmed or drugged her himself ("내가 찍은 영상",
   * "got the whole thing on my phone"), whether or not the line writes his name.
   */
  static Optional<String> writerFilmsOrDrugs(LineReading r) {
    String line = r.line();
    Matcher self = SELF_DOES.matcher(line);
    if (self.find(r.textStart())) {
      return Optional.of(self.group("verb"));
    }
    Matcher unsaid = UNSAID_SELF_DOES.matcher(line.substring(r.textStart()));
    return unsaid.find() ? Optional.of(unsaid.group("verb")) : Optional.empty();
  }

  private static String labelWord(String line, Found<Person> p) {
    return Cues.first(Cues.HUNT, Clause.around(line, p.start())).orElse("label");
  }

  /**
   * The verb that makes {@code p} a victim: met, summoned, filmed or drugged with {@code p} as
   * object, or {@code p} placed at the meeting place.
   */
  static Optional<String> victimVerb(String line, Found<Person> p, List<Found<Person>> persons) {
    if (p.flags().contains("chat-writer")) {
      return Optional.empty(); // the writer of a message is never the one his own verb acts on
    }
    if (herDrinkAfter(line.substring(p.end()))) {
      Optional<String> drug = Cues.first(Cues.DRUG, Clause.around(line, p.start()));
      if (drug.isPresent()) {
        return drug; // 채윤이 잔에 탐, 지아 술에다 넣음: the drug in her drink
      }
    }
    Matcher state = Cues.STATE.matcher(line.substring(p.end()));
    if (state.find()) {
      return Optional.of(state.group().strip()); // 소연 뻗음, Yerin passed out
    }
    if (describedAsMan(line, p)) {
      return Optional.empty(); // "drove Cha and a second man, Ryu, to the exit": men she met with
    }
    Optional<String> metTheWriter = meetsTheWriter(line, p, persons);
    if (metTheWriter.isPresent()) {
      return metTheWriter;
    }
    String clause = Clause.around(line, p.start());
    Matcher came = ARRIVED.matcher(line.substring(p.end()));
    if (came.lookingAt()
        && !BROUGHT_ALONG.matcher(clause).find()
        && !Cues.in(Cues.RECORD, clause)
        && !Cues.in(Cues.TRADE, clause)) {
      return Optional.of(came.group("verb")); // "Eunji came to the motel": the one who came, met
    }
    int from = Clause.start(line, p.start());
    for (java.util.regex.Pattern verbs : List.of(Cues.MEET, Cues.RECORD, Cues.DRUG)) {
      Matcher m = verbs.matcher(clause);
      while (m.find()) {
        int at = from + m.start();
        Found<Person> agent = Clause.agentOf(line, at, persons);
        if (p.equals(agent) && !affectionateBeforeMeeting(line, p, at)) {
          continue;
        }
        boolean korean = p.value().name().matches("[가-힣].*") || !Clause.particle(line, p).isEmpty();
        boolean object =
            korean
                ? (Clause.koreanObject(line, p)
                        || !Clause.koreanSubject(line, p)
                        || affectionateBeforeMeeting(line, p, from + m.start()))
                    && !Clause.koreanCompanion(line, p)
                : p.start() > at
                    // "came from Uncle Moe", "brought her to Gus": the source or the one she
                    // was taken to is not the one met ("a date with" says it itself).
                    && !line.substring(Math.min(at + m.group().length(), p.start()), p.start())
                        .matches("(?is).*\\b(?:with|from|by|for|to|of)\\b.*")
                    // "met her 11/19, Sparrow brought her up": the verb has its object already
                    && !line.substring(Math.min(at + m.group().length(), p.start()), p.start())
                        .matches("(?is)^\\s*(?:her|him|them)\\b.*")
                    && line.substring(at, p.start()).split("\\s+").length <= 4;
        if (object) {
          return Optional.of(m.group());
        }
      }
    }
    if (AT_PLACE.matcher(line.substring(p.end())).find()
        && !Cues.in(Cues.GIVE, clause)
        && !Cues.in(Cues.RECEIVE, clause)) {
      return Optional.of("at");
    }
    return Optional.empty();
  }

  // Right after her name, her coming to where she was met: "Eunji came to the motel", "Nari came
  // back with us", "Sora showed up at the exit". Its subject is the one met (as "met Eunji" says).
  private static final Pattern ARRIVED =
      Pattern.compile(
          "(?i)^\\s+(?<verb>came|showed up|turned up|arrived)(?:\\s+(?:back|over|round|along|out|up|down))?"
              + "\\s+(?:to|at|into|with (?:us|me))\\b");
  // One who comes bringing something (the camera, the pills, his friend) is the crew's, not met.
  private static final Pattern BROUGHT_ALONG =
      Pattern.compile(
          "(?i)\\bwith (?:the|a|his|some|more|another|two|three|\\d)\\b|\\bto (?:collect|pick up|drop off|deliver)\\b");

  // Her name (with her 이 or 의), then her drink and where in it: 채윤이 잔에, 지아 술에다, 소연의
  // 맥주 속에. The drug put there is put by someone else: she is its victim, not its agent (with the
  // 이 read as her subject's, she had been suggested as the accused).
  private static final Pattern HER_DRINK =
      Pattern.compile(
          "^(?:이|의)?\\s?(?:술잔|잔|음료수|음료|술|컵|맥주|소주|칵테일|물|커피|콜라|주스|와인|하이볼|데킬라)"
              + "(?:에다가|에다|에|속에|안에)(?![가-힣])");

  /** Whether the text after a name (and its particle) is her drink and where in it: 잔에, 술에다. */
  static boolean herDrinkAfter(String after) {
    return HER_DRINK.matcher(after).lookingAt();
  }

  // "met us", "met me", "met up with us": the verb's object is the writer's party.
  private static final Pattern WRITER_AFTER_MET =
      Pattern.compile("(?i)^\\s+(?:up\\s+with\\s+)?(?:us|me)\\b");
  // Either of the two above, anywhere: the cheap test first.
  private static final Pattern WRITERS_PARTY =
      Pattern.compile("(?i)\\b(?:us|me)\\b|우리|저희|나랑|나하고|저랑|저하고");
  private static final Pattern MET_WORD = Pattern.compile("(?i)met(?: up with)?|meet");
  // 우리랑, 나하고, 저희와: the writer's party as the one met with (나와 and 저와 left out: 나와 is also
  // "came out").
  private static final Pattern WRITER_COMPANION =
      Pattern.compile("(?<![가-힣])(?:우리|저희|나|저)(?:랑|하고)(?![가-힣])|(?<![가-힣])(?:우리|저희)와(?![가-힣])");

  /**
   * The verb by which {@code p} met the writer's party: "Yuri met us at Hapjeong station exit 7",
   * "Jinny met me there", "가람이는 역에서 우리랑 만났고". The writer is among "us", so the one who met them is
   * the one met, as "I met Yuri" says it; {@code p} is the verb's subject, which the usual reading
   * takes for the one who did the meeting.
   */
  static Optional<String> meetsTheWriter(
      String line, Found<Person> p, List<Found<Person>> persons) {
    String clause = Clause.around(line, p.start());
    if (!WRITERS_PARTY.matcher(clause).find()) {
      return Optional.empty(); // most clauses: no "us", "me", 우리 or 나랑 to look for a verb before
    }
    int from = Clause.start(line, p.start());
    Matcher m = Cues.MEET.matcher(clause);
    while (m.find()) {
      int at = from + m.start();
      if (at < p.end() || !p.equals(Clause.agentOf(line, at, persons))) {
        continue;
      }
      boolean english =
          MET_WORD.matcher(m.group()).matches()
              && WRITER_AFTER_MET.matcher(line.substring(from + m.end())).lookingAt();
      boolean korean =
          p.value().name().matches("[가-힣].*")
              && WRITER_COMPANION.matcher(line.substring(p.end(), at)).find();
      if (english || korean) {
        return Optional.of(m.group());
      }
    }
    return Optional.empty();
  }

  /**
   * "수진이 불러냄", "지은이 만남": after a name ending in a consonant, 이 right before a verb of meeting is
   * the affectionate suffix with the object's particle dropped, as terse diaries write it (the
   * subject is the writer), not the subject's particle.
   */
  private static boolean affectionateBeforeMeeting(String line, Found<Person> p, int verbAt) {
    String name = p.value().name();
    return name.matches("[가-힣]{2,3}")
        && PersonWords.endsInConsonant(name)
        && Clause.particle(line, p).equals("이")
        && verbAt > p.end()
        // 소연이 만남, 소연이 역삼역 2번 출구에서 만남: nothing, or only where, between
        && WHERE_ONLY.matcher(line.substring(p.end() + 1, verbAt)).matches()
        && AFFECTIONATE_MEETING.matcher(line.substring(verbAt)).lookingAt();
  }

  /**
   * "가람이 찍음", "지훈이 촬영함": a terse note's filming verb after a given name ending in a consonant and
   * 이, with nothing filmed named before. The 이 is his subject's particle (he filmed) or her
   * affectionate suffix with the object's particle dropped (she was filmed), and nothing in the
   * line tells which: read as neither, so the person stays of unknown role, pseudonymised until a
   * reviewer decides (victims first: read as the one filming, she was named by {@code ledger
   * confirm --all}).
   */
  private static boolean filmedOrFilmingUndecided(String line, Found<Person> p, int verbAt) {
    String name = p.value().name();
    return name.matches("[가-힣]{2,3}")
        && PersonWords.endsInConsonant(name)
        // 박실장이 찍음, 형님이 찍음: a title's or a role word's 이 is its subject's
        && !PersonWords.isCrewWord(name)
        && PersonWords.KOREAN_TITLES.stream().noneMatch(name::endsWith)
        && Clause.particle(line, p).equals("이")
        && verbAt > p.end()
        && WHERE_ONLY.matcher(line.substring(p.end() + 1, verbAt)).matches()
        && TERSE_FILMING.matcher(line.substring(verbAt)).lookingAt()
        // 은채_0320 은 민혁이 찍음: with what was filmed named before him, he is the one who filmed
        && !OBJECT_OR_TOPIC_BEFORE
            .matcher(line.substring(Clause.start(line, p.start()), p.start()))
            .find();
  }

  // A filming verb ending a terse note (찍은 and 찍어 are left out: 가람이 찍은 영상 is the video 가람
  // made), not reported (찍었대).
  private static final Pattern TERSE_FILMING =
      Pattern.compile("(?:찍음|찍었음|찍었다|촬영함|촬영했음|촬영했다)(?![가-힣]*(?:다고|대|래))");
  // A word marked as the topic or the object: 은채_0320 은, 영상을.
  private static final Pattern OBJECT_OR_TOPIC_BEFORE =
      Pattern.compile("[가-힣A-Za-z0-9_]\\s?(?:은|는|을|를)(?![가-힣])");

  // Written in a row's memo cell that says she was met ("하람 만남"), not in a cell of whom the money
  // went to or came from ("박도현" beside a memo "합정 픽업 (다인)").
  private static boolean metInHerMemo(LineReading r, Found<Person> p) {
    return r.row()
        .flatMap(row -> row.at(p.start()))
        .filter(c -> c.column() == TableReader.Column.MEMO && Cues.in(Cues.MEET, c.text()))
        .isPresent();
  }

  // The one person of a row met there (with another named, "합정 픽업 (다인)", the pick-up may be his).
  private static boolean metInTheLine(String line, Found<Person> p, List<Found<Person>> persons) {
    return persons.stream()
            .allMatch(
                o -> o.value().name().equals(p.value().name()) || o.flags().contains("chat-writer"))
        && victimVerb(line, p, persons).filter(v -> Cues.in(Cues.MEET, v)).isPresent();
  }

  /** Whether the line says {@code p} is a man ("a second man, Ryu", "Cha and another man"). */
  static boolean describedAsMan(String line, Found<Person> p) {
    return MAN_BEFORE.matcher(line.substring(0, p.start())).find()
        || MAN_AFTER.matcher(line.substring(p.end())).find();
  }

  // Everyone the document has said is a man: never the woman a later line meets or calls "her".
  private final java.util.Set<String> men = new java.util.HashSet<>();

  // The women the document has asked for their pictures back or paid hush money so far: money
  // given them in a later line (the next chat message, "sent Ami 100k") is to quiet them, not an
  // accomplice's pay (session 30).
  private final java.util.Set<String> quieted = new java.util.HashSet<>();

  /**
   * The person who asks, in this line, for her pictures back or deleted: the last person before the
   * asking words, with no one else between ("Ami texted me asking for her pics back", {@code 서윤이 사진
   * 지워달라고 나한테 연락옴}), never a man of the document.
   */
  private Optional<Found<Person>> asksForHerPictures(String line, List<Found<Person>> persons) {
    Matcher m = Cues.ASKS_FOR_HER_PICTURES.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    Found<Person> asker = null;
    for (Found<Person> p : persons) {
      if (p.end() <= m.start()) {
        asker = p;
      }
    }
    if (asker == null
        || manOrCrew(asker.value().name())
        || Clause.start(line, m.start()) > asker.start()) {
      return Optional.empty();
    }
    return Optional.of(asker);
  }

  /**
   * Remembers who {@code r} says asks for her pictures back or is given hush money, the one it is
   * given to ("send Ami 100 so she shuts up": a bare 100 is no payment read), not the men the line
   * names beside her nor the message's writer. Called for every line of the document before its
   * roles are read, and again as each is: money given her in any line of the document, before the
   * hush money as well as after ({@code 예나한테 10만 줌.} then {@code 예나한테 입막음으로 50만원 보냄.}), is to quiet
   * her, not an accomplice's pay (session 31: paid first, she was an accomplice, named).
   */
  void noteQuieted(LineReading r) {
    String line = r.line();
    asksForHerPictures(line, r.persons()).ifPresent(p -> quieted.add(p.value().name()));
    if (Cues.in(Cues.HUSH_MONEY, line)) {
      r.persons().stream()
          .filter(p -> !p.flags().contains("chat-writer"))
          .map(p -> p.value().name())
          .filter(n -> !manOrCrew(n))
          .forEach(quieted::add);
    }
  }

  /** Remembers the people {@code r} says are men. */
  void noteMen(LineReading r) {
    for (Found<Person> p : r.persons()) {
      if (describedAsMan(r.line(), p)) {
        men.add(p.value().name());
      }
    }
  }

  /** Whether the document has said {@code name} is a man. */
  boolean isMan(String name) {
    return men.contains(name);
  }

  /** A man of the document or a crew's word for one of its own (삼촌, 사장님): never the woman. */
  private boolean manOrCrew(String name) {
    return men.contains(name) || PersonWords.isCrewWord(name);
  }

  // A person the sentence says is a man: "a second man, Ryu", "a man called Sparrow", "Cha and
  // another man", "Ryu, the other man". The victims of these documents are women.
  private static final Pattern MAN_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:a|the|another|second|other|one|older|younger|two|both)\\s+(?:[a-z]+\\s+)?(?:man|men|guy|guys)"
              + "(?:,|\\s+(?:called|named))?\\s*$");
  private static final Pattern MAN_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:,\\s*(?:a|the)|\\s+and\\s+(?:a|the|another))\\s+(?:[a-z]+\\s+)?(?:man|guy)\\b");

  // Where, written as up to four words ending in 에서, none of them a verb going on (왔나 싶어서
  // 공원에서 is no place alone): 역삼역 2번 출구에서.
  static final String WHERE_THEN =
      "(?:(?:[가-힣A-Za-z0-9]+(?<!어서|아서|해서|고|며|면|는데|지만|나|니)\\s+){0,3}" + "[가-힣A-Za-z0-9]*에서\\s+)?";
  private static final Pattern WHERE_ONLY = Pattern.compile("\\s*" + WHERE_THEN);
  private static final Pattern AFFECTIONATE_MEETING =
      Pattern.compile("(?:불러냄|불러냈|만남|만났|픽업)(?![가-힣]*(?:다고|대|래))");

  /** The verb that makes {@code p} an accused: filming or drugging her himself. */
  static Optional<String> accusedVerb(String line, Found<Person> p, List<Found<Person>> persons) {
    if (herDrinkAfter(line.substring(p.end()))) {
      return Optional.empty(); // 채윤이 잔에 탐: her glass, the drug put in it by someone else
    }
    Matcher camera = CAMERA_WORK.matcher(line.substring(p.end()));
    if (camera.lookingAt()) {
      return Optional.of(camera.group("verb")); // "Tank ran the camera", 뚝배기가 거치대 잡아줌
    }
    Matcher crew = FILMING_CREW.matcher(line.substring(0, p.start()));
    if (crew.find()) {
      return Optional.of(crew.group("verb")); // 촬영 (큰삼촌, 나): who filmed
    }
    String clause = Clause.around(line, p.start());
    int from = Clause.start(line, p.start());
    for (java.util.regex.Pattern verbs : List.of(Cues.RECORD, Cues.DRUG)) {
      Matcher m = verbs.matcher(clause);
      while (m.find()) {
        int at = from + m.start();
        if (herRecording(line, p, at, from + m.end()) || filmedOrFilmingUndecided(line, p, at)) {
          continue; // 세빈이 촬영본 팔림: she is filmed; 가람이 찍음: undecided
        }
        if (p.equals(Clause.agentOf(line, at, persons))
            || (Clause.koreanSubject(line, p) && p.start() > at && endsClause(line, p))) {
          return Optional.of(m.group()); // 카메라는 봉수가: the subject after the topic
        }
      }
    }
    Matcher take = TAKE.matcher(clause);
    while (take.find()) {
      int at = from + take.start();
      // "유상철과 손재호가 … 여자 한 명을 차에 태웠고", "희수하고 같이 데려갔어": he took her there himself,
      // with the writer or with another man, the one taken marked as the object.
      if (p.start() < at
          && p.value().name().matches("[가-힣].*")
          && (Clause.koreanCompanion(line, p)
              || (Clause.koreanSubject(line, p)
                  && OBJECT_MARKED.matcher(line.substring(p.end(), at)).find()))) {
        return Optional.of(take.group());
      }
    }
    Matcher made = MADE.matcher(line);
    if (made.find(p.end()) && made.start() - p.end() <= 1 && Cues.in(Cues.DRUG, clause)) {
      return Optional.of(made.group()); // the drink Leo made
    }
    return Optional.empty();
  }

  // Her name, then the recording made of her as a noun: 세빈이 촬영본, 다은 녹화본, 채린이 몰카.
  private static final Pattern NAME_THEN_NOUN = Pattern.compile("(?:이|의)?\\s?");

  /**
   * Whether the filming word at {@code at} is a noun naming the recording of {@code p} right after
   * her name (세빈이 촬영본 팔림: her footage was sold), not a verb she did: read as her act, she was
   * suggested as the accused.
   */
  private static boolean herRecording(String line, Found<Person> p, int at, int end) {
    if (at < p.end() || !NAME_THEN_NOUN.matcher(line.substring(p.end(), at)).matches()) {
      return false;
    }
    String word = line.substring(at, end);
    return word.equals("몰카")
        || ((word.equals("촬영") || word.equals("녹화")) && line.startsWith("본", end));
  }

  // Verbs of taking someone somewhere or calling her out, whose subject did it himself.
  private static final Pattern TAKE =
      Pattern.compile("태웠|태움|태우고|태워|데려갔|데려감|데려옴|데리고|데려와|불러냈|불러냄|픽업|꼬셨|꼬심|꼬셔");
  private static final Pattern OBJECT_MARKED = Pattern.compile("[가-힣](?:을|를)\\s");

  private static boolean endsClause(String line, Found<Person> p) {
    int end = Clause.end(line, p.start());
    return line.substring(p.end(), end).matches("[가-힣]{0,2}\\s*[.!]?\\s*");
  }
}
