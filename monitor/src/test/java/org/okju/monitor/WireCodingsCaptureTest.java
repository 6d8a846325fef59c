package org.okju.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.ptr.NativeLongByReference;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.okju.casefile.CaseStore;
import org.okju.casefile.WebCaptures;

/**
 * A browser asks for Brotli and zstd before gzip, and a crawler that records what went over the
 * wire (brozzler's warcprox, Browsertrix) keeps pages and pictures {@code Content-Encoding: br} or
 * {@code zstd}. Such a page must still give its links, and such a picture its match.
 */
class WireCodingsCaptureTest {
  @TempDir Path tmp;

  /** libbrotlienc's one-shot call, to write the test's payloads as a server would send them. */
  interface Encoder extends Library {
    int BrotliEncoderCompress(
        int quality,
        int window,
        int mode,
        NativeLong inputSize,
        byte[] input,
        NativeLongByReference encodedSize,
        Memory encoded);
  }

  private static byte[] brotli(byte[] data) {
    Encoder e = Native.load("brotlienc", Encoder.class);
    long capacity = data.length + 1024L;
    try (Memory out = new Memory(capacity)) {
      NativeLongByReference size = new NativeLongByReference(new NativeLong(capacity));
      assertThat(e.BrotliEncoderCompress(11, 22, 0, new NativeLong(data.length), data, size, out))
          .isEqualTo(1);
      return out.getByteArray(0, (int) size.getValue().longValue());
    }
  }

  /** libzstd's one-shot call. */
  interface ZstdEncoder extends Library {
    NativeLong ZSTD_compress(
        Memory dst, NativeLong capacity, byte[] src, NativeLong size, int level);
  }

  private static byte[] zstd(byte[] data) {
    ZstdEncoder e = Native.load("zstd", ZstdEncoder.class);
    long capacity = data.length + 1024L;
    try (Memory out = new Memory(capacity)) {
      long n =
          e.ZSTD_compress(out, new NativeLong(capacity), data, new NativeLong(data.length), 19)
              .longValue();
      assertThat(n).isPositive().isLessThan(capacity);
      return out.getByteArray(0, (int) n);
    }
  }

  private static WarcResponse encoded(
      String coding, String url, String type, byte[] body, Instant at) throws Exception {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .addHeader("Content-Encoding", coding)
            .body(MediaType.parse(type), coding.equals("br") ? brotli(body) : zstd(body))
            .build();
    return new WarcResponse.Builder(URI.create(url))
        .date(at)
        .ipAddress(InetAddress.getLoopbackAddress())
        .body(http)
        .build();
  }

  @Test
  void aBrotliPageGivesItsLinksAndABrotliPictureItsMatch() throws Exception {
    assumeTrue(BrotliDecoding.available(), "libbrotlidec is not installed");
    pageAndPictureAreRead("br");
  }

  @Test
  void aZstdPageGivesItsLinksAndAZstdPictureItsMatch() throws Exception {
    assumeTrue(ZstdDecoding.available(), "libzstd is not installed");
    pageAndPictureAreRead("zstd");
  }

