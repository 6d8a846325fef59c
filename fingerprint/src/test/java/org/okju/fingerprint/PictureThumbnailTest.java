package org.okju.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The thumbnail a pixel comparison reads, and its turns, pinned against the hasher's variants. */
class PictureThumbnailTest {
  private static final PdqHasher HASHER = new PdqHasher();
  private static BufferedImage square;

  @BeforeAll
  static void cutASquareOfTheBridge() throws Exception {
    BufferedImage bridge =
        new ImageDecoder().decode(TestVectors.file("pdq/data/bridge-mods/aaa-orig.jpg"));
    int side = Math.min(bridge.getWidth(), bridge.getHeight());
    square = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = square.createGraphics();
    g.drawImage(bridge, 0, 0, null);
    g.dispose();
  }

  @Test
  void eachTurnIsTheGeometryOfTheHashersVariantOfTheSameName() {
    int n = square.getWidth();
    PdqScratch scratch = new PdqScratch();
    PdqDihedralResult variants =
        HASHER.dihedral(ImageLuma.of(square), EnumSet.allOf(Dihedral.class), scratch);
    float[] index = new float[n * n];
    for (int i = 0; i < index.length; i++) {
      index[i] = i;
    }
    for (Dihedral d : Dihedral.values()) {
      float[] turned = PictureThumbnail.turn(index, d, n);
      BufferedImage t = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
      for (int i = 0; i < turned.length; i++) {
        int from = (int) turned[i];
        t.setRGB(i % n, i / n, square.getRGB(from % n, from / n));
      }
      Pdq256 hashOfTurned = HASHER.hash(ImageLuma.of(t), scratch).hash();
      // The variants come from the DCT, the turned picture from its own pixels: a few bits of
      // rounding apart; every other variant is over 90 bits away.
      assertThat(hashOfTurned.distance(variants.hash(d)))
          .as("the picture turned as %s hashes as the %s variant", d, d)
          .isLessThanOrEqualTo(16);
      for (Dihedral other : Dihedral.values()) {
        if (other != d) {
          assertThat(hashOfTurned.distance(variants.hash(other))).isGreaterThan(64);
        }
      }
    }
  }

  @Test
  void aPointBeforeATurnIsWhereTheTurnOfAGridTakesItsCellFrom() {
    int n = 5;
    float[] index = new float[n * n];
    for (int i = 0; i < index.length; i++) {
      index[i] = i;
    }
    for (Dihedral d : Dihedral.values()) {
      float[] turned = PictureThumbnail.turn(index, d, n);
      for (int y = 0; y < n; y++) {
        for (int x = 0; x < n; x++) {
          double[] from = PictureThumbnail.beforeTurn(d, (x + 0.5) / n, (y + 0.5) / n);
          int cell = ((int) (from[1] * n)) * n + (int) (from[0] * n);
          assertThat(turned[y * n + x]).as("%s at %d,%d", d, x, y).isEqualTo((float) cell);
        }
      }
    }
  }

