package org.okju.fingerprint.video;

/**
 * What {@link VpdqHasher} hashes.
 *
 * @param secondsPerHash 0 hashes every frame; otherwise frame {@code n} is hashed when {@code n %
 *     (int) (secondsPerHash * frameRate) == 0} (a modulus of 0 counts as 1), as the reference's
 *     {@code -r}. The reference parses {@code -r} as a C {@code float}; pass {@code (double)
 *     Float.parseFloat(text)} to reproduce it exactly.
 * @param downsampleFrameDimension 0 hashes frames at their native size; N scales every frame to N x
 *     N first (swscale, area averaging), as the reference's {@code -s N}
 */
public record VpdqOptions(double secondsPerHash, int downsampleFrameDimension) {
  /** Every frame at native size: the reference's defaults and its published sample hashes. */
  public static final VpdqOptions EVERY_FRAME = new VpdqOptions(0, 0);

  public VpdqOptions {
    if (!(secondsPerHash >= 0) || Double.isInfinite(secondsPerHash)) {
      throw new IllegalArgumentException(
          "seconds per hash must be a finite number >= 0: " + secondsPerHash);
    }
    if (downsampleFrameDimension < 0) {
      throw new IllegalArgumentException(
          "downsample frame dimension must be >= 0: " + downsampleFrameDimension);
    }
  }

  /** Hash every {@code secondsPerHash} seconds of video at native size. */
  public static VpdqOptions everySeconds(double secondsPerHash) {
    return new VpdqOptions(secondsPerHash, 0);
  }

  /**
   * The frame-number modulus for a stream of the given frame rate, as the reference computes it.
   */
  long frameModulus(double frameRate) {
    long mod = (int) (secondsPerHash * frameRate);
    return mod <= 0 ? 1 : mod;
  }
}
