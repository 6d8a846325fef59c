package org.okju.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sharp box finds a photo inside a player's window and inside a blurred fill (Java2D frames
 * made from the bridge photo): never more than the photo (a box probe would then show more than the
 * original's anchors hold), and at least what the crop grid's probes tolerate of it (they find a
 * copy cropped by up to 10% a side). A photo's own smooth edge (the bridge's shaded bottom rows)
 * may be trimmed as a copy's would be.
 */
class SharpBoxTest {
  private static BufferedImage bridge;

  @BeforeAll
  static void decode() throws Exception {
    BufferedImage b =
        new ImageDecoder().decode(TestVectors.file("pdq/data/bridge-mods/aaa-orig.jpg"));
    bridge = scaled(b, 640, 400);
  }

  private static BufferedImage scaled(BufferedImage in, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(in, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  private static ContentBox box(BufferedImage frame) {
    ReducedLumaPlane plane = ReducedLumaPlane.of(ImageLuma.of(frame));
    return SharpBox.within(plane, ContentBox.of(plane));
  }

  /** {@code box} in the plane of a {@code frameWidth} picture, as {@code {x, y, w, h}}. */
  private static int[] inPlane(ContentBox box, BufferedImage frame) {
    int[] size = ReducedLumaPlane.size(frame.getWidth(), frame.getHeight());
    double f = frame.getWidth() / (double) size[0];
    return new int[] {
      (int) Math.round(box.x() * f),
      (int) Math.round(box.y() * f),
      (int) Math.round(box.width() * f),
      (int) Math.round(box.height() * f)
    };
  }

  @Test
  void aPhotoPlayingInAPlayersWindowIsFoundInsideItsBarsAndBackground() {
    BufferedImage frame = PlayerWindow.around(bridge, 240, 110, 800, 500, "Now playing: a clip");
    assertInside(inPlane(box(frame), frame), 240, 110, 800, 500);
  }

  /** The box {@code b} lies inside the picture at {@code x, y, w, h} and keeps 85% of each side. */
  private static void assertInside(int[] b, int x, int y, int w, int h) {
    int slack = 4; // a reduced-plane pixel of a 1280 px frame is 3 px; bilinear edges blur one more
    assertThat(b[0]).isBetween(x - slack, x + w / 10);
    assertThat(b[1]).isBetween(y - slack, y + h / 10);
    assertThat(b[0] + b[2]).isBetween(x + w - w / 10, x + w + slack);
    assertThat(b[1] + b[3]).isBetween(y + h - h / 10, y + h + slack);
    assertThat(b[2]).isGreaterThanOrEqualTo(w * 85 / 100);
    assertThat(b[3]).isGreaterThanOrEqualTo(h * 85 / 100);
  }

  @Test
  void aPhotoInAPhoneFrameWithABlurredFillIsFoundBetweenTheBlurredBands() {
    // Enlarged from 9x16 samples: smoother than a box blur of radius 20, as the fill is.
    BufferedImage fill = scaled(scaled(bridge.getSubimage(190, 0, 260, 400), 9, 16), 405, 720);
    BufferedImage frame = new BufferedImage(405, 720, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = frame.createGraphics();
    g.drawImage(fill, 0, 0, null);
    g.drawImage(bridge, 0, 233, 405, 253, null);
    g.dispose();
    assertInside(inPlane(box(frame), frame), 0, 233, 405, 253);
  }

  @Test
  void aPlainPhotoKeepsAllButItsSmoothEdge() {
    assertInside(inPlane(box(bridge), bridge), 0, 0, 640, 400);
  }

  @Test
  void aSmoothBlurredClipInAPlayersWindowIsFoundWholeByTheChromeRule() {
    // Enlarged from 32x20 samples: a dim phone clip with no sharp line, which the fill rule eats.
    BufferedImage smooth = scaled(scaled(bridge, 32, 20), 640, 400);
    BufferedImage frame = PlayerWindow.around(smooth, 240, 110, 800, 500, "");
    ReducedLumaPlane plane = ReducedLumaPlane.of(ImageLuma.of(frame));
    ContentBox chrome = SharpBox.chromeWithin(plane, ContentBox.of(plane));
    assertInside(inPlane(chrome, frame), 240, 110, 800, 500);
  }

  @Test
  void aPortraitClipInALandscapePlayerIsFoundByTheChromeRule() {
    // A phone's 9:16 clip at the player's full height: 22% of the window's width (the general
    // rule's 25% floor gave it no box, so its recording matched nothing).
    BufferedImage portrait = scaled(bridge.getSubimage(200, 0, 225, 400), 281, 500);
    BufferedImage frame = PlayerWindow.around(portrait, 500, 110, 281, 500, "Now playing: a clip");
    ReducedLumaPlane plane = ReducedLumaPlane.of(ImageLuma.of(frame));
    ContentBox chrome = SharpBox.chromeWithin(plane, ContentBox.of(plane));
    assertInside(inPlane(chrome, frame), 500, 110, 281, 500);
  }
}
