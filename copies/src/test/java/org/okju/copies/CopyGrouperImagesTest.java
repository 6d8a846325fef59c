package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okju.testkit.ImageEdits;

/**
 * Image copies under every edit of the issue, generated at test time with Java2D from the vector
 * photos, grouped together with distinct photos that must stay apart.
 */
class CopyGrouperImagesTest {
  static final Map<String, UnaryOperator<BufferedImage>> EDITS = new LinkedHashMap<>();

  static {
    EDITS.put("jpeg-q20", i -> ImageEdits.jpeg(i, 0.2f));
    EDITS.put("resize-40", i -> ImageEdits.resize(i, 0.4));
    EDITS.put("upscale-150", i -> ImageEdits.resize(i, 1.5));
    EDITS.put("grey", ImageEdits::grey);
    EDITS.put("sepia-contrast", ImageEdits::sepiaContrast);
    EDITS.put("blur", i -> ImageEdits.blur(i, 2));
    EDITS.put("sharpen", ImageEdits::sharpen);
    EDITS.put("letterbox-black", i -> ImageEdits.bars(i, i.getHeight() / 5, 0, Color.BLACK));
    EDITS.put(
        "pillarbox-red", i -> ImageEdits.bars(i, 0, i.getWidth() / 4, new Color(190, 20, 40)));
    EDITS.put("border-white", i -> ImageEdits.border(i, i.getWidth() / 20, Color.WHITE));
    EDITS.put("flip", ImageEdits::flipHorizontal);
    EDITS.put("rotate-90", ImageEdits::rotate90);
    EDITS.put(
        "rotate-90-flip-jpeg",
        i -> ImageEdits.jpeg(ImageEdits.flipHorizontal(ImageEdits.rotate90(i)), 0.5f));
    EDITS.put("watermark-caption", ImageEdits::watermark);
    EDITS.put("crop-10-bottom", i -> ImageEdits.crop(i, 0, 0, 0, 0.10));
    EDITS.put("crop-10-left", i -> ImageEdits.crop(i, 0.10, 0, 0, 0));
    EDITS.put("crop-5-all", i -> ImageEdits.crop(i, 0.05, 0.05, 0.05, 0.05));
    EDITS.put("crop-10-all", i -> ImageEdits.crop(i, 0.10, 0.10, 0.10, 0.10));
    // Crops at uneven offsets, where no fixed crop view lines up (PDQ moves ~30 bits per 2-3%).
    EDITS.put("crop-uneven-a", i -> ImageEdits.crop(i, 0.07, 0.02, 0.01, 0.09));
    EDITS.put("crop-uneven-b", i -> ImageEdits.jpeg(ImageEdits.crop(i, 0.03, 0.08, 0.06, 0), 0.6f));
    EDITS.put("crop-uneven-c", i -> ImageEdits.crop(i, 0.09, 0.085, 0, 0.035));
  }

  static final List<String> ORIGINALS =
      List.of(
          "bridge-mods/aaa-orig.jpg",
          "reg-test-input/pen-and-coaster.png",
          "reg-test-input/labelme-subset/q0291.jpg");

  static List<Media> media;
  static List<Tape> tapes;
  static Map<Long, String> names = new LinkedHashMap<>();

  @BeforeAll
  static void group() {
    media = new ArrayList<>();
    long id = 1;
    for (String o : ORIGINALS) {
      BufferedImage photo =
          ImageEdits.resize(Pictures.photo(o), 480.0 / Pictures.photo(o).getWidth());
      Media original = Pictures.media(id, o, photo);
      names.put(id++, o + "|original");
      media.add(original);
      // The same bytes under another name.
      media.add(
          new Media(
              id, o + " (copy)", original.sha256(), original.size(), false, original.views()));
      names.put(id++, o + "|identical");
      for (Map.Entry<String, UnaryOperator<BufferedImage>> e : EDITS.entrySet()) {
        media.add(Pictures.media(id, o + "|" + e.getKey(), e.getValue().apply(photo)));
        names.put(id++, o + "|" + e.getKey());
      }
    }
    for (String d : Pictures.DISTINCT) {
      if (!ORIGINALS.contains(d)) {
        media.add(Pictures.media(id, d, Pictures.photo(d)));
        names.put(id++, d + "|distinct");
      }
    }
    tapes = new CopyGrouper(GroupingSettings.DEFAULT).group(media);
  }

