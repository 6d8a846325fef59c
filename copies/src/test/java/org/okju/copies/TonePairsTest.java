package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.okju.fingerprint.PictureThumbnail;

/** {@link TonePairs}: the radius, and at most {@link TonePairs#NEAREST} candidates a picture. */
class TonePairsTest {
  private static ToneHistogram grey(int darkCells, int level) {
    byte[] luma = new byte[PictureThumbnail.SIDE * PictureThumbnail.SIDE];
    Arrays.fill(luma, (byte) level);
    Arrays.fill(luma, 0, darkCells, (byte) 10);
    return ToneHistogram.of(new PictureThumbnail(luma, new byte[0]));
  }

  @Test
  void aFifthOfTheCellsMovedIsWithinTheRadiusHalfIsNot() {
    int cells = PictureThumbnail.SIDE * PictureThumbnail.SIDE;
    ToneHistogram a = grey(0, 200);
    assertThat(a.distance(grey(cells / 5, 200))).isEqualTo(20);
    assertThat(TonePairs.within(new ToneHistogram[] {a, null, grey(cells / 5, 200)}))
        .containsExactly(new TonePairs.Pair(0, 2, 20));
    assertThat(TonePairs.within(new ToneHistogram[] {a, grey(cells / 2, 200)})).isEmpty();
  }

  @Test
  void manyPicturesOfOnePaletteGetTheirNearestOnly() {
    ToneHistogram[] tones = new ToneHistogram[40];
    Arrays.fill(tones, grey(0, 120));
    // Every two of 40 alike would be 780 candidates; each picture's 8 nearest are at most 320.
    assertThat(TonePairs.within(tones)).hasSizeLessThanOrEqualTo(40 * TonePairs.NEAREST);
  }
}
