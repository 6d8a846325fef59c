package org.okju.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
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

  @Test
  void aClipWithASmoothSkyInAPlayersWindowKeepsItsSky() {
    // The top 45% a sky: lighter towards the horizon and drifting by 14 levels across, so that
    // neighbours differ by less than a level (the flat-line rule took its rows for chrome).
    BufferedImage clip = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = clip.createGraphics();
    g.drawImage(bridge, 0, 0, null);
    g.dispose();
    for (int y = 0; y < 180; y++) {
      for (int x = 0; x < 640; x++) {
        int drift = x * 14 / 640;
        clip.setRGB(x, y, new Color(110 + y / 3 + drift, 160 + y / 4 + drift, 225).getRGB());
      }
    }
    BufferedImage frame = PlayerWindow.around(clip, 240, 110, 800, 500, "Now playing: a clip");
    ReducedLumaPlane plane = ReducedLumaPlane.of(ImageLuma.of(frame));
    ContentBox chrome = SharpBox.chromeWithin(plane, ContentBox.of(plane));
    assertInside(inPlane(chrome, frame), 240, 110, 800, 500);
  }

  @Test
  void aStripedClipOnAVideoSitesPageIsFoundBesideTheThumbnails() {
    // A video site's white page: the player at the left, its title and views under it, a column
    // of other videos' thumbnails at the right. The clip is black and white stripes, half of it
    // the page's white, so the bands' rule read its columns as the page with marks and the box
    // went round a thumbnail.
    BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = frame.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1280, 720);
    g.setColor(new Color(0xf1f3f4));
    g.fillRect(0, 0, 1280, 56);
    g.drawImage(stripes(728, 410), 40, 80, null);
    g.drawImage(bridge, 900, 80, 320, 180, null);
    g.drawImage(bridge.getSubimage(100, 50, 400, 250), 900, 300, 320, 180, null);
    g.setColor(Color.RED);
    g.fillRect(40, 480, 300, 4);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
    g.drawString("Summer by the river (full clip)", 40, 530);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
    g.drawString("www.example-video-site.test/watch?v=abc123", 60, 34);
    g.drawString("Up next", 900, 70);
    g.drawString("Another clip", 900, 280);
    g.dispose();
    ReducedLumaPlane plane = ReducedLumaPlane.of(ImageLuma.of(frame));
    ContentBox chrome = SharpBox.chromeWithin(plane, ContentBox.of(plane));
    assertInside(inPlane(chrome, frame), 40, 80, 728, 410);
  }

  @Test
  void aDimClipOnADarkPageIsFoundWholeNotByItsBrightParts() {
    // A site's dark theme and a dim room: most of the clip is within a few levels of the page, so
    // its objects on the page's fill are its bright parts; the box must still be the whole clip.
    BufferedImage dim = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 400; y++) {
      for (int x = 0; x < 640; x++) {
        Color c = new Color(bridge.getRGB(x, y));
        dim.setRGB(x, y, new Color(c.getRed() / 4, c.getGreen() / 4, c.getBlue() / 4).getRGB());
      }
    }
    BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = darkPage(frame);
    g.drawImage(dim, 40, 80, 728, 410, null);
    g.drawImage(bridge, 900, 80, 320, 180, null);
    g.drawImage(bridge.getSubimage(100, 50, 400, 250), 900, 300, 320, 180, null);
    g.setColor(new Color(0xf1f1f1));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
    g.drawString("Summer by the river (full clip)", 40, 530);
    g.dispose();
    ReducedLumaPlane plane = ReducedLumaPlane.of(ImageLuma.of(frame));
    ContentBox chrome = SharpBox.chromeWithin(plane, ContentBox.of(plane));
    assertInside(inPlane(chrome, frame), 40, 80, 728, 410);
  }

  /** A video site's dark theme over the whole frame: a near-black page under a lighter top bar. */
  private static Graphics2D darkPage(BufferedImage frame) {
    Graphics2D g = frame.createGraphics();
    g.setColor(new Color(0x0f0f0f));
    g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
    g.setColor(new Color(0x212121));
    g.fillRect(0, 0, frame.getWidth(), 56);
    return g;
  }

  @Test
  void aPortraitClipInAPagesPlayerAtTheLeftIsFoundBetweenThePlayersBlackBars() {
    // A video site's dark page with the player at its left, a phone's 9:16 clip between the
    // player's black bars: the clip ends 57% of the page's width from its right, beyond the 42% a
    // side may be trimmed of the whole frame, and the box kept a third of the right-hand black bar.
    BufferedImage portrait = scaled(bridge.getSubimage(200, 0, 225, 400), 246, 436);
    BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = darkPage(frame);
    g.setColor(Color.BLACK);
    g.fillRect(40, 80, 776, 436);
    g.drawImage(portrait, 305, 80, null);
    g.drawImage(bridge, 900, 80, 320, 180, null);
    g.drawImage(bridge.getSubimage(100, 50, 400, 250), 900, 300, 320, 180, null);
    g.setColor(new Color(0xf1f1f1));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
    g.drawString("Summer by the river (full clip)", 40, 560);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
    g.drawString("www.example-video-site.test/watch?v=abc123", 60, 34);
    g.drawString("Up next", 900, 70);
    g.dispose();
    ReducedLumaPlane plane = ReducedLumaPlane.of(ImageLuma.of(frame));
    ContentBox chrome = SharpBox.chromeWithin(plane, ContentBox.of(plane));
    assertInside(inPlane(chrome, frame), 305, 80, 246, 436);
  }

  /** Diagonal black stripes on white, a third of the period black, wavering as a zebra's do. */
  private static BufferedImage stripes(int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double phase = (x * 0.35 + y + 9 * Math.sin(x / 57.0)) / 30.0;
        boolean black = phase - Math.floor(phase) < 0.4;
        out.setRGB(x, y, black ? 0x101010 : 0xf8f8f8);
      }
    }
    return out;
  }
}
