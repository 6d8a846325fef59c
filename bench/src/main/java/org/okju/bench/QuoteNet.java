package org.okju.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.okju.ledger.DocumentText;
import org.okju.ledger.EntityMention;
import org.okju.ledger.EntityType;
import org.okju.ledger.Extraction;
import org.okju.ledger.SuggestedFact;
import org.okju.ledger.UnresolvedNames;

/**
 * What the safety net under quoted lines ({@link UnresolvedNames}) does to the development half's
 * quotes ({@code okju bench ledger --from N --quotes}): each line a case would store as a quote (a
 * fact's, a person's role evidence), pseudonymised for the people the reader found as the case
 * does, then with the net cast. Counts the lines that lose a word that is not a person's name (a
 * place, a drug, a common word: over-masking), the person names the net withholds, those of them
 * the reader had not found, and the words of annotated victims' (and unknown people's) names a
 * stored quote still shows without and with the net.
 */
public final class QuoteNet {
  /** The figures. */
  public record Result(
      int lines,
      int linesMasked,
      int linesOverMasked,
      int personWords,
      int personWordsMissed,
      int otherWords,
      int placeOrDrugWords,
      int namedBefore,
      int namedAfter,
      List<String> overMasked,
      List<String> stillNamed) {}

  private QuoteNet() {}

  /** Measures the net on readings of the development half. */
  public static Result of(List<LedgerBench.Reading> readings) {
    int lines = 0;
    int linesMasked = 0;
    int linesOverMasked = 0;
    int personWords = 0;
    int personWordsMissed = 0;
    int otherWords = 0;
    int placeOrDrugWords = 0;
    int namedBefore = 0;
    int namedAfter = 0;
    List<String> overMasked = new ArrayList<>();
    List<String> stillNamed = new ArrayList<>();
    for (LedgerBench.Reading r : readings) {
      Extraction x = r.extraction();
      Set<String> gold = new LinkedHashSet<>();
      Set<String> withheld = new LinkedHashSet<>(); // victims and people of unknown role
      Set<String> goldThings = new LinkedHashSet<>();
      for (String a : r.annotation()) {
        String line = LedgerBench.withoutRole(a);
        if (line.startsWith("E person ")) {
          gold.add(line.substring("E person ".length()));
          if (a.endsWith(" victim") || a.endsWith(" unknown")) {
            withheld.add(line.substring("E person ".length()));
          }
        } else if (line.startsWith("E place ") || line.startsWith("E drug ")) {
          goldThings.add(line.substring(line.indexOf(' ', 2) + 1));
        }
      }
      Set<String> found =
          new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
      for (EntityMention e : x.entities()) {
        if (e.type() == EntityType.PERSON && !e.normalized().equals(SuggestedFact.AUTHOR)) {
          found.add(e.value());
          found.add(e.normalized());
        }
      }
      found.remove("");
      for (String quote : quotedLines(r.text().text(), x)) {
        lines++;
        String pseudonymised = quote;
        for (String name : found) {
          pseudonymised = pseudonymised.replace(name, "V-000");
        }
        String netted = UnresolvedNames.withhold(pseudonymised, x.unresolvedNames());
        boolean masked = false;
        boolean over = false;
        for (String w : x.unresolvedNames()) {
          if (UnresolvedNames.withhold(pseudonymised, Set.of(w)).equals(pseudonymised)) {
            continue;
          }
          masked = true;
          if (partOfAName(w, gold)) {
            personWords++;
            if (found.stream().noneMatch(f -> f.contains(w))) {
              personWordsMissed++;
            }
          } else {
            over = true;
            if (goldThings.stream().anyMatch(t -> t.contains(w))) {
              placeOrDrugWords++;
            } else {
              otherWords++;
            }
            overMasked.add(r.name() + ": " + w + "  | " + quote.strip());
          }
        }
        linesMasked += masked ? 1 : 0;
        linesOverMasked += over ? 1 : 0;
        for (String g : withheld) {
          for (String part : nameParts(g)) {
            if (named(pseudonymised, part)) {
              namedBefore++;
            }
            if (named(netted, part)) {
              namedAfter++;
              stillNamed.add(r.name() + ": " + part + "  | " + quote.strip());
            }
          }
        }
      }
    }
    return new Result(
        lines,
        linesMasked,
        linesOverMasked,
        personWords,
        personWordsMissed,
        otherWords,
        placeOrDrugWords,
        namedBefore,
        namedAfter,
        overMasked,
        stillNamed);
  }

  // The lines a case stores as quotes: a fact's, a person's role evidence's.
  private static List<String> quotedLines(String text, Extraction x) {
    TreeMap<Integer, String> out = new TreeMap<>();
    Set<Integer> starts = x.quotedOffsets();
    for (int s : starts) {
      DocumentText.Line line = DocumentText.lineAt(text, s);
      out.put(line.start(), line.text());
    }
    return List.copyOf(out.values());
  }

  // A word of an annotated name, or the given name of a Korean full name (지은 of 김지은).
  private static boolean partOfAName(String w, Set<String> gold) {
    return gold.stream()
        .anyMatch(g -> nameParts(g).contains(w) || (g.endsWith(w) && g.length() <= 4));
  }

  private static Set<String> nameParts(String name) {
    Set<String> out = new LinkedHashSet<>();
    out.add(name);
    for (String p : name.split("[\\s.]+", -1)) {
      if (p.length() >= 2) {
        out.add(p);
      }
    }
    if (name.matches("[가-힣]{3}")) {
      out.add(name.substring(1));
    }
    return out;
  }

  // Whether a stored quote still shows the word as a word (a Korean name may take a particle).
  private static boolean named(String quote, String part) {
    int i = quote.indexOf(part);
    while (i >= 0) {
      boolean latin = part.charAt(0) < 0x80;
      int end = i + part.length();
      boolean startOk = i == 0 || !Character.isLetterOrDigit(quote.charAt(i - 1));
      boolean endOk =
          !latin || end == quote.length() || !Character.isLetterOrDigit(quote.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      i = quote.indexOf(part, i + 1);
    }
    return false;
  }

  /** Prints the figures; with {@code verbose}, every word withheld that is no person's name. */
  public static void print(Result r, PrintStream out, boolean verbose) {
    out.println("### quotes: the safety net for unresolved names");
    out.println();
    out.printf(
        Locale.ROOT,
        "quoted lines %d; lines with a word withheld %d; lines losing a word that is no person's"
            + " name %d (%.1f%%)%n",
        r.lines(),
        r.linesMasked(),
        r.linesOverMasked(),
        r.lines() == 0 ? 0.0 : 100.0 * r.linesOverMasked() / r.lines());
    out.printf(
        Locale.ROOT,
        "words withheld: %d of people's names (%d of people the reader had not found), %d no"
            + " name (%d of them in a place or drug)%n",
        r.personWords(),
        r.personWordsMissed(),
        r.otherWords() + r.placeOrDrugWords(),
        r.placeOrDrugWords());
    out.printf(
        Locale.ROOT,
        "words of annotated victims' and unknown people's names a stored quote still shows: %d"
            + " without the net, %d with it%n",
        r.namedBefore(),
        r.namedAfter());
    if (verbose) {
      r.overMasked().forEach(l -> out.println("over-masked " + l));
      r.stillNamed().forEach(l -> out.println("still named " + l));
    }
    out.println();
  }
}
