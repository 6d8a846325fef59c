package org.okju.spark;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns view pairs into hits under a {@link ViewRule} and keeps, per (query, reference, view), the
 * closest. Not thread-safe: one per query file being matched.
 */
final class PdqPairs {
  private final ViewRule rule;
  private final Map<String, MatchHit> best = new LinkedHashMap<>();

  PdqPairs(ViewRule rule) {
    this.rule = rule;
  }

  /**
   * Considers view {@code qi} of {@code q} against view {@code ri} of {@code r}, {@code d} apart.
   */
  void consider(MatchMedia q, int qi, MatchMedia r, int ri, int d) {
    boolean qc = q.canonical(qi);
    boolean rc = r.canonical(ri);
    if (!rule.accepts(d, qc, q.lookup(qi), rc, r.lookup(ri))
        || !rule.qualityOk(q.qualities[qi])
        || !rule.qualityOk(r.qualities[ri])) {
      return;
    }
    String view = qc && rc ? "full/orig" : !rc ? r.labels[ri] : q.labels[qi];
    MatchHit hit =
        new MatchHit(
            q.path,
            q.sha256,
            q.hash(qi).toHex(),
            r.path,
            r.sha256,
            r.set,
            r.label,
            r.hash(ri).toHex(),
            r.tape,
            d,
            "pdq",
            view,
            q.labels[qi],
            r.labels[ri],
            q.qualities[qi] < 0 ? null : q.qualities[qi],
            r.qualities[ri] < 0 ? null : r.qualities[ri],
            q.frames[qi] < 0 ? null : q.seconds[qi],
            r.frames[ri] < 0 ? null : r.seconds[ri]);
    best.merge(hit.pairKey(), hit, (a, b) -> b.closerThan(a) ? b : a);
  }

  Collection<MatchHit> hits() {
    return best.values();
  }
}
