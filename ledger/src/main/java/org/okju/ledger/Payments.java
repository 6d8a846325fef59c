package org.okju.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the payments of a line in the direction the line says (issue 16): {@code 받음}, {@code 입금},
 * {@code received}, {@code got … from}, a {@code 받음}/{@code 들어옴} column are money to the writer;
 * {@code 줌}, {@code 지급}, {@code 보냄}, {@code paid}, {@code gave}, a {@code 줌}/{@code 나감} column
 * money from him; "handed over tape 7 to 최사장, received 200만원" is 최사장 paying. The other party is the
 * person the particle or preposition names ({@code 한테서}, {@code from}, {@code 한테}, {@code to}), the
 * subject who sent it ({@code Bruno가 50만 보냄}), a pronoun's person, the table row's, or the other
 * party of a one-to-one chat. A promise, an offer, a debt or a total is no payment. Money paid to
 * have a recording deleted makes its payer a victim. Not thread-safe: one per document.
 */
final class Payments {
  /** A payment read. */
  record Payment(String from, String to, Money amount, double confidence) {}

  /**
   * What a line's money says.
   *
   * @param parties the other party of each payment, with the word that shows it (for roles)
   * @param paid the people money went to (from the writer or from another person): never victims
   * @param victimPayers who paid to have a recording deleted, with the word that says so
   */
  record Result(
      List<Payment> payments,
      Map<String, String> parties,
      Set<String> paid,
      Map<String, String> victimPayers) {}

  // A giving verb whose object is the writer: money in, though the verb alone is money out.
  private static final Pattern TO_THE_WRITER = Pattern.compile("(?i)\\s(?:me|us)$");

  private static final Pattern PRONOUN =
      Pattern.compile("(?i)\\b(?:him|her|she|he|them|they)\\b|그\\s?사람|걔|그\\s?분|그쪽");
  private static final Pattern SOURCE =
      Pattern.compile("^(?:씨|님|이형|형님|형|선배)?(?:한테서|에게서|으로부터|로부터|쪽에서|측에서)");
  private static final Pattern TARGET = Pattern.compile("^(?:씨|님|이형|형님|형|선배|이)?(?:한테|에게|께)(?!서)");
  private static final Pattern FEE = Pattern.compile("약값|수고비|운전비|차비|편집비|방값|(?i:\\bfee\\b)");
  // A buyer taking a tape: the money he sends is the writer's.
  private static final Pattern BUYS =
      Pattern.compile("가져가고|가져감|가져갔|구매|사감|샀|(?i:\\bbuyer\\b|\\bbought\\b|\\bpurchased\\b)");
  private static final Pattern SUPPLY =
      Pattern.compile(
          "공급|대줌|구해줌|(?i:\\bsupplied\\b|\\bsupply\\b|\\brestock(?:ed)?\\b|\\bre-?upped\\b|\\bstocked up\\b)");
  // Verbs of sending money: their subject pays ("Bruno가 50만 보냄"); 줌/지급 are the writer's.
  private static final Pattern SENDING =
      Pattern.compile(
          "보냄|보냈|송금|이체|입금|냄(?![가-힣])|냈어|냈음|냈다|냈고"
              + "|(?i:\\bsent\\b|\\bwired\\b|\\btransferred\\b|\\bpaid\\b|\\bkicked in\\b)");
  // "wants Magnolia deleted": her wish that it be gone, not a buyer wanting it.
  private static final Pattern WANTS_IT_DELETED =
      Pattern.compile(
          "(?i)\\bwants?\\s+(?:[\\w\"'“”‘’-]+\\s+){0,3}(?:deleted|removed|gone|taken down)\\b");
  // After a name: he pays too, in a clause of his own.
  private static final Pattern PAYS_TOO =
      Pattern.compile("(?i)\\s+(?:also\\s+|too\\s+)?(?:sent|wired|paid|transferred|kicked in)\\b");
  private static final Pattern PRONOUN_SUBJECT =
      Pattern.compile("(?i)\\b(?:she|he|they)\\s+(?:\\w+\\s+)?$|(?:걔가|그\\s?사람이|그쪽에서)\\s*$");
  private static final Pattern IT_PAID =
      Pattern.compile("(?i)\\b(?:sent|paid|transferred|wired) (?:it|that|them)\\b|그거\\s?받|입금\\s?받");

