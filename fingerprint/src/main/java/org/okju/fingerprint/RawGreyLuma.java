package org.okju.fingerprint;

import java.awt.image.Raster;

/**
 * Luma of a grey image as its raw sample values, scaled to 8 bits the way ImageMagick's {@code
 * ScaleQuantumToChar} does ({@code (s + 128) / 257} for 16-bit samples). This is what the C++ tool
 * hashes: CImg receives the grey channel from ImageMagick untouched, whereas the JDK's {@code
 * getRGB} (and so the Java reference) maps grey through a linear-to-sRGB curve.
 */
final class RawGreyLuma implements LumaSource {
  private final Raster raster;
  private final int bits;
  private final int[] samples;

  RawGreyLuma(Raster raster, int bits) {
    this.raster = raster;
    this.bits = bits;
    this.samples = new int[raster.getWidth()];
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
    int w = samples.length;
    raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 0, samples);
    for (int x = 0; x < w; x++) {
      dst[x] = toEightBits(samples[x]);
    }
  }

  private int toEightBits(int s) {
    if (bits == 8) {
      return s;
    }
    if (bits == 16) {
      return (s + 128) / 257;
    }
    return (int) Math.round(s * 255.0 / ((1 << bits) - 1));
  }
}
