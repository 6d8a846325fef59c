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
 * The look-alikes that icon themes and documents hold, generated at test time: pictures that agree
 * at a glance and at a 64x64 thumbnail's coarse scale but are different pictures (one page with
 * different small emblems, an arrow and its mirror) stay apart, while resized and re-encoded copies
 * of each still join their original. These are the wrong tapes `okju bench copies --real` found on
 * Debian's icon themes and documentation.
 */
class LowInformationLookAlikesTest {
  private final Map<Long, PictureThumbnail> thumbnails = new HashMap<>();
  private final List<Media> media = new ArrayList<>();
  private final Map<Long, String> picture = new HashMap<>();

  private void add(String name, String identity, BufferedImage image) {
    long item = media.size() + 1L;
    media.add(Pictures.profiled(item, name, image, thumbnails));
    picture.put(item, identity);
  }

  private void addWithEdits(
      String name, BufferedImage image, Map<String, UnaryOperator<BufferedImage>> edits) {
    add(name + ".png", name, image);
    for (Map.Entry<String, UnaryOperator<BufferedImage>> e : edits.entrySet()) {
      add(name + "-" + e.getKey(), name, e.getValue().apply(image));
    }
  }

  private List<Tape> group() {
    return new CopyGrouper(GroupingSettings.DEFAULT)
        .group(media, ThumbnailSource.of(thumbnails), TapeSplits.NONE);
  }

  /** Every tape holds one picture only, and every copy is in its original's tape. */
  private void assertApartAndJoined(List<Tape> tapes) {
    assertApartAndJoined(tapes, java.util.Set.of());
  }

  /**
   * As above, except that a copy named in {@code relatedOnly} may instead stay in a tape of its own
   * that lists its picture's tape as related: no chaining, when its only evidence is against a copy
   * that is itself a step away from the representative.
   */
  private void assertApartAndJoined(List<Tape> tapes, java.util.Set<String> relatedOnly) {
    List<Tape> kept = new ArrayList<>();
    for (Tape t : tapes) {
      if (t.members().size() == 1 && relatedOnly.contains(t.members().get(0).media().path())) {
        String p = picture.get(t.members().get(0).media().item());
        assertThat(t.related())
            .as("%s, apart, is related to its own picture only", t.members().get(0).media().path())
            .isNotEmpty()
            .allSatisfy(r -> assertThat(picture.get(r.media().item())).isEqualTo(p));
        continue;
      }
      kept.add(t);
    }
    tapes = kept;
    List<List<String>> names = new ArrayList<>();
    tapes.forEach(t -> names.add(t.members().stream().map(m -> m.media().path()).toList()));
    Map<String, String> tapeOfPicture = new HashMap<>();
    for (Tape t : tapes) {
      for (Tape.Member m : t.members()) {
        String p = picture.get(m.media().item());
        assertThat(t.members())
            .as("tape %s holds one picture only: %s", t.id(), names)
            .allSatisfy(o -> assertThat(picture.get(o.media().item())).isEqualTo(p));
        String known = tapeOfPicture.putIfAbsent(p, t.id());
        assertThat(known == null || known.equals(t.id()))
            .as("every copy of %s in one tape: %s", p, names)
            .isTrue();
      }
    }
  }

  private static Map<String, UnaryOperator<BufferedImage>> iconEdits() {
    Map<String, UnaryOperator<BufferedImage>> e = new LinkedHashMap<>();
    e.put("resize-50.png", i -> ImageEdits.scaledKeepingAlpha(i, 0.5));
    e.put("resize-75.png", i -> ImageEdits.scaledKeepingAlpha(i, 0.75));
    e.put("jpeg-q85-on-black.jpg", i -> ImageEdits.jpeg(onBlack(i), 0.85f));
    return e;
  }

