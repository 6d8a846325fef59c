package org.okju.index;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.okju.fingerprint.Pdq256;

/** Generated hash sets for the index tests: uniform random, and clusters of near-duplicates. */
final class TestHashes {
  private TestHashes() {}

  static Pdq256 random(SplittableRandom rnd) {
    return Pdq256.ofWords(rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong());
  }

  /** {@code h} with {@code bits} distinct random bits flipped. */
  static Pdq256 flip(Pdq256 h, int bits, SplittableRandom rnd) {
    long[] w = h.words();
    int flipped = 0;
    while (flipped < bits) {
      int k = rnd.nextInt(256);
      long mask = 1L << (k & 63);
      // Only count a bit once: flip it only while it still equals the original.
      if (((w[k >>> 6] ^ h.word(k >>> 6)) & mask) == 0) {
        w[k >>> 6] ^= mask;
        flipped++;
      }
    }
    return Pdq256.ofWords(w[0], w[1], w[2], w[3]);
  }

  static PackedHashes uniform(int n, SplittableRandom rnd) {
    PackedHashes.Builder b = PackedHashes.builder(n);
    for (int i = 0; i < n; i++) {
      b.add(random(rnd), 1000L + i);
    }
    return b.build();
  }

  /**
   * {@code n} hashes in clusters of up to 20 around random centres, each member 0 to 40 bits from
   * its centre (so members are within 80 of each other): re-encodes and edits of one picture. Some
   * ids repeat, as when one item has several hashes.
   */
  static PackedHashes clustered(int n, SplittableRandom rnd) {
    PackedHashes.Builder b = PackedHashes.builder(n);
    while (b.size() < n) {
      Pdq256 centre = random(rnd);
      int members = 1 + rnd.nextInt(20);
      for (int i = 0; i < members && b.size() < n; i++) {
        b.add(flip(centre, rnd.nextInt(41), rnd), b.size() / 3);
      }
    }
    return b.build();
  }

  /** Needles: stored hashes moved 0 to 70 bits, and some unrelated hashes. */
  static List<Pdq256> needles(PackedHashes stored, int count, SplittableRandom rnd) {
    List<Pdq256> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (i % 5 == 4) {
        out.add(random(rnd));
      } else {
        out.add(flip(stored.hash(rnd.nextInt(stored.size())), rnd.nextInt(71), rnd));
      }
    }
    return out;
  }

  /** A seed from {@code -Dokju.seed} or the clock; tests print it so a failure can be replayed. */
  static long seed() {
    String s = System.getProperty("okju.seed");
    return s != null ? Long.parseLong(s) : System.nanoTime();
  }
}
