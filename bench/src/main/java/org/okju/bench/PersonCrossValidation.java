package org.okju.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.okju.ledger.PersonCandidates;
import org.okju.ledger.PersonModel;

/**
 * An honest figure for the person decision on text the rules were not tuned on: person candidates
 * (more than the rules accept, {@link PersonCandidates}) labelled by the annotation, a {@link
 * PersonModel} learnt on nine tenths of the development documents and scored on the tenth left out,
 * for each tenth (folds by document, the INDEX order dealt round-robin). The rules' own reading is
 * one of the candidates' features in some decisions and left out in others, since the rules were
 * tuned on these very documents.
 */
public final class PersonCrossValidation {
  /** Rounds, step and penalty of every model trained here: fixed, so runs repeat exactly. */
  public static final int ROUNDS = 400;

  public static final double STEP = 1.0;
  public static final double L2 = 0.001;

  /** One document's candidates and its gold people (names only). */
  public record Doc(String name, Set<String> gold, List<PersonCandidates.Candidate> candidates) {}

  /** A candidate scored out of fold. */
  private record Scored(int doc, String name, boolean byRules, boolean party, double p) {}

  /** How people are decided. */
  public enum Decision {
    /** The rules' people, as today. */
    RULES("rules alone"),
    /** The model alone, trained without the rules' reading: candidates over the threshold. */
    MODEL("model without the rules' reading"),
    /** The model trained with the rules' reading as features: candidates over the threshold. */
    MODEL_WITH_RULES("model with the rules' reading"),
    /**
     * The rules' people less those the model doubts among the ones no fact names (what the ledger's
     * {@code PersonFilter} ships).
     */
    FILTER("rules less the people in no fact the model doubts");

    private final String label;

    Decision(String label) {
      this.label = label;
    }

    /** How the bench prints it. */
    public String label() {
      return label;
    }

    boolean withRules() {
      return this != MODEL;
    }
  }

  /**
   * A decision's figure: person counts over the documents and the thresholds it used.
   *
   * @param low a rules' person in no fact under this probability is dropped (FILTER)
   * @param high a candidate over this is a person (MODEL, MODEL_WITH_RULES)
   */
  public record Figure(
      Decision decision, int gold, int found, int correct, double low, double high) {
    public LedgerBench.Row row(String type) {
      return new LedgerBench.Row("entity", type, gold, found, correct);
    }
  }

  private PersonCrossValidation() {}

  /** The gold person names of an annotation ({@code E person NAME ROLE}). */
  public static Set<String> goldPeople(List<String> annotation) {
    Set<String> out = new LinkedHashSet<>();
    for (String l : annotation) {
      String plain = LedgerBench.withoutRole(l);
      if (plain.startsWith("E person ")) {
        out.add(plain.substring("E person ".length()));
      }
    }
    return out;
  }

  /** The candidates of documents as the bench read them. */
  public static List<Doc> docs(List<LedgerBench.Reading> readings) {
    PersonCandidates candidates = new PersonCandidates();
    List<Doc> out = new ArrayList<>();
    for (LedgerBench.Reading r : readings) {
      out.add(
          new Doc(r.name(), goldPeople(r.annotation()), candidates.of(r.text(), r.extraction())));
    }
    return out;
  }

  /** Where the people the reader found before each round's fixes are ({@code before.sh}). */
  static final String BEFORE = "/org/okju/bench/ledger/before/people.tsv";

