package org.okju.fingerprint.crash;

import java.util.List;
import java.util.Optional;
import org.okju.fingerprint.ImageDecoder;

/**
 * The native libraries okju hands untrusted bytes to, in-process: a crafted file that makes one of
 * them fault kills the JVM, which {@link CrashJournal} turns into a per-item error on the rerun.
 * Each names the shared objects a JVM crash report blames when it is the one that crashed.
 */
public enum NativeDecoder {
  FFMPEG("ffmpeg", "FFmpeg", List.of("libavcodec", "libavformat", "libavutil", "libswscale")),
  LIBHEIF("libheif", "libheif", List.of("libheif", "libde265", "libaom", "libdav1d", "libx265")),
  LIBWEBP("libwebp", "libwebp", List.of("libwebp", "libsharpyuv")),
  // The JDK's ImageIO reads JPEG with its own libjpeg, PNG through zlib, and converts colour
  // profiles with LittleCMS: native code too. A plain JPEG goes to libjpeg-turbo where installed.
  JDK_IMAGE(
      "jdk-image",
      "the JDK's image decoders (libjpeg, zlib, LittleCMS) or libjpeg-turbo",
      List.of("libjavajpeg", "liblcms", "libawt", "libmlib_image", "libzip", "libturbojpeg"));

  private final String word;
  private final String description;

  // List.of: unmodifiable, which Error Prone cannot see without Guava's ImmutableList.
  @SuppressWarnings("ImmutableEnumChecker")
  private final List<String> libraries;

  NativeDecoder(String word, String description, List<String> libraries) {
    this.word = word;
    this.description = description;
    this.libraries = libraries;
  }

  /** The library that will decode an image whose file begins with {@code head}. */
  public static NativeDecoder forImage(byte[] head) {
    return switch (ImageDecoder.libraryFor(head, head.length)) {
      case LIBWEBP -> LIBWEBP;
      case LIBHEIF -> LIBHEIF;
      case JDK -> JDK_IMAGE;
    };
  }

  /** The word stored in the journal. */
  String word() {
    return word;
  }

  /** For people: which decoder it is. */
  public String description() {
    return description;
  }

  /** Whether a crash report's faulting library (its file name) is one of this decoder's. */
  boolean owns(String library) {
    return libraries.stream().anyMatch(library::startsWith);
  }

  static Optional<NativeDecoder> ofWord(String word) {
    for (NativeDecoder d : values()) {
      if (d.word.equals(word)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
