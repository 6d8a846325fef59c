package org.okju.fingerprint.video;

import java.util.List;
import java.util.Objects;
import org.okju.fingerprint.Pdq256;

/**
 * Brute-force vPDQ matching, as the C++ reference's {@code match-hashes-brute} ({@code
 * vpdq/cpp/vpdq/cpp/hashing/matchTwoHash.cpp}): frames with quality below the threshold are dropped
 * from both sides; a frame matches when some frame of the other side is at Hamming distance
 * strictly below the distance threshold; each side's percentage is its matched frames over its kept
 * frames. Repeated hashes all count (no de-duplication). If either side keeps no frame, both
 * percentages are 0.
 *
 * <p>Stateless and thread-safe.
 */
public final class VpdqMatcher {
  /** The reference's recommended distance threshold (match when distance is below it). */
  public static final int DEFAULT_DISTANCE = 31;

  /** The reference's recommended quality threshold (frames below it are ignored). */
  public static final int DEFAULT_QUALITY = 50;

  private VpdqMatcher() {}

  /** Matches with the reference's recommended thresholds, distance below 31, quality 50. */
  public static VpdqMatch match(List<VpdqFrame> query, List<VpdqFrame> compared) {
    return match(query, compared, DEFAULT_DISTANCE, DEFAULT_QUALITY);
  }

  /** Matches with the given thresholds. */
  public static VpdqMatch match(
      List<VpdqFrame> query, List<VpdqFrame> compared, int distanceBelow, int minQuality) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(compared, "compared");
    long[] q = words(query, minQuality);
    long[] c = words(compared, minQuality);
    if (q.length == 0 || c.length == 0) {
      return new VpdqMatch(0, 0);
    }
    // Each kept hash is 4 words, so the divisions by 4 are exact: they count hashes.
    int qHashes = q.length / 4;
    int cHashes = c.length / 4;
    int qCount = countMatched(q, c, distanceBelow);
    int cCount = countMatched(c, q, distanceBelow);
    return new VpdqMatch((qCount * 100.0) / qHashes, (cCount * 100.0) / cHashes);
  }

  /** The kept hashes, 4 words each, packed for a cache-friendly scan. */
  private static long[] words(List<VpdqFrame> frames, int minQuality) {
    int kept = 0;
    for (VpdqFrame f : frames) {
      if (f.pdq().quality() >= minQuality) {
        kept++;
      }
    }
    long[] out = new long[kept * 4];
    int i = 0;
    for (VpdqFrame f : frames) {
      if (f.pdq().quality() >= minQuality) {
        Pdq256 h = f.pdq().hash();
        for (int w = 0; w < 4; w++) {
          out[i++] = h.word(w);
        }
      }
    }
    return out;
  }

  private static int countMatched(long[] from, long[] to, int distanceBelow) {
    int matched = 0;
    for (int i = 0; i < from.length; i += 4) {
      long a0 = from[i];
      long a1 = from[i + 1];
      long a2 = from[i + 2];
      long a3 = from[i + 3];
      for (int j = 0; j < to.length; j += 4) {
        int d =
            Long.bitCount(a0 ^ to[j])
                + Long.bitCount(a1 ^ to[j + 1])
                + Long.bitCount(a2 ^ to[j + 2])
                + Long.bitCount(a3 ^ to[j + 3]);
        if (d < distanceBelow) {
          matched++;
          break;
        }
      }
    }
    return matched;
  }
}