  static Tape tapeOf(String name) {
    return tapes.stream()
        .filter(t -> t.members().stream().anyMatch(m -> names.get(m.media().item()).equals(name)))
        .findFirst()
        .orElseThrow();
  }

  static Map<String, String> relations(Tape t) {
    return t.members().stream()
        .collect(
            Collectors.toMap(
                m -> names.get(m.media().item()).split("\\|", -1)[1],
                Tape.Member::relation,
                (a, b) -> a,
                LinkedHashMap::new));
  }

  @Test
  void everyEditedCopyOfAPhotoJoinsItsOriginalsTape() {
    for (String o : ORIGINALS) {
      Tape t = tapeOf(o + "|original");
      assertThat(t.members())
          .as("tape of %s: %s", o, relations(t))
          .allMatch(m -> names.get(m.media().item()).startsWith(o + "|"));
      assertThat(relations(t).keySet())
          .as("tape of %s", o)
          .containsAll(EDITS.keySet())
          .contains("original", "identical");
      assertThat(t.kind()).isEqualTo("image");
    }
  }

  @Test
  void relationsSayWhetherTheCopyIsTheSameBytesAPlainReencodeOrATransform() {
    Map<String, String> r = relations(tapeOf("bridge-mods/aaa-orig.jpg|original"));
    assertThat(r.get("identical")).isEqualTo("identical");
    assertThat(r.get("jpeg-q20")).isEqualTo("re-encoded");
    assertThat(r.get("grey")).isEqualTo("re-encoded");
    assertThat(r.get("flip")).isEqualTo("transformed");
    assertThat(r.get("rotate-90")).isEqualTo("transformed");
    assertThat(r.get("letterbox-black")).isEqualTo("transformed");
  }

  @Test
  void theEvidenceNamesTheViewTheOrientationTheDistanceAndTheThreshold() {
    Tape t = tapeOf("bridge-mods/aaa-orig.jpg|original");
    Tape.Member flip =
        t.members().stream()
            .filter(m -> names.get(m.media().item()).endsWith("|flip"))
            .findFirst()
            .orElseThrow();
    assertThat(flip.evidence()).containsEntry("view", "full").containsKey("distance");
    assertThat(flip.evidence().get("orientation")).isIn("flipx", "flipy");
    assertThat(flip.evidence().get("threshold")).isEqualTo(GroupingSettings.DEFAULT.viewRadius());
    Tape.Member box =
        t.members().stream()
            .filter(m -> names.get(m.media().item()).endsWith("|pillarbox-red"))
            .findFirst()
            .orElseThrow();
    assertThat(box.evidence()).containsEntry("view", "content");
    Tape.Member crop =
        t.members().stream()
            .filter(m -> names.get(m.media().item()).endsWith("|crop-uneven-a"))
            .findFirst()
            .orElseThrow();
    assertThat(crop.evidence())
        .containsEntry("view", "crop-grid")
        .containsEntry("threshold", GroupingSettings.DEFAULT.cropRadius());
  }

  @Test
  void distinctPhotosOfSimilarScenesStayInTapesOfTheirOwn() {
    for (Map.Entry<Long, String> e : names.entrySet()) {
      if (e.getValue().endsWith("|distinct")) {
        Tape t = tapeOf(e.getValue());
        assertThat(t.members()).as(e.getValue()).hasSize(1);
      }
    }
    assertThat(tapes).hasSize(ORIGINALS.size() + Pictures.DISTINCT.size() - ORIGINALS.size());
  }

  /** A smooth picture, little for PDQ to hold on to, painted with {@code paint}. */
  static BufferedImage smooth(java.awt.Paint paint) {
    BufferedImage out = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = out.createGraphics();
    g.setPaint(paint);
    g.fillRect(0, 0, 480, 300);
    g.dispose();
    return out;
  }

