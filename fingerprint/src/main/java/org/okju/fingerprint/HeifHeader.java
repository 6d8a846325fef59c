package org.okju.fingerprint;

/**
 * Recognises a still HEIF picture (HEIC from phones, AVIF from web servers) from its first bytes:
 * an ISO base media {@code ftyp} box whose major or compatible brands name an image. Kept apart
 * from {@link HeifDecoder}, whose class loads libheif: asking every JPEG "are you HEIF?" must not
 * cost that load.
 */
final class HeifHeader {
  private HeifHeader() {}

  /**
   * Brands of HEIF image files (ISO/IEC 23008-12 and the AVIF specification): HEVC images and their
   * sequences, the structural brands {@code mif1}/{@code msf1}, AV1 images.
   */
  private static final String[] IMAGE_BRANDS = {
    "heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1", "avif", "avis"
  };

  /** Whether {@code head} (the file's first bytes, 64 suffice) is a HEIF image file. */
  static boolean isHeif(byte[] head, int length) {
    if (length < 16 || !WebpHeader.ascii(head, 4, "ftyp")) {
      return false;
    }
    long boxSize =
        ((head[0] & 0xffL) << 24)
            | ((head[1] & 0xff) << 16)
            | ((head[2] & 0xff) << 8)
            | (head[3] & 0xff);
    // The major brand, then the compatible brands after the minor version, as far as both the box
    // and the bytes given reach.
    int end = (int) Math.min(Math.min(boxSize, length), Integer.MAX_VALUE);
    if (imageBrand(head, 8)) {
      return true;
    }
    for (int at = 16; at + 4 <= end; at += 4) {
      if (imageBrand(head, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean imageBrand(byte[] head, int at) {
    for (String brand : IMAGE_BRANDS) {
      if (WebpHeader.ascii(head, at, brand)) {
        return true;
      }
    }
    return false;
  }
}
