package org.okju.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okju.casefile.CaseStore;
import org.okju.casefile.WebCaptures;

/**
 * Captures older than WARC, and Heritrix 1's, are ARC files (version 1: a {@code filedesc://}
 * version block, then one URL line and HTTP response per record; gzipped one record per member as
 * {@code .arc.gz}). They were refused as "not a web capture"; they are read like a WARC.
 */
class ArcCaptureTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void anArcFileIsReadLikeAWarc(boolean gzip) throws Exception {
    Path casePath = MonitorCase.build(tmp);
    byte[] photo = Files.readAllBytes(tmp.resolve("seized/photo-a.jpg"));
    byte[] page =
        "<html><body><img src=\"/pics/a.jpg\"></body></html>".getBytes(StandardCharsets.UTF_8);
    Path arc = tmp.resolve(gzip ? "crawl.arc.gz" : "crawl.arc");
    try (OutputStream out = Files.newOutputStream(arc)) {
      byte[] version =
          "1 0 Test Crawl\nURL IP-address Archive-date Content-type Archive-length\n"
              .getBytes(StandardCharsets.US_ASCII);
      member(out, gzip, urlLine("filedesc://crawl.arc", "0.0.0.0", "text/plain", version), version);
      record(out, gzip, "http://site.test/gallery.html", "text/html", page);
      record(out, gzip, "http://site.test/pics/a.jpg", "image/jpeg", photo);
    }
    try (CaseStore store = MonitorCase.open(casePath)) {
      ImportSummary s = MonitorCase.importCapture(store, arc);
      assertThat(s.problems()).isEmpty();
      assertThat(s.sightings())
          .containsExactly(
              "http://site.test/pics/a.jpg " + MonitorCase.tapeOf(store).get("photo-a.jpg"));
      assertThat(store.webCaptures().links())
          .extracting(l -> l.link().pageUrl() + " " + l.link().mediaUrl())
          .contains("http://site.test/gallery.html http://site.test/pics/a.jpg");
      assertThat(store.webCaptures().records())
          .extracting(WebCaptures.CapturedRecord::record)
          .filteredOn(r -> r.url().equals("http://site.test/pics/a.jpg"))
          .extracting(r -> r.capturedAt())
          .containsExactly(Instant.parse("2026-03-01T10:00:00Z"));
    }
  }

  @Test
  void aFileThatOnlyMentionsFiledescIsStillNoCapture() throws Exception {
    Path note = tmp.resolve("note.txt");
    Files.writeString(note, "see filedesc://crawl.arc for the crawl\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CaptureSource.open(note, 1 << 20))
        .isInstanceOf(NotACaptureException.class);
  }

  private static void record(OutputStream out, boolean gzip, String url, String type, byte[] body)
      throws IOException {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.write(
        ("HTTP/1.1 200 OK\r\nContent-Type: "
                + type
                + "\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    http.write(body);
    byte[] block = http.toByteArray();
    member(out, gzip, urlLine(url, "127.0.0.1", type, block), block);
  }

  private static String urlLine(String url, String ip, String type, byte[] block) {
    return url + " " + ip + " 20260301100000 " + type + " " + block.length + "\n";
  }

  private static void member(OutputStream out, boolean gzip, String header, byte[] block)
      throws IOException {
    ByteArrayOutputStream rec = new ByteArrayOutputStream();
    rec.write(header.getBytes(StandardCharsets.US_ASCII));
    rec.write(block);
    rec.write('\n');
    if (gzip) {
      try (GZIPOutputStream z =
          new GZIPOutputStream(
              new java.io.FilterOutputStream(out) {
                @Override
                public void close() throws IOException {
                  flush();
                }
              })) {
        rec.writeTo(z);
      }
    } else {
      rec.writeTo(out);
    }
  }
}
