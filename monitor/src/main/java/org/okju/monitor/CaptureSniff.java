package org.okju.monitor;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Tells a web capture from a file given as one by mistake (a photo, a document, an office file,
 * which is a zip too), before anything is recorded. Only what is plainly no capture is refused: a
 * WARC whose start is damaged but which holds a record within its first 64 KiB, a gzip that does
 * not inflate, and a zip that does not read are left to the reader, which reports their damage per
 * record. Stateless.
 */
final class CaptureSniff {
  private static final int WINDOW = 64 << 10;
  private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);
  // An ARC file (the Internet Archive's format before WARC, Heritrix 1's output) opens with its
  // version block's URL record.
  private static final byte[] ARC = "filedesc://".getBytes(StandardCharsets.US_ASCII);

  private CaptureSniff() {}

  /**
   * Checks a file that is not a zip: it must hold a WARC record near its start, or open as an ARC
   * file does.
   *
   * @return {@code "arc"} for an ARC file, else {@code "warc"}
   */
  static String warc(String name, EvidenceChannel channel) throws IOException {
    try {
      byte[] head = head(channel);
      if (head.length == 0) {
        throw new NotACaptureException(name, "the file is empty");
      }
      boolean gzip = head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
      if (gzip) {
        byte[] inflated;
        try {
          inflated = inflatedHead(channel);
        } catch (IOException e) {
          return "warc"; // damaged gzip: the reader reports it per record
        }
        if (startsAt(inflated, 0, ARC)) {
          return "arc";
        }
        if (!holdsWarc(inflated)) {
          throw new NotACaptureException(name, "a gzip file that holds no WARC or ARC record");
        }
      } else if (startsAt(head, 0, ARC)) {
        return "arc";
      } else if (!holdsWarc(head)) {
        throw new NotACaptureException(name, "no WARC record in its first 64 KiB, and no ARC file");
      }
      return "warc";
    } finally {
      channel.position(0);
    }
  }

  /** Checks a zip: a WACZ has WARCs under {@code archive/} or a {@code datapackage.json}. */
  static void wacz(String name, EvidenceChannel channel) throws IOException {
    ZipFile zip;
    try {
      zip = ZipFile.builder().setSeekableByteChannel(channel.slice(0, channel.size())).get();
    } catch (IOException e) {
      return; // a damaged zip: the WACZ reader reports it
    }
    try (zip) {
      for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
        String n = e.getName().toLowerCase(Locale.ROOT);
        if (n.startsWith("archive/") || n.equals("datapackage.json")) {
          return;
        }
      }
    } finally {
      channel.position(0);
    }
    throw new NotACaptureException(
        name, "a zip with neither archive/ nor datapackage.json (an office document or archive?)");
  }

  private static byte[] head(EvidenceChannel channel) throws IOException {
    channel.position(0);
    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(WINDOW, channel.size()));
    while (buf.hasRemaining() && channel.read(buf) > 0) {
      // fill
    }
    byte[] out = new byte[buf.position()];
    buf.flip().get(out);
    return out;
  }

  private static byte[] inflatedHead(EvidenceChannel channel) throws IOException {
    channel.position(0);
    // The capture's channel stays open: only the inflating stream is closed here.
    InputStream raw =
        new FilterInputStream(Channels.newInputStream(channel)) {
          @Override
          public void close() {}
        };
    try (InputStream in = new GZIPInputStream(raw)) {
      return in.readNBytes(WINDOW);
    }
  }

  /** Whether {@code head} starts a line with {@code WARC/}. */
  private static boolean holdsWarc(byte[] head) {
    for (int i = 0; i + WARC.length <= head.length; i++) {
      if ((i == 0 || head[i - 1] == '\n') && startsAt(head, i, WARC)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsAt(byte[] head, int at, byte[] word) {
    if (at + word.length > head.length) {
      return false;
    }
    for (int j = 0; j < word.length; j++) {
      if (head[at + j] != word[j]) {
        return false;
      }
    }
    return true;
  }
}
