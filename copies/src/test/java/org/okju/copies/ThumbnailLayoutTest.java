package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.okju.fingerprint.ImageLuma;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.fingerprint.ReducedLumaPlane;
import org.okju.testkit.ImageEdits;

/** The coarse layout a small compressed copy keeps and an unrelated picture does not share. */
class ThumbnailLayoutTest {
  private static ThumbnailLayout layout(BufferedImage image) {
    return ThumbnailLayout.of(PictureThumbnail.of(image, ReducedLumaPlane.of(ImageLuma.of(image))));
  }

  private static BufferedImage photo(String name) {
    BufferedImage p = Pictures.photo(name);
    return ImageEdits.resize(p, 480.0 / p.getWidth());
  }

  @Test
  void aSmallHeavilyCompressedCopyKeepsItsLayoutAndAnotherPhotoHasItsOwn() {
    BufferedImage bridge = photo("bridge-mods/aaa-orig.jpg");
    BufferedImage small = ImageEdits.jpeg(ImageEdits.resize(bridge, 0.3), 0.12f);
    BufferedImage other = photo("reg-test-input/labelme-subset/q0291.jpg");

    assertThat(layout(bridge).distance(layout(small))).isLessThanOrEqualTo(LayoutPairs.RADIUS / 2);
    assertThat(layout(bridge).distance(layout(other))).isGreaterThan(LayoutPairs.RADIUS);
  }

  @Test
  void contrastAndBrightnessDoNotMoveTheLayout() {
    BufferedImage bridge = photo("bridge-mods/aaa-orig.jpg");
    assertThat(layout(bridge).distance(layout(ImageEdits.grey(bridge)))).isLessThanOrEqualTo(2);
  }

  @Test
  void aFlatPictureHasNoLayoutToCompare() {
    BufferedImage grey = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = grey.createGraphics();
    g.setColor(new java.awt.Color(90, 90, 90));
    g.fillRect(0, 0, 200, 100);
    g.dispose();
    assertThat(layout(grey).flat()).isTrue();
    assertThat(layout(photo("bridge-mods/aaa-orig.jpg")).flat()).isFalse();
  }
}
