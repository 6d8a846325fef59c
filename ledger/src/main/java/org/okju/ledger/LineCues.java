package org.okju.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether and where cue patterns occur in one line, each scanned for once however often the rules
 * ask: they ask once for every amount of the line, and a long line holding many amounts (a PDF's
 * table set as one paragraph) was scanned again for each. Not thread-safe.
 */
final class LineCues {
  private final String line;
  private final Map<Pattern, Boolean> found = new HashMap<>();
  private final Map<Region, List<Match>> inRegions = new HashMap<>();

  /** Where a pattern matched. */
  record Match(int start, int end) {}

  private record Region(Pattern pattern, int from, int to) {}

  LineCues(String line) {
    this.line = line;
  }

  /** What {@link Cues#in} says of the line. */
  boolean has(Pattern p) {
    return found.computeIfAbsent(p, q -> Cues.in(q, line));
  }

  /**
   * The matches of {@code p} in the region {@code [from, to)} of the line, in order, as a matcher
   * with that region and its default bounds finds them: the amounts of one clause ask the same.
   */
  List<Match> matches(Pattern p, int from, int to) {
    return inRegions.computeIfAbsent(
        new Region(p, from, to),
        r -> {
          Matcher v = p.matcher(line);
          v.region(from, to);
          List<Match> out = new ArrayList<>();
          while (v.find()) {
            out.add(new Match(v.start(), v.end()));
          }
          return out;
        });
  }
}
