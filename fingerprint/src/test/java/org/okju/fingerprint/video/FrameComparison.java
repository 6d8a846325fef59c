package org.okju.fingerprint.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

/** Per-frame comparison of our vPDQ output with an expected file, summed over many videos. */
final class FrameComparison {
  int frames;
  int atZero;
  int atMostTwo;
  int maxDistance;
  int qualityDiffers;

  /** Frame numbers and printed timestamps must agree exactly; hashes are tallied by distance. */
  void add(String label, List<VpdqFrame> ours, List<VpdqFrame> expected) {
    assertThat(ours).as("%s: number of hashed frames", label).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      VpdqFrame o = ours.get(i);
      VpdqFrame e = expected.get(i);
      assertThat(o.frameNumber())
          .as("%s: frame number of line %d", label, i + 1)
          .isEqualTo(e.frameNumber());
      assertThat(VpdqText.formatTimestamp(o.timestampSeconds()))
          .as("%s: timestamp of frame %d", label, e.frameNumber())
          .isEqualTo(VpdqText.formatTimestamp(e.timestampSeconds()));
      int d = o.pdq().hash().distance(e.pdq().hash());
      frames++;
      if (d == 0) {
        atZero++;
      }
      if (d <= 2) {
        atMostTwo++;
      }
      if (o.pdq().quality() != e.pdq().quality()) {
        qualityDiffers++;
      }
      maxDistance = Math.max(maxDistance, d);
    }
  }

  double shareAtZero() {
    return frames == 0 ? 0 : (double) atZero / frames;
  }

  String summary(String set) {
    return String.format(
        Locale.ROOT,
        "vPDQ vs %s: %d frames, %.2f%% at distance 0 (%d), %.2f%% at <= 2, max distance %d,"
            + " quality differs on %d",
        set,
        frames,
        100.0 * shareAtZero(),
        atZero,
        frames == 0 ? 0.0 : 100.0 * atMostTwo / frames,
        maxDistance,
        qualityDiffers);
  }
}
