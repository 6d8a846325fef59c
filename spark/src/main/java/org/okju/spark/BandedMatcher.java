package org.okju.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The PDQ part of a match when the reference is too large to broadcast: a banded join. Each 256-bit
 * hash is cut into 16 bands of 16 bits; a reference view is keyed by each of its bands, a query
 * view by each of its bands and every one-bit flip of it (17 keys a band). Two hashes at most 31
 * bits apart differ in at most one bit in some band (pigeonhole: 16 bands of 2 or more differing
 * bits make 32), so the join finds every pair within 31, exactly; a pair found through several
 * bands is kept only from the first. Candidates are checked against the {@link ViewRule}, then
 * joined with their files and reduced to the closest pair per (query, reference, view).
 */
final class BandedMatcher {
  static final int BANDS = 16;

  /** The largest distance the join finds every pair for. */
  static final int EXACT_UP_TO = 2 * BANDS - 1;

  private BandedMatcher() {}

  /** A view as it travels through the join: its file's id, its number, hash, flags and quality. */
  record BandView(
      long id,
      int view,
      long w0,
      long w1,
      long w2,
      long w3,
      boolean lookup,
      boolean canonical,
      int quality)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    long word(int w) {
      return switch (w) {
        case 0 -> w0;
        case 1 -> w1;
        case 2 -> w2;
        default -> w3;
      };
    }

    int band(int b) {
      return (int) ((word(b / 4) >>> ((b % 4) * 16)) & 0xffff);
    }

    int distance(BandView o) {
      return Long.bitCount(w0 ^ o.w0)
          + Long.bitCount(w1 ^ o.w1)
          + Long.bitCount(w2 ^ o.w2)
          + Long.bitCount(w3 ^ o.w3);
    }
  }

  /** A candidate that passed the rule: which views of which files, how far apart. */
  record Pair(long query, int queryView, long reference, int referenceView, int distance)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  static JavaRDD<MatchHit> match(
      JavaPairRDD<Long, MatchMedia> queries,
      JavaPairRDD<Long, MatchMedia> reference,
      ViewRule rule) {
    if (rule.distance() > EXACT_UP_TO) {
      throw new IllegalArgumentException(
          "the banded join is exact up to distance "
              + EXACT_UP_TO
              + ": a larger --distance needs the reference broadcast (--broadcast-max-views)");
    }
    JavaPairRDD<Integer, BandView> refKeys =
        reference.flatMapToPair(
            t -> {
              List<Tuple2<Integer, BandView>> out = new ArrayList<>();
              for (BandView v : views(t._1(), t._2(), rule)) {
                for (int b = 0; b < BANDS; b++) {
                  out.add(new Tuple2<>((b << 16) | v.band(b), v));
                }
              }
              return out.iterator();
            });
    JavaPairRDD<Integer, BandView> queryKeys =
        queries.flatMapToPair(
            t -> {
              List<Tuple2<Integer, BandView>> out = new ArrayList<>();
              for (BandView v : views(t._1(), t._2(), rule)) {
                for (int b = 0; b < BANDS; b++) {
                  int value = v.band(b);
                  out.add(new Tuple2<>((b << 16) | value, v));
                  for (int bit = 0; bit < 16; bit++) {
                    out.add(new Tuple2<>((b << 16) | (value ^ (1 << bit)), v));
                  }
                }
              }
              return out.iterator();
            });
    JavaRDD<Pair> pairs =
        queryKeys
            .join(refKeys)
            .flatMap(
                t -> {
                  int band = t._1() >>> 16;
                  BandView q = t._2()._1();
                  BandView r = t._2()._2();
                  for (int c = 0; c < band; c++) {
                    if (Integer.bitCount(q.band(c) ^ r.band(c)) <= 1) {
                      return List.<Pair>of().iterator(); // found through an earlier band
                    }
                  }
                  int d = q.distance(r);
                  if (d > rule.searchRadius(q.lookup())
                      || !rule.accepts(d, q.canonical(), q.lookup(), r.canonical(), r.lookup())) {
                    return List.<Pair>of().iterator();
                  }
                  return List.of(new Pair(q.id(), q.view(), r.id(), r.view(), d)).iterator();
                });
    return pairs
        .mapToPair(p -> new Tuple2<>(p.reference(), p))
        .join(reference)
        .mapToPair(t -> new Tuple2<>(t._2()._1().query(), t._2()))
        .join(queries)
        .map(
            t -> {
              Pair p = t._2()._1()._1();
              PdqPairs one = new PdqPairs(rule);
              one.consider(
                  t._2()._2(), p.queryView(), t._2()._1()._2(), p.referenceView(), p.distance());
              return one.hits();
            })
        .flatMap(hits -> hits.iterator())
        .mapToPair(h -> new Tuple2<>(h.pairKey(), h))
        .reduceByKey((a, b) -> b.closerThan(a) ? b : a)
        .values();
  }

  private static List<BandView> views(long id, MatchMedia m, ViewRule rule) {
    List<BandView> out = new ArrayList<>(m.views());
    for (int v = 0; v < m.views(); v++) {
      if (!rule.qualityOk(m.qualities[v])) {
        continue;
      }
      out.add(
          new BandView(
              id,
              v,
              m.words[v * 4],
              m.words[v * 4 + 1],
              m.words[v * 4 + 2],
              m.words[v * 4 + 3],
              m.lookup(v),
              m.canonical(v),
              m.qualities[v]));
    }
    return out;
  }
}
