package org.okju.casefile;

import java.util.EnumMap;
import java.util.Map;

/**
 * The PDQ fingerprint of an image.
 *
 * @param pdq the hash of the image as decoded
 * @param quality the PDQ quality (0..100; below 50 the hash is unreliable)
 * @param dihedrals the hashes of the eight dihedral transforms, when computed (may be empty;
 *     copied, unmodifiable)
 */
public record ImagePdq(PdqHex pdq, int quality, Map<Dihedral, PdqHex> dihedrals) {
  /**
   * @throws IllegalArgumentException when quality is outside 0..100
   */
  public ImagePdq {
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("PDQ quality outside 0..100: " + quality);
    }
    dihedrals =
        dihedrals.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new EnumMap<>(dihedrals));
  }
}
