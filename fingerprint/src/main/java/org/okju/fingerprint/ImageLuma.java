package org.okju.fingerprint;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Chooses how to read luma from a decoded {@link BufferedImage}: straight from the raster for the
 * layouts decoders produce for photos (8-bit BGR/RGB/ABGR, packed int, grey, palette), and through
 * the JDK's colour conversion for everything else. With {@link SampleReading#JDK} every path yields
 * exactly what the Java reference computes from {@code BufferedImage.getRGB(x, y)}; with {@link
 * SampleReading#RAW} (the default) grey and CMYK images are read from their stored samples instead
 * ({@link RawSampleLuma}), as HMA's Python hasher and the C++ tool read them.
 */
public final class ImageLuma {
  private ImageLuma() {}

  /** Luma of the image at full resolution, its samples read as partners read them. */
  public static LumaSource of(BufferedImage image) {
    return of(image, PdqHasher.Resolution.FULL, SampleReading.RAW);
  }

  /**
   * Luma of the image, its samples read as {@code reading} says, resized as the C++ tool would when
   * {@code resolution} asks for it.
   */
  public static LumaSource of(
      BufferedImage image, PdqHasher.Resolution resolution, SampleReading reading) {
    LumaSource raw = reading == SampleReading.RAW ? RawSampleLuma.forImage(image) : null;
    LumaSource full = raw != null ? raw : direct(image);
    int max = PdqHasher.cppDownsampleDimension();
    if (resolution == PdqHasher.Resolution.DOWNSAMPLE_512
        && (image.getWidth() > max || image.getHeight() > max)) {
      return new NearestResizedLuma(full, max, max);
    }
    return full;
  }

  private static LumaSource direct(BufferedImage image) {
    Raster raster = image.getRaster();
    ColorModel cm = image.getColorModel();
    SampleModel sm = raster.getSampleModel();
    DataBuffer db = raster.getDataBuffer();
    int w = image.getWidth();
    int h = image.getHeight();
    boolean plain =
        db.getNumBanks() == 1
            && raster.getSampleModelTranslateX() == 0
            && raster.getSampleModelTranslateY() == 0
            && !cm.isAlphaPremultiplied();
    if (!plain) {
      return new ColorModelLuma(image);
    }
    if (db instanceof DataBufferByte bytes
        && sm instanceof ComponentSampleModel csm
        && allSamplesAreBytes(sm)) {
      int[] offsets = csm.getBandOffsets();
      if (cm instanceof ComponentColorModel
          && cm.getColorSpace().isCS_sRGB()
          && cm.getNumColorComponents() == 3) {
        return new InterleavedByteLuma(
            bytes.getData(),
            w,
            h,
            db.getOffset(),
            csm.getScanlineStride(),
            csm.getPixelStride(),
            offsets[0],
            offsets[1],
            offsets[2]);
      }
      if (sm.getNumBands() == 1
          && (cm instanceof IndexColorModel || cm instanceof ComponentColorModel)) {
        return new LookupByteLuma(
            bytes.getData(),
            w,
            h,
            db.getOffset() + offsets[0],
            csm.getScanlineStride(),
            csm.getPixelStride(),
            lumaOfEachSample(cm));
      }
    }
    if (db instanceof DataBufferInt ints
        && sm instanceof SinglePixelPackedSampleModel sppsm
        && cm instanceof DirectColorModel dcm
        && dcm.getColorSpace().isCS_sRGB()
        && dcm.getRedMask() == 0xff0000
        && dcm.getGreenMask() == 0xff00
        && dcm.getBlueMask() == 0xff) {
      return new PackedIntLuma(ints.getData(), w, h, db.getOffset(), sppsm.getScanlineStride());
    }
    return new ColorModelLuma(image);
  }

  private static boolean allSamplesAreBytes(SampleModel sm) {
    for (int size : sm.getSampleSize()) {
      if (size != 8) {
        return false;
      }
    }
    return true;
  }

  // What getRGB yields for each possible sample: the palette entry, or the JDK's grey-to-sRGB map.
  private static float[] lumaOfEachSample(ColorModel cm) {
    float[] table = new float[256];
    byte[] sample = new byte[1];
    for (int v = 0; v < 256; v++) {
      sample[0] = (byte) v;
      table[v] = LumaTables.lumaOfArgb(cm.getRGB(sample));
    }
    return table;
  }
}
