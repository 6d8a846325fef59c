package org.okju.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.okju.ledger.DocumentText;
import org.okju.ledger.EntityMention;
import org.okju.ledger.EntityType;
import org.okju.ledger.Extraction;
import org.okju.ledger.LedgerExtractor;
import org.okju.ledger.PersonRole;
import org.okju.ledger.SuggestedFact;
import org.okju.text.DocumentException;
import org.okju.text.DocumentReader;
import org.okju.text.ExtractedText;

/**
 * Precision, recall and F1 of the ledger extractor per entity type and per fact type, against the
 * hand annotations of {@link LedgerCorpus}. Each document is compared as a set of (type,
 * normalized) entities and (type, key) facts, the keys of the corpus README.
 */
public final class LedgerBench {
  /** One row of the table. */
  public record Row(String kind, String type, int gold, int found, int correct) {
    public double precision() {
      return found == 0 ? (gold == 0 ? 1 : 0) : (double) correct / found;
    }

    public double recall() {
      return gold == 0 ? 1 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The result: rows, and the documents that failed to read (with why). */
  public record Result(
      List<Row> rows, List<String> errors, List<String> misses, List<Reading> readings) {
    /** A result without the documents' readings. */
    public Result(List<Row> rows, List<String> errors, List<String> misses) {
      this(rows, errors, misses, List.of());
    }
  }

  /**
   * One document as read: its name, annotation, text and the rules' extraction (for {@link
   * PersonCrossValidation}, which learns from the same reading the table scores).
   */
  public record Reading(
      String name, List<String> annotation, DocumentText text, Extraction extraction) {}

  private static final List<String> ENTITY_TYPES =
      List.of(
          "person",
          "person+role",
          "place",
          "date",
          "time",
          "money",
          "percent",
          "phone",
          "account",
          "drug",
          "tape");
  private static final List<String> FACT_TYPES =
      List.of("payment", "share", "meeting", "recording", "supply");

  /** Builds one half of the corpus in {@code dir} and measures it. */
  public Result run(Path dir, LedgerCorpus.Split split) throws java.io.IOException {
    return score(LedgerCorpus.build(dir, split));
  }

  /** Reads and measures built documents. */
  public Result score(List<LedgerCorpus.Document> documents) {
    DocumentReader reader = DocumentReader.withDefaults();
    LedgerExtractor extractor = new LedgerExtractor();
    Map<String, int[]> counts = new LinkedHashMap<>();
    ENTITY_TYPES.forEach(t -> counts.put("E " + t, new int[3]));
    FACT_TYPES.forEach(t -> counts.put("F " + t, new int[3]));
    List<String> errors = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    List<Reading> readings = new ArrayList<>();
    for (LedgerCorpus.Document d : documents) {
      Set<String> gold = new HashSet<>();
      for (String l : d.annotation()) {
        gold.add(withoutRole(l));
        withRole(l).ifPresent(gold::add);
      }
      Set<String> found = new HashSet<>();
      try {
        ExtractedText read = reader.read(d.file());
        DocumentText text =
            new DocumentText(d.file().getFileName().toString(), read.pages(), read.warnings());
        Extraction x = extractor.extract(text);
        readings.add(new Reading(d.file().getFileName().toString(), d.annotation(), text, x));
        found.addAll(predicted(x));
      } catch (DocumentException e) {
        errors.add(e.getMessage());
      }
      for (String g : gold) {
        int[] c = counts.get(kind(g));
        if (c != null) {
          c[0]++;
          if (found.contains(g)) {
            c[2]++;
          } else {
            misses.add(d.file().getFileName() + ": missed " + g);
          }
        }
      }
      for (String f : found) {
        int[] c = counts.get(kind(f));
        if (c != null) {
          c[1]++;
          if (!gold.contains(f)) {
            misses.add(d.file().getFileName() + ": spurious " + f);
          }
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach(
        (k, c) ->
            rows.add(
                new Row(
                    k.substring(0, 1).equals("E") ? "entity" : "fact",
                    k.substring(2),
                    c[0],
                    c[1],
                    c[2])));
    return new Result(rows, errors, misses, readings);
  }

  private static final Set<String> ROLES =
      Set.of("victim", "accused", "accomplice", "witness", "unknown");

  /**
   * A gold person line without its ROLE ({@code E person NAME ROLE}, see the corpus README): the
   * {@code person} row scores people by name, the {@code person+role} row with the role the
   * document's sentences suggest ({@link Extraction#roles()}).
   */
  static String withoutRole(String line) {
    if (line.startsWith("E person ")) {
      int space = line.lastIndexOf(' ');
      if (space > "E person".length() && ROLES.contains(line.substring(space + 1))) {
        return line.substring(0, space);
      }
    }
    return line;
  }

  /**
   * A gold person line as a {@code person+role} line ({@code E person+role NAME ROLE}): people
   * scored with the role the reader suggests for them, so a victim read as an accomplice counts as
   * a miss there.
   */
  static java.util.Optional<String> withRole(String line) {
    if (line.startsWith("E person ") && !withoutRole(line).equals(line)) {
      return java.util.Optional.of("E person+role " + line.substring("E person ".length()));
    }
    return java.util.Optional.empty();
  }

  private static String kind(String line) {
    String[] p = line.split(" ", 3);
    return p.length < 2 ? "" : p[0] + " " + p[1];
  }

  /** The flag of a person the learnt filter doubts ({@code PersonFilter}). */
  static final String DOUBTFUL = "doubtful-person";

  /** The extraction as annotation lines. */
  static Set<String> predicted(Extraction x) {
    Set<String> out = new HashSet<>();
    java.util.Map<String, PersonRole> roles = x.roles();
    // A person the learnt filter doubts in every mention is no person of the reading (its mentions
    // stay only so that the name stays withheld).
    Set<String> believed = new HashSet<>();
    for (EntityMention e : x.entities()) {
      if (e.type() == EntityType.PERSON && !e.flags().contains(DOUBTFUL)) {
        believed.add(e.normalized());
      }
    }
    for (EntityMention e : x.entities()) {
      if (e.type() == EntityType.PERSON && !believed.contains(e.normalized())) {
        continue;
      }
      if (!e.normalized().isEmpty()) {
        out.add("E " + e.type().code() + " " + e.normalized());
        if (e.type() == EntityType.PERSON && roles.containsKey(e.normalized())) {
          out.add("E person+role " + e.normalized() + " " + roles.get(e.normalized()).code());
        }
      }
    }
    for (SuggestedFact f : x.facts()) {
      String s = f.subject().orElse("?");
      String key =
          switch (f.type()) {
            case PAYMENT ->
                s
                    + "|"
                    + f.object().orElse("?")
                    + "|"
                    + f.amount().map(m -> m.value().toPlainString()).orElse("?");
            case SHARE -> s + "|" + f.percent().map(p -> p.toPlainString()).orElse("?");
            case MEETING -> s + "|" + f.place().orElse("?");
            case RECORDING, SUPPLY -> s + "|" + f.object().orElse("?");
          };
      out.add("F " + f.type().code() + " " + key);
    }
    return out;
  }

  /** Prints the table in Markdown. */
  public static void print(Result r, PrintStream out) {
    out.println("| kind | type | gold | found | correct | precision | recall | F1 |");
    out.println("|---|---|---:|---:|---:|---:|---:|---:|");
    for (Row row : r.rows()) {
      if (row.gold() == 0 && row.found() == 0) {
        continue;
      }
      out.println(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %d | %d | %.2f | %.2f | %.2f |",
              row.kind(),
              row.type(),
              row.gold(),
              row.found(),
              row.correct(),
              row.precision(),
              row.recall(),
              row.f1()));
    }
    r.errors().forEach(e -> out.println("error: " + e));
  }
}