  // Money said to have moved, after the amount: a request or promise before it was then kept
  // ("약값 달라고 해서 30만 보냄", "he asked for 300k so I sent it").
  private static final Pattern DONE =
      Pattern.compile(
          "^\\s*(?:원|만원|만|천원)?\\s*(?:[가-힣]+\\s)?(?:줬|줌|주었|보냄|보냈|송금함|송금했|송금\\s?완료|쏴줌|쏴줬|쐈|받음"
              + "|받았|입금됨|입금했|입금함)"
              + "|^\\s*(?i:(?:was\\s)?(?:sent|paid|wired|transferred|received)\\b)");

  // An English verb of money moved right before the amount ("Client paid 700,000 won to …"): the
  // payment was made, whatever promise the rest of the sentence speaks of ("… after he promised
  // the video would be deleted"); not after a modal or "if" ("if she paid 300k", "would have
  // sent").
  private static final Pattern PAID_RIGHT_BEFORE =
      Pattern.compile("(?i)\\b(?:paid|sent|wired|transferred)\\s+(?:[a-z]+\\s+)?$");
  private static final Pattern UNREAL_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:will|would|could|should|might|if|once|when|until|unless|[a-z]+['’](?:ll|d))"
              + "\\s+(?:\\w+\\s+){0,2}$");

  private static boolean paidRightBefore(String line, Found<Money> m) {
    String before = line.substring(Clause.start(line, m.start()), m.start());
    Matcher v = PAID_RIGHT_BEFORE.matcher(before);
    return v.find() && !UNREAL_BEFORE.matcher(before.substring(0, v.start())).find();
  }

  // The second person as the other side of a payment, in a message to the export's owner.
  private static final Pattern TO_YOU =
      Pattern.compile(
          "(?i)\\b(?:to|from|sent|paid|gave|transferred|wired)\\s+you\\b|너한테|너에게|니한테|니에게|네게");

  private static final Pattern TOTAL = Pattern.compile("합계|총액|총계|(?i:\\btotal\\b|\\bsum\\b)");

  private String lastOther;
  private boolean tradedBefore;
  // The writer who last asked for a deletion, and the word: "[지은] 돈 보냈으니까 영상 지워" then
  // "[지은] 50만원 보냈어" pays to have it deleted (a chat writer's messages are lines of their own).
  private String deletionAskedBy;
  private String deletionWord;

  void newEntry() {
    lastOther = null;
    tradedBefore = false;
    deletionAskedBy = null;
    deletionWord = null;
  }

  /**
   * A bare amount in a clause of its own right after a promise ("졸피는 약사 아재가 또 준대요. 20만"): the
   * promised price, money not yet handed over, as the promise's own clause would say.
   */
  private static boolean priceOfAPromise(String line, Found<Money> m) {
    int start = Clause.start(line, m.start());
    String rest =
        line.substring(start, m.start()) + line.substring(m.end(), Clause.end(line, m.start()));
    int before = start - 1;
    while (before >= 0 && !Character.isLetterOrDigit(line.charAt(before))) {
      before--;
    }
    return before >= 0
        && rest.replaceAll("[\\s.,!?~원]", "").isEmpty()
        && Cues.in(Cues.NOT_PAID, Clause.around(line, before));
  }

  // Someone paying the writer with a trade's title (실장, 사장) is in the trade.
  private static boolean titled(LineReading r, String party) {
    return r.persons().stream()
        .anyMatch(
            p ->
                p.value().name().equals(party)
                    && p.value().role().map(PersonReader::isAccompliceTitle).orElse(false));
  }

