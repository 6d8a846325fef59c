package org.okju.fingerprint;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import org.okju.fingerprint.video.FfmpegStill;
import org.okju.fingerprint.video.VideoDecodeException;

/**
 * Decodes image files to pixels with ImageIO, the JDK's own readers first (a plain JPEG by
 * libjpeg-turbo where it is installed: the JDK's libjpeg's pixels, faster; {@link
 * TurboJpegDecoder}).
 *
 * <p>Order matters for bit-exactness: the Java PDQ reference reads with {@code ImageIO.read}, which
 * on a stock JDK means the JDK's JPEG/PNG/GIF/BMP readers. TwelveMonkeys registers readers for the
 * same formats; they are tried only when the JDK's reader cannot decode a file (CMYK/YCCK JPEGs,
 * some TIFFs) or has no reader at all; a file no ImageIO reader knows goes to FFmpeg ({@link
 * FfmpegStill}: JPEG 2000, OpenEXR, QOI, Photoshop…). Lossy WebP is decoded as libwebp decodes it
 * ({@link WebpLossyDecoder}) and HEIC/AVIF by libheif ({@link HeifDecoder}), from a file or from
 * its bytes alike. The file is opened read-only.
 *
 * <p>Thread-safe: every call creates its own readers.
 */
public final class ImageDecoder {
  /** Never decode more pixels than this, however much memory there is. */
  public static final long ABSOLUTE_MAX_PIXELS = 250_000_000L;

  /**
   * Refuse images above this many pixels: a tiny file can declare a huge canvas. Two workers may
   * decode at once, at up to 4 bytes a pixel, so the default is an eighth of the heap in pixels.
   */
  public static final long DEFAULT_MAX_PIXELS =
      Math.min(ABSOLUTE_MAX_PIXELS, Runtime.getRuntime().maxMemory() / 8);

  private final long maxPixels;

  public ImageDecoder() {
    this(DEFAULT_MAX_PIXELS);
  }

  public ImageDecoder(long maxPixels) {
    this.maxPixels = maxPixels;
    ImageIO.setUseCache(false);
  }

  /** The native code that decodes an image: every decoder here is one, the JDK's included. */
  public enum Library {
    /** Lossy WebP ({@link WebpLossyDecoder}). */
    LIBWEBP,
    /** HEIC and AVIF ({@link HeifDecoder}). */
    LIBHEIF,
    /** Everything else, through ImageIO: the JDK's libjpeg, zlib and LittleCMS. */
    JDK
  }

  /**
   * Which library decodes an image whose file starts with the {@code length} bytes of {@code head}.
   */
  public static Library libraryFor(byte[] head, int length) {
    int n = Math.min(length, HEAD);
    if (WebpHeader.isLossyWebp(head, n)) {
      return Library.LIBWEBP;
    }
    return HeifHeader.isHeif(head, n) ? Library.LIBHEIF : Library.JDK;
  }

  /** Bytes of a file's head enough for {@link #libraryFor}. */
  public static final int LIBRARY_HEAD_BYTES = 64;

  /** Decodes the first image in {@code file}; damage the decoder tolerated is ignored. */
  public BufferedImage decode(Path file) throws ImageDecodeException {
    return decodeWithWarnings(file).image();
  }

