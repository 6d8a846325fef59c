package org.okju.monitor;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.WebCaptures;

/**
 * Reads one WARC (1.0 or 1.1, plain or gzip, as a file or a member of a WACZ) with jwarc and hands
 * its {@code response}, {@code resource} and {@code revisit} records to a sink.
 *
 * <p>Damage is a per-record problem and the reading goes on at the next record boundary found in
 * the raw bytes (the next gzip member header, or the next {@code WARC/1.} line): a truncated gzip
 * member, a header that does not parse, a {@code Content-Length} that lies (jwarc then finds no
 * record trailer where the length says; the record is reported and dropped, and reading resumes
 * right after its header, so records a too-long length swallowed are read too).
 *
 * <p>A WARC gzipped as one stream rather than one member per record ({@link GzipLayout}) is read
 * through a decompressing stream: each record's offset is then its position in the decompressed
 * WARC, and reading stops at the first damage, since a single deflate stream has no boundary to
 * resume at. Not thread-safe.
 */
final class WarcCaptureReader {
  private static final byte[] WARC_LINE = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final List<String> SKIPPED =
      List.of("warcinfo", "request", "metadata", "conversion", "continuation");

  private final long keepLimit;

  /**
   * @param keepLimit payloads larger than this are digested but not kept for fingerprinting
   */
  WarcCaptureReader(long keepLimit) {
    this.keepLimit = keepLimit;
  }

