package org.okju.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The exact part of a match: a query file's MD5, SHA-1 and SHA-256 against a hash-set entry's (as
 * {@code okju match} matches them), and its SHA-256 against a reference file's (the same content).
 * A hash join on the digest: one shuffle of the digests, not of the views.
 */
final class DigestMatcher {
  private DigestMatcher() {}

  static JavaRDD<MatchHit> match(JavaRDD<MatchMedia> queries, JavaRDD<MatchMedia> reference) {
    var q =
        queries.flatMapToPair(
            m -> {
              List<Tuple2<String, MatchMedia>> out = new ArrayList<>(3);
              add(out, "md5", m.md5, m);
              add(out, "sha1", m.sha1, m);
              add(out, "sha256", m.sha256, m);
              return out.iterator();
            });
    var r =
        reference.flatMapToPair(
            m -> {
              List<Tuple2<String, MatchMedia>> out = new ArrayList<>(3);
              if (m.set != null) {
                add(out, "md5", m.md5, m);
                add(out, "sha1", m.sha1, m);
              }
              add(out, "sha256", m.sha256, m);
              return out.iterator();
            });
    return q.join(r)
        .map(
            t -> {
              String kind = t._1().substring(0, t._1().indexOf(':'));
              String hex = t._1().substring(kind.length() + 1);
              MatchMedia a = t._2()._1();
              MatchMedia b = t._2()._2();
              return new MatchHit(
                  a.path, a.sha256, hex, b.path, b.sha256, b.set, b.label, hex, b.tape, 0, kind,
                  kind, null, null, null, null, null, null);
            })
        .mapToPair(h -> new Tuple2<>(h.pairKey(), h))
        .reduceByKey((x, y) -> x)
        .values();
  }

  private static void add(
      List<Tuple2<String, MatchMedia>> out, String kind, String hex, MatchMedia m) {
    if (hex != null) {
      out.add(new Tuple2<>(kind + ":" + hex, m));
    }
  }
}
