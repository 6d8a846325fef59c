package org.okju.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.okju.ledger.PersonCandidates;

/**
 * The person row of one half broken down by kind of error and by stratum ({@code okju bench ledger
 * --error-kinds}): counts only, and the names per kind only when asked (never for the held-out
 * half).
 */
public final class PersonErrorReport {
  private final List<PersonErrorKinds.Document> documents;

  private PersonErrorReport(List<PersonErrorKinds.Document> documents) {
    this.documents = List.copyOf(documents);
  }

  /** Classifies the people of every document the bench read. */
  public static PersonErrorReport of(List<LedgerBench.Reading> readings) {
    PersonCandidates candidates = new PersonCandidates();
    List<PersonErrorKinds.Document> out = new ArrayList<>();
    for (LedgerBench.Reading r : readings) {
      out.add(
          PersonErrorKinds.classify(
              r.name(),
              r.annotation(),
              r.text(),
              r.extraction(),
              candidates.of(r.text(), r.extraction())));
    }
    return new PersonErrorReport(out);
  }

  /** The documents as classified. */
  List<PersonErrorKinds.Document> documents() {
    return documents;
  }

  /** Prints the counts (and with {@code names} every missed and false person under its kind). */
  public void print(PrintStream out, boolean names) {
    Map<String, Integer> missed = new LinkedHashMap<>();
    for (PersonErrorKinds.Missed m : PersonErrorKinds.Missed.values()) {
      missed.put(m.label, 0);
    }
    Map<String, Integer> spurious = new LinkedHashMap<>();
    for (PersonErrorKinds.False f : PersonErrorKinds.False.values()) {
      spurious.put(f.label, 0);
    }
    List<String> listed = new ArrayList<>();
    for (PersonErrorKinds.Document d : documents) {
      for (PersonErrorKinds.Person p : d.people()) {
        p.missed().ifPresent(m -> missed.merge(m.label, 1, Integer::sum));
        p.spurious().ifPresent(f -> spurious.merge(f.label, 1, Integer::sum));
        p.missed()
            .ifPresent(m -> listed.add("missed, " + m.label + ": " + d.name() + ": " + p.name()));
        p.spurious()
            .ifPresent(f -> listed.add("false, " + f.label + ": " + d.name() + ": " + p.name()));
      }
    }
    out.println("| person error | kind | people |");
    out.println("|---|---|---:|");
    missed.forEach((k, n) -> out.printf(Locale.ROOT, "| missed | %s | %d |%n", k, n));
    spurious.forEach((k, n) -> out.printf(Locale.ROOT, "| false | %s | %d |%n", k, n));
    out.println();
    strata(out, "language", PersonErrorKinds.Document::language);
    strata(out, "genre", PersonErrorKinds.Document::genre);
    roles(out);
    crossKinds(out, "language", PersonErrorKinds.Document::language);
    crossKinds(out, "genre", PersonErrorKinds.Document::genre);
    if (names) {
      listed.stream().sorted().forEach(out::println);
      out.println();
    }
  }

  private void strata(
      PrintStream out, String by, Function<PersonErrorKinds.Document, String> stratum) {
    Map<String, int[]> counts = new TreeMap<>();
    for (PersonErrorKinds.Document d : documents) {
      int[] c = counts.computeIfAbsent(stratum.apply(d), k -> new int[6]);
      c[0]++;
      for (PersonErrorKinds.Person p : d.people()) {
        if (!p.goldRole().isEmpty()) {
          c[1]++;
          if (p.correct()) {
            c[3]++;
          } else {
            c[4]++;
          }
        }
        if (p.correct() || p.spurious().isPresent()) {
          c[2]++;
        }
        if (p.spurious().isPresent()) {
          c[5]++;
        }
      }
    }
    out.printf(
        Locale.ROOT, "| %s | documents | gold | found | correct | missed | false | F1 |%n", by);
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    counts.forEach(
        (k, c) ->
            out.printf(
                Locale.ROOT,
                "| %s | %d | %d | %d | %d | %d | %d | %.2f |%n",
                k,
                c[0],
                c[1],
                c[2],
                c[3],
                c[4],
                c[5],
                new LedgerBench.Row("", "", c[1], c[2], c[3]).f1()));
    out.println();
  }

  private void roles(PrintStream out) {
    Map<String, int[]> gold = new TreeMap<>();
    Map<String, Integer> spurious = new TreeMap<>();
    for (PersonErrorKinds.Document d : documents) {
      for (PersonErrorKinds.Person p : d.people()) {
        if (!p.goldRole().isEmpty()) {
          int[] c = gold.computeIfAbsent(p.goldRole(), k -> new int[4]);
          c[0]++;
          if (p.correct()) {
            c[1]++;
            if (p.readRole().equals(p.goldRole())) {
              c[3]++;
            }
          } else {
            c[2]++;
          }
        } else {
          spurious.merge(p.readRole().isEmpty() ? "none" : p.readRole(), 1, Integer::sum);
        }
      }
    }
    out.println("| gold role | gold | correct | missed | correct with that role |");
    out.println("|---|---:|---:|---:|---:|");
    gold.forEach(
        (k, c) ->
            out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", k, c[0], c[1], c[2], c[3]));
    out.println();
    out.println("| false people: role read | people |");
    out.println("|---|---:|");
    spurious.forEach((k, n) -> out.printf(Locale.ROOT, "| %s | %d |%n", k, n));
    out.println();
  }

  /** Each kind of error by stratum: where the kinds sit. */
  private void crossKinds(
      PrintStream out, String by, Function<PersonErrorKinds.Document, String> stratum) {
    List<String> genres = documents.stream().map(stratum).distinct().sorted().toList();
    Map<String, int[]> rows = new LinkedHashMap<>();
    for (PersonErrorKinds.Missed m : PersonErrorKinds.Missed.values()) {
      rows.put("missed: " + m.label, new int[genres.size()]);
    }
    for (PersonErrorKinds.False f : PersonErrorKinds.False.values()) {
      rows.put("false: " + f.label, new int[genres.size()]);
    }
    for (PersonErrorKinds.Document d : documents) {
      int g = genres.indexOf(stratum.apply(d));
      for (PersonErrorKinds.Person p : d.people()) {
        p.missed().ifPresent(m -> rows.get("missed: " + m.label)[g]++);
        p.spurious().ifPresent(f -> rows.get("false: " + f.label)[g]++);
      }
    }
    out.println("| kind by " + by + " | " + String.join(" | ", genres) + " |");
    out.println("|---" + "|---:".repeat(genres.size()) + "|");
    rows.forEach(
        (k, c) -> {
          if (java.util.Arrays.stream(c).sum() > 0) {
            StringBuilder b = new StringBuilder("| " + k);
            for (int n : c) {
              b.append(" | ").append(n);
            }
            out.println(b.append(" |"));
          }
        });
    out.println();
  }
}
