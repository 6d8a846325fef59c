package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.testkit.ImageEdits;

/**
 * A copy from outside the case is found by {@link CopyLookup} exactly as grouping would find it:
 * the same member, the same relation and the same evidence as when the copy is grouped with the
 * case's media; unrelated pictures and videos are not found.
 */
class CopyLookupTest {
  @TempDir static Path tmp;

  /** A photo of the vectors the case does not hold. */
  static final String STRANGER = "reg-test-input/labelme-subset/q2821.jpg";

  /** The edits also tried on the other photos (every edit is tried on the first). */
  static final List<String> ACROSS_PHOTOS =
      List.of("jpeg-q20", "flip", "letterbox-black", "crop-uneven-a", "watermark-caption");

  static List<Media> pictures;
  static CopyLookup pictureLookup;

  @BeforeAll
  static void buildTheCase() {
    pictures = new ArrayList<>();
    long id = 1;
    for (String o : CopyGrouperImagesTest.ORIGINALS) {
      BufferedImage photo =
          ImageEdits.resize(Pictures.photo(o), 480.0 / Pictures.photo(o).getWidth());
      pictures.add(Pictures.media(id++, o, photo));
    }
    for (String d : Pictures.DISTINCT) {
      if (!CopyGrouperImagesTest.ORIGINALS.contains(d) && !d.equals(STRANGER)) {
        pictures.add(Pictures.media(id++, d, Pictures.photo(d)));
      }
    }
    pictureLookup = CopyLookup.of(pictures, GroupingSettings.DEFAULT);
  }

  @Test
  void everyEditOfAPictureIsFoundWithTheRelationAndEvidenceGroupingGivesIt() {
    for (int o = 0; o < CopyGrouperImagesTest.ORIGINALS.size(); o++) {
      Media original = pictures.get(o);
      BufferedImage photo =
          ImageEdits.resize(
              Pictures.photo(original.path()), 480.0 / Pictures.photo(original.path()).getWidth());
      for (Map.Entry<String, UnaryOperator<BufferedImage>> e :
          CopyGrouperImagesTest.EDITS.entrySet()) {
        if (o > 0 && !ACROSS_PHOTOS.contains(e.getKey())) {
          continue;
        }
        Media web = Pictures.media(9_000, "web/" + e.getKey(), e.getValue().apply(photo));
        List<CopyLookup.Found> found = pictureLookup.find(web);
        assertThat(found)
            .as("%s %s", original.path(), e.getKey())
            .extracting(f -> f.member().item())
            .containsExactly(original.item());
        Tape.Member grouped =
            member(new CopyGrouper(GroupingSettings.DEFAULT).group(List.of(original, web)));
        assertThat(found.get(0).relation()).as(e.getKey()).isEqualTo(grouped.relation());
        assertThat(found.get(0).evidence()).as(e.getKey()).isEqualTo(grouped.evidence());
      }
    }
  }

  @Test
  void theSameBytesAreIdenticalAndAnUnrelatedPhotoIsNotFound() {
    Media original = pictures.get(0);
    Media same =
        new Media(9_001, "web/same", original.sha256(), original.size(), false, original.views());
    assertThat(pictureLookup.find(same))
        .singleElement()
        .satisfies(f -> assertThat(f.relation()).isEqualTo("identical"));
    // A photo of the vectors the case does not hold.
    Media stranger = Pictures.media(9_002, "web/stranger", Pictures.photo(STRANGER));
    assertThat(pictureLookup.find(stranger)).isEmpty();
  }

  @Test
  void aTrimmedAFlippedAndAnExcerptedVideoAreFoundAndAnUnrelatedOneIsNot() throws Exception {
    Path chair =
        Videos.ffmpeg(
            tmp.resolve("chair.mp4"),
            "-t",
            "16",
            "-i",
            Videos.sample("chair-orig-22-sd-bar").toString(),
            "-vf",
            "scale=320:-2",
            "-an");
    Media original = Videos.media(1, chair);
    CopyLookup lookup =
        CopyLookup.of(
            List.of(
                original,
                Videos.media(
                    2,
                    Videos.ffmpeg(
                        tmp.resolve("pattern.mp4"),
                        "-t",
                        "12",
                        "-i",
                        Videos.sample("pattern-longer-no-bar").toString(),
                        "-vf",
                        "scale=320:-2",
                        "-an"))),
            GroupingSettings.DEFAULT);
    Media trim =
        Videos.media(
            10,
            Videos.ffmpeg(tmp.resolve("trim.mp4"), "-ss", "3.4", "-i", chair.toString(), "-an"));
    Media flip =
        Videos.media(
            11,
            Videos.ffmpeg(
                tmp.resolve("flip.mp4"),
                "-i",
                chair.toString(),
                "-vf",
                "hflip,scale=240:-2",
                "-an"));
    Media excerpt =
        Videos.media(
            12,
            Videos.ffmpeg(
                tmp.resolve("excerpt.mp4"), "-ss", "4", "-t", "7", "-i", chair.toString(), "-an"));
    Media doorknob =
        Videos.media(
            13,
            Videos.ffmpeg(
                tmp.resolve("doorknob.mp4"),
                "-t",
                "10",
                "-i",
                Videos.sample("doorknob-hd-no-bar").toString(),
                "-vf",
                "scale=320:-2",
                "-an"));
    for (Media web : List.of(trim, flip, excerpt)) {
      List<CopyLookup.Found> found = lookup.find(web);
      assertThat(found).as(web.path()).extracting(f -> f.member().item()).containsExactly(1L);
      Tape.Member grouped =
          member(new CopyGrouper(GroupingSettings.DEFAULT).group(List.of(original, web)));
      assertThat(found.get(0).relation()).as(web.path()).isEqualTo(grouped.relation());
    }
    assertThat(lookup.find(trim).get(0).relation()).isEqualTo("trimmed");
    assertThat(lookup.find(excerpt).get(0).relation()).isEqualTo("excerpt");
    assertThat(lookup.find(doorknob)).isEmpty();
  }

  /**
   * The copy's member of the one tape grouping makes of the pair: the web copy's, or the case's
   * when the copy (larger, longer) became the representative; the relation is the same both ways.
   */
  private static Tape.Member member(List<Tape> tapes) {
    assertThat(tapes).as("grouped into one tape").hasSize(1);
    assertThat(tapes.get(0).members()).hasSize(2);
    return tapes.get(0).members().get(1);
  }
}