  /**
   * An icon flattened onto black, as converters that drop transparency save it: the colour PDQ and
   * the thumbnail read anyway, now without alpha.
   */
  private static BufferedImage onBlack(BufferedImage icon) {
    BufferedImage out =
        new BufferedImage(icon.getWidth(), icon.getHeight(), BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = out.createGraphics();
    g.drawImage(icon, 0, 0, null);
    g.dispose();
    return out;
  }

  @Test
  void documentIconsThatDifferOnlyInASmallColouredEmblemStayApartAndTheirCopiesJoin() {
    for (int emblem = 0; emblem < LowInformationPictures.EMBLEMS; emblem++) {
      addWithEdits(
          "document-" + emblem, LowInformationPictures.documentIcon(emblem, 96), iconEdits());
    }
    assertApartAndJoined(group());
  }

  @Test
  void foldersThatDifferOnlyInColourStayApartAndTheirCopiesJoin() {
    // One folder in four colours of about one luma: the luma thumbnail, normalised so that grey
    // and contrast edits compare equal, sees one picture; only their colour tells them apart.
    for (int colour = 0; colour < LowInformationPictures.FOLDER_COLOURS; colour++) {
      addWithEdits("folder-" + colour, LowInformationPictures.folder(colour, 96), iconEdits());
    }
    assertApartAndJoined(group());
  }

  @Test
  void anArrowWithABarAtItsTailAndTheSameArrowWithoutStayApartAndTheirCopiesJoin() {
    // The crop-grid squares leave out the margin where the bar is: the squares of the two agree.
    addWithEdits("go-last", LowInformationPictures.tailBarArrow(true, 96), iconEdits());
    addWithEdits("go-next", LowInformationPictures.tailBarArrow(false, 96), iconEdits());
    assertApartAndJoined(
        group(), java.util.Set.of("go-last-resize-50.png", "go-next-resize-50.png"));
  }

  @Test
  void anArrowAndItsMirrorStayApartAndTheirCopiesJoin() {
    addWithEdits("go-last", LowInformationPictures.arrow(false, 96), iconEdits());
    addWithEdits("go-first", LowInformationPictures.arrow(true, 96), iconEdits());
    // The half-size copy of a flat arrow is 26 bits or more from its original on every view (PDQ
    // of a flat shape is unstable at 48 pixels); it matched only the 75% copy, which is itself one
    // step from the representative (the flattened JPEG, the larger file): grouping does not chain
    // two steps, so it may stay apart with that tape as related, never in the mirror's tape.
    assertApartAndJoined(
        group(), java.util.Set.of("go-last-resize-50.png", "go-first-resize-50.png"));
  }

  @Test
  void smileysThatDifferOnlyInTheMouthStayApartAndTheirCopiesJoin() {
    // Every pixel but the mouth's is shared: the detail check's one-sample tolerance takes a line
    // for a shallow curve, but the difference lies in one small window and nowhere else, whereas a
    // resized or re-encoded copy differs a little at every edge.
    // The half-size copies are left out: they are not joined with or without the local check (a
    // gap of the rules before it, reported in copies/README.md), so they cannot test it.
    Map<String, UnaryOperator<BufferedImage>> edits = iconEdits();
    edits.remove("resize-50.png");
    for (int mouth = 0; mouth < LowInformationPictures.MOUTHS; mouth++) {
      addWithEdits("face-" + mouth, LowInformationPictures.smiley(mouth, 96), edits);
    }
    assertApartAndJoined(group());
  }

  @Test
  void smileysThatDifferOnlyInTheMouthStayApartAtIconSizes() {
    // At 24-48 pixels a mouth is a few samples across: the detail check's one-sample tolerance
    // takes a line for a curve, and the local difference's window over the mouth averages 0.3-0.9
    // (normalised luma) at a background of at most 0.04, where an edited copy's peak stands at
    // most about 10 times its background. These joined with a least local peak of 1.0.
    for (int size : new int[] {24, 32, 48}) {
      for (int mouth = 0; mouth < LowInformationPictures.MOUTHS; mouth++) {
        add(
            "face-" + mouth + "@" + size + ".png",
            "face-" + mouth,
            LowInformationPictures.smiley(mouth, size));
      }
    }
    assertApart(group());
  }

  /** No tape holds two different pictures (copies of one picture may be anywhere). */
  private void assertApart(List<Tape> tapes) {
    for (Tape t : tapes) {
      List<String> names = t.members().stream().map(m -> m.media().path()).toList();
      String p = picture.get(t.members().get(0).media().item());
      assertThat(t.members())
          .as("tape %s holds one picture only: %s", t.id(), names)
          .allSatisfy(o -> assertThat(picture.get(o.media().item())).isEqualTo(p));
    }
  }

  @Test
  void networkIconsThatDifferOnlyInWhichSmallLightIsLitStayApartAndTheirCopiesJoin() {
    for (int lit = 0; lit < LowInformationPictures.NETWORK_LIGHTS; lit++) {
      addWithEdits("network-" + lit, LowInformationPictures.network(lit, 96), iconEdits());
    }
    assertApartAndJoined(group());
  }
}
