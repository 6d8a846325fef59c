package org.okju.ledger;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say what happens in a line, Korean and English: meeting or taking someone
 * somewhere, filming, drugging, the offender's hunting and fishing words for his victims, paying
 * and being paid, driving, editing or hosting files, buying and selling tapes, asking after
 * someone, and the words that make money a promise rather than a payment. Each pattern is searched,
 * not matched whole. Stateless.
 */
final class Cues {
  private Cues() {}

  /** Meeting, summoning, picking up, taking somewhere: the person met is a victim. */
  static final Pattern MEET =
      Pattern.compile(
          "불러냄|불러냈|불러|부름|불렀|만남|만났|만나|데려감|데려갔|데려옴|데리고|픽업|태움|태웠|호출|꼬심|꼬셨|나옴|나왔"
              // Sharing a table, giving a lift, "saw her at": 합석, 태우고, 에서 봄, 랑 봄.
              + "|합석|태우고|태워|꼬셔|랑\\s?(?:저녁|술|데이트|한잔)|에서\\s?봄(?![가-힣])|에서\\s?봤(?!다고)|랑\\s?봄(?![가-힣])|랑\\s?봤(?!다고)"
              // "Took Yuna to the hotel", "drove Sora to the gate", "called Jisoo out to the exit":
              // the one taken somewhere, the verb alone the evidence (before "met": "met up with
              // Jiwon" says with whom).
              + "|(?i:\\b(?:took|drove|walked|dragged|carried|led|called|invited|asked)(?=\\s(?-i:[A-Z])[\\w-]+"
              + "\\s(?:out\\s|over\\s|back\\s|up\\s)?(?:to|into)\\b)|\\bmet up with\\b"
              + "|\\bmet\\b|\\bmeet\\b|\\binvited\\b|\\bsummoned\\b|\\bcalled (?:her|him|them|[A-Z][a-z]+(?:-[a-z]+)?) to\\b"
              + "|\\bpick(?:ed|ing) (?:her |him |them )?up\\b|\\bpick(?:ed|ing|s)? (?-i:[A-Z])[\\w-]+ up\\b|\\bpick(?:ed)? up\\b|\\bpick-?up\\b|\\bbrought\\b"
              + "|\\bspotted\\b|\\bgot talking to\\b|\\btak(?:e|ing) (?:her|him|them)\\b"
              // (notes write "with" as w/: "Dinner w/ Soyeon", as "mtg w/")
              + "|\\b(?:date|drinks|dinner|a drink|a date) (?:with\\b|w/)|\\bmtg (?:w/|with\\b)"
              + "|\\btook (?:her|him|them)\\b|\\blured\\b|\\bscouted\\b|\\bshe came\\b|\\bcame\\b"
              // "had Mila come over to the flat".
              + "|\\bha(?:d|ve) (?:her|him|them|(?-i:[A-Z])[\\w-]+) come (?:over|round|by|up)\\b)");

  /** Filming. */
  static final Pattern RECORD =
      Pattern.compile(
          "촬영|찍음|찍었|찍은|찍어|찍|녹화|몰카|카메라(?!\\s?값|비|\\s?대금)"
              // 담았다 (got it on the card), 캠 2대, 캠 세팅: the camera by its short name.
              + "|담았|담음|캠(?=\\s|$|으로|을|이|\\d|[x×])"
              + "|(?i:\\bfilmed\\b|\\bfilming\\b|\\brecorded\\b|\\brecording\\b|\\bshot\\b|\\btaped\\b"
              + "|\\bcameras?\\b|\\bcams?\\b|\\bfilms?\\b|\\bheld the (?:phone|camera|cam|canon|gopro|iphone)\\b"
              + "|\\brolled tape\\b|\\brolling tape\\b|\\broll tape\\b|\\bfootage\\b"
              + "|\\btripod\\b|\\b(?:already|camera(?:'s| is| was)|cam(?:'s| is| was)) rolling\\b"
              // "Jinwoo set his phone up on the shelf": the one who sets up the camera films.
              + "|\\bset (?:up )?(?:his|the|a|my|her) (?:phone|camera|cam|gopro|iphone)s?\\b"
              // "Kwak had the cameras set": the cameras set up by him before they came.
              + "|\\bhad (?:the|his|a|two) (?:phone|camera|cam)s? (?:set|ready|up|running)\\b)");

  /** Drugging someone. */
  static final Pattern DRUG =
      Pattern.compile(
          "먹임|먹였|탐(?![가-힣])|탔|타서|넣음|넣었|잠듬|잠들|(?i:\\bdrugged\\b|\\bspiked\\b|\\bslipped\\b|\\badded\\b.*\\bto her\\b"
              + "|\\bthe drink\\b|\\bher (?:tea|drink|coffee|soju|beer|wine|glass|cup|juice)\\b"
              + "|\\b(?:put|mixed|dropped)\\b(?:\\s\\w+){1,3}\\s(?:in|into)\\sher\\b)");

