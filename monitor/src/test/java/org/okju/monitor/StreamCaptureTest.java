package org.okju.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcRecord;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.WebCaptures;

/**
 * Videos captured as streams are found: a fictional site serving the case's clip as HLS (MPEG-TS
 * behind a master playlist, and fMP4), as DASH, and as a progressive MP4 fetched in Range pieces,
 * captured by real GNU wget (the playlists and segments listed, as a team captures a player) and,
 * for the 206 pieces wget does not make, by the server's own answers written with jwarc. The
 * sighting is the playlist's, manifest's or ranged URL, shown by its page, its evidence the records
 * it was built from; segments are no sightings; a later crawl where the playlist is gone or lists
 * nothing sees the copy gone; bad playlists and manifests are per-record problems.
 */
class StreamCaptureTest {
  @TempDir static Path tmp;
  static Path casePath;
  static Path site;
  static String base;
  static Path crawl1;
  static Path crawl2;
  static Path ranged;
  static Path rangedPartial;
  static Path bad;
  static Path dedup1;
  static Path dedup2;
  static String tape;

  @BeforeAll
  static void captureTheSite() throws Exception {
    assumeTrue(WgetCapture.installed(), "GNU wget is needed");
    casePath = MonitorCase.build(tmp);
    try (CaseStore store = MonitorCase.open(casePath)) {
      tape = MonitorCase.tapeOf(store).get("clip.mp4");
    }
    site = tmp.resolve("site");
    StreamSite.write(site, tmp.resolve("seized/clip.mp4"));
    try (FolderSite server = new FolderSite(site)) {
      base = server.base();
      List<String> urls = StreamSite.streamUrls(site, base);
      crawl1 = WgetCapture.captureList(urls, tmp, "crawl-1");
      Instant t = Instant.now();
      ranged =
          Warcs.write(
              tmp.resolve("ranged.warc.gz"), true, StreamSite.ranged(base, 3, List.of(0, 1, 2), t));
      rangedPartial =
          Warcs.write(
              tmp.resolve("ranged-partial.warc.gz"),
              true,
              StreamSite.ranged(base, 3, List.of(0, 1), t));
      bad = badCapture(tmp.resolve("bad.warc.gz"), t);
      dedupCrawls(t);
      // The second crawl: the TS stream's playlists are gone (404), the fMP4 playlist lists
      // nothing any more, the DASH video is unchanged.
      try (Stream<Path> files = Files.walk(site.resolve("hls"))) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
      Files.writeString(
          site.resolve("fmp4/index.m3u8"),
          "#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXT-X-ENDLIST\n");
      Thread.sleep(1100); // a later capture time
      crawl2 = WgetCapture.captureList(urls, tmp, "crawl-2");
    }
  }

  private static ImportSummary importInto(Path own, Path capture) throws Exception {
    try (CaseStore store = MonitorCase.open(own)) {
      CaptureImport imp = new CaptureImport(store, MonitorConfig.defaults(), Clock.systemUTC());
      return imp.run(capture, Optional.empty(), imp.matcher(), MonitorCase.USER, "test");
    }
  }

  private static List<Sighting> sightings(Path own) throws Exception {
    try (CaseStore store = MonitorCase.open(own)) {
      return SightingBook.of(store, Platforms.of(store));
    }
  }

