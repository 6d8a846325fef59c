package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.testkit.ImageEdits;
import org.okju.testkit.LowInformationPictures;

/**
 * Pictures with little information, generated at test time: different ones must stay apart (icons
 * sharing a badge, icons drawn in their transparency, gradients carrying one stamp, text
 * screenshots sharing a layout) while edited copies of each still join their original.
 */
class LowInformationPicturesTest {
  private final Map<Long, PictureThumbnail> thumbnails = new HashMap<>();
  private final List<Media> media = new ArrayList<>();
  private final Map<Long, String> picture = new HashMap<>();

  private void add(String name, String identity, BufferedImage image) {
    long item = media.size() + 1L;
    media.add(Pictures.profiled(item, name, image, thumbnails));
    picture.put(item, identity);
  }

  private List<Tape> group() {
    return new CopyGrouper(GroupingSettings.DEFAULT)
        .group(media, ThumbnailSource.of(thumbnails), TapeSplits.NONE);
  }

  /** Each tape's member names, for messages. */
  private static List<List<String>> names(List<Tape> tapes) {
    List<List<String>> out = new ArrayList<>();
    tapes.forEach(t -> out.add(t.members().stream().map(m -> m.media().path()).toList()));
    return out;
  }

  /** Every tape holds one picture only, and every copy is in its original's tape. */
  private void assertApartAndJoined(List<Tape> tapes) {
    Map<String, String> tapeOfPicture = new HashMap<>();
    for (Tape t : tapes) {
      for (Tape.Member m : t.members()) {
        String p = picture.get(m.media().item());
        assertThat(t.members())
            .as("tape %s holds one picture only: %s", t.id(), names(List.of(t)))
            .allSatisfy(o -> assertThat(picture.get(o.media().item())).isEqualTo(p));
        String known = tapeOfPicture.putIfAbsent(p, t.id());
        assertThat(known == null || known.equals(t.id()))
            .as("every copy of %s in one tape: %s", p, names(tapes))
            .isTrue();
      }
    }
  }

  private static Map<String, UnaryOperator<BufferedImage>> gradientEdits() {
    Map<String, UnaryOperator<BufferedImage>> e = new LinkedHashMap<>();
    e.put("jpeg-q60", i -> ImageEdits.jpeg(i, 0.6f));
    e.put("resize-50", i -> ImageEdits.resize(i, 0.5));
    e.put("upscale-150", i -> ImageEdits.resize(i, 1.5));
    e.put("grey", ImageEdits::grey);
    return e;
  }

  @Test
  void iconsSharingABadgeStayApartAndTheirResizedCopiesJoinButNotTheirMirrorsOrTurns() {
    // Of drawn pictures the mirror or a turn is another icon (an arrow, "redo" and "undo"): it
    // keeps an identity of its own and must not join the original, however well its pixels agree.
    for (int glyph = 0; glyph < LowInformationPictures.GLYPHS; glyph++) {
      BufferedImage icon = LowInformationPictures.icon(glyph, true, 64);
      add("icon-" + glyph + ".png", "icon " + glyph, icon);
      add(
          "icon-" + glyph + "-128.png",
          "icon " + glyph,
          LowInformationPictures.icon(glyph, true, 128));
      for (Map.Entry<String, UnaryOperator<BufferedImage>> e :
          ImageEdits.keepingAlpha().entrySet()) {
        boolean turned = e.getKey().startsWith("flip") || e.getKey().startsWith("rotate");
        // One turned copy a glyph (flipped for even glyphs, turned for odd ones): a symmetric
        // glyph's mirror and its quarter turn put the badge in the same corner and are one
        // picture, which may join each other.
        if (turned && e.getKey().startsWith("flip") != (glyph % 2 == 0)) {
          continue;
        }
        add(
            "icon-" + glyph + "-" + e.getKey() + ".png",
            "icon " + glyph + (turned ? " " + e.getKey() : ""),
            e.getValue().apply(icon));
      }
    }
    assertApartAndJoined(group());
  }

  @Test
  void iconsDrawnInTheirTransparencyStayApartAndOnlyTheirIdenticalCopiesJoin() {
    // PDQ reads colour without alpha (as the references do): to it these icons are one flat grey,
    // so only the same bytes may join them; their resized copies stay apart too (a known gap).
    for (int glyph = 0; glyph < LowInformationPictures.GLYPHS; glyph++) {
      BufferedImage icon = LowInformationPictures.symbolic(glyph, true, 64);
      add("symbolic-" + glyph + ".png", "symbolic " + glyph, icon);
      add(
          "symbolic-" + glyph + "-96.png",
          "symbolic " + glyph + " at 96",
          LowInformationPictures.symbolic(glyph, true, 96));
      long item = media.size() + 1L;
      Media same = media.get(media.size() - 2);
      media.add(
          new Media(
              item,
              "symbolic-" + glyph + "-copy.png",
              same.sha256(),
              same.size(),
              false,
              same.views(),
              same.profile()));
      picture.put(item, "symbolic " + glyph);
    }
    assertApartAndJoined(group());
  }

  @Test
  void gradientsCarryingOneStampStayApartAndTheirEditedCopiesJoin() {
    for (int variant = 0; variant < LowInformationPictures.GRADIENTS; variant++) {
      BufferedImage g = LowInformationPictures.stampedGradient(variant, 640, 400);
      add("gradient-" + variant + ".png", "gradient " + variant, g);
      for (Map.Entry<String, UnaryOperator<BufferedImage>> e : gradientEdits().entrySet()) {
        add("gradient-" + variant + "-" + e.getKey(), "gradient " + variant, e.getValue().apply(g));
      }
    }
    assertApartAndJoined(group());
  }

  @Test
  void textScreenshotsSharingALayoutStayApartAndTheirEditedCopiesJoin() {
    Map<String, UnaryOperator<BufferedImage>> edits = new LinkedHashMap<>();
    edits.put("jpeg-q60", i -> ImageEdits.jpeg(i, 0.6f));
    edits.put("resize-50", i -> ImageEdits.resize(i, 0.5));
    edits.put("grey", ImageEdits::grey);
    edits.put("crop-top-10", i -> ImageEdits.crop(i, 0, 0.10, 0, 0));
    for (int i = 0; i < 8; i++) {
      BufferedImage shot =
          LowInformationPictures.textScreenshot(LowInformationPictures.chatLines(i, 12), 480, 640);
      add("chat-" + i + ".png", "text " + i, shot);
      for (Map.Entry<String, UnaryOperator<BufferedImage>> e : edits.entrySet()) {
        add("chat-" + i + "-" + e.getKey(), "text " + i, e.getValue().apply(shot));
      }
    }
    assertApartAndJoined(group());
  }

  @Test
  void aJoinOfLowInformationPicturesNamesThePixelComparisonThatAllowedIt() {
    BufferedImage icon = LowInformationPictures.icon(3, true, 64);
    add("icon.png", "icon", icon);
    add("icon-128.png", "icon", LowInformationPictures.icon(3, true, 128));
    List<Tape> tapes = group();
    assertThat(tapes).hasSize(1);
    Tape.Member copy = tapes.get(0).members().get(1);
    assertThat(copy.join()).isEqualTo(Tape.Join.DIRECT);
    assertThat(copy.evidence()).containsEntry("information", "low").containsKey("pixels");
  }
}
