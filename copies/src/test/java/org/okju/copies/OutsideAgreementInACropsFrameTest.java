package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.okju.fingerprint.PictureThumbnail;

/**
 * Session 34: in a crop's frame ({@link OverlayComparison#resampled}) each sample may differ from
 * the closest of its neighbours, so two dark, low-information pictures that differ everywhere by a
 * little agree within the fixed {@link OverlayComparison.Limits#maxOutside} (the bench's fresh set:
 * the mouse's copy laid over a dark wood). There the outside must also agree within {@link
 * OverlayComparison.Limits#maxCropOutsideShare} of the original's own activity. The thumbnails are
 * made here: a faint pattern (luma 44-56), under a box of one colour, and the same pattern with a
 * brightness ramp of 10 levels across it. Besides the share, the crop's frame also asks agreement
 * within {@link OverlayComparison.Limits#maxCropOutside} of a picture that is not busy: pages of
 * one manuscript (one border, one ground, a different figure on each) agreed at 2.2-3.0 outside a
 * box over the figure (session 34).
 */
class OutsideAgreementInACropsFrameTest {

  @Test
  void theSamePictureUnderABoxAgreesInACropsFrame() {
    PictureThumbnail original = pattern(0, false);
    PictureThumbnail covered = pattern(0, true);
    OverlayComparison c =
        OverlayComparison.resampled(
            covered, original, covered, original, OverlayComparison.DEFAULT);
    assertThat(c.agrees()).as(c.toString()).isTrue();
  }

  @Test
  void aPictureThatDiffersEverywhereByALittleIsRefusedInACropsFrame() {
    OverlayComparison c =
        refusedForItsOutsideAlone(pattern(5, true), pattern(0, false), withoutOutsideShare());
    assertThat(c.outsideDifference())
        .isGreaterThan(OverlayComparison.DEFAULT.maxCropOutsideShare() * c.outsideActivity());
  }

  @Test
  void aPictureOfTheSameTemplateWashedUnevenlyIsRefusedInACropsFrame() {
    OverlayComparison c =
        refusedForItsOutsideAlone(
            template(7, true), template(0, false), limits(Double.POSITIVE_INFINITY, Double.NaN));
    assertThat(c.outsideDifference())
        .isGreaterThan(OverlayComparison.DEFAULT.maxCropOutside())
        .isLessThan(OverlayComparison.DEFAULT.maxCropOutsideShare() * c.outsideActivity());
  }

  /**
   * {@code other} compared with {@code original} in a crop's frame: refused for its outside though
   * within the fixed {@link OverlayComparison.Limits#maxOutside}, and joined under {@code lifted}
   * (the default limits with the one under test lifted).
   */
  private static OverlayComparison refusedForItsOutsideAlone(
      PictureThumbnail other, PictureThumbnail original, OverlayComparison.Limits lifted) {
    OverlayComparison c =
        OverlayComparison.resampled(other, original, other, original, OverlayComparison.DEFAULT);
    assertThat(c.agrees()).as(c.toString()).isFalse();
    assertThat(c.reason()).isEqualTo("the pictures differ outside the rectangle");
    assertThat(c.outsideDifference()).isLessThan(OverlayComparison.DEFAULT.maxOutside());
    OverlayComparison withoutIt =
        OverlayComparison.resampled(other, original, other, original, lifted);
    assertThat(withoutIt.agrees()).as(withoutIt.toString()).isTrue();
    return c;
  }

  /**
   * A busier pattern (30 levels round 100, a period of 16 samples), its ground washed {@code wash}
   * levels lighter and darker in squares of 8 samples (two pages of one manuscript, one border and
   * ground, painted unevenly); with {@code box}, a black box over about an eighth of it.
   */
  private static PictureThumbnail template(double wash, boolean box) {
    return thumbnail(100, 30, 16, (x, y) -> (x / 8 + y / 8) % 2 == 0 ? wash : -wash, box ? 0 : -1);
  }

  /**
   * A faint pattern (6 levels round 50, a period of 12 samples) plus a ramp of {@code ramp} levels
   * either way from left to right; with {@code box}, a box of luma 200 over about an eighth of it.
   */
  private static PictureThumbnail pattern(double ramp, boolean box) {
    return thumbnail(
        50, 6, 12, (x, y) -> ramp * (2.0 * x / PictureThumbnail.SIDE - 1), box ? 200 : -1);
  }

  /**
   * A thumbnail of a checked pattern of {@code amplitude} levels round {@code level} with the given
   * {@code period} (samples), plus {@code shade} at each sample, under a box of luma {@code
   * boxLuma} over samples 8-27 across and 12-35 down (none when negative).
   */
  private static PictureThumbnail thumbnail(
      double level, double amplitude, int period, IntBinaryToDouble shade, int boxLuma) {
    int side = PictureThumbnail.SIDE;
    byte[] luma = new byte[side * side];
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        double v =
            level
                + amplitude
                    * Math.sin(2 * Math.PI * x / period)
                    * Math.sin(2 * Math.PI * y / period)
                + shade.at(x, y);
        if (boxLuma >= 0 && x >= 8 && x < 28 && y >= 12 && y < 36) {
          v = boxLuma;
        }
        luma[y * side + x] = (byte) Math.round(v);
      }
    }
    return new PictureThumbnail(luma, new byte[0], new byte[0]);
  }

  /** A level added at each sample (x, y). */
  @FunctionalInterface
  private interface IntBinaryToDouble {
    double at(int x, int y);
  }

  private static OverlayComparison.Limits withoutOutsideShare() {
    return limits(OverlayComparison.DEFAULT.maxCropOutside(), Double.POSITIVE_INFINITY);
  }

  /**
   * {@link OverlayComparison#DEFAULT} with the crop frame's absolute outside limit and its share of
   * the original's activity replaced (NaN keeps the default share).
   */
  private static OverlayComparison.Limits limits(double maxCropOutside, double share) {
    OverlayComparison.Limits d = OverlayComparison.DEFAULT;
    return new OverlayComparison.Limits(
        d.changedCell(),
        d.changedSample(),
        d.minChangedCells(),
        d.maxArea(),
        d.minChangedShare(),
        d.maxOutside(),
        d.minOutsideActivity(),
        d.minFill(),
        d.minFillGain(),
        d.minContrast(),
        d.minColourContrast(),
        d.minUniform(),
        d.minShift(),
        d.minTwoColourShift(),
        d.maxOverTextureActivity(),
        d.minHiddenActivity(),
        d.maxHiddenFill(),
        d.minElsewhere(),
        d.minFlatElsewhere(),
        d.minMovedElsewhere(),
        d.minColourElsewhere(),
        d.minStraightCut(),
        d.minGroundShare(),
        Double.isNaN(share) ? d.maxCropOutsideShare() : share,
        maxCropOutside,
        d.maxBusyCropOutsideShare());
  }
}
