package org.okju.monitor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Optional;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Tells a WARC gzipped one record per member (as the WARC standard's annex recommends and wget,
 * Heritrix and Browsertrix write it) from one gzipped as a single stream ({@code gzip
 * capture.warc}, or a tool that compresses the whole file at the end).
 *
 * <p>jwarc gives a record's position as the start of its gzip member; in a single stream there is
 * only one member, so every record would get an arbitrary compressed position, some of them equal,
 * and the case could not tell the records apart. Stateless.
 */
final class GzipLayout {
  private GzipLayout() {}

  /**
   * Whether {@code raw} is gzip and its second record does not start a gzip member of its own.
   * Reads the first record (a WARC's {@code warcinfo}, small) and the second's header; leaves the
   * channel at 0. A file that does not read that far is taken as one record per member, so damage
   * is reported by the ordinary reading.
   */
  static boolean oneStream(SeekableByteChannel raw) throws IOException {
    raw.position(0);
    try {
      // Not closed: closing the reader would close the caller's channel.
      WarcReader probe = new WarcReader(raw);
      if (probe.compression() != WarcCompression.GZIP) {
        return false;
      }
      Optional<WarcRecord> first = probe.next();
      if (first.isEmpty() || probe.next().isEmpty()) {
        return false;
      }
      return !memberStartsAt(raw, probe.position());
    } catch (IOException | RuntimeException e) {
      return false;
    } finally {
      raw.position(0);
    }
  }

  private static boolean memberStartsAt(SeekableByteChannel raw, long offset) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(3);
    raw.position(offset);
    while (head.hasRemaining() && raw.read(head) > 0) {
      // fill
    }
    return head.position() == 3
        && (head.get(0) & 0xff) == 0x1f
        && (head.get(1) & 0xff) == 0x8b
        && head.get(2) == 8;
  }
}