  /**
   * The payments of one line.
   *
   * @param recordedWomen the women the line names as what a recording is of ({@code 하람이 영상}, "for
   *     the Sunhee and Jiwoo sets"): what the money is for, never a party to it
   */
  Result read(
      LineReading r,
      List<String> lineVictims,
      List<String> recordedWomen,
      Set<String> victims,
      Optional<String> chatPartner) {
    List<Payment> out = new ArrayList<>();
    Map<String, String> parties = new LinkedHashMap<>();
    Set<String> paid = new java.util.LinkedHashSet<>();
    Map<String, String> victimPayers = new LinkedHashMap<>();
    String line = r.line();
    LineCues cues = new LineCues(line);
    for (Found<Money> m : r.money()) {
      String clause = Clause.around(line, m.start());
      // A table row records money that moved; only a total in it is no payment.
      boolean inTable = r.row().isPresent() && r.row().get().at(m.start()).isPresent();
      boolean promised =
          inTable
              ? cues.has(TOTAL)
              : (Cues.in(Cues.NOT_PAID, clause)
                      && !cues.has(IT_PAID)
                      && !paidRightBefore(line, m)
                      && !Cues.in(DONE, line.substring(m.end(), Clause.end(line, m.start()))))
                  || priceOfAPromise(line, m);
      if (isShareAmount(r, m) || promised) {
        continue;
      }
      Boolean in = null;
      String verb = null;
      Found<Person> other = null;
      if (r.row().isPresent()) {
        Optional<TableReader.Cell> cell = r.row().get().at(m.start());
        if (cell.isPresent() && cell.get().column() == TableReader.Column.IN) {
          in = true;
          verb = "받음";
        } else if (cell.isPresent() && cell.get().column() == TableReader.Column.OUT) {
          in = false;
          verb = "줌";
        } else {
          Optional<Boolean> said =
              r.row().get().in(TableReader.Column.DIRECTION).stream()
                  .map(c -> TableReader.direction(c.text()))
                  .flatMap(Optional::stream)
                  .findFirst();
          // A signed amount (a household-accounts export's -150000) says it too, and a sale in
          // the row's memo (1편 판매: the writer sold, the money came in).
          in =
              said.or(() -> cell.flatMap(Payments::signed))
                  .orElse(
                      (cues.has(Cues.RECEIVE) || SALE_IN_ROW.matcher(line).find())
                          && !cues.has(FEE));
          verb = in ? "입금" : "지급";
        }
        // Not the woman the row's recording is of (her name merged over the rows of her sales,
        // 3/4 | 지유 | 1편 판매 | 1,200,000 | 백사장): the money is for her recording, paid by or
        // to someone else; made its party, she was an accomplice, named once it was confirmed.
        // (A deletion's money is hers, 지민 원본 삭제 요청; a row naming no one else keeps its one
        // person, as before.)
        boolean deletionRow = Cues.in(Cues.DELETION, line);
        other =
            r.persons().stream()
                .filter(p -> deletionRow || !recordedWomen.contains(p.value().name()))
                .findFirst()
                .or(() -> r.persons().stream().findFirst())
                .orElse(null);
      }
      String payer = null; // set when two other people pay each other
      if (r.row().isPresent()) {
        List<TableReader.Cell> from = r.row().get().in(TableReader.Column.FROM);
        List<TableReader.Cell> to = r.row().get().in(TableReader.Column.TO);
        if (!from.isEmpty() && !to.isEmpty()) {
          // From | To columns: the writer's side says the direction, else two others pay.
          boolean fromWriter = TableReader.isWriter(from.get(0).text());
          boolean toWriter = TableReader.isWriter(to.get(0).text());
          Found<Person> fromPerson = personIn(r, from.get(0));
          Found<Person> toPerson = personIn(r, to.get(0));
          if (fromWriter && toPerson != null) {
            in = false;
            verb = "지급";
            other = toPerson;
          } else if (toWriter && fromPerson != null) {
            in = true;
            verb = "입금";
            other = fromPerson;
          } else if (fromPerson != null && toPerson != null) {
            in = false;
            verb = "지급";
            other = toPerson;
            payer = fromPerson.value().name();
          }
        }
      }
      String pronounParty = null;
      if (in == null) {
        Matcher v = verbNear(line, cues, m);
        if (v == null) {
          if (!cues.has(FEE) && !cues.has(SUPPLY) && r.things(EntityType.DRUG).isEmpty()) {
            continue;
          }
          in = false; // 김약사 수면제 공급, 20만원: what a supply or a fee costs the writer
          verb = Cues.first(SUPPLY, line).or(() -> Cues.first(FEE, line)).orElse("paid");
          other = nearest(r, m, recordedWomen);
        } else {
          verb = v.group();
          // Read where the verb stands, so that what follows it counts ("took X for 2.5m").
          in =
              Cues.RECEIVE
                      .matcher(line)
                      .region(v.start(), line.length())
                      .useTransparentBounds(true)
                      .lookingAt()
                  && !gotADrugFirst(r, v, m);
          other = counterparty(r, m, v, lineVictims, recordedWomen);
          if (!in && Cues.in(Cues.GIVE, verb)) {
            Found<Person> subject = subjectBefore(r, v, recordedWomen);
            boolean targeted =
                other != null
                    && (TARGET.matcher(Clause.particle(line, other)).find()
                        || line.substring(Math.max(0, other.start() - 4), other.start())
                            .matches("(?i).*\\bto\\s*"));
            Found<Person> asker =
                subject != null && Cues.in(SENDING, verb) ? sourceBefore(r, subject) : null;
            Found<Person> recipient = subject != null ? recipientAfter(r, v) : null;
            if (recipient != null && !recipient.equals(subject)) {
              payer = subject.value().name(); // "Client paid 700,000 won to Choi"
              other = recipient;
            } else if (asker != null) {
              // "준기로부터 … 문자를 받았고, 내담자는 150만원을 송금": she paid the man she heard from.
              payer = subject.value().name();
              other = asker;
            } else if (subject != null && targeted && !subject.equals(other)) {
              payer = subject.value().name(); // 박실장이 김약사에게 10만원 줌
            } else if (subject != null
                && subject.equals(other)
                && (Cues.in(SENDING, verb)
                    || (verb.matches("줬|줌|주었|줘")
                        && Clause.koreanSubject(line, subject)
                        // his own verb between is what he did, the 줌 the writer's: "짱구가 졸피뎀
                        // 구해옴 (10만 줌)"
                        && !line.substring(subject.end(), v.start())
                            .matches("(?s).*(?:[()]|[가-힣](?:옴|음|함|됨|고|서)(?![가-힣])).*")))
                && !Cues.in(FEE, clause)) {
              in = true; // Bruno가 50만 보냄, Mr. Lee paid me, 마대표가 250만 줬고
            } else if (subject == null
                && PRONOUN_SUBJECT.matcher(line.substring(0, v.start())).find()) {
              in = true; // "she sent it": the one "she" is
              other = null;
              pronounParty = pronoun(r, m);
            } else if (other != null
                && !targeted
                && Cues.in(BUYS, clause)
                && !Cues.in(FEE, clause)) {
              in = true; // 범수 선배 (buyer) N_01 가져가고 150만원 보냄: the buyer pays
            }
          }
        }
      }
      String self = r.self();
      String party = other != null ? other.value().name() : pronounParty;
      if (r.speaker().isPresent() && payer == null && Cues.in(TO_YOU, clause)) {
        int from = Clause.start(line, m.start());
        int to = Clause.end(line, m.end());
        if (other == null || other.start() < from || other.end() > to) {
          // Another writer's "sent you 600k", "너한테 140만 보냄": "you" is the export's owner.
          party = SuggestedFact.AUTHOR;
        }
      }
      if (r.speaker().isEmpty() && chatPartner.isPresent() && Cues.in(TO_YOU, clause)) {
        int from = Clause.start(line, m.start());
        int to = Clause.end(line, m.end());
        if (other == null || other.start() < from || other.end() > to) {
          // The owner's own "sent you 800k": "you" is the other party of the chat.
          party = chatPartner.get();
        }
      }
      if (party == null && PRONOUN.matcher(clause).find()) {
        party = pronoun(r, m);
      }
      if (party == null
          && r.speaker().filter(w -> !w.equals(SuggestedFact.AUTHOR)).isPresent()
          && r.persons().stream().allMatch(p -> p.flags().contains("chat-writer"))) {
        // [불곰] 50만 보냈음, [… 수신] 80만 보냈다: the other writer to the export's owner.
        party = SuggestedFact.AUTHOR;
      }
      if (party == null && r.persons().isEmpty()) {
        party = chatPartner.orElse(r.textStart() > 0 ? lastOther : null);
      }
      if (party == null || party.equals(self)) {
        continue;
      }
      if (payer != null) {
        parties.put(party, verb);
        parties.put(payer, verb);
        paid.add(party);
        out.add(new Payment(payer, party, m.value(), 0.7));
        continue;
      }
      Money amount = m.value();
      boolean deletion =
          in
              && (cues.has(Cues.DELETION) || victims.contains(party) || lineVictims.contains(party))
              && !Cues.in(
                  Cues.TRADE, WANTS_IT_DELETED.matcher(clause.replace("원본", "")).replaceAll(""));
      if (deletion) {
        victimPayers.put(party, Cues.first(Cues.DELETION, line).orElse(verb));
      } else if (!in
          || cues.has(Cues.TRADE)
          || tradedBefore
          || titled(r, party)
          // Money for a tape the line names ("Vince paid me 900k for ara_1003"): a buyer.
          || !r.things(EntityType.TAPE).isEmpty()) {
        parties.put(party, in ? Cues.first(Cues.TRADE, line).orElse(verb) : verb);
      }
      if (party.equals(SuggestedFact.AUTHOR)
          && !self.equals(SuggestedFact.AUTHOR)
          && !cues.has(Cues.DELETION)) {
        if (self.equals(deletionAskedBy) && !in) {
          victimPayers.putIfAbsent(self, deletionWord); // she pays for the deletion she asked
        } else {
          parties.putIfAbsent(self, verb); // [불곰] 50만 보냈음: the writer who pays is in the trade
        }
      }
      if (!in) {
        paid.add(party);
      }
      out.add(
          in
              ? new Payment(party, self, amount, 0.75 * m.confidence() / 0.95)
              : new Payment(self, party, amount, 0.75 * m.confidence() / 0.95));
    }
    for (Found<Person> p : r.persons()) {
      String n = p.value().name();
      if (!victims.contains(n) && !lineVictims.contains(n) && !n.equals(r.self())) {
        lastOther = n;
      }
    }
    tradedBefore = cues.has(Cues.TRADE); // 겨울잠 넘기고 / 변사장한테서 80만원 받음
    if (r.speaker().isPresent() && cues.has(Cues.DELETION) && !cues.has(Cues.TRADE)) {
      deletionAskedBy = r.self();
      deletionWord = Cues.first(Cues.DELETION, line).orElse("delete");
    }
    return new Result(out, parties, paid, victimPayers);
  }

