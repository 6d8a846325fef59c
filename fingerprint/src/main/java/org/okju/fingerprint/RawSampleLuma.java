package org.okju.fingerprint;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;

/**
 * Luma from an image's stored samples ({@link SampleReading#RAW}) for the layouts where that
 * differs from the JDK's colour conversion: component grey (any bit depth, with or without alpha)
 * and 8-bit CMYK. The luma weights and their float order are those of {@link LumaTables}, so a grey
 * sample {@code v} hashes exactly as the RGB pixel {@code (v, v, v)}.
 */
final class RawSampleLuma implements LumaSource {
  private enum Kind {
    GREY,
    CMYK
  }

  private final Raster raster;
  private final Kind kind;
  private final int bits;
  private final int[] samples;

  private RawSampleLuma(Raster raster, Kind kind, int bits) {
    this.raster = raster;
    this.kind = kind;
    this.bits = bits;
    this.samples = new int[raster.getWidth() * (kind == Kind.CMYK ? 4 : 1)];
  }

  /** A raw reader for the image, or null when its samples are plain RGB anyway. */
  static RawSampleLuma forImage(BufferedImage image) {
    ColorModel cm = image.getColorModel();
    if (!(cm instanceof ComponentColorModel)) {
      return null;
    }
    Raster raster = image.getRaster();
    int type = cm.getColorSpace().getType();
    if (cm.getNumColorComponents() == 1 && type == ColorSpace.TYPE_GRAY) {
      return new RawSampleLuma(raster, Kind.GREY, cm.getComponentSize(0));
    }
    if (type == ColorSpace.TYPE_CMYK
        && cm.getNumColorComponents() == 4
        && raster.getNumBands() >= 4
        && allEightBits(cm)) {
      return new RawSampleLuma(raster, Kind.CMYK, 8);
    }
    return null;
  }

  private static boolean allEightBits(ColorModel cm) {
    for (int size : cm.getComponentSize()) {
      if (size != 8) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int width() {
    return raster.getWidth();
  }

  @Override
  public int height() {
    return raster.getHeight();
  }

  @Override
  public void readRow(int y, float[] dst) {
    int w = raster.getWidth();
    int x0 = raster.getMinX();
    int y0 = raster.getMinY() + y;
    if (kind == Kind.GREY) {
      raster.getSamples(x0, y0, w, 1, 0, samples);
      for (int x = 0; x < w; x++) {
        int v = bits == 8 ? samples[x] : toEightBits(samples[x]);
        dst[x] = LumaTables.luma(v, v, v);
      }
      return;
    }
    int[] pixel = new int[4];
    for (int x = 0; x < w; x++) {
      raster.getPixel(x0 + x, y0, pixel);
      int k = 255 - pixel[3];
      dst[x] = LumaTables.luma(inkToRgb(pixel[0], k), inkToRgb(pixel[1], k), inkToRgb(pixel[2], k));
    }
  }

  // ImageMagick's CMYK to sRGB without a profile: (1 - c)(1 - k), rounded to 8 bits.
  private static int inkToRgb(int ink, int notBlack) {
    return (int) Math.round((255 - ink) * notBlack / 255.0);
  }

  // PIL's I;16 to 8 bits saturates values above 255; shallower grey (2 or 4 bits) is scaled to
  // 0..255, as PIL and ImageMagick expand it.
  private int toEightBits(int s) {
    if (bits > 8) {
      return Math.min(s, 255);
    }
    return (int) Math.round(s * 255.0 / ((1 << bits) - 1));
  }
}