  @Test
  void turnsComposeAsTheDihedralGroup() {
    assertThat(Dihedral.ROTATE_90.then(Dihedral.ROTATE_90)).isEqualTo(Dihedral.ROTATE_180);
    assertThat(Dihedral.ROTATE_90.inverse()).isEqualTo(Dihedral.ROTATE_270);
    assertThat(Dihedral.FLIP_X.then(Dihedral.FLIP_Y)).isEqualTo(Dihedral.ROTATE_180);
    for (Dihedral d : Dihedral.values()) {
      assertThat(d.then(d.inverse())).isEqualTo(Dihedral.ORIGINAL);
      assertThat(Dihedral.ofLabel(d.label())).isEqualTo(d);
    }
    assertThatThrownBy(() -> Dihedral.ofLabel("sideways"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOpaquePictureHasNoAlphaAndAnIconKeepsItsTransparency() {
    PictureThumbnail photo = PictureThumbnail.of(square, plane(square));
    assertThat(photo.hasAlpha()).isFalse();
    assertThat(photo.luma()).hasSize(PictureThumbnail.SIDE * PictureThumbnail.SIDE);

    BufferedImage icon = new BufferedImage(48, 48, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = icon.createGraphics();
    g.setColor(Color.RED);
    g.fillOval(8, 8, 32, 32);
    g.dispose();
    PictureThumbnail t = PictureThumbnail.of(icon, plane(icon));
    assertThat(t.hasAlpha()).isTrue();
    float[] alpha = t.sample(PictureRegion.WHOLE, Dihedral.ORIGINAL, 16, true);
    assertThat(alpha[0]).as("a transparent corner").isLessThan(10f);
    assertThat(alpha[8 * 16 + 8]).as("the opaque centre").isGreaterThan(245f);
  }

  @Test
  void theColourGridKeepsWhatLumaDoesNotSeeAndIsTheSameBytesEveryTime() {
    // Two halves of about one luma, blue and green; the right third of the picture transparent.
    BufferedImage picture = new BufferedImage(96, 64, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(new Color(61, 142, 214));
    g.fillRect(0, 0, 32, 64);
    g.setColor(new Color(60, 160, 70));
    g.fillRect(32, 0, 32, 64);
    g.dispose();
    PictureThumbnail t = PictureThumbnail.of(picture, plane(picture));
    assertThat(t.hasColour()).isTrue();
    assertThat(t.chroma()).hasSize(PictureThumbnail.CHROMA_LENGTH);
    float[][] at = t.colourAt(new double[] {0.15, 0.5, 0.85}, new double[] {0.5, 0.5, 0.5});
    // BT.601: blue (61, 142, 214) is Cb +49.6, Cr -46.4; green (60, 160, 70) Cb -28.2, Cr -42.6.
    assertThat(at[0][0]).as("Cb of the blue part").isEqualTo(50f);
    assertThat(at[1][0]).as("Cr of the blue part").isEqualTo(-46f);
    assertThat(at[0][1]).as("Cb of the green part").isEqualTo(-28f);
    assertThat(at[1][1]).as("Cr of the green part").isEqualTo(-43f);
    assertThat(at[0][2]).as("a transparent part has no colour").isEqualTo(0f);
    assertThat(at[1][2]).isEqualTo(0f);
    assertThat(PictureThumbnail.of(picture, plane(picture))).isEqualTo(t);
    assertThat(new PictureThumbnail(t.luma(), t.alpha(), t.chroma())).isEqualTo(t);

    PictureThumbnail grey = PictureThumbnail.of(grey(square), plane(grey(square)));
    for (byte c : grey.chroma()) {
      assertThat(c & 0xff).as("a grey picture's colour").isEqualTo(128);
    }
    assertThat(new PictureThumbnail(t.luma(), t.alpha()).hasColour())
        .as("a thumbnail stored before colour was kept")
        .isFalse();
    assertThatThrownBy(() -> new PictureThumbnail(t.luma(), t.alpha(), new byte[10]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static BufferedImage grey(BufferedImage in) {
    BufferedImage out =
        new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.drawImage(in, 0, 0, null);
    g.dispose();
    return out;
  }

  @Test
  void aRegionIsSampledFromWhereItLiesInThePicture() {
    BufferedImage halves = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = halves.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(100, 0, 100, 100);
    g.dispose();
    PictureThumbnail t = PictureThumbnail.of(halves, plane(halves));
    float[] left = t.sample(new PictureRegion(0, 0, 0.45, 1), Dihedral.ORIGINAL, 8, false);
    float[] right = t.sample(new PictureRegion(0.55, 0, 1, 1), Dihedral.ORIGINAL, 8, false);
    for (int i = 0; i < left.length; i++) {
      assertThat(left[i]).as("left sample %d", i).isLessThan(5f);
      assertThat(right[i]).as("right sample %d", i).isGreaterThan(250f);
    }
    float[] flipped = t.sample(PictureRegion.WHOLE, Dihedral.FLIP_Y, 8, false);
    assertThat(flipped[0])
        .as("mirrored left to right, the white half is on the left")
        .isGreaterThan(250f);
  }

  @Test
  void aThumbnailHasExactlyTheCellsItSays() {
    assertThatThrownBy(() -> new PictureThumbnail(new byte[10], new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PictureRegion(0.5, 0, 0.4, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theProfileTellsAnIconFromAPhoto() {
    PictureProfile photo = PictureProfile.of(square, plane(square));
    assertThat(photo.transparentShare()).isZero();
    assertThat(photo.colours()).isGreaterThan(300);
    assertThat(photo.smoothShare()).isLessThan(0.2);
    assertThat(photo.content()).isEqualTo(PictureRegion.WHOLE);

    BufferedImage icon = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = icon.createGraphics();
    g.setColor(new Color(52, 101, 164));
    g.fillRoundRect(4, 4, 56, 56, 14, 14);
    g.dispose();
    PictureProfile p = PictureProfile.of(icon, plane(icon));
    assertThat(p.transparentShare()).isGreaterThan(0.05);
    assertThat(p.smoothShare()).isGreaterThan(0.6);
    assertThat(p.colours()).isLessThan(10);
    assertThat(p.longSide()).isEqualTo(64);
  }

  @Test
  void viewRegionsAreWhereTheViewsWereCut() {
    PictureRegion content = new PictureRegion(0, 0.1, 1, 0.9);
    assertThat(CopyViewRegions.of("full", 640, 480, content)).isEqualTo(PictureRegion.WHOLE);
    assertThat(CopyViewRegions.of("content", 640, 480, content)).isEqualTo(content);
    PictureRegion c80 = CopyViewRegions.of("center-80", 500, 400, content);
    assertThat(c80.x0()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.005));
    assertThat(c80.y1()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(0.005));
    // The grid's middle anchor: a centred square of 70% of the short side.
    PictureRegion anchor = CopyViewRegions.of("crop-anchor-060", 400, 400, content);
    assertThat(anchor.x0()).isCloseTo(0.15, org.assertj.core.data.Offset.offset(0.001));
    assertThat(anchor.x1()).isCloseTo(0.85, org.assertj.core.data.Offset.offset(0.001));
    PictureRegion widest = CopyViewRegions.of("crop-probe-10", 400, 400, content);
    assertThat(widest.x1() - widest.x0())
        .isCloseTo(0.875, org.assertj.core.data.Offset.offset(0.001));
    assertThatThrownBy(() -> CopyViewRegions.of("crop-anchor-x", 400, 400, content))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CopyViewRegions.of("middle", 400, 400, content))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ReducedLumaPlane plane(BufferedImage img) {
    return ReducedLumaPlane.of(ImageLuma.of(img));
  }
}