  /** Decodes the first image in {@code file}, with the warnings the decoder raised. */
  public DecodedImage decodeWithWarnings(Path file) throws ImageDecodeException {
    if (!Files.isRegularFile(file)) {
      throw new ImageDecodeException(file, "not a regular file", null);
    }
    try {
      if (Files.size(file) == 0) {
        throw new ImageDecodeException(file, "empty file (0 bytes)", null);
      }
    } catch (IOException e) {
      throw new ImageDecodeException(file, "cannot read: " + e.getMessage(), e);
    }
    byte[] head = new byte[HEAD];
    int n;
    try (var in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new ImageDecodeException(file, "cannot read: " + e.getMessage(), e);
    }
    if (WebpHeader.isLossyWebp(head, n)
        || HeifHeader.isHeif(head, n)
        || (TurboJpegDecoder.available() && TurboJpegDecoder.isJpeg(head, n))) {
      // The native decoders read the whole file from memory, as ingest hands it over (below).
      return decodeWithWarnings(readAll(file), file);
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        throw new ImageDecodeException(file, "cannot open for reading", null);
      }
      List<ImageReaderSpi> spis = readersJdkFirst(in);
      return spis.isEmpty() ? stillByFfmpeg(file) : decode(in, file, spis);
    } catch (IOException e) {
      throw new ImageDecodeException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  // Formats no ImageIO reader knows (JPEG 2000, OpenEXR, QOI, Photoshop…) from a file only: FFmpeg
  // opens files, and ingest hands such pictures over as files (ImagePdqStage).
  private DecodedImage stillByFfmpeg(Path file) throws ImageDecodeException {
    try {
      return new DecodedImage(FfmpegStill.decode(file, maxPixels), List.of());
    } catch (VideoDecodeException e) {
      throw new ImageDecodeException(
          file, "not an image format okju can read (FFmpeg: " + e.reason() + ")", e);
    } catch (OutOfMemoryError e) {
      throw new ImageDecodeException(file, "image too large for the memory available", e);
    }
  }

  /**
   * Decodes the first image in {@code data}, the bytes of an image file already read (ingest reads
   * evidence once and decodes from memory); {@code name} names it in exceptions only.
   */
  public DecodedImage decodeWithWarnings(byte[] data, Path name) throws ImageDecodeException {
    if (data.length == 0) {
      throw new ImageDecodeException(name, "empty file (0 bytes)", null);
    }
    // As from a file: the same picture must get the same hash whether ingest read it into memory
    // or `okju pdq` reads the file (TwelveMonkeys' lossy WebP differs from libwebp's by up to 28
    // levels, 72 PDQ bits on one wallpaper).
    int n = Math.min(data.length, HEAD);
    if (WebpHeader.isLossyWebp(data, n)) {
      BufferedImage webp = WebpLossyDecoder.decode(data, name);
      if (webp != null) {
        return new DecodedImage(webp, List.of());
      }
    } else if (HeifHeader.isHeif(data, n)) {
      return heif(data, name);
    } else if (TurboJpegDecoder.isJpeg(data, n)) {
      try {
        Optional<BufferedImage> jpeg = TurboJpegDecoder.decode(data, maxPixels);
        if (jpeg.isPresent()) {
          return new DecodedImage(jpeg.get(), List.of());
        }
      } catch (OutOfMemoryError e) {
        throw new ImageDecodeException(name, "image too large for the memory available", e);
      }
    }
    try (ImageInputStream in =
        new javax.imageio.stream.MemoryCacheImageInputStream(
            new java.io.ByteArrayInputStream(data))) {
      return decode(in, name);
    } catch (IOException e) {
      throw new ImageDecodeException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  private DecodedImage decode(ImageInputStream in, Path file) throws ImageDecodeException {
    if (in == null) {
      throw new ImageDecodeException(file, "cannot open for reading", null);
    }
    return decode(in, file, readersJdkFirst(in));
  }

  // The readers' providers are asked once per file: each looks at the input to say so.
  private DecodedImage decode(ImageInputStream in, Path file, List<ImageReaderSpi> spis)
      throws ImageDecodeException {
    try {
      if (spis.isEmpty()) {
        throw new ImageDecodeException(file, "not an image format okju can read", null);
      }
      Exception first = null;
      for (ImageReaderSpi spi : spis) {
        ImageReader reader = null;
        try {
          // Created only when the readers before it failed: TwelveMonkeys' JPEG reader, behind the
          // JDK's, costs a short run tens of milliseconds of class loading it almost never uses.
          reader = spi.createReaderInstance();
          in.seek(0);
          return read(reader, in, file);
        } catch (ImageDecodeException e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          if (first == null) {
            first = e;
          }
        } finally {
          if (reader != null) {
            reader.dispose();
          }
        }
      }
      throw new ImageDecodeException(file, describe(first), first);
    } catch (OutOfMemoryError e) {
      throw new ImageDecodeException(file, "image too large for the memory available", e);
    }
  }

  private DecodedImage read(ImageReader reader, ImageInputStream in, Path file)
      throws IOException, ImageDecodeException {
    reader.setInput(in, true, true);
    List<String> warnings = new ArrayList<>();
    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
    long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
    if (pixels > maxPixels) {
      throw new ImageDecodeException(
          file,
          "image of "
              + reader.getWidth(0)
              + "x"
              + reader.getHeight(0)
              + " exceeds the limit of "
              + maxPixels
              + " pixels (a larger Java heap raises it: OKJU_JAVA_OPTS=-Xmx4g)",
          null);
    }
    if (pixels <= 0) {
      throw new ImageDecodeException(file, "image has no pixels", null);
    }
    BufferedImage image = reader.read(0, reader.getDefaultReadParam());
    if (image == null) {
      throw new IOException("decoder returned no image");
    }
    return new DecodedImage(image, warnings);
  }

  /** Bytes enough to tell WebP and HEIF files by their headers. */
  private static final int HEAD = LIBRARY_HEAD_BYTES;

  // Lossy WebP goes through libwebp-equivalent conversion (WebpLossyDecoder), HEIF through libheif
  // (HeifDecoder); everything else, lossless and animated WebP included, through ImageIO.
  private DecodedImage heif(byte[] data, Path name) throws ImageDecodeException {
    try {
      return new DecodedImage(HeifDecoder.decode(data, name, maxPixels), List.of());
    } catch (OutOfMemoryError e) {
      throw new ImageDecodeException(name, "image too large for the memory available", e);
    }
  }

  private static byte[] readAll(Path file) throws ImageDecodeException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ImageDecodeException(file, "cannot read: " + e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      throw new ImageDecodeException(file, "file too large for the memory available", e);
    }
  }

  /**
   * The providers of readers that can decode {@code in}, in {@link ImageIO#getImageReaders}'s order
   * but the JDK's own first (the reference hashers' decoder).
   */
  private static List<ImageReaderSpi> readersJdkFirst(ImageInputStream in) {
    List<ImageReaderSpi> spis = new ArrayList<>();
    for (Iterator<ImageReaderSpi> it =
            IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, true);
        it.hasNext(); ) {
      ImageReaderSpi spi = it.next();
      try {
        // As ImageIO.getImageReaders: a provider that fails to look at the input cannot read it.
        if (spi.canDecodeInput(in)) {
          spis.add(spi);
        }
      } catch (IOException e) {
        // Not a reader for this input.
      }
    }
    spis.sort(Comparator.comparingInt(spi -> isJdkReader(spi) ? 0 : 1));
    return spis;
  }

  private static boolean isJdkReader(ImageReaderSpi spi) {
    return spi.getClass().getName().startsWith("com.sun.imageio.");
  }

  private static String describe(Exception e) {
    if (e == null) {
      return "undecodable";
    }
    String message = e.getMessage();
    String kind =
        e instanceof javax.imageio.IIOException || e instanceof java.io.EOFException
            ? "corrupt or truncated image"
            : "undecodable image";
    return message == null || message.isBlank() ? kind : kind + " (" + message + ")";
  }
}