  @Test
  void smoothPicturesCarryingTheSameStampDoNotGroupThroughIt() {
    // A re-posting site stamps its logo and caption on every tape; on pictures with little
    // structure of their own the stamp is most of what a hash sees.
    Color dark = new Color(20, 30, 90);
    Color light = new Color(200, 220, 250);
    List<BufferedImage> smooth =
        List.of(
            smooth(new java.awt.GradientPaint(0, 0, dark, 480, 0, light)),
            smooth(
                new java.awt.RadialGradientPaint(
                    140, 120, 300, new float[] {0, 1}, new Color[] {light, dark})),
            smooth(new java.awt.GradientPaint(0, 0, dark, 170, 90, light, true)),
            smooth(
                new java.awt.RadialGradientPaint(
                    340, 240, 260, new float[] {0, 0.5f, 1}, new Color[] {dark, light, dark})));
    List<Media> stamped = new ArrayList<>();
    Map<Long, Integer> picture = new LinkedHashMap<>();
    long id = 1;
    for (int p = 0; p < smooth.size(); p++) {
      BufferedImage s = smooth.get(p);
      for (BufferedImage copy :
          List.of(
              ImageEdits.watermark(s),
              ImageEdits.border(s, s.getWidth() / 20, Color.WHITE),
              ImageEdits.watermark(ImageEdits.jpeg(s, 0.6f)))) {
        stamped.add(Pictures.media(id, "smooth-" + p, copy));
        picture.put(id++, p);
      }
    }
    for (Tape t : new CopyGrouper(GroupingSettings.DEFAULT).group(stamped)) {
      assertThat(t.members())
          .as("tape %s", t)
          .extracting(m -> picture.get(m.media().item()))
          .containsOnly(picture.get(t.members().get(0).media().item()));
    }
  }

  @Test
  void aCloseReencodeOfAPictureWithAFlatCentreStillGroups() {
    // Detail only in the margins (a dark frame with a caption): the centre check must not split a
    // copy whose whole picture is nearly identical.
    org.okju.fingerprint.Pdq256 whole =
        org.okju.fingerprint.Pdq256.parse("f".repeat(32) + "0".repeat(32));
    org.okju.fingerprint.Pdq256 nearWhole =
        org.okju.fingerprint.Pdq256.parse("f".repeat(30) + "0".repeat(34));
    org.okju.fingerprint.Pdq256 centre = org.okju.fingerprint.Pdq256.parse("3c".repeat(32));
    List<Media> two =
        List.of(
            new Media(
                1,
                "a",
                "a".repeat(64),
                10,
                false,
                List.of(
                    new Media.View(0, 0, "full", "orig", whole, 90),
                    new Media.View(0, 0, "center-80", "orig", centre, 20))),
            new Media(
                2,
                "b",
                "b".repeat(64),
                10,
                false,
                List.of(
                    new Media.View(0, 0, "full", "orig", nearWhole, 90),
                    new Media.View(0, 0, "center-80", "orig", centre, 20))));
    assertThat(whole.distance(nearWhole)).isLessThanOrEqualTo(PairFinder.CLOSE_WHOLE_MATCH);
    assertThat(new CopyGrouper(GroupingSettings.DEFAULT).group(two)).hasSize(1);
  }

  @Test
  void tapeIdsFollowTheRepresentativesDigestSoTheyAreStableAcrossRuns() {
    List<Media> shuffled = new ArrayList<>(media);
    java.util.Collections.reverse(shuffled);
    List<Tape> again = new CopyGrouper(GroupingSettings.DEFAULT).group(shuffled);
    assertThat(again)
        .extracting(t -> t.id() + " " + t.representative().sha256())
        .containsExactlyElementsOf(
            tapes.stream().map(t -> t.id() + " " + t.representative().sha256()).toList());
    assertThat(tapes).extracting(t -> t.representative().sha256()).isSorted();
  }
}