  /**
   * What the drink or the drug did to her, said right after her name: "소연 뻗음", "Yerin passed out".
   * The one it is said of is the victim (its subject, unlike a verb's).
   */
  static final Pattern STATE =
      Pattern.compile(
          "^(?:이|가|는|은)?\\s*(?:완전히\\s|완전\\s|또\\s|결국\\s)?(?:뻗|기절|꽐라|골아떨어|잠들|잠듬|잠듦|취함|취했)"
              + "|^\\s+(?i:(?:was\\s+|is\\s+|got\\s+)?(?:completely\\s+)?(?:passed out|out cold|blacked out"
              + "|knocked out|fell asleep))");

  /** The offender's words for his victims (issue 16: he speaks of them as prey and fish). */
  static final Pattern HUNT =
      Pattern.compile(
          "사냥감|먹잇감|물고기|사냥|낚시|타겟|피해자|헌팅"
              // 한 마리 건짐, 앱에서 낚은: what a fisherman says of his catch.
              + "|건짐|건졌|낚음|낚았|낚은|낚아"
              // 입질 옴, 손맛 좋았지, 출조 ㄱ: a bite, the feel of the catch, going out fishing
              + "|입질|손맛|출조|월척"
              + "|(?i:\\bprey\\b|\\btarget\\b|\\btgt\\b|\\bthe catch\\b|\\bcatch\\b|\\bfishing\\b|\\bhunting\\b|\\bvictim\\b)");

  /** Driving, lending a car or a room, editing or hosting files: an accomplice's work. */
  static final Pattern HELP =
      Pattern.compile(
          "운전|차\\s?대기|대기|편집|호스팅|업로드|올림|올렸|방\\s?빌려|빌려줌|빌려줬|빌려준|망봄|망\\s?봐"
              + "|(?i:\\bdrove\\b|\\bdriv(?:e|es|ing|er)\\b|\\bhad the car\\b|\\bhosting\\b|\\bhosts?\\b"
              + "|\\bedit(?:s|ed|ing)?\\b|\\bupload(?:s|ed)?\\b|\\brents?\\b|\\blookout\\b"
              + "|\\blend(?:s|ing)?\\b|\\blent\\b)");

  /**
   * Money given to bring a woman, not for work: her fare, pocket money or a present ("Gave Yeji 50k
   * for the taxi so she'd come", 지우한테 택시비 5만 줌). The one paid so is no accomplice.
   */
  static final Pattern LURE_MONEY =
      Pattern.compile(
          "택시비|차비|교통비|용돈|선물"
              + "|(?i:\\bfor (?:the |a |her )?(?:taxi|cab|uber|fare|bus|train)\\b|\\b(?:taxi|cab) (?:money|fare)\\b"
              + "|\\bso (?:she|she'd|she would|she'll) come\\b|\\bas a (?:gift|present)\\b|\\bpocket money\\b)");

  /**
   * Money lent her at her asking ({@code 예나가 돈 빌려달래서 20만 줌}, "Yena asked to borrow 200k"): a loan,
   * no pay for work, so its payee is no accomplice (session 31: a woman filmed and lent money was
   * suggested as one and named once confirmed). Not "방 빌려줌" (a room lent to the crew: {@link
   * #HELP}).
   */
  static final Pattern LOAN_TO_HER =
      Pattern.compile(
          "(?:빌려|꿔)\\s?(?:달래|달라|달란)|돈\\s?(?:빌려|꿔)\\s?(?:줌|줬|준|주었)"
              + "|(?i:\\b(?:asked|asks|asking|wanted|wants|begged) (?:me )?to borrow\\b"
              + "|\\b(?:lent|loaned) her\\b|\\bas a loan\\b)");

  // "Riley's clip went to Marco for 800k", "ara_1003 went to Vince for 1.2m": a recording gone to
  // a buyer for a price (a place one went to for a while is no sale: its subject is no recording).
  private static final String WENT_TO_A_BUYER =
      "(?i:(?<=(?:tape|clip|video|vid|file|footage|set|recording|copy|original|\\d)s?\\s)went to\\b)"
          + "(?=\\s+[A-Z][^.;]*\\bfor\\s+[$₩]?\\d)";