  @Test
  void hlsAndDashStreamsAreFoundAtTheirPlaylistsShownByTheirPages() throws Exception {
    Path own = MonitorCase.copy(casePath, tmp.resolve("case-streams"));
    ImportSummary summary = importInto(own, crawl1);
    assertThat(summary.problems()).isEmpty();
    List<Sighting> found = sightings(own);
    assertThat(found.stream().map(s -> s.url() + " " + s.tape()).collect(Collectors.toSet()))
        .isEqualTo(
            Set.of(
                base + "hls/master.m3u8 " + tape,
                base + "fmp4/index.m3u8 " + tape,
                base + "dash/manifest.mpd " + tape,
                base + "single/index.m3u8 " + tape,
                base + "dash1/manifest.mpd " + tape));
    Map<String, Sighting> byUrl = found.stream().collect(Collectors.toMap(Sighting::url, s -> s));
    assertThat(byUrl.get(base + "hls/master.m3u8").pageUrls()).containsExactly(base + "hls.html");
    assertThat(byUrl.get(base + "fmp4/index.m3u8").pageUrls()).containsExactly(base + "fmp4.html");
    assertThat(byUrl.get(base + "dash/manifest.mpd").pageUrls())
        .containsExactly(base + "dash.html");
    assertThat(byUrl.get(base + "single/index.m3u8").pageUrls())
        .containsExactly(base + "single.html");
    assertThat(byUrl.get(base + "dash1/manifest.mpd").pageUrls())
        .containsExactly(base + "dash1.html");
    // The evidence names every record the stream was built from: master, media playlist, segments.
    @SuppressWarnings("unchecked")
    Map<String, Object> hls =
        (Map<String, Object>) byUrl.get(base + "hls/master.m3u8").evidence().get("stream");
    assertThat(hls.get("format")).isEqualTo("hls");
    @SuppressWarnings("unchecked")
    List<String> records = (List<String>) hls.get("records");
    assertThat(records)
        .hasSizeGreaterThanOrEqualTo(2 + 5)
        .allMatch(r -> r.startsWith("crawl-1.warc.gz@"));
    assertThat(((Number) hls.get("segments")).longValue()).isEqualTo(records.size() - 2);
    assertThat(byUrl.get(base + "hls/master.m3u8").hashes()).containsKey("vpdq");
    try (CaseStore store = MonitorCase.open(own)) {
      // The segments are records like any other, and no sighting of their own.
      List<WebCaptures.CaptureRecord> rows =
          store.webCaptures().records().stream().map(WebCaptures.CapturedRecord::record).toList();
      assertThat(rows)
          .filteredOn(r -> r.url().endsWith(".ts"))
          .hasSizeGreaterThanOrEqualTo(5)
          .allMatch(r -> r.streamSha256().isEmpty());
      assertThat(summary.sightings())
          .noneMatch(s -> s.contains(".ts ") || s.contains(".m4s ") || s.contains("stream0.mp4 "));
      List<CustodyEntry> log;
      try (Stream<CustodyEntry> s = store.custody().stream()) {
        log = s.toList();
      }
      String entry = log.get(log.size() - 1).parametersJson();
      assertThat(entry).contains("\"stream_sha256\"", "seg000.ts", "chunk-stream0-00001.m4s");
    }
  }

