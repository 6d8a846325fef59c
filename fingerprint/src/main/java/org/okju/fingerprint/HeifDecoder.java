package org.okju.fingerprint;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;

/**
 * HEIF pictures (HEIC, as phones save photos, and AVIF, as web servers send them) decoded by
 * libheif, the library ImageMagick and GIMP decode them with, so that a hash equals theirs: the
 * primary image, its rotation and mirroring applied (HEIF makes them part of the picture),
 * converted by libheif to 8-bit interleaved RGB. Java has no decoder of its own for HEVC or AV1.
 *
 * <p>Thread-safe: every call uses its own libheif context, decoding on the calling thread.
 */
final class HeifDecoder {
  /** The parts of libheif's C API (1.15 and later) used here. */
  @SuppressWarnings("MethodName") // C names
  interface Libheif extends Library {
    Pointer heif_context_alloc();

    void heif_context_free(Pointer context);

    void heif_context_set_max_decoding_threads(Pointer context, int threads);

    HeifError.ByValue heif_context_read_from_memory_without_copy(
        Pointer context, Pointer memory, long size, Pointer options);

    HeifError.ByValue heif_context_get_primary_image_handle(
        Pointer context, PointerByReference handle);

    int heif_image_handle_get_width(Pointer handle);

    int heif_image_handle_get_height(Pointer handle);

    void heif_image_handle_release(Pointer handle);

    HeifError.ByValue heif_decode_image(
        Pointer handle, PointerByReference image, int colorspace, int chroma, Pointer options);

    int heif_image_get_width(Pointer image, int channel);

    int heif_image_get_height(Pointer image, int channel);

    Pointer heif_image_get_plane_readonly(Pointer image, int channel, IntByReference stride);

    void heif_image_release(Pointer image);
  }

  /** {@code struct heif_error}, returned by value. */
  @Structure.FieldOrder({"code", "subcode", "message"})
  public static class HeifError extends Structure {
    public int code;
    public int subcode;
    public Pointer message;

    /** The by-value form libheif's functions return. */
    public static final class ByValue extends HeifError implements Structure.ByValue {}

    boolean failed() {
      return code != 0;
    }

    String describe() {
      return message == null ? "libheif error " + code + "." + subcode : message.getString(0);
    }
  }

  private static final int COLORSPACE_RGB = 1;
  private static final int CHROMA_INTERLEAVED_RGB = 10;
  private static final int CHANNEL_INTERLEAVED = 10;

  private static final Libheif LIBHEIF = load();

  private HeifDecoder() {}

  private static Libheif load() {
    // The versioned name first: a machine without libheif's development package has no libheif.so.
    for (String name : new String[] {"libheif.so.1", "heif"}) {
      try {
        return Native.load(name, Libheif.class);
      } catch (UnsatisfiedLinkError e) {
        // Try the next name.
      }
    }
    return null;
  }

  /** Whether libheif could be loaded on this machine. */
  static boolean available() {
    return LIBHEIF != null;
  }

  /**
   * Decodes the primary picture of the HEIF file whose bytes are {@code bytes}; {@code name} names
   * it in exceptions only.
   *
   * @throws ImageDecodeException when libheif is missing, the file is damaged or of an unsupported
   *     codec, or the picture has more than {@code maxPixels} pixels
   */
  static BufferedImage decode(byte[] bytes, Path name, long maxPixels) throws ImageDecodeException {
    if (LIBHEIF == null) {
      throw new ImageDecodeException(
          name, "HEIF/AVIF picture, but libheif is not installed (apt-get install libheif1)", null);
    }
    Memory memory = new Memory(bytes.length);
    memory.write(0, bytes, 0, bytes.length);
    Pointer context = LIBHEIF.heif_context_alloc();
    if (context == null) {
      throw new ImageDecodeException(name, "out of native memory", null);
    }
    Pointer handle = null;
    Pointer image = null;
    try {
      LIBHEIF.heif_context_set_max_decoding_threads(context, 0);
      check(
          LIBHEIF.heif_context_read_from_memory_without_copy(context, memory, bytes.length, null),
          name);
      PointerByReference handleRef = new PointerByReference();
      check(LIBHEIF.heif_context_get_primary_image_handle(context, handleRef), name);
      handle = handleRef.getValue();
      long width = LIBHEIF.heif_image_handle_get_width(handle);
      long height = LIBHEIF.heif_image_handle_get_height(handle);
      if (width <= 0 || height <= 0) {
        throw new ImageDecodeException(name, "image has no pixels", null);
      }
      if (width * height > maxPixels) {
        throw new ImageDecodeException(
            name,
            "image of "
                + width
                + "x"
                + height
                + " exceeds the limit of "
                + maxPixels
                + " pixels (a larger Java heap raises it: OKJU_JAVA_OPTS=-Xmx4g)",
            null);
      }
      PointerByReference imageRef = new PointerByReference();
      check(
          LIBHEIF.heif_decode_image(handle, imageRef, COLORSPACE_RGB, CHROMA_INTERLEAVED_RGB, null),
          name);
      image = imageRef.getValue();
      return toImage(image, name, maxPixels);
    } finally {
      if (image != null) {
        LIBHEIF.heif_image_release(image);
      }
      if (handle != null) {
        LIBHEIF.heif_image_handle_release(handle);
      }
      LIBHEIF.heif_context_free(context);
      memory.close();
    }
  }

  private static BufferedImage toImage(Pointer image, Path name, long maxPixels)
      throws ImageDecodeException {
    int w = LIBHEIF.heif_image_get_width(image, CHANNEL_INTERLEAVED);
    int h = LIBHEIF.heif_image_get_height(image, CHANNEL_INTERLEAVED);
    IntByReference strideRef = new IntByReference();
    Pointer plane = LIBHEIF.heif_image_get_plane_readonly(image, CHANNEL_INTERLEAVED, strideRef);
    int stride = strideRef.getValue();
    // Rotation swaps the sides, never the count; a plane that disagrees is not read.
    if (plane == null || w <= 0 || h <= 0 || (long) w * h > maxPixels || stride < 3 * w) {
      throw new ImageDecodeException(name, "libheif returned no usable RGB plane", null);
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    byte[] bgr = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    byte[] row = new byte[3 * w];
    for (int y = 0; y < h; y++) {
      plane.read((long) y * stride, row, 0, row.length);
      int o = y * 3 * w;
      for (int x = 0; x < row.length; x += 3) {
        bgr[o + x] = row[x + 2];
        bgr[o + x + 1] = row[x + 1];
        bgr[o + x + 2] = row[x];
      }
    }
    return out;
  }

  private static void check(HeifError error, Path name) throws ImageDecodeException {
    if (error.failed()) {
      throw new ImageDecodeException(
          name, "corrupt or unsupported HEIF/AVIF picture: " + error.describe(), null);
    }
  }
}