  /**
   * Money given a woman to keep her quiet or make up for what was done to her: hush money, a
   * settlement, her doctor's bill or her broken phone. Like {@link #LURE_MONEY}, its payee is no
   * accomplice: paid so, a victim had been suggested as one and named once confirmed.
   */
  static final Pattern HUSH_MONEY =
      Pattern.compile(
          "입막음|입\\s?다물|합의금|합의\\s?(?:봄|봤|함|했)|위로금|치료비|병원비|약값\\s?하라고|조용히\\s?(?:있|하)"
              + "|(?i:\\bhush\\b|\\bkeep (?:her |it )?(?:quiet|shut|mouth shut)\\b|\\bshut her up\\b"
              + "|\\bso she (?:wouldn['’]t|won['’]t|doesn['’]t|does not|would not|will not) (?:talk|tell|report|go to)"
              + "|\\bnot to (?:talk|tell|report|go to)\\b|\\bto drop it\\b|\\bsettle(?:d|ment)?\\b"
              + "|\\bfor her (?:phone|doctor|hospital|meds|medicine|taxi|cab)\\b|\\bsorry money\\b"
              // "send Ami 100 so she shuts up", "so she stays quiet"
              + "|\\bso (?:she|she'll|she will|she'd) (?:shuts?|stays?|keeps?) (?:up|quiet)\\b)");

  /**
   * Her fee as the one filmed: an appearance or model's fee ({@code 출연료}, {@code 모델료}, "modelling
   * fee"), as the notes of a crew that lures women with a paid "shoot" write it. Its payee is who
   * was filmed, so a victim, never an accomplice (session 30: {@code 윤서한테 출연료 30만 줌} and "Paid
   * Dayoung 200k modelling fee" made her one, named once confirmed); a man the document names as
   * one stays whatever else it says of him.
   */
  /**
   * Pay for a crew's work, said with the money: the one paid did a job in the trade (drove, filmed,
   * supplied, lent the room), unlike money a woman is given.
   */
  static final Pattern CREW_PAY =
      Pattern.compile(
          "수고비|운전비|편집비|촬영비|약값|기름값|대리비|인건비|일당|방값|카메라\\s?값|렌트비"
              + "|(?i:\\bfees?\\b|\\bwages?\\b|\\bfor (?:the |his |a )?(?:drive|driving|ride|lift|gas|petrol|fuel"
              + "|help|work|job|shoot|filming|camera|editing|edit|room|car|van|pills|drugs|stuff|powder|vial|batch"
              + "|lookout|watch|tip)\\b)");

  static final Pattern MODEL_FEE =
      Pattern.compile(
          "출연료|출연비|모델료|모델비|모델\\s?페이"
              + "|(?i:\\bmodel(?:l)?ing (?:fee|money|pay)\\b|\\bmodel(?:'s)? (?:fee|pay)\\b"
              + "|\\bappearance (?:fee|money)\\b|\\bfor (?:the )?model(?:l)?ing\\b)");

  /**
   * A woman asking for her pictures back or deleted ("Ami texted me asking for her pics back",
   * "asked me to delete her video", {@code 서윤이 사진 지워달라고 연락옴}): the pictures are of her, so she is
   * their victim, and money given her after it is to quiet her, not an accomplice's pay (session
   * 30: paid in the next message, such a woman had been suggested as an accomplice and named once
   * confirmed).
   */
  static final Pattern ASKS_FOR_HER_PICTURES =
      Pattern.compile(
          "(?:사진|영상|동영상|파일|몰카|촬영본)\\s?(?:좀\\s?|다\\s?)?(?:지워|삭제해|내려|돌려)\\s?(?:달라|줘|주세요|달래)"
              + "|(?i:\\b(?:asking|asked|asks|begging|begged)\\b(?:\\s+\\w+){0,3}?\\s+(?:for\\s+)?"
              + "her\\s+(?:pics|pictures|photos|videos?|vids?|clips?|tapes?|footage|files?)\\s+"
              + "(?:back|deleted|removed|taken down|down|gone)\\b"
              + "|\\b(?:asking|asked|asks|begging|begged)\\b(?:\\s+\\w+){0,2}?\\s+to\\s+"
              + "(?:delete|remove|take down)\\s+her\\s+(?:pics|pictures|photos|videos?|vids?|clips?|tapes?|footage|files?)\\b)");

  /**
   * Whether money is given the woman herself: a lure in the person's clause, or a loan or hush
   * money in her line ("Mina called crying. Gave her 100k to keep quiet", "Yena asked to borrow
   * money, gave her 200k": the asking is another clause).
   */
  static boolean moneyForHer(String clause, String line) {
    return in(LURE_MONEY, clause) || in(LOAN_TO_HER, line) || in(HUSH_MONEY, line);
  }

