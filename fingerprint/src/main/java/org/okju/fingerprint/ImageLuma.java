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
 * the JDK's colour conversion for everything else. Every path yields exactly what the Java
 * reference computes from {@code BufferedImage.getRGB(x, y)}.
 */
public final class ImageLuma {
  private ImageLuma() {}

  /** Luma of the image at full resolution. */
  public static LumaSource of(BufferedImage image) {
    return of(image, PdqHasher.Resolution.FULL);
  }

  /**
   * Luma of the image, read and resized as the C++ tool would when {@code resolution} asks for it:
   * grey images then contribute their raw samples (see {@link RawGreyLuma}).
   */
  public static LumaSource of(BufferedImage image, PdqHasher.Resolution resolution) {
    LumaSource full =
        resolution == PdqHasher.Resolution.DOWNSAMPLE_512 && isComponentGrey(image)
            ? new RawGreyLuma(image.getRaster(), image.getColorModel().getComponentSize(0))
            : direct(image);
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

  private static boolean isComponentGrey(BufferedImage image) {
    ColorModel cm = image.getColorModel();
    return cm instanceof ComponentColorModel && cm.getNumColorComponents() == 1;
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
