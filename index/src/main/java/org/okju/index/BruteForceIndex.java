package org.okju.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.okju.fingerprint.Pdq256;

/**
 * The reference index: compares the needle with every stored hash. Obviously correct, so it is the
 * oracle every other {@link HammingIndex} is tested against (as HMA's {@code
 * TrivialLinearSearchHashIndex} is for its indexes), and fast enough for a few thousand hashes.
 *
 * <p>Immutable and thread-safe.
 */
public final class BruteForceIndex implements HammingIndex {
  private final PackedHashes hashes;
  private final long[] words;

  private BruteForceIndex(PackedHashes hashes) {
    this.hashes = hashes;
    this.words = hashes.wordArray();
  }

  /** An index over {@code hashes} (not copied; they are immutable). */
  public static BruteForceIndex of(PackedHashes hashes) {
    return new BruteForceIndex(Objects.requireNonNull(hashes, "hashes"));
  }

  @Override
  public int size() {
    return hashes.size();
  }

  @Override
  public Pdq256 hash(int ordinal) {
    Objects.checkIndex(ordinal, size());
    return hashes.hash(ordinal);
  }

  @Override
  public long id(int ordinal) {
    Objects.checkIndex(ordinal, size());
    return hashes.id(ordinal);
  }

  @Override
  public List<HammingMatch> query(Pdq256 needle, int maxDistance) {
    HammingIndex.checkRadius(maxDistance);
    long q0 = needle.word(0);
    long q1 = needle.word(1);
    long q2 = needle.word(2);
    long q3 = needle.word(3);
    List<HammingMatch> out = new ArrayList<>();
    int n = hashes.size();
    for (int o = 0; o < n; o++) {
      int b = 4 * o;
      int d =
          Long.bitCount(words[b] ^ q0)
              + Long.bitCount(words[b + 1] ^ q1)
              + Long.bitCount(words[b + 2] ^ q2)
              + Long.bitCount(words[b + 3] ^ q3);
      if (d <= maxDistance) {
        out.add(new HammingMatch(o, hashes.id(o), d));
      }
    }
    Collections.sort(out);
    return out;
  }
}
