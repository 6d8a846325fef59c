package org.okju.index;

import java.util.List;
import org.okju.fingerprint.Pdq256;

/**
 * Exact search over many 256-bit PDQ hashes by Hamming distance: every stored hash within a radius
 * of a needle, or the k nearest. Each stored hash carries a {@code long} id chosen by the caller
 * (an item id, a row number) and has an ordinal: its position in insertion order.
 *
 * <p>Implementations are immutable once built and safe to query from many threads. They all return
 * exactly what {@link BruteForceIndex} returns, in the order of {@link HammingMatch#compareTo}; the
 * contract test in this module holds every implementation to that.
 */
public interface HammingIndex {
  /** The largest meaningful radius: every hash is within 256 bits of every other. */
  int MAX_DISTANCE = Pdq256.BITS;

  /** Number of stored hashes. */
  int size();

  /**
   * The hash stored at {@code ordinal}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= ordinal < size()}
   */
  Pdq256 hash(int ordinal);

  /**
   * The id stored with the hash at {@code ordinal}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= ordinal < size()}
   */
  long id(int ordinal);

  /**
   * Every stored hash at distance {@code <= maxDistance} from {@code needle}, nearest first (ties
   * by ordinal).
   *
   * @throws IllegalArgumentException when {@code maxDistance} is outside 0..256
   */
  List<HammingMatch> query(Pdq256 needle, int maxDistance);

  /**
   * The {@code k} stored hashes nearest to {@code needle} (fewer when the index is smaller),
   * nearest first; among equally distant hashes the lower ordinals win.
   *
   * <p>The default runs exact radius queries of growing radius until at least {@code k} hashes are
   * inside: the k nearest are then all inside the last radius.
   *
   * @throws IllegalArgumentException when {@code k < 0}
   */
  default List<HammingMatch> nearest(Pdq256 needle, int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0, got " + k);
    }
    if (k == 0 || size() == 0) {
      return List.of();
    }
    for (int radius : new int[] {0, 8, 16, 24, 32, 48, 64, 96, 128}) {
      List<HammingMatch> inside = query(needle, radius);
      if (inside.size() >= k) {
        return List.copyOf(inside.subList(0, k));
      }
    }
    List<HammingMatch> all = query(needle, MAX_DISTANCE);
    return List.copyOf(all.subList(0, Math.min(k, all.size())));
  }

  /** Checks a radius argument, naming it in the exception. */
  static void checkRadius(int maxDistance) {
    if (maxDistance < 0 || maxDistance > MAX_DISTANCE) {
      throw new IllegalArgumentException("maxDistance must be in 0..256, got " + maxDistance);
    }
  }
}
