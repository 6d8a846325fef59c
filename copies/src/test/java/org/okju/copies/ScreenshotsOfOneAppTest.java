package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.testkit.ImageEdits;

/**
 * Screenshots of one social app, each showing another of the vectors' detailed photos, hashed and
 * profiled as ingest does: the app's frame is the same in all of them and covers two thirds of
 * each, so their whole-picture views match one another. A screenshot is its photo: it joins that
 * photo and never another screenshot (on Debian's wallpapers in the same app, before this rule, the
 * held-out screenshots' pair precision was 0.556).
 */
class ScreenshotsOfOneAppTest {
  /**
   * The vectors' photos but the smooth ones (q0003, q0004, q0122): the inside of their screenshots
   * is as smooth as a drawing's and gets no box, so those screenshots are judged whole, as
   * low-information pictures, and join one another through the frame as before (copies/README).
   */
  static final List<String> DETAILED =
      Pictures.DISTINCT.stream()
          .filter(d -> !d.endsWith("q0003.jpg") && !d.endsWith("q0004.jpg"))
          .filter(d -> !d.endsWith("q0122.jpg"))
          .toList();

  @Test
  void aScreenshotJoinsOnlyThePhotoItShows() {
    List<Media> media = new ArrayList<>();
    Map<Long, PictureThumbnail> thumbnails = new HashMap<>();
    Map<Long, String> photoOf = new HashMap<>();
    long id = 1;
    for (String d : DETAILED) {
      BufferedImage photo = Pictures.photo(d);
      photo = ImageEdits.resize(photo, 480.0 / photo.getWidth());
      media.add(Pictures.profiled(id, d, photo, thumbnails));
      photoOf.put(id++, d);
      media.add(Pictures.profiled(id, d + "|shot", ImageEdits.phoneScreenshot(photo), thumbnails));
      photoOf.put(id++, d);
    }
    List<Tape> tapes =
        new CopyGrouper(GroupingSettings.DEFAULT)
            .group(media, ThumbnailSource.of(thumbnails), TapeSplits.NONE);
    int joined = 0;
    for (Tape t : tapes) {
      List<String> photos =
          t.members().stream().map(m -> photoOf.get(m.media().item())).distinct().toList();
      assertThat(photos).as("one photo per tape: %s", t).hasSize(1);
      if (t.members().size() > 1) {
        joined++;
      }
    }
    // Dark photos on the app's dark background have no edge to find (q1050, q2821): 6 of 8.
    assertThat(joined).isGreaterThanOrEqualTo(6);
  }
}