  @Test
  void aStreamInsideAWaczIsFoundWithItsRecordsNamedInsideIt() throws Exception {
    // Browsertrix's package: the WARC stored under archive/, read in place.
    byte[] warc = Files.readAllBytes(crawl1);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      java.util.zip.ZipEntry e = new java.util.zip.ZipEntry("archive/data.warc.gz");
      e.setMethod(java.util.zip.ZipEntry.STORED);
      e.setSize(warc.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(warc);
      e.setCrc(crc.getValue());
      zip.putNextEntry(e);
      zip.write(warc);
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("datapackage.json"));
      zip.write(StreamSite.utf8("{\"profile\":\"data-package\",\"resources\":[]}"));
      zip.closeEntry();
    }
    Path wacz = Files.write(tmp.resolve("crawl-w.wacz"), bytes.toByteArray());
    Path own = MonitorCase.copy(casePath, tmp.resolve("case-wacz"));
    ImportSummary summary = importInto(own, wacz);
    assertThat(summary.format()).isEqualTo("wacz");
    Sighting dash =
        sightings(own).stream()
            .filter(s -> s.url().equals(base + "dash/manifest.mpd"))
            .findFirst()
            .orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Object> stream = (Map<String, Object>) dash.evidence().get("stream");
    assertThat(stream.get("format")).isEqualTo("dash");
    @SuppressWarnings("unchecked")
    List<String> records = (List<String>) stream.get("records");
    assertThat(records)
        .hasSizeGreaterThanOrEqualTo(1 + 1 + 5)
        .allMatch(r -> r.startsWith("crawl-w.wacz!archive/data.warc.gz@"));
  }

  @Test
  void aVideoFetchedInRangePiecesIsStitchedAndAPartialOneSaysSo() throws Exception {
    Path own = MonitorCase.copy(casePath, tmp.resolve("case-ranged"));
    ImportSummary summary = importInto(own, ranged);
    assertThat(summary.problems()).isEmpty();
    List<Sighting> found = sightings(own);
    assertThat(found).extracting(Sighting::url).containsExactly(base + "ranged/clip.mp4");
    assertThat(found.get(0).tape()).isEqualTo(tape);
    assertThat(found.get(0).pageUrls()).containsExactly(base + "ranged.html");
    @SuppressWarnings("unchecked")
    Map<String, Object> stream = (Map<String, Object>) found.get(0).evidence().get("stream");
    assertThat(stream.get("format")).isEqualTo("ranges");
    assertThat((List<?>) stream.get("records")).hasSize(3);

    Path partial = MonitorCase.copy(casePath, tmp.resolve("case-ranged-partial"));
    ImportSummary p = importInto(partial, rangedPartial);
    assertThat(p.problems()).extracting(WebCaptures.Problem::kind).contains("partial-capture");
  }

  @Test
  void aLaterCrawlWhereThePlaylistIsGoneOrEmptySeesTheCopyGone() throws Exception {
    Path own = MonitorCase.copy(casePath, tmp.resolve("case-lifecycle"));
    importInto(own, crawl1);
    importInto(own, crawl2);
    Map<String, Sighting> byUrl =
        sightings(own).stream().collect(Collectors.toMap(Sighting::url, s -> s));
    assertThat(byUrl.get(base + "hls/master.m3u8").state()).isEqualTo("removed");
    assertThat(byUrl.get(base + "hls/master.m3u8").observations().get(1).reason())
        .isEqualTo("http-404");
    assertThat(byUrl.get(base + "fmp4/index.m3u8").state()).isEqualTo("removed");
    assertThat(byUrl.get(base + "fmp4/index.m3u8").observations().get(1).reason())
        .isEqualTo("replaced");
    assertThat(byUrl.get(base + "dash/manifest.mpd").state()).isEqualTo("found");
    assertThat(byUrl.get(base + "dash/manifest.mpd").observations())
        .extracting(Sighting.Observation::seen)
        .containsExactly("up", "up");
  }

  @Test
  void badPlaylistsAndManifestsAreProblemsAndTheImportGoesOn() throws Exception {
    Path own = MonitorCase.copy(casePath, tmp.resolve("case-bad"));
    ImportSummary summary = importInto(own, bad);
    assertThat(summary.problems())
        .extracting(WebCaptures.Problem::kind)
        .contains(
            "not-a-playlist",
            "playlist-loop",
            "undecodable-video",
            "stream-too-long",
            "not-a-manifest",
            "stream-incomplete");
    // The good stream in the same capture is found all the same (from its captured segments).
    assertThat(sightings(own))
        .extracting(Sighting::url)
        .contains("http://bad.example/good/index.m3u8");
  }

  /**
   * Two crawls of a TS stream as a deduplicating crawler writes them: the second holds the page and
   * playlist again and every segment as a revisit of the first crawl's record.
   */
  private static void dedupCrawls(Instant t) throws Exception {
    String b = "http://dedup.example/";
    Path ts = site.resolve("hls/ts");
    byte[] playlist = Files.readAllBytes(ts.resolve("index.m3u8"));
    byte[] page = StreamSite.utf8("<html><body><video src=\"v/index.m3u8\"></video></body></html>");
    List<String> segments =
        Files.readAllLines(ts.resolve("index.m3u8")).stream()
            .filter(l -> l.endsWith(".ts"))
            .toList();
    List<WarcRecord> first = new ArrayList<>();
    List<WarcRecord> second = new ArrayList<>();
    Instant later = t.plusSeconds(86_400);
    first.add(Warcs.response(b + "watch.html", "text/html", page, t));
    first.add(Warcs.response(b + "v/index.m3u8", "application/vnd.apple.mpegurl", playlist, t));
    second.add(Warcs.response(b + "watch.html", "text/html", page, later));
    second.add(
        Warcs.response(b + "v/index.m3u8", "application/vnd.apple.mpegurl", playlist, later));
    for (String s : segments) {
      org.netpreserve.jwarc.WarcResponse r =
          Warcs.response(b + "v/" + s, "video/mp2t", Files.readAllBytes(ts.resolve(s)), t);
      first.add(r);
      second.add(
          new org.netpreserve.jwarc.WarcRevisit.Builder(
                  java.net.URI.create(b + "v/" + s),
                  java.net.URI.create(
                      "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"))
              .date(later)
              .refersTo(r.id(), java.net.URI.create(b + "v/" + s), t)
              .body(
                  new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                      .addHeader("Content-Type", "video/mp2t")
                      .build())
              .build());
    }
    dedup1 = Warcs.write(tmp.resolve("dedup-1.warc.gz"), true, first);
    dedup2 = Warcs.write(tmp.resolve("dedup-2.warc.gz"), true, second);
  }

  @Test
  void aStreamWhoseSegmentsAreRevisitsOfAnEarlierCrawlIsStillUp() throws Exception {
    Path own = MonitorCase.copy(casePath, tmp.resolve("case-dedup"));
    importInto(own, dedup1);
    ImportSummary second = importInto(own, dedup2);
    assertThat(second.problems()).isEmpty();
    Sighting s =
        sightings(own).stream()
            .filter(x -> x.url().equals("http://dedup.example/v/index.m3u8"))
            .findFirst()
            .orElseThrow();
    assertThat(s.observations()).extracting(Sighting.Observation::seen).containsExactly("up", "up");
    assertThat(s.pageUrls()).containsExactly("http://dedup.example/watch.html");
  }

  /** A capture of broken streams beside one good one, written with jwarc. */
  private static Path badCapture(Path file, Instant t) throws Exception {
    String b = "http://bad.example/";
    List<WarcRecord> records = new ArrayList<>();
    records.add(
        Warcs.response(
            b + "nothing.m3u8",
            "application/vnd.apple.mpegurl",
            StreamSite.utf8("#EXTM3U\nthis is no playlist at all\n"),
            t));
    records.add(
        Warcs.response(
            b + "loop/master.m3u8",
            "application/vnd.apple.mpegurl",
            StreamSite.utf8("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nmaster.m3u8\n"),
            t));
    records.add(
        Warcs.response(
            b + "self/index.m3u8",
            "application/vnd.apple.mpegurl",
            StreamSite.utf8("#EXTM3U\n#EXTINF:2,\nindex.m3u8\n#EXT-X-ENDLIST\n"),
            t));
    // Segments that look like MPEG-TS (sync bytes every 188) and hold no video.
    byte[] junk = new byte[188 * 40];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 188 == 0 ? 0x47 : (i * 31) & 0xff);
    }
    records.add(
        Warcs.response(
            b + "junk/index.m3u8",
            "application/vnd.apple.mpegurl",
            StreamSite.utf8("#EXTM3U\n#EXTINF:2,\na.ts\n#EXTINF:2,\nb.ts\n#EXT-X-ENDLIST\n"),
            t));
    records.add(Warcs.response(b + "junk/a.ts", "video/mp2t", junk, t));
    byte[] junk2 = junk.clone();
    junk2[1] = 1;
    records.add(Warcs.response(b + "junk/b.ts", "video/mp2t", junk2, t));
    records.add(
        Warcs.response(
            b + "huge.mpd",
            "application/dash+xml",
            StreamSite.utf8(
                "<?xml version=\"1.0\"?><MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\""
                    + " mediaPresentationDuration=\"PT100000000S\"><Period><AdaptationSet"
                    + " contentType=\"video\"><Representation id=\"v\" bandwidth=\"1\">"
                    + "<SegmentTemplate media=\"s$Number$.m4s\" duration=\"1\"/>"
                    + "</Representation></AdaptationSet></Period></MPD>"),
            t));
    records.add(
        Warcs.response(
            b + "broken.mpd",
            "application/dash+xml",
            StreamSite.utf8("<?xml version=\"1.0\"?><MPD><Period>"),
            t));
    // The good stream: the TS playlist and its segments, the last segment missing.
    List<String> lines = Files.readAllLines(site.resolve("hls/ts/index.m3u8"));
    records.add(
        Warcs.response(
            b + "good/index.m3u8",
            "application/vnd.apple.mpegurl",
            Files.readAllBytes(site.resolve("hls/ts/index.m3u8")),
            t));
    List<String> segments = lines.stream().filter(l -> l.endsWith(".ts")).toList();
    for (String s : segments.subList(0, segments.size() - 1)) {
      records.add(
          Warcs.response(
              b + "good/" + s, "video/mp2t", Files.readAllBytes(site.resolve("hls/ts/" + s)), t));
    }
    return Warcs.write(file, true, records);
  }
}