  // A sale written in a table row: 판매, 팔림, "sold".
  private static final Pattern SALE_IN_ROW =
      Pattern.compile("판매(?!자|처|\\s?예정)|팔림|팔렸|팔았|(?i:\\bsold\\b|\\bsale\\b)");

  /** The direction a money cell's sign gives: a minus is money out, a plus money in. */
  private static Optional<Boolean> signed(TableReader.Cell cell) {
    String t = cell.text().strip();
    if (t.matches("[-−]\\s?[₩$]?\\s?\\d.*")) {
      return Optional.of(false);
    }
    return t.matches("\\+\\s?[₩$]?\\s?\\d.*") ? Optional.of(true) : Optional.empty();
  }

  // A table row or a line of a share list carries the share's amount, not a payment.
  private static boolean isShareAmount(LineReading r, Found<Money> m) {
    if (r.percents().isEmpty()) {
      return false;
    }
    if (r.row().isPresent()) {
      Optional<TableReader.Cell> cell = r.row().get().at(m.start());
      if (cell.isPresent()
          && (cell.get().column() == TableReader.Column.IN
              || cell.get().column() == TableReader.Column.OUT)) {
        return false; // 창식 몫 (15%) | | 27: the share paid out
      }
      if (r.row().get().in(TableReader.Column.DIRECTION).stream()
          .anyMatch(d -> TableReader.direction(d.text()).isPresent())) {
        return false; // Send | 300 | Sparrow | her cut, 20%: a row whose money moved, the share
        // paid
      }
    }
    if (Cues.in(Cues.GIVE, r.line()) || Cues.in(Cues.RECEIVE, r.line())) {
      // "소개비 10% 줌 (30만)", "Felix cut 10% = 110,000 paid": a share handed over is a payment
      // too; only an amount beside a share in a clause with no money verb of its own is not.
      String clause = Clause.around(r.line(), m.start());
      return r.row().isEmpty()
          && !Cues.in(Cues.GIVE, clause)
          && !Cues.in(Cues.RECEIVE, clause)
          && r.percents().stream().anyMatch(p -> Math.abs(p.start() - m.start()) < 12);
    }
    return true;
  }