  @Test
  void aZstdPayloadSentChunkedIsReadNotACrash() throws Exception {
    // jwarc's own zstd decoding throws NoClassDefFoundError without zstd-jni: the whole import
    // stopped at such a record. jwarc undoes the chunks; okju the coding.
    assumeTrue(ZstdDecoding.available(), "libzstd is not installed");
    Path casePath = MonitorCase.build(tmp);
    byte[] photo = Files.readAllBytes(tmp.resolve("seized/photo-a.jpg"));
    byte[] z = zstd(photo);
    java.io.ByteArrayOutputStream chunked = new java.io.ByteArrayOutputStream();
    chunked.write((Integer.toHexString(z.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    chunked.write(z);
    chunked.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .addHeader("Content-Encoding", "zstd")
            .addHeader("Transfer-Encoding", "chunked")
            .body(MediaType.parse("image/jpeg"), chunked.toByteArray())
            .build();
    Path warc =
        Warcs.write(
            tmp.resolve("chunked.warc.gz"),
            true,
            List.of(
                new WarcResponse.Builder(URI.create("http://site.test/z.jpg"))
                    .date(at)
                    .body(http)
                    .build(),
                Warcs.response("http://site.test/a.jpg", "image/jpeg", photo, at)));
    try (CaseStore store = MonitorCase.open(casePath)) {
      ImportSummary s = MonitorCase.importCapture(store, warc);
      assertThat(s.problems()).isEmpty();
      String tape = MonitorCase.tapeOf(store).get("photo-a.jpg");
      assertThat(s.sightings())
          .containsExactlyInAnyOrder(
              "http://site.test/a.jpg " + tape, "http://site.test/z.jpg " + tape);
    }
  }

  /**
   * Browser-based capture tools (ArchiveWeb.page, wabac.js, warcio.js) store the body the browser
   * decoded under the server's {@code Content-Encoding}: such a page must give its links and such a
   * picture its match, and the declared payload digest, computed over the stored bytes, is checked.
   */
  @ParameterizedTest
  @ValueSource(strings = {"gzip", "x-gzip", "deflate", "br", "zstd"})
  void aBodyStoredDecodedUnderItsCodingIsReadAsStored(String coding) throws Exception {
    Path casePath = MonitorCase.build(tmp);
    byte[] photo = Files.readAllBytes(tmp.resolve("seized/photo-a.jpg"));
    byte[] page = "<html><body><img src=\"/a.jpg\"></body></html>".getBytes(StandardCharsets.UTF_8);
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    Path warc =
        Warcs.write(
            tmp.resolve("archiveweb.warc.gz"),
            true,
            List.of(
                storedDecoded(coding, "http://site.test/", "text/html", page, at, sha256(page)),
                storedDecoded(
                    coding, "http://site.test/a.jpg", "image/jpeg", photo, at, sha256(photo)),
                storedDecoded(
                    coding, "http://site.test/b.jpg", "image/jpeg", photo, at, new byte[32])));
    try (CaseStore store = MonitorCase.open(casePath)) {
      ImportSummary s = MonitorCase.importCapture(store, warc);
      String tape = MonitorCase.tapeOf(store).get("photo-a.jpg");
      assertThat(s.sightings())
          .containsExactlyInAnyOrder(
              "http://site.test/a.jpg " + tape, "http://site.test/b.jpg " + tape);
      assertThat(store.webCaptures().links())
          .extracting(l -> l.link().pageUrl() + " " + l.link().mediaUrl())
          .contains("http://site.test/ http://site.test/a.jpg");
      // Only the record whose declared digest is wrong is a problem.
      assertThat(s.problems())
          .extracting(WebCaptures.Problem::kind)
          .containsExactly("payload-digest-mismatch");
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aDeflatedPictureIsMatchedWithOrWithoutItsZlibHeader(boolean zlibWrapped) throws Exception {
    Path casePath = MonitorCase.build(tmp);
    byte[] photo = Files.readAllBytes(tmp.resolve("seized/photo-a.jpg"));
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(6, !zlibWrapped);
    deflater.setInput(photo);
    deflater.finish();
    java.io.ByteArrayOutputStream coded = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!deflater.finished()) {
      coded.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .addHeader("Content-Encoding", "deflate")
            .body(MediaType.parse("image/jpeg"), coded.toByteArray())
            .build();
    Path warc =
        Warcs.write(
            tmp.resolve("deflate.warc.gz"),
            true,
            List.of(
                new WarcResponse.Builder(URI.create("http://site.test/d.jpg"))
                    .date(at)
                    .body(http)
                    .build()));
    try (CaseStore store = MonitorCase.open(casePath)) {
      ImportSummary s = MonitorCase.importCapture(store, warc);
      assertThat(s.problems()).isEmpty();
      assertThat(s.sightings())
          .containsExactly(
              "http://site.test/d.jpg " + MonitorCase.tapeOf(store).get("photo-a.jpg"));
    }
  }

  private static WarcResponse storedDecoded(
      String coding, String url, String type, byte[] body, Instant at, byte[] declaredSha256)
      throws Exception {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .addHeader("Content-Encoding", coding)
            .body(MediaType.parse(type), body)
            .build();
    return new WarcResponse.Builder(URI.create(url))
        .date(at)
        .payloadDigest(new org.netpreserve.jwarc.WarcDigest("sha-256", declaredSha256))
        .body(http)
        .build();
  }

  private void pageAndPictureAreRead(String coding) throws Exception {
    Path casePath = MonitorCase.build(tmp);
    byte[] photo = Files.readAllBytes(tmp.resolve("seized/photo-a.jpg"));
    byte[] page = "<html><body><img src=\"/a.jpg\"></body></html>".getBytes(StandardCharsets.UTF_8);
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    Path warc =
        Warcs.write(
            tmp.resolve("browser.warc.gz"),
            true,
            List.of(
                encoded(coding, "http://site.test/", "text/html", page, at),
                encoded(coding, "http://site.test/a.jpg", "image/jpeg", photo, at)));
    try (CaseStore store = MonitorCase.open(casePath)) {
      ImportSummary s = MonitorCase.importCapture(store, warc);
      assertThat(s.problems()).isEmpty();
      assertThat(s.sightings())
          .containsExactly(
              "http://site.test/a.jpg " + MonitorCase.tapeOf(store).get("photo-a.jpg"));
      assertThat(store.webCaptures().links())
          .extracting(l -> l.link().pageUrl() + " " + l.link().mediaUrl())
          .contains("http://site.test/ http://site.test/a.jpg");
      assertThat(store.webCaptures().records())
          .extracting(WebCaptures.CapturedRecord::record)
          .filteredOn(r -> r.url().equals("http://site.test/a.jpg"))
          .extracting(WebCaptures.CaptureRecord::payloadSha256)
          .containsExactly(Optional.of(org.okju.casefile.Sha256.of(sha256(photo))));
    }
  }

  private static byte[] sha256(byte[] b) throws Exception {
    return java.security.MessageDigest.getInstance("SHA-256").digest(b);
  }
}
