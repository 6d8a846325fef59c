package org.okju.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.okju.bench.LedgerBench;
import org.okju.bench.PersonCrossValidation;
import org.okju.bench.PersonCrossValidation.Decision;
import org.okju.bench.PersonCrossValidation.Doc;
import org.okju.bench.PersonCrossValidation.Figure;
import org.okju.ledger.PersonModel;

/**
 * {@code okju bench ledger --cross-validate}: the person decisions learnt from the development
 * half, cross-validated there, then trained on all of it and scored on the test half (summary rows
 * only). The model without the rules' reading learns from the rules' own development half; the
 * decisions that use the rules' reading learn from the rounds of fresh documents read by the rules
 * as they were before each round's fixes, since the present rules read the development half they
 * were tuned on almost perfectly and so show no errors to learn from.
 */
final class LearntPeople {
  private final Map<Decision, Figure> chosen = new java.util.EnumMap<>(Decision.class);
  private final Map<Decision, PersonModel> models = new java.util.EnumMap<>(Decision.class);

  private LearntPeople() {}

  /** Cross-validates on the development half, prints the rows, and trains on all of it. */
  static LearntPeople learn(List<LedgerBench.Reading> readings, PrintStream out)
      throws IOException {
    LearntPeople l = new LearntPeople();
    List<Doc> dev = PersonCrossValidation.docs(readings);
    List<Doc> before = PersonCrossValidation.beforeDocs(readings);
    Map<Decision, Figure> devCv = PersonCrossValidation.crossValidate(dev, 10);
    Map<Decision, Figure> beforeCv = PersonCrossValidation.crossValidate(before, 10);
    out.printf(
        "person decisions, 10-fold cross-validation by document (dev: %d candidates name %d of"
            + " the %d gold people; dev before its fixes: the %d documents of the rounds in"
            + " before/people.tsv, each read by the rules as they were before its round):%n%n",
        dev.stream().mapToInt(d -> d.candidates().size()).sum(),
        PersonCrossValidation.covered(dev),
        dev.stream().mapToInt(d -> d.gold().size()).sum(),
        before.size());
    Map<Decision, Figure> shown = new java.util.LinkedHashMap<>();
    shown.put(Decision.RULES, devCv.get(Decision.RULES));
    shown.put(Decision.MODEL, devCv.get(Decision.MODEL));
    PersonCrossValidation.print(shown, "dev, 10-fold CV", out, true);
    PersonCrossValidation.print(beforeCv, "dev before its fixes, 10-fold CV", out, false);
    out.println();
    l.chosen.put(Decision.RULES, devCv.get(Decision.RULES));
    l.chosen.put(Decision.MODEL, devCv.get(Decision.MODEL));
    l.models.put(Decision.MODEL, PersonCrossValidation.train(dev, Decision.MODEL));
    for (Decision d : List.of(Decision.MODEL_WITH_RULES, Decision.FILTER)) {
      l.chosen.put(d, beforeCv.get(d));
      l.models.put(d, PersonCrossValidation.train(before, d));
    }
    return l;
  }

  /** The filter the ledger ships: the rules filtered by the model, with its chosen threshold. */
  PersonModel filterModel() {
    return models.get(Decision.FILTER).withThreshold(chosen.get(Decision.FILTER).low());
  }

  /** Scores a held-out half with the decisions learnt: summary rows only. */
  void score(List<LedgerBench.Reading> readings, String half, PrintStream out) {
    List<Doc> docs = PersonCrossValidation.docs(readings);
    Map<Decision, Figure> applied = new java.util.LinkedHashMap<>();
    chosen.forEach((d, f) -> applied.put(d, PersonCrossValidation.apply(docs, models.get(d), f)));
    out.println(
        "person decisions trained on the development half, thresholds from its"
            + " cross-validation (the model without the rules' reading on dev, the others on dev"
            + " before its fixes):");
    out.println();
    PersonCrossValidation.print(applied, half, out, true);
    out.println();
  }
}
