package org.okju.index.hashset;

/**
 * One frame of a vPDQ video hash as a list carries it (HMA's {@code VpdqCompactFeature}): the
 * frame's PDQ hash, its PDQ quality and its time in the video.
 *
 * @param pdq the frame's PDQ hash
 * @param quality 0 to 100
 * @param seconds the frame's time from the start of the video, 0 or more
 */
public record VpdqFeature(HashValue pdq, int quality, double seconds) {
  public VpdqFeature {
    if (pdq.kind() != HashKind.PDQ) {
      throw new IllegalArgumentException("a vPDQ frame is a PDQ hash, not " + pdq.kind());
    }
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("a PDQ quality is 0 to 100, not " + quality);
    }
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("a frame time is 0 or more seconds, not " + seconds);
    }
  }
}
