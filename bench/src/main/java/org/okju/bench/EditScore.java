package org.okju.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.okju.copies.Media;
import org.okju.copies.Tape;

/**
 * Scores one re-poster's edit, grouped alone with its split's originals: recall over the pairs of
 * an original and its own copy, precision over every pair the grouping joined. Pictures and clips
 * are scored the same way, so both edit benches print the same table.
 */
final class EditScore {
  /** A picture or clip of the bench: its media, the source it was made from and its split. */
  record Sample(Media media, String source, String split) {}

  private EditScore() {}

  /** The samples of one split, originals first, as the grouping is given them. */
  static List<Sample> ofSplit(String split, List<Sample> originals, List<Sample> copies) {
    List<Sample> all = new ArrayList<>();
    originals.stream().filter(s -> s.split().equals(split)).forEach(all::add);
    copies.stream().filter(s -> s.split().equals(split)).forEach(all::add);
    return all;
  }

  /** Scores {@code all} (from {@link #ofSplit}) as grouped into {@code tapes}. */
  static RepostEditsBench.Row score(
      String edit,
      String split,
      List<Sample> all,
      List<Sample> originals,
      Function<List<Media>, List<Tape>> grouping) {
    List<Tape> tapes = grouping.apply(all.stream().map(Sample::media).toList());
    Map<Long, String> tapeOf = new HashMap<>();
    for (Tape t : tapes) {
      t.members().forEach(m -> tapeOf.put(m.media().item(), t.id()));
    }
    long truePairs = 0;
    long found = 0;
    long predicted = 0;
    long correct = 0;
    List<String> missed = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Sample a = all.get(i);
        Sample b = all.get(j);
        boolean truth = a.source().equals(b.source());
        boolean same = tapeOf.get(a.media().item()).equals(tapeOf.get(b.media().item()));
        // Recall counts the original with each copy; two copies of one source are in the same
        // split only for the random edits, and count as the pairs they are.
        if (truth && originals.contains(a)) {
          truePairs++;
          if (same) {
            found++;
          } else {
            missed.add(a.source());
          }
        }
        if (same) {
          predicted++;
          if (truth) {
            correct++;
          } else {
            wrong.add(name(a, originals) + " ~ " + name(b, originals));
          }
        }
      }
    }
    return new RepostEditsBench.Row(
        edit, split, truePairs, found, predicted, correct, missed, wrong);
  }

  /** A sample as the wrong-pair list names it: its source, and "(copy)" unless the original. */
  private static String name(Sample s, List<Sample> originals) {
    return s.source() + (originals.contains(s) ? "" : " (copy)");
  }

  /** The table's header and one line per edit and split. */
  static void printRows(List<RepostEditsBench.Row> rows, PrintStream out) {
    out.println("| edit | split | true pairs | found | recall | precision |");
    out.println("|---|---|---:|---:|---:|---:|");
    for (RepostEditsBench.Row row : rows) {
      out.printf(
          Locale.ROOT,
          "| %s | %s | %d | %d | %.3f | %.3f |%n",
          row.edit(),
          row.split(),
          row.truePairs(),
          row.found(),
          row.recall(),
          row.precision());
    }
  }
}
