package org.okju.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Korean names in a line (its other entities masked with spaces). A word is taken apart into
 * name, the affectionate 이 after a final consonant (예린이 → 예린), a kinship or honorific word (재석이형,
 * 민지씨, 범수 선배) and particles; the name is a person when the word's form or its neighbours say so: a
 * person's particle (한테, 에게, 랑 …), a kinship word, a title (김약사), the hunting words before it (사냥감은
 * 은채), a percentage or fee after it (재석 15%, 용식 수고비), a verb only people do after it (보람이 연락옴).
 * Given names are often ordinary words to Nori (보람, 채원), so a name in a weaker form only counts
 * when the document also gives it in a strong one ({@code weak} flag; see {@link PeopleResolver}).
 * Not thread-safe (the morphology's tokenizer).
 */
final class KoreanNames {
  private static final List<String> PARTICLES =
      List.of(
          // 재민이한테서도 15만, 수아한테만: a person's particle with 도, 만 or 까지 on it.
          "한테서도",
          "에게서도",
          "한테서만",
          "한테까지",
          "에게까지",
          "한테만",
          "에게만",
          "이랑도",
          "랑도",
          // 하람이한텐, 세아에겐, 민서더러: the spoken contractions of 한테는 and 에게는, and 더러 ("told
          // her to").
          "한테선",
          "에게선",
          "한텐",
          "에겐",
          "더러",
          // 채린이마저 취함, 유진이조차 몰랐음: "even she".
          "마저",
          "조차",
          "에게서",
          "한테서",
          "으로부터",
          "로부터",
          "이랑",
          "에게",
          "한테",
          "께서",
          "하고",
          "에서",
          "으로",
          "까지",
          "부터",
          "처럼",
          // 짱구한테는 어제 20 보냈고, 민지에게도: a person's particle with 는 or 도 on it.
          "한테는",
          "한테도",
          "에게는",
          "에게도",
          "한테서는",
          // 이름 로아래, 자기 이름 바다래: the quoting copula ("she says it is").
          "이래",
          "래",
          "보고",
          "은",
          "는",
          "이",
          "가",
          "을",
          "를",
          "의",
          "에",
          "와",
          "과",
          "랑",
          "께",
          "도",
          "로",
          "만",
          "");
  private static final Set<String> PERSON_PARTICLES =
      Set.of(
          "에게서", "한테서", "로부터", "으로부터", "이랑", "에게", "한테", "께서", "랑", "께", "한테는", "한테도", "에게는", "에게도",
          "한테서는", "한테서도", "에게서도", "한테서만", "한테까지", "에게까지", "한테만", "에게만", "이랑도", "랑도", "한테선", "에게선",
          "한텐", "에겐", "더러");
  // Particles of place, direction and extent: the word before them is where, not who.
  private static final Set<String> LOCATIVE = Set.of("에서", "에", "으로", "로", "까지", "부터");
  private static final Set<String> OBJECT_PARTICLES = Set.of("를", "을", "와", "하고", "이랑", "랑");
  private static final List<String> KIN =
      List.of("선배님", "선배", "형님", "형", "누나", "언니", "오빠", "씨", "님", "양", "군", "");
  // Kinship words a writer uses alone for a man or woman he names elsewhere with it (태식이 형 … 형이).
  private static final Set<String> KIN_ALONE = Set.of("형", "누나", "언니", "오빠");
  // Seasons and times of day, which "come" as people do (가을이 왔나, 새벽이 옴): given names too (봄이,
  // 새벽이), but coming alone does not make one a person.
  private static final Set<String> SEASONS_AND_TIMES =
      Set.of("봄", "여름", "가을", "겨울", "새벽", "아침", "저녁", "노을", "하루", "주말", "장마", "비", "눈");
  // (안 옴, 또 왔다, 다 옴: an adverb or a negation may come before)
  private static final Pattern COMING =
      Pattern.compile("^\\s*(?:(?:안|또|다|벌써|이제|드디어|아직)\\s*)?(?:왔|옴|온|와|오)");
  private static final Pattern WORD = Pattern.compile("[가-힣A-Za-z]+");
  // 나와의 채팅 님과 카카오톡 대화, KakaoTalk's heading of a chat with oneself (the memo to self): the word
  // after 나와의 is what the writer has with himself, no one to call 님.
  private static final Pattern WITH_ME = Pattern.compile("(?:나|저)와의\\s$");
  private static final Pattern HANGUL = Pattern.compile("[가-힣]+");
  private static final Pattern INITIALS = Pattern.compile("(?<![ㄱ-ㅎ가-힣])([ㄱ-ㅎ]{2,3})(?![ㄱ-ㅎ])");
  // What makes initials a man: a kinship word or a person's particle (ㅈㅎ형, ㅁㅅ한테), or what people
  // do and are paid for in a pocket diary's notes (ㅂㄷ 운전, ㄱㄴ 방값 10만, ㅂㄷ 1.5할).
  private static final Pattern INITIALS_PERSON =
      Pattern.compile(
          "^\\s?(?:형님|형|누나|언니|오빠|선배|씨|님|한테|에게|이랑|랑|하고|몫"
              + "|운전|연락|전화|방값|기름값|수고비|소개비|약값|원룸|오피스텔)"
              // ㅅㅇ이도, ㅎㄹ은: the particles any name takes, written onto the initials
              + "|^(?:이가|이는|이도|이를|이한테|은|는|도|이)(?![가-힣])");
  private static final Set<String> CHAT_ABBREVIATIONS =
      Set.of(
          "ㅇㅇ", "ㅇㅋ", "ㄱㄱ", "ㅅㄱ", "ㄴㄴ", "ㅈㅅ", "ㄱㅅ", "ㅊㅋ", "ㅂㅂ", "ㅎㅇ", "ㄷㄷ", "ㅋㅋ", "ㅎㅎ", "ㄹㅇ", "ㅁㅊ",
          "ㅈㄴ", "ㅅㅂ");
  private static final Pattern NATIVE_NUMBER =
      Pattern.compile("(?:스물|서른|마흔|쉰|예순|열)(?:하나|한|둘|두|셋|세|넷|네|다섯|여섯|일곱|여덟|아홉|살)?|스무|스무살");
  // One-syllable words a crew's list of jobs writes that are no one's nickname (나, 형, 폰 …).
  private static final Set<String> ONE_SYLLABLE_WORDS =
      Set.of(
          "나", "내", "저", "너", "형", "폰", "차", "약", "술", "방", "돈", "캠", "몫", "팀", "둘", "셋", "다", "또");

  /** A one-syllable word that is no nickname (나, 형, 약, 술, 돈): see {@link #ONE_SYLLABLE_WORDS}. */
  static boolean isOneSyllableWord(String word) {
    return ONE_SYLLABLE_WORDS.contains(word);
  }

  private static final Pattern SPACED_NAME =
      Pattern.compile("(?<![가-힣] ?)([가-힣]) ([가-힣]) ([가-힣])(?! ?[가-힣])");
  // What only people do, right after a name with its subject particle.
  private static final Pattern AGENT_VERB =
      Pattern.compile(
          // (도윤이 외상값 15만 갚음: the run of blanks after the word is the amount, masked)
          "^\\s*(?:[가-힣A-Za-z0-9_]+(?:\\([^)]*\\))?\\s+)?(?:건네|건넴|건넸|연락|전화|문자|카톡|디엠|DM|말(?:했|함|해|하|걸|건|안|을|\\s)|운전|촬영|찍|보냄|보냈|줌|줬|가져|편집|대기|픽업"
              + "|데려|불러|입금|송금|받|달래|달라|물어|카메라|잡음|잡아|왔|옴|옴\\.|함|했|준대|준다|구해|챙겨"
              + "|냄(?![가-힣])|냈"
              // 도윤이 15만 갚음, 고등어가 산대: a debt repaid, a tape bought
              + "|갚|산대|산다|샀|사감|사갔"
              // 순대가 준 거, 깡통이 산 거: what he gave or bought, a verb's adnominal before 거/것
              + "|(?:준|산|판|찍은|구한|구해준|가져온|챙겨온|보낸|건넨|넘긴)\\s?(?:거|것|건|걸)(?![가-힣]))");
  // An English preposition a person follows, right before a Korean word in mixed notes.
  private static final Pattern EN_PERSON_PREPOSITION =
      Pattern.compile("(?i)(?:\\bfrom|\\bwith|\\bw/|\\bpaid|\\bsent|\\bby)\\s$");
  // An English verb of meeting, taking or filming someone right before a Korean name in mixed notes
  // ("met 지아 at the bar", "picked up 하린", "filmed 소율").
  private static final Pattern EN_VICTIM_VERB_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:met|meet|meeting|picked\\s+up|pick\\s+up|picking\\s+up|filmed|film|filming|drove"
              + "|brought|took|called|texted|messaged|invited|dropped)\\s$");
  // An English word for a person right before a Korean name in mixed notes ("her friend 채아").
  private static final Pattern EN_PERSON_NOUN_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:friend|cousin|brother|sister|girlfriend|boyfriend|roommate|classmate|named"
              + "|called|aka)\\s$");
  // What only people do, in English, right after a bare Korean name ("채아 came", "은호. drives").
  private static final Pattern EN_PERSON_VERB_AFTER =
      Pattern.compile(
          "^\\.?\\s+(?:came|comes|drives|drove|filmed|films|shot|paid|pays|sent|sends|sold|sells"
              + "|brought|brings|picked|picks|took|takes|met|meets|said|says|told|tells|gave|gives"
              + "|bought|buys|lent|lends|edited|edits|texted|texts|called|calls)\\b");
  // Where, then the meeting, after a name with its 이: 소연이 역삼역 2번 출구에서 만남.
  private static final Pattern MET_THERE_AFTER =
      Pattern.compile("^\\s+" + RoleRules.WHERE_THEN + "(?:만남(?![가-힣])|만났)");
  // The word for meeting, picking up or calling out someone, right after her bare name.
  private static final Pattern MEET_AFTER =
      Pattern.compile("\\s(?:픽업|불러냄|불러냈|데려감|데려갔|데려온|데려옴|데리러|만남(?![가-힣])|만났)");
  // 지수 옴, 하린 왔음: she came, right after her bare name, as 음슴체 notes write a meeting. Things
  // come too (문자 옴, 영상 옴), and a count (친구 하나 옴), so only a given name's shape counts, and
  // not these.
  private static final Pattern CAME_AFTER =
      Pattern.compile(
          "^\\s(?:(?:또|먼저|혼자|같이|늦게|벌써|이미)\\s)?"
              // 지유 도착함, 윤슬 와있음: she arrived, she is there already
              + "(?:옴|왔음|왔다|왔어|나옴|나왔|와\\s?있(?:음|었음|더라|네|었어)|도착(?:함|했음|했어|했다|했네)?)(?![가-힣])");
  // 다은 연락 옴, 지수 카톡 왔음, 하린 전화함: word from her or to her, right after her bare name.
  private static final Pattern CONTACT_AFTER =
      Pattern.compile(
          "^\\s(?:연락|카톡|문자|전화|톡|디엠|DM)\\s?"
              + "(?:옴|와서|받음|함|줌|남김|보냄|(?:왔|받았|했|보냈)[가-힣]{0,2})(?![가-힣])");
  // 무슨 소리야, 어떤 애가, 이런 일: a word a determiner opens is a thing or someone unnamed, no name.
  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile("(?:^|[^가-힣])(?:무슨|어떤|이런|그런|저런|웬|어느|딴|다른)\\s+$");
  private static final Set<String> THINGS_THAT_COME =
      Set.of("영상", "순서", "신호", "정산", "소식", "연락", "문자", "전화", "답장", "손님", "택배", "하나");
  // The verb that films her, right after her bare name (or her name and 도, her too), as a terse
  // note writes whom the writer filmed: 예나 찍음, 소희도 찍음, 지은 몰래 촬영함. 찍은 and 찍어 are left
  // out (소희 찍은 거, the one she took, or a clause going on).
  private static final Pattern FILMED_AFTER =
      Pattern.compile(
          "^\\s+(?:(?:또|다시|몰래|같이)\\s)?" + "(?:찍음|찍었음|찍었다|찍었어|찍힘|촬영함|촬영했음|촬영했다|녹화함|녹화했음)(?![가-힣])");
  // What befell her or a second meeting, right after her bare name, as 음슴체 notes write it: 은솔
  // 잠듦, 라희 완전 취함, 민지 뻗음, 민지 또 만남.
  private static final Pattern STATE_OR_MEETING_AGAIN_AFTER =
      Pattern.compile(
          "^\\s+(?:(?:완전|완전히|또|결국|바로|금방|다시)\\s)?(?:뻗|기절|꽐라|골아떨어|잠들|잠듦|잠듬|취함|취했|취해서)"
              // 지은 홍대에서 만남, 지은 집에 데려다 줌: where, then the meeting, in her clause
              + "|^\\s+(?:[^\\s.,!?]+\\s+){0,2}?(?:픽업|불러냄|불러냈|만남(?![가-힣])|만났|데려감|데려갔|데려다|데려옴"
              // 다빈 합석: she joined the table
              + "|데리러|합석"
              // 지은 어디서 건짐, 지은 합정에서 태움: where a fisherman caught her, where he picked her up
              + "|건짐|건졌|낚음|낚았|태움|태웠)"
              // 지은 촬영 완료, 지은 영상 보냄: her film
              + "|^\\s+(?:촬영|영상|몰카)"
              // 지은 22살 대학생: her age
              + "|^\\s+(?:1[5-9]|[2-6]\\d)\\s?(?:살|세)"
              // 지은, 수아, 예린 셋이 옴: the first of a list of names
              + "|^,\\s*[가-힣]{2,3},"
              // 소정, 다빈 합석: the first of a list of names, the last before her meeting
              + "|^(?:,\\s*[가-힣]{2,3})+\\s+(?:합석|픽업|만남|불러냄|데려감|옴)(?![가-힣])");
  // A dated note's line, where, then a dash or an arrow and the names of who came: 6/7 토 신촌 — 소담,
  // 라온 둘이 옴; 4/25 토 잠실새내역 → 유리, 보미;
  // 6/14 강남역 11번 출구 — 지유. (the names before this one in the list, bare or with 랑). The date and
  // the place are masked by then: before the dash only blanks, digits and a lone syllable (토) are
  // left, never a word.
  private static final Pattern DASH_LIST_BEFORE =
      Pattern.compile(
          "^\\s{2,}(?:[\\s\\d/.()~:]|(?<![가-힣])[가-힣](?![가-힣]))*\\s(?:[—–\\-→]|->|=>)\\s*"
              + "(?:[가-힣]{2,4}(?:이랑|랑|하고)?\\s*,?\\s+)*$");
  // ... and the list goes on or ends after it: a comma, 둘이/셋이, the clause's end.
  private static final Pattern DASH_LIST_AFTER =
      Pattern.compile("^(?:\\s*$|[.,(]|\\s+(?:둘이|셋이|넷이|다섯이)(?![가-힣]))");
  // A girl described after her name, in the same line: 수린은 내가 지난달 태웠던 애, 세아. 간호사라던 애
  // (an adnominal, then the word for a girl or a woman).
  private static final Pattern GIRL_DESCRIBED_AFTER =
      Pattern.compile(
          "^[.,]?\\s+(?:[^.!?\\n]*?\\s)?[가-힣]*(?:던|은|는|인|한|운|온|간|준)\\s?(?:애|여자애|여자|여학생)"
              + "(?:임|야|다|예요|이에요|였음|였어)?(?![가-힣])");
  // The word for a friend or a girl with its topic particle, then her name: 친구는 가을, 걔 이름은 X
  // (written bare, as chats answer who she is).
  private static final Pattern GIRL_TOPIC_BEFORE =
      Pattern.compile(
          "(?:친구|여자|여자애|여자\\s?친구|그\\s?애|걔"
              // 여자애 둘 옴. 하나는 다솜: one of the girls counted before, by her name
              + "|(?:다른\\s?|나머지\\s?)?하나|한\\s?명|다른\\s?애)\\s?(?:는|은)\\s$");
  // ... and the answer ends there (친구는 가을., 친구는 가을 ㅋㅋ), not a clause going on (친구는 하루 종일 잠).
  private static final Pattern ANSWER_ENDS = Pattern.compile("^(?:\\s*$|\\s*[.,!?~(]|\\s+[ㅋㅎ])");
  // Hunting words and labels the next name belongs to: 사냥감은 은채, 물고기 = 채원, 이름 유나.
  private static final Pattern LABEL =
      Pattern.compile("(?:사냥감|먹잇감|물고기|타겟|target|tgt|prey|피해자)\\s*(?:은|는|이|:|=|-|—)?\\s*$");
  // A hunting word, a verb or common noun saying it was chosen, then the name: 먹잇감 확인 - 유나.
  private static final Pattern LABEL_THEN_VERB =
      Pattern.compile(
          "(?:사냥감|먹잇감|물고기|타겟|target|prey)\\s*(?:은|는|이|:|=)?\\s*[가-힣]{1,5}\\s*[.\\-:=—,]+\\s*$");
  // "이름 유나": a name introduced; a victim's only when the line speaks of prey.
  private static final Pattern NAMED = Pattern.compile("(?:이름|본명|실명|name)\\s*(?:은|는|이|:|=)?\\s*$");
  // A name after what she does or is: 네일샾 직원 소희, 카페 알바 지수, 간호학과 학생 유진.
  private static final Pattern OCCUPATION_BEFORE =
      Pattern.compile(
          "(?:직원|알바생?|학생|대학생|여대생|간호사|승무원|회사원|직장인|손님|점원|학과|학번|룸메이트|룸메|후배|동기"
              // 구매자 뽀빠이가 800: a name after the part he plays
              + "|구매자|판매자|구매처|판매처|거래처)\\s$");
  // A Korean "her" met or filmed before the name is given: 그 애를 만났다. 이름은 채원.
  private static final Pattern HER_KO = Pattern.compile("그\\s?애|그\\s?여자|그녀|걔");
  // An age in brackets right after the word: 다은(24), 수지 (21세), 예슬(22살).
  private static final Pattern AGE_AFTER =
      Pattern.compile("^\\s?\\(\\s?(?:1[5-9]|[2-6]\\d)\\s?(?:세|살)?\\s?[),]");
  // A fee word right after the name (용식 수고비), not after an entity masked between (지난번 졸피뎀 값:
  // the drug's price).
  private static final Pattern FEE_AFTER =
      Pattern.compile("^\\s?(?:수고비|소개비|약값|운전비|차비|몫|값|대금|편집비|방값|\\(|/|\\s*$)");
  // A name with the spoken possessive written onto it: 수아꺼, 윤서거 ("hers").
  private static final Pattern OWN = Pattern.compile("([가-힣]{2})(?:꺼|거|것)");
  // Her matter, then what it cost or left (하은 건 수고비, 지우 건 영상 지움): the job was about her.
  private static final Pattern MATTER_AFTER =
      Pattern.compile("^\\s건\\s(?:수고비|소개비|영상|촬영|촬영본|파일|사진|삭제|정산|몫|대금|입금|판매|넘김|지움)");
  // A quoted word with a person's particle, or the subject of what only people do ('꼬마'한테, 텔방
  // '고등어'가 산대): a nickname; a quoted title takes neither ('여름밤'이 제일 잘 팔림).
  private static final Pattern QUOTED_NICKNAME =
      Pattern.compile(
          "['‘\"“](?<name>[가-힣]{1,5})['’\"”]\\s?(?<particle>한테서|에게서|한테|에게|이랑|랑|하고|이|가)"
              + "(?![가-힣])");
  // Particles an OCR'd page or hurried notes write apart from the name (다은이 랑, 쿠키맨 한테).
  private static final Set<String> PARTICLES_APART =
      Set.of("한테", "에게", "한테서", "에게서", "통해서", "통해", "랑", "이랑");

  private final KoreanMorphology morphology;

  KoreanNames(KoreanMorphology morphology) {
    this.morphology = morphology;
  }

  /** A word taken apart. */
  private record Parts(String name, boolean affectionate, String kin, String particle) {}

  /**
   * The Korean names of {@code line}.
   *
   * @param numbers where percentages and amounts start in the line
   * @param aboutVictim whether the line is about meeting, filming or drugging someone
   */
  List<Found<Person>> find(String line, List<Integer> numbers, boolean aboutVictim) {
    List<Found<Person>> out = new ArrayList<>();
    // 한 지 율: a full name written a syllable apart, as lists sometimes spell names out.
    Matcher spaced = SPACED_NAME.matcher(line);
    while (spaced.find()) {
      String name = spaced.group(1) + spaced.group(2) + spaced.group(3);
      if (surnameAndGivenSyllables(name) && plausible(name)) {
        out.add(Found.of(spaced.start(), spaced.end(), new Person(name, Optional.empty()), 0.8));
      }
    }
    // ㅈㅎ형, ㅁㅅ한테: a man written by his initial consonants, with a kinship word or a
    // person's particle (not ㅋㅋ, ㅇㅇ and the other chat abbreviations).
    Matcher initials = INITIALS.matcher(line);
    while (initials.find()) {
      String name = initials.group(1);
      if (!CHAT_ABBREVIATIONS.contains(name)
          && name.chars().distinct().count() > 1
          && (INITIALS_PERSON.matcher(line.substring(initials.end(1))).find()
              || numberRightAfter(line, initials.end(1), numbers))) {
        out.add(
            Found.of(initials.start(1), initials.end(1), new Person(name, Optional.empty()), 0.8));
      }
    }
    Matcher quoted = QUOTED_NICKNAME.matcher(line);
    while (quoted.find()) {
      String particle = quoted.group("particle");
      if (PERSON_PARTICLES.contains(particle)
          || AGENT_VERB.matcher(line.substring(quoted.end())).find()) {
        out.add(
            Found.of(
                quoted.start("name"),
                quoted.end("name"),
                new Person(quoted.group("name"), Optional.empty()),
                0.8));
      }
    }
    Matcher m = WORD.matcher(line);
    List<int[]> words = new ArrayList<>();
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i < words.size(); i++) {
      int s = words.get(i)[0];
      int e = words.get(i)[1];
      String word = line.substring(s, e);
      if (s > 0 && line.charAt(s - 1) >= 'ㄱ' && line.charAt(s - 1) <= 'ㅎ') {
        continue; // the 형이랑 of ㅈㅎ형이랑, read with the initials
      }
      if (!HANGUL.matcher(word.substring(word.length() - 1)).matches()) {
        continue;
      }
      // The next word when only a space (or a display name's emoji: 불곰🐻 형) comes between.
      String next =
          i + 1 < words.size()
                  && words.get(i + 1)[0] > e
                  && ChatMessage.withoutEmoji(line.substring(e, words.get(i + 1)[0])).matches(" ?")
              ? line.substring(words.get(i + 1)[0], words.get(i + 1)[1])
              : "";
      String after = line.substring(e);
      String before = line.substring(0, s);
      Matcher own = OWN.matcher(word);
      if (own.matches()
          && givenNameShaped(own.group(1))
          && RecordingOfHer.koreanTitleAfter(after)
          && !morphology.isWholeOrdinaryWord(word)) {
        // 수아꺼 3편 판매: her name with the spoken possessive, before the recording of her (unread,
        // the name stayed in the quoted line of the sale's payment; session 30)
        out.add(
            Found.of(
                s, s + own.group(1).length(), new Person(own.group(1), Optional.empty()), 0.8));
        continue;
      }
      Parts p = parts(word);
      if (p == null || WITH_ME.matcher(before).find()) {
        continue;
      }
      String kinAlone = stripParticle(word);
      if (KIN_ALONE.contains(kinAlone)) {
        // 형이 영상 팔았대요, 형한테서 100만원: a kinship word alone stands for the man the document
        // calls so (태식이 형); idle, it is nobody (the resolver and the idle-role rule decide).
        out.add(
            Found.of(
                s,
                s + kinAlone.length(),
                new Person(kinAlone, Optional.of(kinAlone)),
                0.6,
                "role-only"));
        continue;
      }
      if (word.length() == 1
          && RoleRules.JOB_LABEL.matcher(before).find()
          && after.matches("(?s)^(?:\\s*[,(/+]|\\s*$).*")
          && !ONE_SYLLABLE_WORDS.contains(word)) {
        // 촬영감독: 곰, 캠: 곰 (가방캠): after a crew's job and its colon, one syllable is a nickname
        out.add(Found.of(s, e, new Person(word, Optional.empty()), 0.8));
        continue;
      }
      // "real name: 표재만", "이름: 오진도": after a word saying a name follows, a last syllable 만 or 도
      // is the name's, not the particle "only" or "too".
      if (Set.of("만", "도").contains(p.particle())
          && word.length() == 3
          && NAMED.matcher(before).find()
          && plausible(word)) {
        p = new Parts(word, false, "", "");
      }
      if (LOCATIVE.contains(p.particle())) {
        continue; // 서울숲에서 만남, 모텔로: where, not who (people take 한테, 에게, 랑)
      }
      if (p.kin().equals("씨") && morphology.isWholeOrdinaryWord(p.name() + "씨")) {
        continue; // 아저씨가, 마음씨도, 날씨가: a word ending in 씨, not a name and its honorific
      }
      String name = p.name();
      // 서희네 오피스텔, 민지네: 네 after a name is her household or her place. The name is hers,
      // read weakly (a person only where the document names her in a stronger form), whether or
      // not Nori splits the 네 off (it does after a name it knows, 서희, not after 민지).
      boolean household =
          p.particle().isEmpty()
              && p.kin().isEmpty()
              && name.length() >= 3
              && name.endsWith("네")
              && plausible(name.substring(0, name.length() - 1));
      if (household) {
        name = name.substring(0, name.length() - 1);
      }
      // 약사 김씨한테: a surname with 씨 after his job is the surname with the job (김약사).
      if (name.length() == 2
          && name.charAt(1) == '씨'
          && KoreanSurnames.contains(name.substring(0, 1))
          && i > 0
          && words.get(i - 1)[1] == s - 1
          && PersonWords.isKoreanTitle(line.substring(words.get(i - 1)[0], words.get(i - 1)[1]))) {
        String job = line.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
        out.add(
            Found.of(
                s, s + 2, new Person(name.charAt(0) + plainTitle(job), Optional.of(job)), 0.85));
        continue;
      }
      // The word Nori is asked about: a nickname's stem (곰돌 of 곰돌이), which is no word.
      String asWord = name;
      if ((p.affectionate() || (p.particle().equals("이") && p.kin().isEmpty()))
          && !name.chars().allMatch(c -> GIVEN_SYLLABLES.indexOf(c) >= 0)
          && morphology.isWholeOrdinaryWord(name + "이")) {
        // 곰돌이, 왕눈이: a nickname that is a word ending in 이, not 곰돌 + 이 (but 지은이 is 지은)
        name = name + "이";
      }
      int end = s + name.length();
      // Titles: 김약사, 변사장님 (a surname and a title), 최민수 실장 (a name, then the title).
      Optional<String> title = titleOf(name);
      if (title.isPresent()) {
        String head = name.substring(0, name.length() - title.get().length());
        if (head.isEmpty()) {
          // 사장님이 alone: the title with its 님 is how he is called (as 형님 is).
          String alone =
              p.kin().equals("님") && PersonWords.KOREAN_ROLE_WORDS.contains(name + "님")
                  ? name + "님"
                  : name;
          out.add(Found.of(s, s + alone.length(), new Person(alone, title), 0.6, "role-only"));
        } else if (head.length() == 1 && KoreanSurnames.contains(head)) {
          out.add(Found.of(s, end, new Person(head + plainTitle(title.get()), title), 0.85));
        } else if (head.length() == 1 && nicknameBeforeTitle(head)) {
          // 곰사장, 털사장: a thing a crew calls a man by, with his title; no surname, but no less
          // a person (read as no one, his share and his payments had no payee).
          out.add(Found.of(s, end, new Person(head + plainTitle(title.get()), title), 0.75));
        } else if (head.length() <= 3 && plausible(head) && !PersonWords.isKoreanTitle(head)) {
          // (대리기사: a rank before a trade is one job word, no name and title)
          out.add(Found.of(s, s + head.length(), new Person(head, title), 0.8));
        }
        continue;
      }
      if ((PersonWords.KOREAN_ROLE_WORDS.contains(name)
              || PersonWords.VICTIM_ROLE_WORDS.contains(name))
          && p.particle().length() <= 2) {
        out.add(Found.of(s, end, new Person(name, Optional.of(name)), 0.6, "role-only"));
        continue;
      }
      String nextStem = next.isEmpty() ? "" : stripParticle(next);
      if (!next.isEmpty()
          && Set.of("씨", "님").contains(nextStem)
          && word.length() >= 2
          && word.length() <= 4
          && plausible(word)) {
        // 윤하은 씨가: nothing comes between a name and 씨, so the whole word is the name (Nori
        // would read the 은 of 윤하은 as a particle).
        out.add(Found.of(s, e, new Person(word, Optional.empty()), 0.8));
        i++;
        continue;
      }
      if (word.length() == 1
          && KoreanSurnames.contains(word)
          && PersonWords.isKoreanTitle(nextStem)) {
        int ne = words.get(i + 1)[0] + nextStem.length();
        out.add(
            Found.of(s, ne, new Person(word + plainTitle(nextStem), Optional.of(nextStem)), 0.85));
        i++;
        continue;
      }
      if (!next.isEmpty()
          && titleOf(nextStem).filter(t -> t.equals(nextStem)).isPresent()
          && p.particle().isEmpty()
          && plausible(name)
          && !business(name)) {
        out.add(Found.of(s, end, new Person(name, Optional.of(nextStem)), 0.85)); // 최민수 실장
        i++;
        continue;
      }
      if (!plausible(name)
          || commonWordWithParticle(word)
          || morphology.isNominalisedVerb(name)
          || morphology.isVerbModifier(word)
          || DETERMINER_BEFORE.matcher(before).find()) {
        continue; // (모름, 있음, 들어옴: a verb made a noun, as 음슴체 notes end their lines)
      }
      if (LABEL.matcher(before).find()
          && isFiller(word, name)
          && after.matches("^\\s*[.\\-:=—,]+\\s*[가-힣].*")) {
        continue; // 먹잇감 확인 - 유나, 물고기 정해짐. 서연이: the name comes after the verb
      }
      boolean kinApart =
          p.kin().isEmpty()
              // 현철이 형한테: the affectionate 이, then the kinship word apart
              && (p.particle().isEmpty() || p.particle().equals("이"))
              && !next.isEmpty()
              && isKinWord(stripParticle(next));
      // "쿠키맨 한테", "다은이 랑": a person's particle written apart, as hurried notes and OCR'd pages
      // do (after the affectionate 이 too).
      boolean particleApart =
          (p.particle().isEmpty() || (p.particle().equals("이") && p.kin().isEmpty()))
              && PARTICLES_APART.contains(next);
      boolean strong =
          !household
              && (!p.kin().isEmpty()
                  || kinApart
                  || particleApart
                  // (간호학과 유진이, 카페 알바 지수가: the affectionate 이 or a subject's particle too)
                  || (p.particle().matches("|이|가|은|는") && OCCUPATION_BEFORE.matcher(before).find())
                  || (p.particle().isEmpty()
                      && p.kin().isEmpty()
                      && AGE_AFTER.matcher(after).find())
                  || (PERSON_PARTICLES.contains(p.particle())
                      && !thingsJoined(p.particle(), asWord, next, nextStem))
                  || (p.affectionate()
                      && !p.particle().isEmpty()
                      && !thingsJoined(p.particle(), asWord, next, nextStem))
                  || LABEL.matcher(before).find()
                  || (p.particle().isEmpty() && RoleRules.JOB_LABEL.matcher(before).find())
                  || LABEL_THEN_VERB.matcher(before).find()
                  || NAMED.matcher(before).find()
                  || (numberRightAfter(line, e, numbers)
                      && p.particle().matches("|은|는|이|가")
                      && (!morphology.isOrdinaryWord(asWord) || numbers.size() >= 2)
                      // 서류봉투 18,000: a thing Nori reads as two nouns, priced
                      && !morphology.isCompoundOfNouns(asWord))
                  // 하은 건 수고비: her matter, then what it cost or left
                  || (p.particle().isEmpty()
                      && p.kin().isEmpty()
                      && MATTER_AFTER.matcher(after).lookingAt()
                      && (givenNameShaped(name) || looksLikeFullName(name))
                      && !morphology.isFunctionWord(asWord))
                  || (FEE_AFTER.matcher(after).find()
                      && p.particle().matches("|이")
                      && feeFollows(after))
                  || ((p.particle().equals("이") || p.particle().equals("가"))
                      && AGENT_VERB.matcher(after).find()
                      && !((SEASONS_AND_TIMES.contains(name) || arrivingThing(name, asWord))
                          && COMING.matcher(after).find()))
                  || (name.length() == 3
                      && KoreanSurnames.contains(name.substring(0, 1))
                      && !morphology.isOrdinaryWord(asWord))
                  // 길서준과, 문동혁과: a surname and two given-name syllables Nori misreads
                  || (!p.particle().isEmpty()
                      && surnameAndGivenSyllables(name)
                      && morphology.readsNoWordInGivenName(name))
                  || (aboutVictim && (p.particle().equals("를") || p.particle().equals("을")))
                  || (aboutVictim
                      && (p.particle().isEmpty() || OBJECT_PARTICLES.contains(p.particle()))
                      && looksLikeFullName(name))
                  || (p.particle().isEmpty() && after.matches("^\\s+(?:at|@)\\s.*"))
                  // "her friend 채아 came looking", "은호. drives.": a Korean name bare in an English
                  // sentence, an English word for a person before it or what people do after it
                  // (shaped as a given or full name: "friend 라는 애가" is Korean grammar)
                  || (p.particle().isEmpty()
                      && (givenNameShaped(name) || surnameAndGivenSyllables(name))
                      && (EN_PERSON_NOUN_BEFORE.matcher(before).find()
                          || EN_PERSON_VERB_AFTER.matcher(after).lookingAt()))
                  // "got the stuff from 뚜기", "정산 w/ 도하": a Korean name after an English preposition
                  // of persons, as mixed notes write them
                  || (p.particle().isEmpty() && EN_PERSON_PREPOSITION.matcher(before).find())
                  || (p.particle().isEmpty()
                      && EN_VICTIM_VERB_BEFORE.matcher(before).find()
                      && (givenNameShaped(name) || surnameAndGivenSyllables(name)))
                  // 소연이 역삼역 2번 출구에서 만남: the affectionate 이 (or her subject's), where,
                  // then the meeting, as 음슴체 notes write whom the writer met
                  || (p.particle().equals("이")
                      && p.kin().isEmpty()
                      && name.matches("[가-힣]{2,3}")
                      && PersonWords.endsInConsonant(name)
                      && givenNameShaped(name)
                      && !SEASONS_AND_TIMES.contains(name)
                      && MET_THERE_AFTER.matcher(after).lookingAt())
                  // 다은이 풀영상 3편, 채린 2탄, 세빈이 촬영본: a given name, bare or with her 이, before
                  // the recording of her, as a sale list titles it (unread, the name stayed in the
                  // quoted line of the sale's payment; session 28); 하린 넘김: before the verb that
                  // sells her, 채윤이 잔에: before her drink (session 29)
                  || ((p.particle().isEmpty() || (p.particle().equals("이") && p.kin().isEmpty()))
                      && (givenNameShaped(name) || looksLikeFullName(name))
                      && (RecordingOfHer.koreanTitleAfter(after)
                          || RecordingOfHer.koreanSaleAfter(after)
                          || RoleRules.herDrinkAfter(after))
                      // (a word Nori knows, 윤서, 지안, 수아, only before the recording of her in a
                      // sale's line, 윤서 1편 판매; not before a sale's verb: 달라고 해서 넘김)
                      && (!p.particle().isEmpty()
                          || !morphology.isOrdinaryWord(asWord)
                          || (Cues.in(Cues.TRADE, line) && RecordingOfHer.koreanTitleAfter(after)))
                      && !morphology.isFunctionWord(asWord)
                      && !SEASONS_AND_TIMES.contains(name))
                  // 소미 픽업, 은서 불러냄: a name bare before the word for meeting her
                  || (p.particle().isEmpty()
                      && MEET_AFTER.matcher(after).lookingAt()
                      && givenNameShaped(name))
                  || (p.particle().isEmpty()
                      && p.kin().isEmpty()
                      && CONTACT_AFTER.matcher(after).lookingAt()
                      && givenNameShaped(name)
                      && !THINGS_THAT_COME.contains(name)
                      && !SEASONS_AND_TIMES.contains(name))
                  || (p.particle().isEmpty()
                      && p.kin().isEmpty()
                      && CAME_AFTER.matcher(after).lookingAt()
                      && givenNameShaped(name)
                      && !THINGS_THAT_COME.contains(name)
                      && !SEASONS_AND_TIMES.contains(name))
                  || (p.particle().isEmpty()
                      && p.kin().isEmpty()
                      && STATE_OR_MEETING_AGAIN_AFTER.matcher(after).lookingAt()
                      && (givenNameShaped(name) || looksLikeFullName(name)))
                  || ((p.particle().isEmpty() || p.particle().equals("도"))
                      && p.kin().isEmpty()
                      && FILMED_AFTER.matcher(after).lookingAt()
                      && (givenNameShaped(name) || looksLikeFullName(name))
                      && !morphology.isFunctionWord(asWord)
                      && !SEASONS_AND_TIMES.contains(name))
                  // 6/7 토 신촌 — 소담, 라온 둘이 옴: who came, listed bare after where
                  || (p.particle().isEmpty()
                      && p.kin().isEmpty()
                      && !p.affectionate()
                      && DASH_LIST_BEFORE.matcher(before).find()
                      && DASH_LIST_AFTER.matcher(after).lookingAt()
                      && (givenNameShaped(name)
                          || looksLikeFullName(name)
                          || (name.length() == 2
                              && !morphology.isOrdinaryWord(name)
                              // (봄이: the affectionate 이 of a one-syllable name, not a name)
                              && !(name.charAt(1) == '이' && hasFinalConsonant(name.charAt(0)))))
                      && !morphology.isFunctionWord(asWord))
                  // 수린은 내가 태웠던 애, 세아. 간호사라던 애: a girl described after her name
                  || (p.particle().matches("|은|는")
                      && p.kin().isEmpty()
                      && GIRL_DESCRIBED_AFTER.matcher(after).lookingAt()
                      && (givenNameShaped(name) || looksLikeFullName(name))
                      && !morphology.isFunctionWord(asWord))
                  // 친구는 가을: her name given bare after the word for a friend or a girl (하나는
                  // 소담이, with the 이 after a final consonant that names her)
                  || ((p.particle().isEmpty()
                          || (p.particle().equals("이") && PersonWords.endsInConsonant(name)))
                      && p.kin().isEmpty()
                      && GIRL_TOPIC_BEFORE.matcher(before).find()
                      && ANSWER_ENDS.matcher(after).lookingAt()
                      && (givenNameShaped(name) || looksLikeFullName(name))
                      && !morphology.isFunctionWord(asWord)));
      boolean weak =
          !strong
              && (household
                  || (numberRightAfter(line, e, numbers) && p.particle().matches("|은|는"))
                  || (aboutVictim
                      && (OBJECT_PARTICLES.contains(p.particle()) || p.particle().isEmpty()))
                  || p.particle().matches("은|는|이|가|의")
                  || (p.particle().isEmpty() && !morphology.isOrdinaryWord(asWord))
                  // 세린, 유나: a given name Nori also knows as a word, bare; hers where the
                  // document names her in a stronger form
                  || (p.particle().isEmpty() && givenNameShaped(name)));
      if (strong || weak) {
        boolean label =
            LABEL.matcher(before).find()
                || LABEL_THEN_VERB.matcher(before).find()
                || (NAMED.matcher(before).find()
                    && (Cues.in(Cues.HUNT, line)
                        || (aboutVictim && Cues.in(HER_KO, line.substring(0, s)))));
        List<String> flags = new ArrayList<>();
        flags.add(strong ? (label ? "label" : "") : "weak");
        String kin = kinApart ? stripParticle(next) : p.kin();
        if (PersonWords.KOREAN_ROLE_WORDS.contains(kin) || KIN_ALONE.contains(kin)) {
          flags.add(PeopleResolver.KIN_FLAG + kin);
        }
        flags.remove("");
        out.add(
            Found.of(
                s,
                end,
                new Person(name, Optional.empty()),
                strong ? 0.8 : 0.6,
                flags.toArray(String[]::new)));
        if (kinApart) {
          i++;
        }
      }
    }
    return out;
  }

  // Syllables Korean given names are commonly made of: Nori's dictionary reads many names as
  // ordinary words (나은비 as 나 + 은 + 비, 한지율 as 한 + 지율), so a surname and two of these is taken
  // for a full name where the line is about meeting or filming someone.
  private static final String GIVEN_SYLLABLES =
      "가겸결경규균근기나남늘다담도동라란람래려련령로루률륜리린림미민범별병보봄비빈빛산상새서석선설성세소솔솜송수숙순슬승시신"
          + "아안애연영예옥온완우욱운원월유윤율은을의인일재정종주준지진찬채철초춘태하한해혁현혜호화환효후훈휘희";

  private static boolean hasFinalConsonant(char c) {
    return c >= '가' && c <= '힣' && (c - '가') % 28 != 0;
  }

  /** Two of {@link #GIVEN_SYLLABLES}: the shape of a given name (세린, 유나, 다은). */
  static boolean givenNameShaped(String name) {
    return name.length() == 2
        && GIVEN_SYLLABLES.indexOf(name.charAt(0)) >= 0
        && GIVEN_SYLLABLES.indexOf(name.charAt(1)) >= 0;
  }

  /**
   * A common noun before a title, not shaped as a name: the business or trade whose man he is (치과
   * 실장, 파티룸 사장), as {@link #plausible} says of the businesses it lists.
   */
  private boolean business(String name) {
    return !givenNameShaped(name)
        && !surnameAndGivenSyllables(name)
        && morphology.isOrdinaryWord(name);
  }

  /** A surname and two given-name syllables (나은비, 한지율), not a word Nori knows whole. */
  private boolean looksLikeFullName(String name) {
    return surnameAndGivenSyllables(name) && !morphology.isWholeOrdinaryWord(name);
  }

  /** Three syllables: a surname, then two of {@link #GIVEN_SYLLABLES}. */
  static boolean surnameAndGivenSyllables(String name) {
    return name.length() == 3
        && KoreanSurnames.contains(name.substring(0, 1))
        && GIVEN_SYLLABLES.indexOf(name.charAt(1)) >= 0
        && GIVEN_SYLLABLES.indexOf(name.charAt(2)) >= 0;
  }

  /** A verb or common noun after a hunting word (확인, 정해짐, 선정), not the name it introduces. */
  private static boolean isFiller(String word, String name) {
    return word.matches(".*(?:짐|됨|함|음|했|완료|확인|결정|선정|확정|발견|포착|찜)[.]?$")
        || PersonWords.KOREAN_NOT_NAMES.contains(name);
  }

  /**
   * A common word with a particle that reads like a surname and given name: 차에서 (차 + 에서), 방에서, 술을.
   * Such a word is never a name.
   */
  private static boolean commonWordWithParticle(String word) {
    for (String p : List.of("에서", "으로", "에게", "한테", "까지", "부터", "처럼")) {
      if (word.length() > p.length()
          && word.endsWith(p)
          && PersonWords.KOREAN_NOT_NAMES.contains(word.substring(0, word.length() - p.length()))) {
        return true;
      }
    }
    return false;
  }

  // A fee word right after the name and an amount after it: 용식 수고비 40만 지급.
  private static boolean feeFollows(String after) {
    return after.matches("^\\s?(?:수고비|소개비|약값|운전비|차비|몫|값|대금|편집비|방값).*");
  }

  private static boolean numberRightAfter(String line, int end, List<Integer> numbers) {
    for (int n : numbers) {
      if (n >= end && line.substring(end, n).matches("\\s*(?:몫은?|몫이|share|:|/)?\\s*\\(?\\s*")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isKinWord(String w) {
    return !w.isEmpty() && KIN.contains(w);
  }

  private static String plainTitle(String title) {
    return title.endsWith("님") && title.length() > 2
        ? title.substring(0, title.length() - 1)
        : title;
  }

  // One syllable before a title that makes another title or a rank (부사장, 총책, 새 사장, 그 사장,
  // 본사장 of 본사 사장), not a nickname.
  private static final Set<String> NOT_NICKNAMES =
      Set.of("부", "총", "새", "그", "저", "옛", "본", "대", "회", "사", "각", "동", "타", "전", "현", "원");

  /** Whether a syllable written onto a title is a nickname: a common noun (곰, 털), no rank. */
  private boolean nicknameBeforeTitle(String head) {
    return !NOT_NICKNAMES.contains(head) && morphology.isCommonNoun(head);
  }

  private static Optional<String> titleOf(String name) {
    for (String t : PersonWords.KOREAN_TITLES) {
      if (name.endsWith(t) && (name.length() - t.length() <= 3)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code word} and {@code nextStem} are two things joined by 랑 (치킨이랑 맥주 시킴, 커피랑 케이크, 지갑이랑
   * 열쇠): the companion particle joins things as often as people, so when Nori knows both words
   * whole as ordinary words and the first is not shaped as a given name, 랑 makes no person (수빈이랑 카페
   * 감, 지아랑 술 마심: a given name's shape, whatever Nori knows it as, still does).
   */
  private boolean thingsJoined(String particle, String word, String next, String nextStem) {
    return (particle.equals("랑") || particle.equals("이랑"))
        && nextStem.length() >= 1
        // 유이랑 봄이: the affectionate 이 on the next word makes it a name, and the pair people
        && !(next.length() >= 2
            && next.endsWith("이")
            && PersonWords.endsInConsonant(next.substring(0, next.length() - 1)))
        && !givenNameShaped(word)
        && morphology.isWholeOrdinaryWord(word)
        && morphology.isWholeOrdinaryWord(nextStem)
        && !PersonWords.isCrewWord(nextStem)
        && !KIN_ALONE.contains(nextStem);
  }

  /**
   * Whether a word that "comes" (택배가 왔다, 답장이 옴, 감기가 옴, 버스가 안 옴) is a thing that arrives rather than
   * someone: a word Nori knows whole as an ordinary word and not shaped as a given name. Coming
   * alone makes no person of it; a nickname that is a word (고래가 왔음) is a person where the document
   * writes him in a stronger form (a particle of persons, a payment, a chat).
   */
  private boolean arrivingThing(String name, String asWord) {
    // (one syllable is a nickname's length, 곰이 왔다, and no parcel's)
    return name.length() >= 2 && !givenNameShaped(name) && morphology.isWholeOrdinaryWord(asWord);
  }

  private static String stripParticle(String w) {
    for (String p : PARTICLES) {
      if (!p.isEmpty() && w.length() > p.length() && w.endsWith(p)) {
        return w.substring(0, w.length() - p.length());
      }
    }
    return w;
  }

  // Pronouns with their particles (나한테, 걔가): never names. "나은" is a name: 나 takes 는.
  private static final Set<String> PRONOUN_FORMS =
      Set.of(
          "나는",
          "나도",
          "나를",
          "나랑",
          "나한테",
          "나에게",
          "나한테서",
          "나의",
          "내가",
          "내꺼",
          "너는",
          "너도",
          "너를",
          "너랑",
          "너한테",
          "너에게",
          "니가",
          "네가",
          "저는",
          "저도",
          "저를",
          "저랑",
          "저한테",
          "저에게",
          "제가",
          "걔는",
          "걔가",
          "걔를",
          "걔랑",
          "걔한테",
          "쟤는",
          "쟤가",
          "쟤를",
          "쟤한테",
          "얘는",
          "얘가",
          "얘를",
          "얘한테",
          "그는",
          "그가",
          "그를",
          "그한테",
          "우리는",
          "우리가",
          "우리를",
          "우리한테",
          "저희",
          "너희",
          // with whom: 나하고 만났음 ("met with me"), 우리랑 술
          "나하고",
          "저하고",
          "너하고",
          "걔하고",
          "우리랑",
          "우리하고",
          "우리와",
          "저희랑",
          "저희하고",
          "저희와");

  /** The word as name + affectionate 이 + kinship word + particle, or null when nothing is left. */
  private static Parts parts(String word) {
    if (PRONOUN_FORMS.contains(word)) {
      return null;
    }
    Parts best = null;
    for (String p : PARTICLES) {
      if (!word.endsWith(p) || word.length() - p.length() < 1) {
        continue;
      }
      String r = word.substring(0, word.length() - p.length());
      if (!agrees(r, p)) {
        continue; // 뽀빠이 is no 뽀빠 + 이: after a vowel the subject particle is 가
      }
      for (String k : KIN) {
        if (!r.endsWith(k) || r.length() - k.length() < 1) {
          continue;
        }
        String r2 = r.substring(0, r.length() - k.length());
        Optional<String> plain = PersonWords.withoutAffectionateI(r2);
        Parts c = new Parts(plain.orElse(r2), plain.isPresent(), k, p);
        if (best == null || score(c) > score(best)) {
          best = c;
        }
      }
    }
    return best;
  }

  /**
   * Whether a particle that has one form after a final consonant and another after a vowel (이/가,
   * 은/는, 을/를, 과/와, 이랑/랑) is the right form for what it follows.
   */
  private static boolean agrees(String stem, String particle) {
    char last = stem.isEmpty() ? 'a' : stem.charAt(stem.length() - 1);
    if (last < '가' || last > '힣') {
      return true; // Daniel이: the romanised name's sound is not written
    }
    boolean consonant = PersonWords.endsInConsonant(stem);
    return switch (particle) {
      case "이", "은", "을", "과", "이랑", "이래" -> consonant;
      case "가", "는", "를", "와", "래" -> !consonant;
      default -> true;
    };
  }

  // The reading with a real particle and kinship word wins over one keeping them in the name.
  private static int score(Parts p) {
    int s = 0;
    if (!p.particle().isEmpty()) {
      s += PERSON_PARTICLES.contains(p.particle()) ? 3 : 1;
    }
    if (!p.kin().isEmpty()) {
      s += 2;
    }
    if (p.affectionate()) {
      s += 1;
    }
    if (p.name().length() < 2 || p.name().length() > 4) {
      s -= 5;
    }
    return s;
  }

  private static boolean plausible(String name) {
    return name.length() >= 2
        // 한테, 에게: a particle the writer set apart from the name before it is no one itself
        && !KoreanParticles.isParticle(name)
        && name.length() <= 4
        && name.matches("[가-힣]+")
        && !PersonWords.KOREAN_NOT_NAMES.contains(name)
        && !PlaceReader.GAZETTEER.contains(name)
        // 마포구, 역삼동: a public place with its district's suffix, as addresses write it
        && !("구동시군".indexOf(name.charAt(name.length() - 1)) >= 0
            && PlaceReader.GAZETTEER.contains(name.substring(0, name.length() - 1)))
        && !PersonWords.KOREAN_ROLE_WORDS.contains(name)
        && !NATIVE_NUMBER.matcher(name).matches() // 스물셋: her age, not her name
        && !name.matches(".*(?:역|\\d호|만원|천원|프로|퍼센트|출구|모텔|호텔)$")
        // 약국 사장, 노래방 사장님: a business before a title is whose he is, not his name.
        && !name.matches(".*(?:약국|카페|노래방|식당|가게|사우나|편의점|술집|클럽|병원|마트|학원|주점|업소|네일샵|네일샾)$")
        // A place or time particle, a verb's ending or an adverb is no name: 앞에서, 주에 (다음 주에),
        // 정했어, 순하게.
        && !name.matches(".*(?:에서|에|했어|었어|았어|였어|했다|었다|았다|하게|롭게|스럽게)$")
        // A polite verb (보냈어요 형님, 하나 주세요) or a price (기름값 5만) is no name either.
        && !name.matches(".*(?:어요|아요|에요|예요|해요|세요|네요|니다|값)$")
        // A verb's condition (팔리면, 보내면): no name ends so.
        && !name.matches(".+(?:리면|으면|내면|하면|되면|지면|오면|가면)$")
        // The copula's endings left after an amount or a share (삼할이니까, 백이라서) and a question's
        // (뭐였지) are no name.
        && !name.matches("이니까|니까|이라서|이라고|이라면|이면|인데|이지|였지|이었지|뭐였지|뭐지")
        // A verb's 겠 with its ending (모르겠고, 가겠음): a guess or an intention, no name.
        && !name.matches(".+겠(?:고|어|다|음|지|네|는데)?$")
        // A question word with its endings (누구였지, 뭐였더라, 어디임): no name opens with one.
        && !name.matches("(?:누구|뭐|어디|언제|얼마|어느|무슨).*");
  }
}
