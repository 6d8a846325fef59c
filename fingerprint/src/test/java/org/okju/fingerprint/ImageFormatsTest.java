package org.okju.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format okju decodes, made at test time from the bridge photo: lossless encodings must hash
 * exactly as the original pixels; lossy and reduced ones must stay close.
 */
class ImageFormatsTest {
  private static final PdqHasher HASHER = new PdqHasher();
  private static final ImageDecoder DECODER = new ImageDecoder();
  private static BufferedImage bridge;
  private static Pdq256 bridgeHash;

  @TempDir static Path dir;

  @BeforeAll
  static void decodeTheBridge() throws Exception {
    bridge = DECODER.decode(TestVectors.file("pdq/data/bridge-mods/aaa-orig.jpg"));
    bridgeHash = HASHER.hash(bridge).hash();
  }

  private static Pdq256 hashOf(Path file) throws ImageDecodeException {
    return HASHER.hash(DECODER.decode(file)).hash();
  }

  private static Path write(BufferedImage img, String format, String name) throws IOException {
    Path file = dir.resolve(name);
    assertThat(ImageIO.write(img, format, file.toFile())).as("writer for %s", format).isTrue();
    return file;
  }

  private static BufferedImage convert(BufferedImage src, int type) {
    BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), type);
    Graphics2D g = out.createGraphics();
    g.drawImage(src, 0, 0, null);
    g.dispose();
    return out;
  }

  @Test
  void losslessPngBmpAndTiffHashExactlyAsTheDecodedPixels() throws Exception {
    assertThat(hashOf(write(bridge, "png", "rgb.png"))).isEqualTo(bridgeHash);
    assertThat(hashOf(write(bridge, "bmp", "rgb.bmp"))).isEqualTo(bridgeHash);
    assertThat(hashOf(write(bridge, "tiff", "rgb.tiff"))).isEqualTo(bridgeHash);
  }

  @Test
  void opaqueAlphaAndPackedIntLayoutsHashExactlyAsTheDecodedPixels() throws Exception {
    BufferedImage abgr = convert(bridge, BufferedImage.TYPE_4BYTE_ABGR);
    assertThat(hashOf(write(abgr, "png", "rgba.png"))).isEqualTo(bridgeHash);
    assertThat(HASHER.hash(convert(bridge, BufferedImage.TYPE_INT_RGB)).hash())
        .isEqualTo(bridgeHash);
    assertThat(HASHER.hash(convert(bridge, BufferedImage.TYPE_INT_ARGB)).hash())
        .isEqualTo(bridgeHash);
  }

  @Test
  void sixteenBitPngHashesAsItsEightBitEquivalent() throws Exception {
    ComponentColorModel cm =
        new ComponentColorModel(
            ColorSpace.getInstance(ColorSpace.CS_sRGB),
            false,
            false,
            Transparency.OPAQUE,
            DataBuffer.TYPE_USHORT);
    WritableRaster raster =
        cm.createCompatibleWritableRaster(bridge.getWidth(), bridge.getHeight());
    int[] rgb = new int[3];
    for (int y = 0; y < bridge.getHeight(); y++) {
      for (int x = 0; x < bridge.getWidth(); x++) {
        int p = bridge.getRGB(x, y);
        rgb[0] = ((p >> 16) & 0xff) * 257;
        rgb[1] = ((p >> 8) & 0xff) * 257;
        rgb[2] = (p & 0xff) * 257;
        raster.setPixel(x, y, rgb);
      }
    }
    BufferedImage deep = new BufferedImage(cm, raster, false, null);
    assertThat(hashOf(write(deep, "png", "rgb16.png"))).isEqualTo(bridgeHash);
  }

  @Test
  void greyPaletteAndProgressiveCopiesStayClose() throws Exception {
    Path grey = write(convert(bridge, BufferedImage.TYPE_BYTE_GRAY), "png", "grey.png");
    Path palette = write(convert(bridge, BufferedImage.TYPE_BYTE_INDEXED), "gif", "palette.gif");
    Path progressive = dir.resolve("progressive.jpg");
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(progressive.toFile())) {
      writer.setOutput(out);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
      writer.write(null, new IIOImage(bridge, null, null), p);
    } finally {
      writer.dispose();
    }
    assertThat(hashOf(grey).distance(bridgeHash)).isLessThanOrEqualTo(20);
    assertThat(hashOf(palette).distance(bridgeHash)).isLessThanOrEqualTo(31);
    assertThat(hashOf(progressive).distance(bridgeHash)).isLessThanOrEqualTo(10);
  }

  @Test
  void webpAndCmykJpegDecodeToTheSamePicture() throws Exception {
    assertThat(hashOf(TestVectors.file("pdq/data/misc-images/modes/PA.webp")).distance(bridgeHash))
        .isLessThanOrEqualTo(10);
    assertThat(hashOf(TestVectors.file("pdq/data/misc-images/modes/CMYK.jpg")).distance(bridgeHash))
        .isLessThanOrEqualTo(20);
  }

  @Test
  void aResizedCopyIsNearAndAnUnrelatedPhotoIsFar() throws Exception {
    BufferedImage half = new BufferedImage(800, 502, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = half.createGraphics();
    g.drawImage(bridge, 0, 0, 800, 502, null);
    g.dispose();
    assertThat(HASHER.hash(half).hash().distance(bridgeHash)).isLessThanOrEqualTo(16);
    Pdq256 pen = hashOf(TestVectors.file("pdq/data/reg-test-input/pen-and-coaster.png"));
    assertThat(pen.distance(bridgeHash)).isGreaterThan(90);
  }
}