  /**
   * The money verb that goes with an amount: in Korean the verb after it in the clause, in English
   * the one before it (or after it: "she sent it"); the nearest wins.
   */
  private static Matcher verbNear(String line, LineCues cues, Found<Money> m) {
    int from = Clause.start(line, m.start());
    int to = Clause.end(line, m.end());
    Matcher best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Pattern p : List.of(Cues.RECEIVE, Cues.GIVE)) {
      for (LineCues.Match v : cues.matches(p, from, to)) {
        int d = v.start() >= m.end() ? v.start() - m.end() : m.start() - v.end();
        if (p == Cues.RECEIVE && TO_THE_WRITER.matcher(line.substring(v.start(), v.end())).find()) {
          d -= 2; // "paid me", "gave me" beat the "paid", "gave" inside them
        }
        if (d < bestDistance) {
          bestDistance = d;
          best = p.matcher(line);
          best.region(v.start(), v.end());
          best.useTransparentBounds(true); // a verb's lookahead reads past it ("took X for 2.5m")
          best.find();
        }
      }
    }
    if (best == null) {
      // "150만 입금 받음" after "조실장이 #44 가져감." or a fee without a verb: look in the line.
      // A pattern found nowhere in the line is found after no position of it either.
      for (Pattern p : List.of(Cues.RECEIVE, Cues.GIVE)) {
        if (!cues.has(p)) {
          continue;
        }
        Matcher v = p.matcher(line);
        if (v.find(Math.max(0, m.start() - 40))) {
          return v;
        }
      }
    }
    return best;
  }

  // Right before a name: the words that make her what someone asks after or wants.
  private static final Pattern ASKED_AFTER_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:ask(?:s|ed|ing)?\\s+(?:about|after)|looking\\s+for|wants?\\s+(?:more\\s+(?:of\\s+)?)?)\\s*$");

  private static final Pattern NEXT_SENTENCE =
      Pattern.compile(
          // the verb itself may end the sentence: "그 사람한테서 50만 받음. 다혜 몫이라고 …"
          "^(?:[^.!?]*[가-힣])?[.!?](?:\\s|$)|^[^,]*[가-힣](?:고|는데|지만|서),\\s");

  private static final Pattern AFTERTHOUGHT = Pattern.compile("[가-힣]{0,4}\\s*(?:[.!?]|$)");

  private static Found<Person> counterparty(
      LineReading r,
      Found<Money> m,
      Matcher verb,
      List<String> lineVictims,
      List<String> recordedWomen) {
    String line = r.line();
    boolean deletion = Cues.in(Cues.DELETION, line);
    int from = Clause.start(line, m.start());
    int to = Clause.end(line, m.end());
    Found<Person> best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Found<Person> p : r.persons()) {
      if (p.value().name().equals(r.self())) {
        continue;
      }
      if (ASKED_AFTER_BEFORE
              .matcher(line.substring(Clause.start(line, p.start()), p.start()))
              .find()
          && !deletion) {
        // "Brick asked about Nari again. Sent him 100k": the one asked after or wanted is what the
        // talk is about, not the man paid (made the payee, she was read as an accomplice).
        continue;
      }
      if (recordedWomen.contains(p.value().name()) && !deletion) {
        // "하람이 영상 편집 맡김 (편집 막내 15만 줌)", "sent you 1.2m for the Sunhee and Jiwoo sets": the
        // money is for her recording, paid to someone else (a crew word the line names, the chat's
        // other writer); made her payee, she was read as an accomplice and, once the payment was
        // confirmed, named in every output (session 28, tried as a new user would).
        continue;
      }
      if (p.start() >= verb.end()
          && m.start() < p.start() // "… 10만 보냄. ㅂㄷ 기름값 5만.": his amount is in his sentence
          && NEXT_SENTENCE.matcher(line.substring(verb.end(), p.start())).find()
          && !AFTERTHOUGHT.matcher(line.substring(p.end())).lookingAt()) {
        // "300만원을 보내왔고, 도진수에게 그 중 30%를 줬습니다", "80만 보냈다. 확인해라. 오대리 몫 …": a
        // name in the sentence or clause after the verb's, doing something of its own there, is no
        // party to its money ("이십오만원 받았다. 예린이한테서." is).
        continue;
      }
      String particle = Clause.particle(line, p);
      String before =
          line.substring(Math.max(0, p.start() - 8), p.start()).toLowerCase(java.util.Locale.ROOT);
      int score = 0;
      boolean inClause = p.start() >= from && p.end() <= to;
      if (inClause) {
        score += 10;
      }
      if (SOURCE.matcher(particle).find() || before.matches(".*\\bfrom\\s*$")) {
        score += 8;
      } else if (TARGET.matcher(particle).find() || before.matches(".*\\bto\\s*$")) {
        score += 7;
      } else if (Math.abs(p.end() - verb.start()) <= 2 || Math.abs(verb.end() - p.start()) <= 2) {
        score += 6; // "Paid Mr. Ha", "Bruno가 … 보냄", "Boss Yoon paid me"
      }
      if (r.money().size() >= 2
          && p.end() <= m.start()
          && line.substring(p.end(), m.start()).matches("\\s*[:=\\-–—]?\\s*")) {
        score += 9; // "Sent Ray 720k, Joon 480k": in a list, each amount is the name's before it
      }
      if (lineVictims.contains(p.value().name()) && !deletion) {
        score -= 5;
      }
      score -= Math.min(5, Math.abs(p.start() - m.start()) / 10);
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    return best;
  }

  /**
   * The person doing the giving, if the clause names one: the Korean name marked 가/이/께서 before the
   * verb ("Bruno가 … 보냄"), or the English name right before it ("Mr. Lee paid me").
   */
  /**
   * "Got the G from Toby, 200k", "김약사한테 졸피 10알 받음 30만": what the writer got is the drug (named
   * between the verb and the amount, or as the Korean verb's object before it with the amount
   * after), and the amount is what he paid for it ("Got 500k from Vince", "30만 받음" got money; a
   * line that sells gets money for the drug).
   */
  private static boolean gotADrugFirst(LineReading r, Matcher verb, Found<Money> m) {
    String line = r.line();
    if (Cues.in(Cues.TRADE, line)) {
      return false;
    }
    int clause = Clause.start(line, verb.start());
    return r.things(EntityType.DRUG).stream()
        .anyMatch(
            d ->
                (d.start() >= verb.end() && d.end() <= m.start())
                    || (d.start() >= clause
                        && d.end() <= verb.start()
                        && m.start() >= verb.end()
                        && r.money().stream()
                            .noneMatch(o -> o.start() >= d.end() && o.end() <= verb.start())));
  }

  private static Found<Person> subjectBefore(
      LineReading r, Matcher verb, List<String> recordedWomen) {
    String line = r.line();
    int from = Clause.start(line, verb.start());
    Found<Person> found = null;
    for (Found<Person> p : r.persons()) {
      if (p.start() < from || p.start() >= verb.start() || p.value().name().equals(r.self())) {
        continue;
      }
      String particle = Clause.particle(line, p);
      // 은별이가; and the notes' word for their victim as the topic (내담자는 … 송금).
      boolean korean =
          particle.matches("(?:씨|님|형|선배|이(?=가))?(?:이|가|께서)")
              || (p.flags().contains("role-resolved")
                  && p.flags().contains("label")
                  && particle.matches("[은는]"));
      // "Mr. Lee paid me", "Sujin sent 500,000" (nobody else named after the verb in its
      // sentence: the writer is paid; "Tank sent 1.2m. sent Marco 300k" names Marco in the next
      // sentence, paid by the writer), and "Client paid 700,000 won to (an account) Choi (gave
      // her)": paid to the one named after "to".
      int sentenceEnd = sentenceEnd(line, verb.end());
      boolean english =
          // a name in markup: [[Professor]] paid, **Vince** paid
          line.substring(p.end(), verb.start()).matches("(?:\\]\\]|\\*\\*|__)?\\s*")
              && (line.substring(verb.end()).matches("(?i)\\s+(?:me|us)\\b.*")
                  // "Brick paid 500k for the Yuna video": what the money is for names no payee
                  || r.persons().stream()
                      .filter(o -> !recordedWomen.contains(o.value().name()))
                      // "Moss sent 300k for it, Kestrel sent 1.2m": a payer of his own
                      .filter(
                          o -> !PAYS_TOO.matcher(line).region(o.end(), line.length()).lookingAt())
                      .noneMatch(o -> o.start() > verb.end() && o.start() < sentenceEnd)
                  || recipientAfter(r, verb) != null);
      if (korean || english) {
        found = p;
      }
    }
    return found;
  }

  // The end of an English sentence: a full stop, a question or exclamation mark or a semicolon
  // before a space or the line's end (not the point of 1.2m).
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;](?=\\s|$)");

  /** Where the sentence holding {@code at} ends: its closing mark, or the line's end. */
  private static int sentenceEnd(String line, int at) {
    Matcher e = SENTENCE_END.matcher(line);
    return e.find(at) ? e.start() : line.length();
  }

  /**
   * The person an English verb of paying names as its recipient after "to", in its sentence: "paid
   * 700,000 won to Choi", "to an account Choi gave her".
   */
  private static Found<Person> recipientAfter(LineReading r, Matcher verb) {
    String line = r.line();
    return r.persons().stream()
        .filter(
            o ->
                o.start() > verb.end()
                    && line.substring(verb.end(), o.start())
                        .matches("(?i)[^.;]*\\bto\\s+(?:(?:the|an?|his)\\s+)?(?:[a-z]+\\s+){0,2}"))
        .findFirst()
        .orElse(null);
  }

  /**
   * The person a message or demand came from, before the payer in the line ({@code 준기로부터 문자를 받았고,
   * 내담자는 …}): not the payer, and not the writer.
   */
  private static Found<Person> sourceBefore(LineReading r, Found<Person> payer) {
    String line = r.line();
    for (Found<Person> p : r.persons()) {
      if (p.end() <= payer.start()
          && !p.value().name().equals(payer.value().name())
          && !p.value().name().equals(r.self())
          && SOURCE.matcher(Clause.particle(line, p)).find()) {
        return p;
      }
    }
    return null;
  }

  private static Found<Person> personIn(LineReading r, TableReader.Cell c) {
    return r.persons().stream()
        .filter(p -> p.start() >= c.start() && p.end() <= c.end())
        .findFirst()
        .orElse(null);
  }

  private static Found<Person> nearest(LineReading r, Found<Money> m, List<String> recordedWomen) {
    Found<Person> best = null;
    for (Found<Person> p : r.persons()) {
      // 하람 영상 편집비 15만: the fee is for her recording, paid to no one she is
      if (p.value().name().equals(r.self()) || recordedWomen.contains(p.value().name())) {
        continue;
      }
      if (best == null || Math.abs(p.start() - m.start()) < Math.abs(best.start() - m.start())) {
        best = p;
      }
    }
    return best;
  }

  /** Who "him", "she", "걔" is: the last other person the line or the entry named. */
  private String pronoun(LineReading r, Found<Money> m) {
    String found = null;
    for (Found<Person> p : r.persons()) {
      if (p.start() < m.start() && !p.value().name().equals(r.self())) {
        found = p.value().name();
      }
    }
    return found != null ? found : lastOther;
  }
}
