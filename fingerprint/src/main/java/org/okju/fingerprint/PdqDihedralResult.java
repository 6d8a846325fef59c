package org.okju.fingerprint;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Hashes of the requested dihedral variants of one image, sharing one quality (the quality of the
 * original orientation, as in the reference).
 */
public record PdqDihedralResult(Map<Dihedral, Pdq256> hashes, int quality) {
  public PdqDihedralResult {
    hashes = Collections.unmodifiableMap(new EnumMap<>(hashes));
  }

  /** The hash of one variant. @throws IllegalArgumentException when it was not requested */
  public Pdq256 hash(Dihedral variant) {
    Pdq256 h = hashes.get(variant);
    if (h == null) {
      throw new IllegalArgumentException("variant not computed: " + variant);
    }
    return h;
  }

  /** The original orientation's hash and quality. */
  public PdqResult original() {
    return new PdqResult(hash(Dihedral.ORIGINAL), quality);
  }
}
