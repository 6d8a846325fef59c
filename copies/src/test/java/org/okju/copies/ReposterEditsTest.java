package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okju.fingerprint.PictureThumbnail;
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

  /** One distinct photo, resized as the copies are made from it, and its id among the media. */
  private record Original(String name, long id, Media media) {}

  // The distinct photos' media and thumbnails are the same in every case (read-only: grouping
  // does not change a Media), so they are hashed and profiled once, not once per edit; the ids are
  // those the interleaved numbering gives (each edited original's copy takes the next id).
  private static final List<Original> DISTINCT = new ArrayList<>();
  private static final Map<Long, PictureThumbnail> DISTINCT_THUMBNAILS = new HashMap<>();

  @BeforeAll
  static void profileTheDistinctPhotos() {
    long id = 1;
    for (String d : Pictures.DISTINCT) {
      DISTINCT.add(new Original(d, id, Pictures.profiled(id, d, resized(d), DISTINCT_THUMBNAILS)));
      id += ORIGINALS.contains(d) ? 2 : 1;
    }
  }

  private static BufferedImage resized(String name) {
    BufferedImage photo = Pictures.photo(name);
    return ImageEdits.resize(photo, 480.0 / photo.getWidth());
  }

  @ParameterizedTest
  @MethodSource("edits")
  void theCopyAloneJoinsItsOriginalAndNoOtherPhotoJoinsAnything(String edit) {
    List<Media> media = new ArrayList<>();
    Map<Long, PictureThumbnail> thumbnails = new HashMap<>(DISTINCT_THUMBNAILS);
    Map<Long, String> names = new LinkedHashMap<>();
    for (Original o : DISTINCT) {
      media.add(o.media());
      names.put(o.id(), o.name());
      if (ORIGINALS.contains(o.name())) {
        // The copy is made from a freshly read photo: an edit never sees a shared image.
        long id = o.id() + 1;
        String name = o.name() + "|" + edit;
        media.add(
            Pictures.profiled(id, name, EDITS.get(edit).apply(resized(o.name())), thumbnails));
        names.put(id, name);
      }
    }
    List<Tape> tapes =
        new CopyGrouper(GroupingSettings.DEFAULT)
            .group(media, ThumbnailSource.of(thumbnails), TapeSplits.NONE);
    List<List<String>> grouped = new ArrayList<>();
    for (Tape t : tapes) {
      grouped.add(t.members().stream().map(m -> names.get(m.media().item())).sorted().toList());
    }
    List<List<String>> expected = new ArrayList<>();
    for (String d : Pictures.DISTINCT) {
      expected.add(ORIGINALS.contains(d) ? List.of(d, d + "|" + edit) : List.of(d));
    }
    assertThat(grouped).containsExactlyInAnyOrderElementsOf(expected);
  }
}
