package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okju.testkit.ImageEdits;

/**
 * The harder edits re-posters make, each copy grouped <em>alone</em> with its original among the
 * distinct photos of the vectors, hashed and profiled as ingest does: no other copy of the photo to
 * join through, as in a case holding one re-posted copy. Each failed before the views made for it
 * (mirrored probes, centred zoom anchors, turned probes, the screenshot's box).
 */
class ReposterEditsTest {
  static final Map<String, UnaryOperator<BufferedImage>> EDITS = new LinkedHashMap<>();

  static {
    // A crop at uneven offsets and a mirror together: the crop grid met no dihedral view.
    EDITS.put(
        "crop-uneven-flip",
        i -> ImageEdits.flipHorizontal(ImageEdits.crop(i, 0.07, 0.02, 0.01, 0.09)));
    EDITS.put(
        "crop-uneven-flip-vertical",
        i ->
            ImageEdits.rotate90(
                ImageEdits.rotate90(
                    ImageEdits.flipHorizontal(
                        ImageEdits.jpeg(ImageEdits.crop(i, 0.03, 0.08, 0.06, 0), 0.6f)))));
    // Deep centre crops: 12.5% and 25% off each side (the grid reaches 10%).
    EDITS.put("centre-crop-25", i -> ImageEdits.crop(i, 0.125, 0.125, 0.125, 0.125));
    EDITS.put("centre-crop-25-a-side", i -> ImageEdits.crop(i, 0.25, 0.25, 0.25, 0.25));
    // Straightened by a few degrees, cropped to hide the corners.
    EDITS.put("rotate-3-cropped", i -> ImageEdits.turnedCropped(i, 3));
    EDITS.put("rotate-minus-3-cropped", i -> ImageEdits.turnedCropped(i, -3));
    // Framed by bands of one colour that carry text and icons: no uniform border to trim, and
    // the picture a third of the screenshot's height.
    EDITS.put("phone-screenshot", ImageEdits::phoneScreenshot);
    EDITS.put("captions-above-below", ImageEdits::memeCaptions);
  }

  static final List<String> ORIGINALS =
      List.of(
          "bridge-mods/aaa-orig.jpg",
          "reg-test-input/pen-and-coaster.png",
          "reg-test-input/labelme-subset/q0291.jpg");

  static List<String> edits() {
    return List.copyOf(EDITS.keySet());
  }

  private static OneCopyAmongDistinctPhotos photos;

  @BeforeAll
  static void profileTheDistinctPhotos() {
    photos = new OneCopyAmongDistinctPhotos(ORIGINALS);
  }

  @ParameterizedTest
  @MethodSource("edits")
  void theCopyAloneJoinsItsOriginalAndNoOtherPhotoJoinsAnything(String edit) {
    assertThat(photos.grouped(EDITS.get(edit), edit, ORIGINALS))
        .containsExactlyInAnyOrderElementsOf(
            OneCopyAmongDistinctPhotos.expected(edit, true, ORIGINALS));
  }
}
