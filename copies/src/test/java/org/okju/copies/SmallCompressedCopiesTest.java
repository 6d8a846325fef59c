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
 * Small, heavily compressed copies (a third of the size at JPEG quality 12, as messengers and
 * re-posters make), every one in one case with every distinct photo of the vectors (but the one
 * below PDQ's quality floor): each joins its own photo and nothing else. The copy of q0122 lies
 * beyond every PDQ view's radius of its photo and is found by its thumbnail's layout, the pixels
 * agreeing; before {@link LayoutPairs} it was a tape of its own.
 */
class SmallCompressedCopiesTest {
  private static final String BEYOND_PDQ = "reg-test-input/labelme-subset/q0122.jpg";

  @Test
  void eachSmallCompressedCopyJoinsItsOwnPhotoOnly() {
    List<Media> media = new ArrayList<>();
    Map<Long, PictureThumbnail> thumbnails = new HashMap<>();
    Map<Long, String> names = new LinkedHashMap<>();
    List<String> kept = new ArrayList<>();
    long id = 1;
    for (String d : Pictures.DISTINCT) {
      BufferedImage photo = Pictures.photo(d);
      photo = ImageEdits.resize(photo, 480.0 / photo.getWidth());
      Media original = Pictures.profiled(id, d, photo, thumbnails);
      if (original.quality() < GroupingSettings.DEFAULT.minQuality()) {
        continue; // next to flat (q0003): no view of it is looked up, as the bench leaves it out
      }
      media.add(original);
      names.put(id++, d);
      kept.add(d);
      BufferedImage small = ImageEdits.jpeg(ImageEdits.resize(photo, 0.3), 0.12f);
      media.add(Pictures.profiled(id, d + "|small", small, thumbnails));
      names.put(id++, d + "|small");
    }
    List<Tape> tapes =
        new CopyGrouper(GroupingSettings.DEFAULT)
            .group(media, ThumbnailSource.of(thumbnails), TapeSplits.NONE);

    List<List<String>> grouped = new ArrayList<>();
    Map<String, Object> viaLayout = null;
    for (Tape t : tapes) {
      grouped.add(t.members().stream().map(m -> names.get(m.media().item())).sorted().toList());
      for (Tape.Member m : t.members()) {
        if (names.get(m.media().item()).equals(BEYOND_PDQ + "|small")
            || names.get(m.media().item()).equals(BEYOND_PDQ)) {
          if ("layout".equals(m.evidence().get("view"))) {
            viaLayout = m.evidence();
          }
        }
      }
    }
    List<List<String>> expected = new ArrayList<>();
    for (String d : kept) {
      expected.add(List.of(d, d + "|small"));
    }
    assertThat(grouped).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(viaLayout)
        .as("q0122's small copy is beyond PDQ: found by its layout, its pixels compared")
        .isNotNull()
        .containsKeys("layoutDistance", "pixels");
  }
}