  /**
   * The development documents written in rounds (sessions 6 to 11), each with the people the reader
   * found in it before that round's fixes: the rules on text they had never seen, the only honest
   * examples of their errors the development half holds.
   */
  public static List<Doc> beforeDocs(List<LedgerBench.Reading> readings) throws IOException {
    Map<String, LedgerBench.Reading> byName = new LinkedHashMap<>();
    readings.forEach(r -> byName.put(r.name(), r));
    List<String> documents = new ArrayList<>();
    Map<String, List<PersonCandidates.RulesPerson>> people = new LinkedHashMap<>();
    try (java.io.InputStream in = PersonCrossValidation.class.getResourceAsStream(BEFORE)) {
      if (in == null) {
        throw new IOException("missing resource " + BEFORE);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        String[] f = line.split("\t", -1);
        if (line.startsWith("#documents")) {
          documents.addAll(List.of(f[2].split(" ", -1)));
        } else if (!line.startsWith("#") && f.length == 9) {
          people
              .computeIfAbsent(f[2], k -> new ArrayList<>())
              .add(
                  new PersonCandidates.RulesPerson(
                      f[3],
                      f[4].isEmpty() ? List.of() : List.of(f[4].split(",", -1)),
                      Boolean.parseBoolean(f[5]),
                      Boolean.parseBoolean(f[6]),
                      Boolean.parseBoolean(f[7]),
                      f[8]));
        }
      }
    }
    PersonCandidates candidates = new PersonCandidates();
    List<Doc> out = new ArrayList<>();
    for (String name : documents) {
      LedgerBench.Reading r = byName.get(name);
      if (r != null) {
        out.add(
            new Doc(
                name,
                goldPeople(r.annotation()),
                candidates.of(r.text(), people.getOrDefault(name, List.of()))));
      }
    }
    return out;
  }

  /** Training examples of documents. */
  public static List<PersonModel.Example> examples(List<Doc> docs) {
    List<PersonModel.Example> out = new ArrayList<>();
    for (Doc d : docs) {
      for (PersonCandidates.Candidate c : d.candidates()) {
        out.add(new PersonModel.Example(c.features(), d.gold().contains(c.name())));
      }
    }
    return out;
  }

  /** A model trained on {@code docs} for {@code decision}. */
  public static PersonModel train(List<Doc> docs, Decision decision) {
    return PersonModel.train(examples(docs), ROUNDS, STEP, L2, skip(docs, decision));
  }

  private static Set<String> skip(List<Doc> docs, Decision decision) {
    Set<String> out = new java.util.HashSet<>();
    if (!decision.withRules()) {
      for (Doc d : docs) {
        for (PersonCandidates.Candidate c : d.candidates()) {
          c.features().keySet().stream().filter(f -> f.startsWith("rule")).forEach(out::add);
        }
      }
    }
    return out;
  }

  /**
   * Every decision's cross-validated figure on {@code docs}, each with the thresholds that give it
   * its best F1 over the out-of-fold probabilities.
   */
  public static Map<Decision, Figure> crossValidate(List<Doc> docs, int folds) {
    Map<Decision, Figure> out = new LinkedHashMap<>();
    int gold = docs.stream().mapToInt(d -> d.gold().size()).sum();
    for (Decision decision : Decision.values()) {
      List<Scored> scored = new ArrayList<>();
      if (decision != Decision.RULES) {
        for (int f = 0; f < folds; f++) {
          List<Doc> training = new ArrayList<>();
          for (int i = 0; i < docs.size(); i++) {
            if (i % folds != f) {
              training.add(docs.get(i));
            }
          }
          PersonModel model = train(training, decision);
          for (int i = f; i < docs.size(); i += folds) {
            for (PersonCandidates.Candidate c : docs.get(i).candidates()) {
              scored.add(
                  new Scored(i, c.name(), c.byRules(), party(c), model.probability(c.features())));
            }
          }
        }
      } else {
        for (int i = 0; i < docs.size(); i++) {
          for (PersonCandidates.Candidate c : docs.get(i).candidates()) {
            scored.add(new Scored(i, c.name(), c.byRules(), party(c), 1));
          }
        }
      }
      out.put(decision, best(decision, docs, scored, gold));
    }
    return out;
  }

