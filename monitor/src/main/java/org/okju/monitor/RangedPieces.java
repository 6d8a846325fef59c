package org.okju.monitor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okju.casefile.WebCaptures;

/**
 * The {@code 206 Partial Content} pieces a capture holds of one URL (a browser asks for a
 * progressive MP4 in ranges, and warcprox or pywb keep each answer), and the resource they stitch
 * into from byte 0 as far as they reach without a gap. A piece whose {@code Content-Range} is not
 * its payload's length is left out with a warning. Not thread-safe.
 */
final class RangedPieces {
  /** Where a piece's problem is reported. */
  interface Warnings {
    void warn(WebCaptures.CaptureRecord record, String kind, String message);
  }

  private final Map<String, List<WebCaptures.CaptureRecord>> byUrl;
  private final StreamHold hold;
  private final Warnings warnings;

  /**
   * @param byUrl the capture's records with a payload, by URL
   * @param hold the payloads held for streams and the pieces' {@code Content-Range}s
   */
  RangedPieces(
      Map<String, List<WebCaptures.CaptureRecord>> byUrl, StreamHold hold, Warnings warnings) {
    this.byUrl = byUrl;
    this.hold = hold;
    this.warnings = warnings;
  }

  /** One 206 piece: its record, payload and place in the whole resource. */
  record Piece(
      WebCaptures.CaptureRecord record, Payload payload, long first, long length, long total) {}

  /** The pieces of {@code url} whose {@code Content-Range} fits their payload, in order. */
  List<Piece> of(String url) {
    List<Piece> out = new ArrayList<>();
    for (WebCaptures.CaptureRecord r : byUrl.getOrDefault(url, List.of())) {
      if (r.httpStatus().orElse(200) != 206) {
        continue;
      }
      Optional<Payload> p = r.payloadSha256().flatMap(hold::payload);
      Optional<String> range = hold.contentRange(r.member(), r.offset());
      if (p.isEmpty() || range.isEmpty()) {
        continue;
      }
      ContentRange c;
      try {
        c = ContentRange.parse(range.get());
      } catch (IllegalArgumentException e) {
        warnings.warn(r, "bad-content-range", e.getMessage());
        continue;
      }
      if (c.length() != p.get().size()) {
        warnings.warn(
            r,
            "bad-content-range",
            "Content-Range "
                + range.get()
                + " does not match the "
                + p.get().size()
                + " bytes of the piece");
        continue;
      }
      out.add(new Piece(r, p.get(), c.first(), c.length(), c.total()));
    }
    out.sort(Comparator.comparingLong(Piece::first));
    return out;
  }

  /** Pieces put together from byte 0 as far as they reach without a gap. */
  static final class Stitched {
    private final byte[] bytes;
    private final List<WebCaptures.CaptureRecord> from;
    private final boolean whole;
    private final long total;

    Stitched(byte[] bytes, List<WebCaptures.CaptureRecord> from, boolean whole, long total) {
      this.bytes = bytes;
      this.from = from;
      this.whole = whole;
      this.total = total;
    }

    byte[] bytes() {
      return bytes;
    }

    List<WebCaptures.CaptureRecord> from() {
      return from;
    }

    boolean whole() {
      return whole;
    }

    long total() {
      return total;
    }
  }

  static Stitched stitch(List<Piece> pieces, Warnings warn) {
    long total = pieces.stream().mapToLong(Piece::total).max().orElse(-1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<WebCaptures.CaptureRecord> from = new ArrayList<>();
    long reached = 0;
    for (Piece p : pieces) {
      if (p.first() > reached) {
        break;
      }
      long end = p.first() + p.length();
      if (end <= reached) {
        continue;
      }
      try {
        out.write(StreamHold.slice(p.payload(), reached - p.first(), end - reached));
      } catch (IOException e) {
        warn.warn(p.record(), "stream-part-unreadable", e.getMessage());
        break;
      }
      from.add(p.record());
      reached = end;
      if (reached > Integer.MAX_VALUE - 16) {
        break;
      }
    }
    return new Stitched(out.toByteArray(), from, total > 0 && reached == total, total);
  }
}
