package org.okju.fingerprint;

import java.util.Objects;

/**
 * A PDQ hash with its quality, 0..100 (the reference's gradient-based metric). Hashes with quality
 * under {@link #MIN_USEFUL_QUALITY} are what the reference tools and partners discard as
 * unreliable.
 */
public record PdqResult(Pdq256 hash, int quality) {
  /** The quality below which partners' matchers ignore a hash (vPDQ and HMA use 50). */
  public static final int MIN_USEFUL_QUALITY = 50;

  public PdqResult {
    Objects.requireNonNull(hash, "hash");
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality out of 0..100: " + quality);
    }
  }
}