  private static Figure best(Decision decision, List<Doc> docs, List<Scored> scored, int gold) {
    Figure best = null;
    double[] grid = new double[19];
    for (int i = 0; i < grid.length; i++) {
      grid[i] = 0.05 * (i + 1);
    }
    double[] lows = decision == Decision.FILTER ? withZero(grid) : new double[] {0};
    double[] highs =
        decision == Decision.MODEL || decision == Decision.MODEL_WITH_RULES
            ? grid
            : new double[] {2};
    for (double low : lows) {
      for (double high : highs) {
        int found = 0;
        int correct = 0;
        for (Scored s : scored) {
          if (decided(decision, s.byRules(), s.party(), s.p(), low, high)) {
            found++;
            if (docs.get(s.doc()).gold().contains(s.name())) {
              correct++;
            }
          }
        }
        Figure f = new Figure(decision, gold, found, correct, low, high);
        if (best == null || f.row("").f1() > best.row("").f1() + 1e-12) {
          best = f;
        }
      }
    }
    return best;
  }

  /** Whether a candidate is a person under {@code decision} and its thresholds. */
  public static boolean decided(
      Decision decision, boolean byRules, boolean party, double p, double low, double high) {
    return switch (decision) {
      case RULES -> byRules;
      case MODEL, MODEL_WITH_RULES -> p > high;
      case FILTER -> byRules && (party || p >= low);
    };
  }

  /** Whether the rules made the candidate a party to a fact (never doubted by the filter). */
  private static boolean party(PersonCandidates.Candidate c) {
    return c.features().containsKey(PersonCandidates.FACT_PARTY);
  }

  private static double[] withZero(double[] grid) {
    double[] out = new double[grid.length + 1];
    System.arraycopy(grid, 0, out, 1, grid.length);
    return out;
  }

  /**
   * Scores {@code docs} with a model trained elsewhere, under a figure's decision and thresholds.
   */
  public static Figure apply(List<Doc> docs, PersonModel model, Figure chosen) {
    int gold = 0;
    int found = 0;
    int correct = 0;
    for (Doc d : docs) {
      gold += d.gold().size();
      for (PersonCandidates.Candidate c : d.candidates()) {
        double p = chosen.decision() == Decision.RULES ? 1 : model.probability(c.features());
        if (decided(chosen.decision(), c.byRules(), party(c), p, chosen.low(), chosen.high())) {
          found++;
          if (d.gold().contains(c.name())) {
            correct++;
          }
        }
      }
    }
    return new Figure(chosen.decision(), gold, found, correct, chosen.low(), chosen.high());
  }

  /** How many gold people some candidate names (the most any decision can find). */
  public static int covered(List<Doc> docs) {
    int n = 0;
    for (Doc d : docs) {
      Set<String> names = new java.util.HashSet<>();
      d.candidates().forEach(c -> names.add(c.name()));
      n += (int) d.gold().stream().filter(names::contains).count();
    }
    return n;
  }

  /** Prints the figures as rows of the bench's table, with their thresholds. */
  public static void print(
      Map<Decision, Figure> figures, String half, PrintStream out, boolean header) {
    if (header) {
      out.println("| decision | gold | found | correct | precision | recall | F1 | thresholds |");
      out.println("|---|---:|---:|---:|---:|---:|---:|---|");
    }
    for (Figure f : figures.values()) {
      LedgerBench.Row r = f.row("person");
      out.println(
          String.format(
              Locale.ROOT,
              "| person (%s, %s) | %d | %d | %d | %.2f | %.2f | %.2f | %s |",
              half,
              f.decision().label(),
              r.gold(),
              r.found(),
              r.correct(),
              r.precision(),
              r.recall(),
              r.f1(),
              thresholds(f)));
    }
  }

  private static String thresholds(Figure f) {
    return switch (f.decision()) {
      case RULES -> "";
      case MODEL, MODEL_WITH_RULES -> String.format(Locale.ROOT, "p > %.2f", f.high());
      case FILTER ->
          String.format(Locale.ROOT, "doubt a rules' person in no fact at p < %.2f", f.low());
    };
  }
}
