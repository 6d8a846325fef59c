package org.okju.fingerprint;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Pixels of a decoded image file and the decoder's warnings about it (for example "Premature end of
 * JPEG file" for a truncated JPEG that still decoded partly). A non-empty warning list means the
 * file is damaged: the pixels are what every ImageIO-based hasher, the Java reference included,
 * would hash, but the case should record the damage.
 */
public record DecodedImage(BufferedImage image, List<String> warnings) {
  public DecodedImage {
    warnings = List.copyOf(warnings);
  }

  /** Whether the decoder reported damage. */
  public boolean damaged() {
    return !warnings.isEmpty();
  }
}
