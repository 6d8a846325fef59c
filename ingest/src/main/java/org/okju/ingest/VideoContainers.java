package org.okju.ingest;

import java.nio.charset.StandardCharsets;
import org.apache.tika.mime.MediaType;

/**
 * Video in containers that Tika's content rules leave generic, named as videos so that every stage
 * (vPDQ, copies, reports, the workbench's media policy) treats them as videos: Matroska and WebM
 * (Tika: {@code application/x-matroska}; the web's and re-posters' format), Ogg with a Theora
 * stream (Tika: {@code application/ogg}), and MPEG transport streams, which camcorders (AVCHD's
 * {@code .MTS}) and broadcast recorders write and Tika's rules do not recognise at all ({@code
 * application/octet-stream}). Tika names the first two as videos only by their file names, which
 * ingest does not trust. A Matroska or WebM file of sound alone is rare; the vPDQ stage then finds
 * no video stream and says nothing ({@link VideoStage}).
 */
final class VideoContainers {
  private VideoContainers() {}

  static final MediaType MATROSKA_VIDEO = MediaType.video("x-matroska");
  static final MediaType WEBM = MediaType.video("webm");
  static final MediaType OGG_VIDEO = MediaType.video("ogg");
  static final MediaType TRANSPORT_STREAM = MediaType.video("mp2t");

  /** The generic containers Tika's content rules name, video or sound alike. */
  static final MediaType MATROSKA = MediaType.application("x-matroska");

  static final MediaType OGG = MediaType.application("ogg");
  private static final byte[] WEBM_DOCTYPE = "webm".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] THEORA = {(byte) 0x80, 't', 'h', 'e', 'o', 'r', 'a'};
  private static final int TS_PACKET = 188;
  private static final int TS_PACKETS_CHECKED = 5;

  /** Whether {@code mediaType} is one of the video types named here (no EXIF-style metadata). */
  static boolean named(String mediaType) {
    return mediaType.equals(MATROSKA_VIDEO.toString())
        || mediaType.equals(WEBM.toString())
        || mediaType.equals(OGG_VIDEO.toString())
        || mediaType.equals(TRANSPORT_STREAM.toString());
  }

  /** The video type of {@code content} from the head, or {@code content} itself. */
  static MediaType refine(MediaType content, byte[] head, int length) {
    if (content.equals(MATROSKA)) {
      // The EBML header's DocType, within its first few dozen bytes: "webm" or "matroska".
      return indexOf(head, Math.min(length, 64), WEBM_DOCTYPE) >= 0 ? WEBM : MATROSKA_VIDEO;
    }
    if (content.equals(OGG)) {
      return indexOf(head, length, THEORA) >= 0 ? OGG_VIDEO : content;
    }
    if (content.equals(MediaType.OCTET_STREAM)
        && (transportStream(head, length, 0) || transportStream(head, length, 4))) {
      return TRANSPORT_STREAM;
    }
    return content;
  }

  // 188-byte packets, each starting with the sync byte 0x47; Blu-ray and AVCHD put a 4-byte time
  // code before each, so their packets are 192 bytes and the sync byte is 4 bytes in.
  private static boolean transportStream(byte[] head, int length, int prefix) {
    int packet = TS_PACKET + prefix;
    if (length < prefix + packet * (TS_PACKETS_CHECKED - 1) + 1) {
      return false;
    }
    for (int i = 0; i < TS_PACKETS_CHECKED; i++) {
      if (head[prefix + i * packet] != 0x47) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] data, int length, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
