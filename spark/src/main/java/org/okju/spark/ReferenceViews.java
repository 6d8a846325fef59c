package org.okju.spark;

import java.io.Serializable;
import java.util.List;
import org.okju.index.MultiIndexHashIndex;
import org.okju.index.PackedHashes;

/**
 * The reference side of a match held whole on every executor (a Spark broadcast): its files and
 * entries, and okju's multi-index hash index over their views, built once per executor JVM from the
 * broadcast value (building 1M hashes takes about 0.2 s; shipping the index's tables would triple
 * what is sent). Queries are safe from many task threads.
 */
final class ReferenceViews implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<MatchMedia> media;
  private final ViewRule rule;
  private transient volatile Built built;

  /** The index and, per indexed hash, its media and view. */
  private static final class Built {
    // A class, not a record: its arrays are handed over as they are, neither copied nor compared.
    private final MultiIndexHashIndex index;
    private final int[] mediaOf;
    private final int[] viewOf;

    Built(MultiIndexHashIndex index, int[] mediaOf, int[] viewOf) {
      this.index = index;
      this.mediaOf = mediaOf;
      this.viewOf = viewOf;
    }

    MultiIndexHashIndex index() {
      return index;
    }

    int[] mediaOf() {
      return mediaOf;
    }

    int[] viewOf() {
      return viewOf;
    }
  }

  ReferenceViews(List<MatchMedia> media, ViewRule rule) {
    this.media = List.copyOf(media);
    this.rule = rule;
  }

  /** Views in the reference (what the broadcast costs: about 60 bytes each, plus the paths). */
  static long views(List<MatchMedia> media) {
    return media.stream().mapToLong(MatchMedia::views).sum();
  }

  private Built built() {
    Built b = built;
    if (b == null) {
      synchronized (this) {
        b = built;
        if (b == null) {
          b = build();
          built = b;
        }
      }
    }
    return b;
  }

  private Built build() {
    int n = (int) Math.min(Integer.MAX_VALUE - 8, views(media));
    PackedHashes.Builder hashes = PackedHashes.builder(Math.max(1, n));
    int[] mediaOf = new int[n];
    int[] viewOf = new int[n];
    int k = 0;
    for (int m = 0; m < media.size(); m++) {
      MatchMedia r = media.get(m);
      for (int v = 0; v < r.views(); v++) {
        if (!rule.qualityOk(r.qualities[v])) {
          continue;
        }
        hashes.add(r.words[v * 4], r.words[v * 4 + 1], r.words[v * 4 + 2], r.words[v * 4 + 3], k);
        mediaOf[k] = m;
        viewOf[k] = v;
        k++;
      }
    }
    MultiIndexHashIndex index = k == 0 ? null : MultiIndexHashIndex.build(hashes.build());
    return new Built(index, mediaOf, viewOf);
  }

  /** How many files and entries the reference holds. */
  int size() {
    return media.size();
  }

  /** The first view's hash of reference file {@code m} (the bench's near-duplicates). */
  org.okju.fingerprint.Pdq256 hash(int m) {
    return media.get(m).hash(0);
  }

  /** Matches every view of {@code q} against the reference. */
  void match(MatchMedia q, PdqPairs out) {
    Built b = built();
    if (b.index() == null) {
      return;
    }
    for (int qi = 0; qi < q.views(); qi++) {
      if (!rule.qualityOk(q.qualities[qi])) {
        continue;
      }
      int radius = rule.searchRadius(q.lookup(qi));
      for (var m : b.index().query(q.hash(qi), radius)) {
        int k = (int) m.id();
        out.consider(q, qi, media.get(b.mediaOf()[k]), b.viewOf()[k], m.distance());
      }
    }
  }
}
