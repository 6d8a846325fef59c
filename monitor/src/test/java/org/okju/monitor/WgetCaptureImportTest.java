package org.okju.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.WebCaptures;

/**
 * A fictional site served on 127.0.0.1 and captured by real GNU wget ({@code --warc-file}, WARC/1.0
 * with target URIs in angle brackets) is imported: every response is recorded with its status,
 * server address and digests, the edited copies of the case's photos and video are found as copies
 * of their tapes, the photos the case does not hold are not, pages are linked to the media they
 * show, and importing the same capture again changes nothing.
 */
class WgetCaptureImportTest {
  @TempDir static Path tmp;
  static Path casePath;
  static Path warc;
  static String base;

  @BeforeAll
  static void captureTheSite() throws Exception {
    casePath = MonitorCase.build(tmp);
    Path site = tmp.resolve("site");
    MonitorCase.site(site, tmp.resolve("seized"));
    try (FolderSite server = new FolderSite(site)) {
      base = server.base();
      warc = WgetCapture.capture(base, tmp, "crawl-1");
    }
  }

  private static ImportSummary importInto(Path casePath) throws Exception {
    return importInto(casePath, warc);
  }

  private static ImportSummary importInto(Path casePath, Path capture) throws Exception {
    try (CaseStore store = MonitorCase.open(casePath)) {
      CaptureImport imp = new CaptureImport(store, MonitorConfig.defaults(), Clock.systemUTC());
      return imp.run(capture, Optional.of("crawl-1"), imp.matcher(), MonitorCase.USER, "test");
    }
  }

