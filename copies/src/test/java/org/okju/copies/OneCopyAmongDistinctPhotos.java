package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.testkit.ImageEdits;

/**
 * An edited copy of some of the vectors' distinct photos grouped <em>alone</em> with them, hashed
 * and profiled as ingest does: no other copy of the photo to join through, as in a case holding one
 * re-posted copy. A copy is named {@code photo|label}; a tape is its members' names, sorted.
 */
final class OneCopyAmongDistinctPhotos {
  /** One distinct photo, resized as the copies are made from it, and its id among the media. */
  private record Original(String name, long id, Media media) {}

  private final List<String> edited;
  private final List<Original> distinct = new ArrayList<>();
  private final Map<Long, PictureThumbnail> thumbnails = new HashMap<>();

  /**
   * Hashes and profiles the distinct photos once (grouping does not change a Media), leaving after
   * each photo of {@code edited} an id for its copy.
   */
  OneCopyAmongDistinctPhotos(List<String> edited) {
    this.edited = edited;
    long id = 1;
    for (String d : Pictures.DISTINCT) {
      distinct.add(new Original(d, id, Pictures.profiled(id, d, resized(d), thumbnails)));
      id += edited.contains(d) ? 2 : 1;
    }
  }

  /**
   * The bench's {@code box-crop-random} copy number {@code draw} (from 0) of the photo: the edit
   * draws its crop and its box from a stream seeded by the picture's size, one copy after another,
   * as the bench does (ImageEdits.reposterEdits, made anew for each photo).
   */
  static BufferedImage boxCropRandomCopy(String photo, int draw) {
    UnaryOperator<BufferedImage> edit =
        ImageEdits.reposterEdits(new java.util.Random(1)).get("box-crop-random");
    BufferedImage resized = resized(photo);
    BufferedImage copy = edit.apply(resized);
    for (int d = 0; d < draw; d++) {
      copy = edit.apply(resized);
    }
    return copy;
  }

  /**
   * Asserts that the bench's {@code box-crop-random} copy number {@code draw} of {@code photo},
   * grouped alone with the distinct photos, joins its photo and nothing else.
   */
  static void assertBoxCropRandomCopyJoinsOnlyItsPhoto(String photo, int draw) {
    BufferedImage drawn = boxCropRandomCopy(photo, draw);
    List<String> photos = List.of(photo);
    assertThat(new OneCopyAmongDistinctPhotos(photos).grouped(i -> drawn, "cropped-box", photos))
        .containsExactlyInAnyOrderElementsOf(expected("cropped-box", true, photos));
  }

  static BufferedImage resized(String name) {
    BufferedImage photo = Pictures.photo(name);
    return ImageEdits.resize(photo, 480.0 / photo.getWidth());
  }

  /** The tapes when the photos of {@code some} (of those given at construction) have a copy. */
  List<List<String>> grouped(UnaryOperator<BufferedImage> edit, String label, List<String> some) {
    if (!edited.containsAll(some)) {
      throw new IllegalArgumentException("no id was left for a copy of " + some);
    }
    List<Media> media = new ArrayList<>();
    Map<Long, PictureThumbnail> withCopies = new HashMap<>(thumbnails);
    Map<Long, String> names = new LinkedHashMap<>();
    for (Original o : distinct) {
      media.add(o.media());
      names.put(o.id(), o.name());
      if (some.contains(o.name())) {
        // The copy is made from a freshly read photo: an edit never sees a shared image.
        long id = o.id() + 1;
        String name = o.name() + "|" + label;
        media.add(Pictures.profiled(id, name, edit.apply(resized(o.name())), withCopies));
        names.put(id, name);
      }
    }
    List<Tape> tapes =
        new CopyGrouper(GroupingSettings.DEFAULT)
            .group(media, ThumbnailSource.of(withCopies), TapeSplits.NONE);
    List<List<String>> grouped = new ArrayList<>();
    for (Tape t : tapes) {
      grouped.add(t.members().stream().map(m -> names.get(m.media().item())).sorted().toList());
    }
    return grouped;
  }

  /** What grouping should give: each photo of {@code some} with its copy, or apart from it. */
  static List<List<String>> expected(String label, boolean joined, List<String> some) {
    List<List<String>> expected = new ArrayList<>();
    for (String d : Pictures.DISTINCT) {
      if (!some.contains(d)) {
        expected.add(List.of(d));
      } else if (joined) {
        expected.add(List.of(d, d + "|" + label));
      } else {
        expected.add(List.of(d));
        expected.add(List.of(d + "|" + label));
      }
    }
    return expected;
  }
}
