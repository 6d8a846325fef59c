package org.okju.fingerprint;

/**
 * The markers of a JPEG file before its first scan, read for one question: is the file plain enough
 * for {@link TurboJpegDecoder}, that is without an ICC profile (APP2 {@code ICC_PROFILE}) and
 * without an Adobe marker (APP14 {@code Adobe}), whose colour meaning the JDK's reader decides by
 * rules of its own. A file whose markers cannot be walked is not plain. Stateless.
 */
final class JpegMarkers {
  private static final int APP2 = 0xe2;
  private static final int APP14 = 0xee;
  private static final int SOS = 0xda;
  private static final int EOI = 0xd9;

  private JpegMarkers() {}

  static boolean plain(byte[] data) {
    int at = 2; // after SOI
    while (at + 4 <= data.length) {
      if ((data[at] & 0xff) != 0xff) {
        return false;
      }
      int marker = data[at + 1] & 0xff;
      if (marker == 0xff) {
        at++; // fill byte
        continue;
      }
      if (marker == SOS) {
        return true;
      }
      if (marker == EOI || (marker >= 0xd0 && marker <= 0xd7) || marker == 0x01) {
        return false; // no scan, or a marker without a length where none belongs
      }
      int length = ((data[at + 2] & 0xff) << 8) | (data[at + 3] & 0xff);
      if (length < 2) {
        return false;
      }
      if (marker == APP2 && startsWith(data, at + 4, length - 2, "ICC_PROFILE")) {
        return false;
      }
      if (marker == APP14 && startsWith(data, at + 4, length - 2, "Adobe")) {
        return false;
      }
      at += 2 + length;
    }
    return false;
  }

  private static boolean startsWith(byte[] data, int from, int available, String ascii) {
    if (available < ascii.length() || from + ascii.length() > data.length) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (data[from + i] != (byte) ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