  @Test
  void aWarcGzippedAsOneStreamIsReadRecordByRecordAtItsDecompressedOffsets() throws Exception {
    // wget writes one gzip member per record; `gzip capture.warc` writes one stream, whose records
    // all share the one member's position: the import stopped on a duplicate key and kept nothing.
    byte[] plain;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(warc))) {
      plain = in.readAllBytes();
    }
    Path oneStream = tmp.resolve("one-stream/crawl-1.warc.gz");
    Files.createDirectories(oneStream.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(oneStream))) {
      out.write(plain);
    }
    ImportSummary perMember = importInto(MonitorCase.copy(casePath, tmp.resolve("per-member")));
    Path own = MonitorCase.copy(casePath, tmp.resolve("case-one-stream"));
    ImportSummary summary = importInto(own, oneStream);
    assertThat(summary.problems()).isEmpty();
    assertThat(Set.copyOf(summary.sightings())).isEqualTo(Set.copyOf(perMember.sightings()));
    try (CaseStore store = MonitorCase.open(own)) {
      List<WebCaptures.CaptureRecord> records =
          store.webCaptures().records().stream().map(WebCaptures.CapturedRecord::record).toList();
      assertThat(records).hasSizeGreaterThan(5);
      for (WebCaptures.CaptureRecord r : records) {
        // Each offset is where the record's WARC header starts in the decompressed capture.
        String at = new String(plain, (int) r.offset(), 7, StandardCharsets.US_ASCII);
        assertThat(at).as("record at %d (%s)", r.offset(), r.url()).isEqualTo("WARC/1.");
      }
    }
  }

  @Test
  void everyEditedCopyIsFoundAsACopyOfItsTapeAndNoStrangerIs() throws Exception {
    Path own = MonitorCase.copy(casePath, tmp.resolve("case-matches"));
    ImportSummary summary = importInto(own);
    assertThat(summary.problems()).isEmpty();
    assertThat(summary.format()).isEqualTo("warc");
    assertThat(summary.crawl()).isEqualTo("crawl-1");
    try (CaseStore store = MonitorCase.open(own)) {
      Map<String, String> tapes = MonitorCase.tapeOf(store);
      Map<String, String> expected =
          Map.of(
              base + "media/a-letterbox.jpg", tapes.get("photo-a.jpg"),
              base + "media/b-flip.jpg", tapes.get("photo-b.jpg"),
              base + "media/c-small.jpg", tapes.get("photo-c.png"),
              base + "media/clip-trim.mp4", tapes.get("clip.mp4"));
      assertThat(Set.copyOf(summary.sightings()))
          .isEqualTo(
              expected.entrySet().stream()
                  .map(e -> e.getKey() + " " + e.getValue())
                  .collect(Collectors.toSet()));
      // The relation the detector gives each copy, as okju copies would name it.
      Map<String, String> relationByUrl =
          store.webCaptures().records().stream()
              .map(WebCaptures.CapturedRecord::record)
              .filter(r -> r.payloadSha256().isPresent())
              .flatMap(
                  r ->
                      store.webCaptures().matches().stream()
                          .filter(m -> m.media().equals(r.payloadSha256().get()))
                          .map(m -> Map.entry(r.url(), m.relation())))
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
      assertThat(relationByUrl.get(base + "media/clip-trim.mp4")).isEqualTo("trimmed");
      assertThat(relationByUrl.get(base + "media/b-flip.jpg")).isEqualTo("transformed");
      assertThat(relationByUrl)
          .doesNotContainKeys(
              base + "media/holiday-1.jpg",
              base + "media/holiday-2.jpg",
              base + "media/holiday-3.jpg");
    }
  }

  @Test
  void recordsKeepWhatWgetCapturedAndPagesAreLinkedToTheirMedia() throws Exception {
    Path own = MonitorCase.copy(casePath, tmp.resolve("case-records"));
    importInto(own);
    try (CaseStore store = MonitorCase.open(own)) {
      List<WebCaptures.CaptureRecord> records =
          store.webCaptures().records().stream().map(WebCaptures.CapturedRecord::record).toList();
      WebCaptures.CaptureRecord flip =
          records.stream()
              .filter(r -> r.url().equals(base + "media/b-flip.jpg"))
              .findFirst()
              .orElseThrow();
      assertThat(flip.type()).isEqualTo("response");
      assertThat(flip.httpStatus()).hasValue(200);
      assertThat(flip.serverIp()).hasValue("127.0.0.1");
      assertThat(flip.kind()).isEqualTo("image");
      assertThat(flip.contentType()).hasValue("image/jpeg");
      assertThat(flip.payloadSha256().orElseThrow().toHex())
          .isEqualTo(sha256(Files.readAllBytes(tmp.resolve("site/media/b-flip.jpg"))));
      assertThat(flip.payloadDigest().orElseThrow()).startsWith("sha1:");
      assertThat(records)
          .filteredOn(r -> r.url().equals(base + "media/clip-trim.mp4"))
          .extracting(WebCaptures.CaptureRecord::kind)
          .containsOnly("video");
      assertThat(records)
          .filteredOn(r -> r.url().equals(base + "gallery.html"))
          .extracting(WebCaptures.CaptureRecord::kind)
          .containsOnly("page");
      Set<String> links =
          store.webCaptures().links().stream()
              .map(WebCaptures.CapturedLink::link)
              .map(l -> l.pageUrl() + " " + l.relation() + " " + l.mediaUrl())
              .collect(Collectors.toSet());
      assertThat(links)
          .contains(
              base + " og:image " + base + "media/a-letterbox.jpg",
              base + "gallery.html img " + base + "media/a-letterbox.jpg",
              base + "gallery.html img " + base + "media/b-flip.jpg",
              base + "gallery.html a " + base + "media/c-small.jpg",
              base + "videos.html source " + base + "media/clip-trim.mp4",
              base + "videos.html poster " + base + "media/holiday-3.jpg");
    }
  }

  @Test
  void theCaptureFileIsTheEvidenceAndReimportingItChangesNothing() throws Exception {
    Path own = MonitorCase.copy(casePath, tmp.resolve("case-again"));
    byte[] before = Files.readAllBytes(warc);
    ImportSummary first = importInto(own);
    assertThat(Files.readAllBytes(warc)).isEqualTo(before);
    List<String> rowsAfterFirst;
    List<CustodyEntry> logAfterFirst;
    try (CaseStore store = MonitorCase.open(own)) {
      rowsAfterFirst = rows(store);
      try (Stream<CustodyEntry> s = store.custody().stream()) {
        logAfterFirst = s.toList();
      }
      CustodyEntry entry = logAfterFirst.get(logAfterFirst.size() - 1);
      assertThat(entry.action()).isEqualTo(CaptureImport.ACTION);
      assertThat(entry.inputs().get("capture").toHex()).isEqualTo(sha256(before));
      assertThat(entry.parametersJson()).contains("sighting_records", "\"offset\"");
      // Media bytes are never stored in the case: the capture file holds them.
      assertThat(Files.size(own.resolve("case.db"))).isLessThan(before.length * 4L + 2_000_000);
    }
    ImportSummary again = importInto(own);
    assertThat(first.alreadyImported()).isFalse();
    assertThat(again.alreadyImported()).isTrue();
    try (CaseStore store = MonitorCase.open(own)) {
      assertThat(rows(store)).isEqualTo(rowsAfterFirst);
      try (Stream<CustodyEntry> s = store.custody().stream()) {
        assertThat(s.count()).isEqualTo(logAfterFirst.size());
      }
    }
  }

  private static List<String> rows(CaseStore store) {
    return Stream.of(
            store.webCaptures().captures().stream().map(Object::toString),
            store.webCaptures().records().stream().map(Object::toString),
            store.webCaptures().links().stream().map(Object::toString),
            store.webCaptures().matches().stream().map(Object::toString),
            store.webCaptures().allMedia().stream().map(m -> m.sha256().toHex()))
        .flatMap(s -> s)
        .toList();
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
