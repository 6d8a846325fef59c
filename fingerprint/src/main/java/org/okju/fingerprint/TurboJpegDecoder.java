package org.okju.fingerprint;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Optional;

/**
 * Baseline and progressive JPEGs decoded by libjpeg-turbo (its TurboJPEG API), the SIMD build of
 * the libjpeg 6b that the JDK's own JPEG reader wraps: the same integer IDCT, fancy upsampling and
 * YCbCr→RGB tables, so the same pixels, in about a third of the time. Only the plain case is taken
 * here: YCbCr or greyscale, no ICC profile (the JDK's reader then gives the picture that profile's
 * colour space), no Adobe marker (its colour transform is read by the JDK's own rules), within the
 * pixel limit, and decoded without a single warning (a damaged file's grey fill and warnings stay
 * the JDK's). Everything else, and every machine without {@code libturbojpeg.so.0}, is left to
 * ImageIO ({@link #decode} returns empty). {@code TurboJpegDecoderTest} holds the pixels to the
 * JDK's on every JPEG the test vectors and the machine's wallpapers hold. {@code
 * -Dokju.jpeg.jdkOnly=true} leaves every file to the JDK's reader (to compare the two).
 *
 * <p>Thread-safe: every call uses its own TurboJPEG handle, decoding on the calling thread.
 */
final class TurboJpegDecoder {
  /** The parts of the TurboJPEG C API (libjpeg-turbo 2.0 and later) used here. */
  @SuppressWarnings("MethodName") // C names
  interface TurboJpeg extends Library {
    Pointer tjInitDecompress();

    int tjDecompressHeader3(
        Pointer handle,
        Pointer jpeg,
        NativeLong jpegSize,
        IntByReference width,
        IntByReference height,
        IntByReference subsampling,
        IntByReference colorspace);

    int tjDecompress2(
        Pointer handle,
        Pointer jpeg,
        NativeLong jpegSize,
        Pointer destination,
        int width,
        int pitch,
        int height,
        int pixelFormat,
        int flags);

    int tjDestroy(Pointer handle);
  }

  private static final int TJPF_BGR = 1;
  private static final int TJPF_GRAY = 6;
  private static final int TJCS_YCBCR = 1;
  private static final int TJCS_GRAY = 2;
  // The JDK's libjpeg default, named so that no build's default can change it.
  private static final int TJFLAG_ACCURATEDCT = 4096;
  // A warning (a damaged file) fails the call, and the JDK's reader decodes it instead.
  private static final int TJFLAG_STOPONWARNING = 8192;
  // A progressive file of more than 500 scans is refused (a crafted file's CPU bomb).
  private static final int TJFLAG_LIMITSCANS = 32768;

  private static final TurboJpeg TURBOJPEG = load();

  private TurboJpegDecoder() {}

  private static TurboJpeg load() {
    if (Boolean.getBoolean("okju.jpeg.jdkOnly")) {
      return null;
    }
    // The versioned name first: a machine without the development package has no libturbojpeg.so.
    for (String name : new String[] {"libturbojpeg.so.0", "turbojpeg"}) {
      try {
        return Native.load(name, TurboJpeg.class);
      } catch (UnsatisfiedLinkError e) {
        // Try the next name.
      }
    }
    return null;
  }

  /** Whether libjpeg-turbo could be loaded on this machine. */
  static boolean available() {
    return TURBOJPEG != null;
  }

  /** Whether {@code data} begins as a JPEG file does (SOI, then a marker). */
  static boolean isJpeg(byte[] data, int length) {
    return length >= 3
        && (data[0] & 0xff) == 0xff
        && (data[1] & 0xff) == 0xd8
        && (data[2] & 0xff) == 0xff;
  }

  /**
   * The picture in {@code data}, as the JDK's JPEG reader gives it ({@code TYPE_3BYTE_BGR} or
   * {@code TYPE_BYTE_GRAY}); empty when this decoder does not take the file (see the class).
   */
  static Optional<BufferedImage> decode(byte[] data, long maxPixels) {
    if (TURBOJPEG == null || !isJpeg(data, data.length) || !JpegMarkers.plain(data)) {
      return Optional.empty();
    }
    Memory jpeg = new Memory(data.length);
    jpeg.write(0, data, 0, data.length);
    NativeLong size = new NativeLong(data.length);
    Pointer handle = TURBOJPEG.tjInitDecompress();
    if (handle == null) {
      return Optional.empty();
    }
    try {
      IntByReference width = new IntByReference();
      IntByReference height = new IntByReference();
      IntByReference subsampling = new IntByReference();
      IntByReference colorspace = new IntByReference();
      if (TURBOJPEG.tjDecompressHeader3(handle, jpeg, size, width, height, subsampling, colorspace)
          != 0) {
        return Optional.empty();
      }
      int w = width.getValue();
      int h = height.getValue();
      boolean grey = colorspace.getValue() == TJCS_GRAY;
      if (w <= 0 || h <= 0 || (long) w * h > maxPixels) {
        return Optional.empty();
      }
      if (!grey && colorspace.getValue() != TJCS_YCBCR) {
        return Optional.empty();
      }
      int channels = grey ? 1 : 3;
      long bytes = (long) w * h * channels;
      if (bytes > Integer.MAX_VALUE - 8) {
        return Optional.empty();
      }
      try (Memory pixels = new Memory(bytes)) {
        int flags = TJFLAG_ACCURATEDCT | TJFLAG_STOPONWARNING | TJFLAG_LIMITSCANS;
        if (TURBOJPEG.tjDecompress2(
                handle, jpeg, size, pixels, w, w * channels, h, grey ? TJPF_GRAY : TJPF_BGR, flags)
            != 0) {
          return Optional.empty();
        }
        BufferedImage image =
            new BufferedImage(
                w, h, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        byte[] raster = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        pixels.read(0, raster, 0, raster.length);
        return Optional.of(image);
      }
    } finally {
      TURBOJPEG.tjDestroy(handle);
      jpeg.close();
    }
  }
}