  /** Buying or selling tapes. */
  static final Pattern TRADE =
      Pattern.compile(
          "판매|팔았|팔음|팜|구매|구매자|사감|샀|가져감|가져가고|가져갔|넘김|넘기고|넘겼|값|원본"
              + "|(?i:\\bbuyer\\b|\\bbought\\b|\\bsold\\b|\\bsells?\\b|\\bwants?\\b|\\bpurchas\\w*)"
              + "|"
              + WENT_TO_A_BUYER);

  /** Money to stop or delete a recording: the payer is its victim. */
  static final Pattern DELETION =
      Pattern.compile(
          "삭제|지워|지우|그만|내려|(?i:\\bdelet\\w*|\\bremov\\w*|\\btake (?:it )?down\\b|\\bstop\\b|\\bgone\\b)");

  /** Asking after someone, knowing of it: a witness. */
  static final Pattern WITNESS =
      Pattern.compile(
          "어디\\s?있|물어|찾|목격|봤다고|(?i:\\basking (?:where|what|about|after)\\b|\\basked (?:about|where|what|after)\\b|\\bwhere \\w+ was\\b"
              + "|\\bsaw\\b|\\bwitness\\w*\\b|\\blooking for\\b)");

  /** Money out: the author (or the line's writer) pays. */
  static final Pattern GIVE =
      Pattern.compile(
          "줬|줌|주었|줘|지급|건넴|건넸|건네|보냄|보냈|송금|이체|상납|나감|출금|쏴줌|쏴줬|쏨|쐈"
              // 구백 다 냄, 블루가 냈어: paid it (냄새 is a smell).
              + "|냄(?![가-힣])|냈어|냈음|냈다|냈고"
              // 입금했어요, 입금함: the one speaking deposited it (입금 alone is a ledger's money in).
              + "|입금했|입금함|입금하였"
              + "|(?i:\\bpaid\\b|\\bpd\\b|\\bpay\\b|\\bgave\\b|\\bgive\\b|\\bsent\\b|\\bwired\\b|\\btransferred\\b"
              + "|\\bhanded\\b|\\bdropped\\b(?! off)|\\bkicked in\\b)");

  /** Money in: the author is paid ("Kang gave me 900,000 won", "Brick handed me 300k"). */
  static final Pattern RECEIVE =
      Pattern.compile(
          "받음|받았|받아|받기|받은|받고|팔았|팔음|입금\\s?받|입금됨|들어옴|들어왔|수금|뜯|챙김|챙겼|입금(?!했|함|하였)"
              // 보내왔고, 보내옴: sent towards the writer, money in.
              + "|보내왔|보내옴|보내와"
              + "|(?<=[A-Z][a-z]{1,20}(?:-[a-z]{1,10})?\\s)(?:took|bought)\\b(?=[^.;]*\\bfor\\s+[$₩]?\\d)"
              + "|(?i:\\breceived\\b|\\brcvd\\b|\\brec'd\\b|\\bgot\\b|\\bcollected\\b|\\btook in\\b|\\b(?:paid|sent|gave|handed|wired|transferred|slipped|passed)(?: over)? (?:me|us)\\b"
              // A sale is money in: "sold harbor_claire to Moth for 2m", "하이에나한테 팔았음 300만".
              + "|\\bsold\\b(?! me\\b| us\\b)"
              // "Riley's clip went to Marco for 800k": a tape gone to a buyer for a price.
              + "|"
              + WENT_TO_A_BUYER
              // A cash book's "Jan 8  from Mr. Oh … 1,100,000": money in, no verb written.
              + "|^\\W*(?:[A-Z][a-z]{2}\\.?\\s\\d{1,2}|\\d{1,2}[/.]\\d{1,2})?\\s*from\\b)");

  /** Money that was not handed over: a promise, an offer, a debt, a total. */
  static final Pattern NOT_PAID =
      Pattern.compile(
          "준다고|준대|준다|주기로|줄게|줄거|받으면|받을|받기로|달래|달라|빌려|갚|외상|빚|합계|총액|총\\s|예정|아직"
              + "|(?i:\\bwill\\b|\\b(?:he|she|they|i|we|you)['’]ll\\b|\\bwould\\b|\\bwants\\b|\\bagreed\\b|\\boffer\\w*\\b|\\bowes?\\b|\\bdebt\\b"
              + "|\\btotal\\b|\\bso far\\b|\\bpromis\\w*\\b|\\bif\\b"
              // "20% (1.2m) not sent yet", "unpaid": money still to move.
              + "|\\bnot (?:sent|paid|wired|transferred|yet)\\b|\\bunpaid\\b|\\boutstanding\\b)"
              + "|미지급|미입금|안\\s?보냄|안\\s?줌");

  /** The first match of {@code p} in {@code s}, as written. */
  static Optional<String> first(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /** Whether {@code p} matches in {@code s}. */
  static boolean in(Pattern p, String s) {
    return p.matcher(s).find();
  }
}
