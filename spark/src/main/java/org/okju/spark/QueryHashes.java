package org.okju.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.okju.fingerprint.Pdq256;
import org.okju.index.MultiIndexHashIndex;

/**
 * The match bench's query hashes, made on the executors (10M never pass through the driver): 99%
 * random, 1% a reference hash with up to 30 bits flipped, as a crawl holds mostly unknown pictures.
 */
final class QueryHashes {
  private QueryHashes() {}

  /** The next query: random, or (1 in 100) a stored hash moved 0-30 bits. */
  static Pdq256 next(SplittableRandom r, MultiIndexHashIndex index) {
    if (r.nextInt(100) != 0) {
      return Pdq256.ofWords(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
    }
    Pdq256 base = index.hash(r.nextInt(index.size()));
    return moved(base, r);
  }

  static Pdq256 moved(Pdq256 base, SplittableRandom r) {
    long[] w = base.words();
    int flips = r.nextInt(31);
    for (int i = 0; i < flips; i++) {
      int bit = r.nextInt(256);
      w[bit / 64] ^= 1L << (bit % 64);
    }
    return Pdq256.ofWords(w[0], w[1], w[2], w[3]);
  }

  /** {@code count} query files of one hash each per partition seed. */
  static FlatMapFunction<Iterator<Integer>, MatchMedia> generator(
      Broadcast<ReferenceViews> reference, long count) {
    return seeds -> {
      List<Integer> all = new ArrayList<>();
      seeds.forEachRemaining(all::add);
      SplittableRandom r = new SplittableRandom(1000L + (all.isEmpty() ? 0 : all.get(0)));
      ReferenceViews ref = reference.value();
      return new Iterator<>() {
        long made;

        @Override
        public boolean hasNext() {
          return made < count * all.size();
        }

        @Override
        public MatchMedia next() {
          made++;
          Pdq256 h =
              r.nextInt(100) != 0
                  ? Pdq256.ofWords(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong())
                  : moved(ref.hash(r.nextInt(ref.size())), r);
          return MatchMedia.entry("q", null, null, null, null, null, List.of(h));
        }
      };
    };
  }
}
