package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * Session 31: a dense texture (the vectors' q1050, leaves) cropped unevenly and covered by a box.
 * The crop search's quick look, in steps of 4%, left a side up to 2% off, and on such a texture
 * that alone put its fit just over {@link OverlayAlignment#QUICK_BELOW} (6.39 for the draw below):
 * the search stopped there, the copy a tape of its own. A quick fit under {@link
 * OverlayAlignment#QUICK_SECOND_LOOK_BELOW} now gets a second look at half the step (3.20 here).
 * The lomiri wallpapers' dragonfly and field of flowers were refused so (copies/README.md, session
 * 31). This test fails without the second look (checked by running it with {@code
 * QUICK_SECOND_LOOK_BELOW} set to {@code QUICK_BELOW}).
 */
class DenseTextureJustOverTheQuickLookTest {
  private static final String Q1050 = "reg-test-input/labelme-subset/q1050.jpg";

  @Test
  void theCroppedAndCoveredTextureJoinsItsPhotoAndNothingElse() {
    OneCopyAmongDistinctPhotos.assertBoxCropRandomCopyJoinsOnlyItsPhoto(Q1050, 6);
  }

  @Test
  void theQuickLookAloneStopsItAndTheSecondLookLetsItOn() {
    BufferedImage drawn = OneCopyAmongDistinctPhotos.boxCropRandomCopy(Q1050, 6);
    var copy = Pictures.judgeable(1, drawn).thumbnail().get().smoothed();
    var photo =
        Pictures.judgeable(2, OneCopyAmongDistinctPhotos.resized(Q1050))
            .thumbnail()
            .get()
            .smoothed();
    OverlayAlignment.CoarseFit quick = OverlayAlignment.quickFit(copy, photo);
    assertThat(quick.score())
        .isBetween(OverlayAlignment.QUICK_BELOW, OverlayAlignment.QUICK_SECOND_LOOK_BELOW);
    assertThat(OverlayAlignment.quickSecondLook(quick, copy, photo).score())
        .isLessThan(OverlayAlignment.QUICK_BELOW);
  }
}
