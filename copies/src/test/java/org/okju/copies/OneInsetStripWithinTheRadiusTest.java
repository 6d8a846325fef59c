package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okju.testkit.ImageEdits;

/**
 * Session 31: a copy cropped unevenly under a black box at the top, whose every strip moved beyond
 * {@link LayoutPairs#RADIUS} of its photo's and one of them lies within it of the photo's inset
 * strip (8-14), the others beyond {@link LayoutPairs#INSET_RADIUS}. Session 27 asked an inset
 * strip's candidate for two strips within the wider radius, and one strip within {@link
 * LayoutPairs#RADIUS} was no longer enough, as it is for the upright strips: such a copy had no
 * candidate and was a tape of its own (a lomiri wallpaper's copy so, copies/README.md, session 31).
 * The crops and boxes below were drawn at random (seed 31) among those so placed; each copy was a
 * tape of its own with session 27's rule alone (checked by running this test so).
 */
class OneInsetStripWithinTheRadiusTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "bridge-mods/aaa-orig.jpg, 0.0237, 0.0054, 0.0887, 0.0325, 0.0349, 0.0487, 0.4176, 0.2854",
    "reg-test-input/labelme-subset/q0291.jpg, 0.0949, 0.0817, 0.0039, 0.0694, 0.5471, 0.0815,"
        + " 0.3543, 0.2766"
  })
  void theCroppedAndCoveredCopyJoinsItsPhotoAndNothingElse(
      String photo,
      double left,
      double top,
      double right,
      double bottom,
      double x,
      double y,
      double width,
      double height) {
    UnaryOperator<BufferedImage> edit =
        p ->
            ImageEdits.blackBox(
                ImageEdits.crop(p, left, top, right, bottom),
                new ImageEdits.BoxPlace(x, y, width, height));
    List<String> photos = List.of(photo);
    assertThat(new OneCopyAmongDistinctPhotos(photos).grouped(edit, "cropped-box", photos))
        .containsExactlyInAnyOrderElementsOf(
            OneCopyAmongDistinctPhotos.expected("cropped-box", true, photos));
  }
}
