package org.okju.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand annotations are the gold standard, so they are checked for the mistakes a hand makes: a
 * malformed value, a fact naming a person, place, tape, amount or percentage the document's
 * entities do not list, a meeting or recording whose person is not a victim, a line twice.
 */
class LedgerCorpusTest {
  private static final Set<String> ENTITY_TYPES =
      Set.of(
          "person", "place", "date", "time", "money", "percent", "phone", "account", "drug",
          "tape");
  private static final Set<String> ROLES =
      Set.of("victim", "accused", "accomplice", "witness", "unknown");
  private static final String AUTHOR = "(author)";

  @TempDir Path tmp;

  @Test
  void theCorpusHasAtLeastFortyDocumentsSplitIntoTwoDisjointHalves() {
    List<String> dev = LedgerCorpus.names(LedgerCorpus.Split.DEV);
    List<String> test = LedgerCorpus.names(LedgerCorpus.Split.TEST);
    assertThat(dev.size() + test.size()).isGreaterThanOrEqualTo(40);
    assertThat(test).isNotEmpty().doesNotContainAnyElementsOf(dev);
    Set<String> numbers = new HashSet<>();
    for (String n : concat(dev, test)) {
      assertThat(n).matches("\\d{2,3}-[a-z0-9-]+\\.(txt|docx|xlsx|pdf|html|png|xml)");
      assertThat(numbers.add(n.substring(0, n.indexOf('-'))))
          .as("number of " + n + " used once")
          .isTrue();
    }
  }

  @Test
  void aRoundOfDevelopmentDocumentsIsBuiltAloneFromItsFirstNumber() throws Exception {
    List<String> dev = LedgerCorpus.names(LedgerCorpus.Split.DEV);
    String last = dev.get(dev.size() - 1);
    int first = LedgerCorpus.number(last);
    List<LedgerCorpus.Document> round = LedgerCorpus.buildDevFrom(tmp.resolve("round"), first);
    assertThat(round).hasSize(1);
    assertThat(round.get(0).file().getFileName().toString()).isEqualTo(last);
    assertThat(LedgerCorpus.number("135-agenda-mixed.txt")).isEqualTo(135);
  }

  @Test
  void everyAnnotationIsWellFormedAndEveryFactNamesWhatTheDocumentAnnotates() throws Exception {
    List<String> problems = new ArrayList<>();
    for (LedgerCorpus.Split split : LedgerCorpus.Split.values()) {
      for (LedgerCorpus.Document d : LedgerCorpus.build(tmp.resolve(split.folder()), split)) {
        String doc = split.folder() + "/" + d.file().getFileName();
        check(d.annotation(), doc, problems);
      }
    }
    assertThat(problems).isEmpty();
  }

  private static void check(List<String> lines, String doc, List<String> problems) {
    Set<String> seen = new HashSet<>();
    Set<String> people = new HashSet<>();
    Set<String> victims = new HashSet<>();
    Set<String> values = new HashSet<>();
    for (String l : lines) {
      if (!seen.add(l)) {
        problems.add(doc + ": twice: " + l);
      }
      String[] p = l.split(" ", 3);
      if (p.length == 3 && p[0].equals("E") && p[1].equals("person")) {
        int space = p[2].lastIndexOf(' ');
        String role = space < 0 ? "" : p[2].substring(space + 1);
        if (space <= 0 || !ROLES.contains(role)) {
          problems.add(doc + ": person without a role: " + l);
          continue;
        }
        String name = p[2].substring(0, space);
        people.add(name);
        if (role.equals("victim")) {
          victims.add(name);
        }
      } else if (p.length == 3 && p[0].equals("E")) {
        values.add(p[1] + " " + p[2]);
      }
    }
    for (String l : lines) {
      String[] p = l.split(" ", 3);
      if (p.length < 3) {
        problems.add(doc + ": not TYPE KIND VALUE: " + l);
      } else if (p[0].equals("E")) {
        entity(p[1], p[2], doc, problems);
      } else if (p[0].equals("F")) {
        fact(p[1], p[2].split("\\|", -1), doc, people, victims, values, problems);
      } else {
        problems.add(doc + ": neither E nor F: " + l);
      }
    }
  }

  private static void entity(String type, String v, String doc, List<String> problems) {
    boolean ok =
        switch (type) {
          case "person" -> true;
          case "place", "drug" -> !v.isBlank() && v.equals(v.strip());
          case "date" -> isDate(v);
          case "time" -> v.matches("([01]\\d|2[0-3]):[0-5]\\d");
          case "money" -> v.matches("[1-9]\\d*");
          case "percent" -> v.matches("\\d+(\\.\\d+)?") && Double.parseDouble(v) <= 100;
          case "phone", "account" -> v.matches("\\d{6,}");
          case "tape" ->
              !v.isBlank()
                  && !v.matches(".*[\"'“”‘’「」].*")
                  && !v.matches("(?i).*\\.(mp4|mov|avi|mkv|wmv|ts)")
                  && !v.matches("(?i)(tape|clip|테이프|영상)\\s*#?\\d+");
          default -> false;
        };
    if (!ok || !ENTITY_TYPES.contains(type)) {
      problems.add(doc + ": bad entity: E " + type + " " + v);
    }
  }

  private static boolean isDate(String v) {
    try {
      return v.matches("\\d{4}-\\d{2}-\\d{2}") && LocalDate.parse(v) != null;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  private static void fact(
      String type,
      String[] k,
      String doc,
      Set<String> people,
      Set<String> victims,
      Set<String> values,
      List<String> problems) {
    List<String> bad = new ArrayList<>();
    switch (type) {
      case "payment" -> {
        if (k.length != 3) {
          bad.add("payer|payee|amount");
        } else {
          party(k[0], people, bad);
          party(k[1], people, bad);
          if (k[0].equals(k[1])) {
            bad.add("payer is payee");
          }
          known("money", k[2], values, bad);
        }
      }
      case "share" -> {
        if (k.length != 2) {
          bad.add("receiver|percent");
        } else {
          party(k[0], people, bad);
          known("percent", k[1], values, bad);
        }
      }
      case "meeting", "recording" -> {
        if (k.length != 2) {
          bad.add("victim|" + (type.equals("meeting") ? "place" : "tape"));
        } else {
          if (!victims.contains(k[0])) {
            bad.add(k[0] + " is not an annotated victim");
          }
          known(type.equals("meeting") ? "place" : "tape", k[1], values, bad);
        }
      }
      case "supply" -> {
        if (k.length != 2) {
          bad.add("supplier|drug");
        } else {
          party(k[0], people, bad);
          known("drug", k[1], values, bad);
        }
      }
      default -> bad.add("unknown fact type");
    }
    if (!bad.isEmpty()) {
      problems.add(doc + ": F " + type + " " + String.join("|", k) + ": " + bad);
    }
  }

  private static void party(String name, Set<String> people, List<String> bad) {
    if (!name.equals(AUTHOR) && !people.contains(name)) {
      bad.add(name + " is not an annotated person");
    }
  }

  private static void known(String type, String v, Set<String> values, List<String> bad) {
    if (!values.contains(type + " " + v)) {
      bad.add(type + " " + v + " is not annotated");
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