  /** Reads every record of {@code raw} (positioned anywhere; read from 0) into {@code sink}. */
  void read(SeekableByteChannel raw, String member, CaptureSink sink) throws IOException {
    boolean oneStream = GzipLayout.oneStream(raw);
    raw.position(0);
    WarcReader reader;
    try {
      // Not closed: the caller owns raw, which closing the decompressing stream would close.
      @SuppressWarnings("resource")
      WarcReader opened =
          oneStream
              ? new WarcReader(
                  Channels.newChannel(new GZIPInputStream(Channels.newInputStream(raw), 1 << 16)))
              : new WarcReader(raw);
      reader = opened;
    } catch (IOException e) {
      sink.problem(problem(member, -1, ErrorSeverity.ERROR, "unreadable-warc", e));
      return;
    }
    reader.setLenient(true);
    List<String> warnings = new ArrayList<>();
    reader.onWarning(warnings::add);
    boolean gzip = reader.compression() == WarcCompression.GZIP;
    SeekableByteChannel resyncable = oneStream ? null : raw;
    ReadRecord pending = null;
    long pendingOffset = -1;
    while (true) {
      warnings.clear();
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        long at = reader.position();
        if (pending != null && lengthLied(warnings)) {
          rejectLength(pending, pendingOffset, sink);
          at = pendingOffset;
        } else {
          if (pending != null) {
            sink.record(pending);
          }
          sink.problem(problem(member, at, ErrorSeverity.ERROR, kind(e, "unparsable-record"), e));
        }
        pending = null;
        if (!resync(reader, resyncable, at, gzip)) {
          return;
        }
        continue;
      }
      if (pending != null) {
        if (lengthLied(warnings)) {
          rejectLength(pending, pendingOffset, sink);
          pending = null;
          if (!resync(reader, resyncable, pendingOffset, gzip)) {
            return;
          }
          continue;
        }
        sink.record(pending);
        pending = null;
      }
      if (next.isEmpty()) {
        return;
      }
      WarcRecord r = next.get();
      long offset = reader.position();
      try {
        pending = record(r, member, offset, sink);
        pendingOffset = offset;
      } catch (IOException | RuntimeException e) {
        sink.problem(problem(member, offset, ErrorSeverity.ERROR, kind(e, "unreadable-record"), e));
        if (!resync(reader, resyncable, offset, gzip)) {
          return;
        }
      }
    }
  }

  /** Whether jwarc found no record trailer where the last record's length said it would be. */
  private static boolean lengthLied(List<String> warnings) {
    return warnings.stream().anyMatch(w -> w.contains("trailer"));
  }

  // The length did not end where the record did: its payload is not what it says. The record is
  // kept (its URL and status were read) without its payload.
  private static void rejectLength(ReadRecord pending, long offset, CaptureSink sink) {
    sink.problem(
        new WebCaptures.Problem(
            pending.member(),
            offset,
            ErrorSeverity.ERROR,
            "content-length-mismatch",
            "the record's Content-Length does not end at its trailer; payload not used"));
    sink.record(withoutPayload(pending));
  }

  private static ReadRecord withoutPayload(ReadRecord r) {
    r.payload().ifPresent(Payload::close);
    return r.withPayload(Optional.empty());
  }

  /** The record as read, or null for a type that holds no capture. */
  private ReadRecord record(WarcRecord r, String member, long offset, CaptureSink sink)
      throws IOException {
    String type = r.headers().sole("WARC-Type").orElse("");
    if (SKIPPED.contains(type)) {
      sink.skipped(type);
      return null;
    }
    if (!(r instanceof WarcResponse || r instanceof WarcResource || r instanceof WarcRevisit)) {
      sink.problem(
          new WebCaptures.Problem(
              member,
              offset,
              ErrorSeverity.WARNING,
              "unknown-record-type",
              "record type '" + type + "' is not one okju reads; skipped"));
      return null;
    }
    WarcTargetRecord t = (WarcTargetRecord) r;
    String url = t.target();
    if (url == null || url.isBlank()) {
      sink.problem(
          new WebCaptures.Problem(
              member, offset, ErrorSeverity.ERROR, "no-target-uri", "no WARC-Target-URI"));
      return null;
    }
    Instant date;
    try {
      date = r.date();
    } catch (DateTimeParseException | java.util.NoSuchElementException e) {
      sink.problem(
          new WebCaptures.Problem(
              member, offset, ErrorSeverity.ERROR, "bad-date", "no valid WARC-Date: " + e));
      return null;
    }
    Optional<String> id = r.headers().sole("WARC-Record-ID");
    Optional<String> ip = r.headers().sole("WARC-IP-Address");
    Optional<String> digest = r.headers().sole("WARC-Payload-Digest");
    if (!r.headers().sole("WARC-Truncated").orElse("").isEmpty()) {
      sink.problem(
          new WebCaptures.Problem(
              member,
              offset,
              ErrorSeverity.WARNING,
              "truncated-by-crawler",
              "the crawler truncated this record: " + r.headers().sole("WARC-Truncated").get()));
    }
    if (r instanceof WarcRevisit v) {
      OptionalInt status = OptionalInt.empty();
      Optional<String> contentType = Optional.empty();
      try {
        HttpResponse http = v.http();
        status = OptionalInt.of(http.status());
        contentType = http.headers().first("Content-Type");
      } catch (IOException | RuntimeException e) {
        // A revisit need not carry HTTP headers; its status is then the referred record's.
      }
      return new ReadRecord(
          member,
          offset,
          id,
          "revisit",
          url,
          date,
          status,
          ip,
          contentType,
          Optional.empty(),
          digest,
          Optional.empty(),
          r.headers().sole("WARC-Refers-To"),
          r.headers().sole("WARC-Refers-To-Target-URI").map(WarcCaptureReader::unbracket),
          r.headers().sole("WARC-Refers-To-Date").flatMap(WarcCaptureReader::instant),
          Optional.empty(),
          Optional.empty());
    }
    OptionalInt status = OptionalInt.empty();
    Optional<String> contentType;
    Optional<String> location = Optional.empty();
    Optional<String> contentRange = Optional.empty();
    InputStream body;
    boolean encoded = false;
    if (r instanceof WarcResponse resp && r.contentType().base().equals(MediaType.HTTP)) {
      HttpResponse http = resp.http();
      status = OptionalInt.of(http.status());
      contentType = http.headers().first("Content-Type");
      location = http.headers().first("Location").map(l -> resolve(url, l));
      contentRange = http.headers().first("Content-Range");
      ReadBody read = decoded(http, member, offset, sink);
      // A digest over chunks or coded bytes cannot be checked against the payload read.
      encoded = http.headers().first("Transfer-Encoding").isPresent() || read.codingUndone();
      body = read.stream();
    } else {
      contentType = Optional.of(r.contentType().toString());
      body = r.body().stream();
    }
    Payload payload = Payload.read(body, keepLimit);
    if (!encoded && digest.isPresent() && !digestAgrees(digest.get(), payload)) {
      sink.problem(
          new WebCaptures.Problem(
              member,
              offset,
              ErrorSeverity.WARNING,
              "payload-digest-mismatch",
              "WARC-Payload-Digest " + digest.get() + " does not match the payload read"));
    }
    if (!payload.kept()) {
      sink.problem(
          new WebCaptures.Problem(
              member,
              offset,
              ErrorSeverity.WARNING,
              "payload-too-large",
              "payload of "
                  + payload.size()
                  + " bytes is over the "
                  + keepLimit
                  + "-byte limit: digests recorded, not fingerprinted"));
    }
    return new ReadRecord(
        member,
        offset,
        id,
        r instanceof WarcResponse ? "response" : "resource",
        url,
        date,
        status,
        ip,
        contentType,
        location,
        digest,
        Optional.of(payload),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        contentRange);
  }

  /**
   * The payload with its transfer and content codings undone: gzip and deflate by the JDK, Brotli
   * and zstd through the system's decoders ({@link BrotliDecoding}, {@link ZstdDecoding}); the
   * bytes as recorded when the capture stored them decoded ({@link DeclaredCoding}), and, with a
   * warning, when a coding cannot be undone.
   */
  private ReadBody decoded(HttpResponse http, String member, long offset, CaptureSink sink)
      throws IOException {
    String coding =
        http.headers()
            .first("Content-Encoding")
            .map(c -> c.trim().toLowerCase(Locale.ROOT))
            .orElse("");
    InputStream recorded = new BufferedInputStream(http.body().stream(), 1 << 16);
    if (coding.isEmpty() || coding.equals("identity") || coding.equals("none")) {
      return new ReadBody(recorded, false);
    }
    recorded.mark(DeclaredCoding.HEAD);
    byte[] head = recorded.readNBytes(DeclaredCoding.HEAD);
    recorded.reset();
    if (!DeclaredCoding.applies(coding, head)) {
      return new ReadBody(recorded, false);
    }
    if (coding.equals("gzip") || coding.equals("x-gzip")) {
      return new ReadBody(new GZIPInputStream(recorded, 1 << 16), true);
    }
    if (!List.of("deflate", "br", "zstd").contains(coding)) {
      sink.problem(
          new WebCaptures.Problem(
              member,
              offset,
              ErrorSeverity.WARNING,
              "content-encoding",
              "Content-Encoding '"
                  + coding
                  + "' is not one okju undoes: payload kept as recorded"));
      return new ReadBody(recorded, false);
    }
    if (http.body().size() > keepLimit) {
      sink.problem(
          new WebCaptures.Problem(
              member,
              offset,
              ErrorSeverity.WARNING,
              "content-encoding",
              coding + " over the memory limit: payload kept as recorded"));
      return new ReadBody(recorded, false);
    }
    byte[] raw = recorded.readAllBytes();
    try {
      return new ReadBody(
          new ByteArrayInputStream(
              switch (coding) {
                case "br" -> BrotliDecoding.decode(raw, keepLimit);
                case "zstd" -> ZstdDecoding.decode(raw, keepLimit);
                default -> Inflation.inflate(raw, !DeclaredCoding.zlibHeader(head), keepLimit);
              }),
          true);
    } catch (IOException e) {
      sink.problem(problem(member, offset, ErrorSeverity.WARNING, "content-encoding", e));
      return new ReadBody(new ByteArrayInputStream(raw), false);
    }
  }

  /** A payload's bytes, and whether a content coding was undone to give them. */
  private record ReadBody(InputStream stream, boolean codingUndone) {}

  static String unbracket(String uri) {
    return uri.startsWith("<") && uri.endsWith(">") ? uri.substring(1, uri.length() - 1) : uri;
  }

  private static Optional<Instant> instant(String s) {
    try {
      return Optional.of(Instant.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A redirect's target made absolute against the URL it came from. */
  static String resolve(String base, String target) {
    try {
      return URI.create(base).resolve(target.trim()).toString();
    } catch (IllegalArgumentException e) {
      return target.trim();
    }
  }

  /** Whether a declared payload digest ({@code sha1:BASE32}, {@code sha256:hex}...) agrees. */
  static boolean digestAgrees(String declared, Payload payload) {
    WarcDigest d;
    try {
      d = new WarcDigest(declared);
    } catch (RuntimeException e) {
      return false;
    }
    String algorithm = d.algorithm().toLowerCase(Locale.ROOT).replace("-", "");
    String hex;
    try {
      hex = d.hex();
    } catch (RuntimeException e) {
      return false;
    }
    return switch (algorithm) {
      case "sha1" -> hex.equalsIgnoreCase(payload.sha1().toHex());
      case "sha256" -> hex.equalsIgnoreCase(payload.sha256().toHex());
      case "md5" -> hex.equalsIgnoreCase(payload.md5().toHex());
      default -> true; // an algorithm okju does not compute is not a mismatch
    };
  }

  private static String kind(Throwable e, String otherwise) {
    if (e instanceof EOFException
        || e instanceof ZipException
        || String.valueOf(e.getMessage()).contains("Unexpected end of")) {
      return "truncated";
    }
    return otherwise;
  }

  private static WebCaptures.Problem problem(
      String member, long offset, ErrorSeverity severity, String kind, Throwable e) {
    return new WebCaptures.Problem(
        member, offset, severity, kind, e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  /**
   * Moves the reader to the next record boundary after {@code after}; false when there is none, or
   * when {@code raw} is null (a single gzip stream, read from start to end only).
   */
  private static boolean resync(
      WarcReader reader, SeekableByteChannel raw, long after, boolean gzip) throws IOException {
    if (raw == null) {
      return false;
    }
    long next = boundaryAfter(raw, after, gzip);
    if (next < 0) {
      return false;
    }
    reader.position(next);
    return true;
  }

  /**
   * The offset of the first gzip member header (or {@code WARC/1.} line start) after {@code after},
   * or -1.
   */
  static long boundaryAfter(SeekableByteChannel raw, long after, boolean gzip) throws IOException {
    long size = raw.size();
    long pos = Math.max(0, after + 1);
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    int keep = WARC_LINE.length + 1;
    while (pos < size) {
      buf.clear();
      raw.position(pos);
      while (buf.hasRemaining() && raw.read(buf) > 0) {
        // fill
      }
      buf.flip();
      int n = buf.limit();
      for (int i = 0; i < n; i++) {
        if (gzip) {
          if (i + 3 < n
              && (buf.get(i) & 0xff) == 0x1f
              && (buf.get(i + 1) & 0xff) == 0x8b
              && buf.get(i + 2) == 8
              && (buf.get(i + 3) & 0xe0) == 0) {
            return pos + i;
          }
        } else if (i + WARC_LINE.length <= n && matches(buf, i)) {
          if (pos + i == 0 || (i > 0 && buf.get(i - 1) == '\n')) {
            return pos + i;
          }
        }
      }
      if (n < buf.capacity()) {
        return -1;
      }
      pos += n - keep;
    }
    return -1;
  }

  private static boolean matches(ByteBuffer buf, int at) {
    for (int j = 0; j < WARC_LINE.length; j++) {
      if (buf.get(at + j) != WARC_LINE[j]) {
        return false;
      }
    }
    return true;
  }
}
