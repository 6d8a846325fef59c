package org.okju.fingerprint;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Objects;

/**
 * PDQ perceptual hashing (Meta's "PDQ" from facebook/ThreatExchange), bit-exact with the Java
 * reference at full resolution when its samples are read as the JDK reads them ({@link
 * SampleReading#JDK}), with HMA's Python hasher at full resolution on the stored samples ({@link
 * SampleReading#RAW}, the default), and with the C++ reference when asked to {@linkplain
 * Resolution#DOWNSAMPLE_512 downsample} as that tool does.
 *
 * <p>Stateless and thread-safe: the only state is the DCT matrix. Working memory lives in a {@link
 * PdqScratch} that the caller keeps per thread; the overloads without one allocate it.
 */
public final class PdqHasher {
  /** How big an image is hashed. */
  public enum Resolution {
    /** Every pixel, as the Java reference, HMA and the Python bindings do. */
    FULL,
    /**
     * Images over 512 pixels on a side are first resized to 512x512 by nearest neighbour, as the
     * C++ {@code pdq-photo-hasher} does (CImg {@code resize(512,512)}); smaller ones are hashed as
     * they are. For partners whose lists come from that tool.
     */
    DOWNSAMPLE_512
  }

  private static final int CPP_DOWNSAMPLE_DIMENSION = 512;

  private final PdqDct dct = new PdqDct();

  /** Hash and quality of a decoded image at full resolution, samples read as partners do. */
  public PdqResult hash(BufferedImage image) {
    return hash(ImageLuma.of(image), new PdqScratch());
  }

  /**
   * Hash and quality of a decoded image, samples read as partners do ({@link SampleReading#RAW}).
   */
  public PdqResult hash(BufferedImage image, Resolution resolution, PdqScratch scratch) {
    return hash(image, resolution, SampleReading.RAW, scratch);
  }

  /** Hash and quality of a decoded image, its samples read as {@code reading} says. */
  public PdqResult hash(
      BufferedImage image, Resolution resolution, SampleReading reading, PdqScratch scratch) {
    return hash(ImageLuma.of(image, resolution, reading), scratch);
  }

  /** Hash and quality of a luma source (a decoded image or a video frame). */
  public PdqResult hash(LumaSource luma, PdqScratch scratch) {
    Objects.requireNonNull(luma, "luma");
    JaroszDownsampler.downsample(luma, scratch);
    int quality = PdqDct.quality(scratch.block64);
    dct.dct64To16(scratch.block64, scratch.dct16x64, scratch.dct16x16);
    return new PdqResult(PdqDct.toBits(scratch.dct16x16), quality);
  }

  /** Hash of an RGB24 frame (3 bytes a pixel, R first), as the vPDQ reference hashes frames. */
  public PdqResult hashRgb24(byte[] rgb, int width, int height, int rowStride, PdqScratch scratch) {
    return hash(InterleavedByteLuma.rgb24(rgb, width, height, rowStride), scratch);
  }

  /**
   * The requested dihedral variants of a decoded image (samples read as partners do), from one
   * filter pass and one DCT.
   */
  public PdqDihedralResult dihedral(
      BufferedImage image, Resolution resolution, EnumSet<Dihedral> variants, PdqScratch scratch) {
    return dihedral(image, resolution, SampleReading.RAW, variants, scratch);
  }

  /** The requested dihedral variants of a decoded image, its samples read as {@code reading}. */
  public PdqDihedralResult dihedral(
      BufferedImage image,
      Resolution resolution,
      SampleReading reading,
      EnumSet<Dihedral> variants,
      PdqScratch scratch) {
    return dihedral(ImageLuma.of(image, resolution, reading), variants, scratch);
  }

  /** The requested dihedral variants of a luma source, from one filter pass and one DCT. */
  public PdqDihedralResult dihedral(
      LumaSource luma, EnumSet<Dihedral> variants, PdqScratch scratch) {
    JaroszDownsampler.downsample(luma, scratch);
    int quality = PdqDct.quality(scratch.block64);
    dct.dct64To16(scratch.block64, scratch.dct16x64, scratch.dct16x16);
    return new PdqDihedralResult(
        PdqDct.dihedralHashes(scratch.dct16x16, scratch.dihedral16x16, variants), quality);
  }

  static int cppDownsampleDimension() {
    return CPP_DOWNSAMPLE_DIMENSION;
  }
}
