package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
  @Test
  void aScreenshotJoinsOnlyThePhotoItShows() {
    Map<String, BufferedImage> photos = new LinkedHashMap<>();
    for (String d : Pictures.DISTINCT) {
      BufferedImage photo = Pictures.photo(d);
      photos.put(d, ImageEdits.resize(photo, 480.0 / photo.getWidth()));
    }
    // The dark photos' too (q1050, q2821, on the app's dark background); 9 of 11, the two smooth
    // test pictures' screenshots (q0003, q0004) joining nothing.
    assertThat(joinedAndOnePhotoATape(photos)).as("screenshots joined").isGreaterThanOrEqualTo(9);
  }

  /**
   * Groups each photo with its phone screenshot, as ingest hashes and profiles them, asserts that
   * no tape holds two photos, and returns how many screenshots joined a tape.
   */
  private static int joinedAndOnePhotoATape(Map<String, BufferedImage> photos) {
    List<Media> media = new ArrayList<>();
    Map<Long, PictureThumbnail> thumbnails = new HashMap<>();
    Map<Long, String> photoOf = new HashMap<>();
    long id = 1;
    for (Map.Entry<String, BufferedImage> e : photos.entrySet()) {
      media.add(Pictures.profiled(id, e.getKey(), e.getValue(), thumbnails));
      photoOf.put(id++, e.getKey());
      media.add(
          Pictures.profiled(
              id, e.getKey() + "|shot", ImageEdits.phoneScreenshot(e.getValue()), thumbnails));
      photoOf.put(id++, e.getKey());
    }
    List<Tape> tapes =
        new CopyGrouper(GroupingSettings.DEFAULT)
            .group(media, ThumbnailSource.of(thumbnails), TapeSplits.NONE);
    int joined = 0;
    for (Tape t : tapes) {
      List<String> inTape =
          t.members().stream().map(m -> photoOf.get(m.media().item())).distinct().toList();
      assertThat(inTape).as("one photo per tape: %s", t).hasSize(1);
      if (t.members().size() > 1) {
        joined++;
      }
    }
    return joined;
  }
}
