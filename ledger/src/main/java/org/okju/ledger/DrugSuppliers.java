package org.okju.ledger;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a line's drug came from (issue 16, supplies): a pharmacist by title, the person it was
 * received from or said to give or bring it, the one paid for it in its sentence, a name with an
 * arrow to it. The fact rules decide whether the line supplies a drug at all (a promise does not)
 * and fall back on the other party of a one-to-one chat. Stateless.
 */
final class DrugSuppliers {
  private static final Pattern FROM =
      Pattern.compile(
          "(?i)\\bfrom\\s+(?:the\\s+)?(?:(?:"
              + PersonWords.ENGLISH_TITLES
              + ")\\.?\\s+)?$|\\bfrom\\s*$");
  private static final Pattern SUPPLIED =
      Pattern.compile(
          "대줌|대준|건넴|건네줌|건네준|건넸|구해줌|구해준|구해옴|구해왔|가져옴|가져왔|챙겨옴|챙겨왔|^\\s*(?:통해서?|통해)(?![가-힣])"
              + "|(?i:supplied|sold me|sold us|gave me|got us|got me|brought|dropped off|delivered"
              + "|hooked (?:me|us) up|sorted (?:me|us) out|^\\s+(?:has|had) (?:the|some|a)\\b)");
  // 약은 언니가 해줬음: the drug as the topic is no one who gave it.
  private static final Pattern DRUG_AS_A_NAME = Pattern.compile(FactRules.DRUG_WORD_KO);
  // 선생님이 약 더 줌, 민약사가 졸피 챙겨줌: the one said to give it, as the verb's subject.
  private static final Pattern GAVE_KO =
      Pattern.compile("줌|줬|주심|주셨|주더라|줘서|주고(?![가-힣])|준\\s?(?:거|것)(?![가-힣])");

  private DrugSuppliers() {}

  /** Who a drug came from: a pharmacist by title, or the person it was received from. */
  static Optional<String> of(LineReading r) {
    String line = r.line();
    for (Found<Person> p : r.persons()) {
      if (p.value()
          .role()
          .map(t -> t.contains("약사") || t.startsWith("pharma") || t.equals("chemist"))
          .orElse(false)) {
        return Optional.of(p.value().name());
      }
    }
    for (Found<Person> p : r.persons()) {
      String before = line.substring(0, p.start());
      String particle = Clause.particle(line, p);
      // What the supplier did, said of him in his own clause: "Nurse Kang sold me", "Doc Yang
      // dropped off", "Pete has the GHB", "뽀빠이 통해서 물뽕 받음".
      String hisClause = line.substring(p.end(), Math.max(p.end(), Clause.end(line, p.start())));
      if (FROM.matcher(before).find()
          || (particle.matches(".*(?:한테|에게|한테서|에게서)") && Cues.in(Cues.RECEIVE, line))
          || SUPPLIED.matcher(hisClause).find()
          || (particle.matches(".*(?:이|가|께서|은|는)")
              && !DRUG_AS_A_NAME.matcher(p.value().name()).matches()
              && GAVE_KO.matcher(hisClause).find())
          || paidForDrug(r, p)
          || arrowToDrug(r, p)) {
        return Optional.of(p.value().name());
      }
    }
    return r.row().flatMap(row -> r.persons().stream().findFirst()).map(p -> p.value().name());
  }

  // "… 120k for the vial of": one sentence (a decimal point is no sentence's end) with its "for".
  private static final String IN_SENTENCE_FOR =
      "(?is)(?:[^.;!?]|\\.(?=\\d))*\\bfor\\b(?:[^.;!?]|\\.(?=\\d))*";
  private static final Pattern PAID_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:paid|pay|pd|gave|sent)\\s+(?:(?:"
              + PersonWords.ENGLISH_TITLES
              + ")\\.?\\s+)?$");

  /**
   * "졸피 Pablo 한테 30만", "Nurse Jo, 200k (GHB)": the one person paid in the sentence that names the
   * drug sold it, when the line pays one person.
   */
  static Optional<String> paidInTheDrugsSentence(LineReading r, Payments.Result money) {
    if (money.paid().size() != 1) {
      return Optional.empty();
    }
    String payee = money.paid().iterator().next();
    String line = r.line();
    for (Found<Person> p : r.persons()) {
      if (!p.value().name().equals(payee)) {
        continue;
      }
      for (Found<Named> d : r.things(EntityType.DRUG)) {
        int from = Math.min(p.end(), d.end());
        int to = Math.max(p.start(), d.start());
        if (from <= to && !SENTENCE_STOP.matcher(line.substring(from, to)).find()) {
          return Optional.of(payee);
        }
      }
    }
    return Optional.empty();
  }

  private static final Pattern SENTENCE_STOP = Pattern.compile("[.;!?](?!\\d)");

  /** "약: 태식 → 할시온 5정": a name, an arrow and the drug: what he brought. */
  private static boolean arrowToDrug(LineReading r, Found<Person> p) {
    Matcher arrow = ARROW_AFTER.matcher(r.line()).region(p.end(), r.line().length());
    return arrow.lookingAt()
        && r.things(EntityType.DRUG).stream().anyMatch(d -> d.start() == arrow.end());
  }

  private static final Pattern ARROW_AFTER = Pattern.compile("\\s*(?:→|->)\\s*");

  /** "paid Wolfie 120k for the vial of G": the one paid for the drug sold it. */
  private static boolean paidForDrug(LineReading r, Found<Person> p) {
    String line = r.line();
    return PAID_BEFORE.matcher(line.substring(0, p.start())).find()
        && r.things(EntityType.DRUG).stream()
            .anyMatch(
                d ->
                    d.start() > p.end()
                        && line.substring(p.end(), d.start()).matches(IN_SENTENCE_FOR));
  }
}
