package org.okju.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;
import org.okju.casefile.WebCaptures;
import org.okju.copies.CaseCopies;
import org.okju.copies.CopyLookup;
import org.okju.copies.GroupingSettings;
import org.okju.copies.PictureMatchPolicy;
import org.okju.fingerprint.crash.CrashJournal;

/**
 * {@code okju monitor import}: reads a capture (WARC, WACZ, folder), fingerprints its images and
 * videos in memory and looks them up among the case's media with copy grouping's detector, links
 * media to the pages that show them, and stores it all in one transaction; the capture's SHA-256
 * and the digest of its record index (every record's offset, URL and payload digest) go into the
 * custody log ({@code capture-imported}). A capture already imported (same SHA-256) changes
 * nothing. Not thread-safe (one import at a time per case); fingerprinting runs on every core.
 */
public final class CaptureImport {
  /** The custody action of an import. */
  public static final String ACTION = "capture-imported";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseStore store;
  private final MonitorConfig config;
  private final Clock clock;

  public CaptureImport(CaseStore store, MonitorConfig config, Clock clock) {
    this.store = store;
    this.config = config;
    this.clock = clock;
  }

  /** Thrown when the case has no tapes yet: there is nothing to look copies up in. */
  public static final class NoTapesException extends Exception {
    private static final long serialVersionUID = 1L;

    NoTapesException() {
      super("the case has no tapes: run okju copies first");
    }
  }

  /** The detector over the case's media, built once for several captures. */
  public WebMatcherHandle matcher() throws NoTapesException {
    if (store.copies().tapes().isEmpty()) {
      throw new NoTapesException();
    }
    // The settings and picture policy okju copies groups the case with, and the case's thumbnails.
    CaseCopies copies = new CaseCopies(store, GroupingSettings.DEFAULT);
    CopyLookup lookup =
        CopyLookup.of(
            copies.load(),
            GroupingSettings.DEFAULT,
            PictureMatchPolicy.DEFAULT,
            copies.thumbnailSource());
    return new WebMatcherHandle(
        new WebMatcher(lookup, NegativeBank.of(store.takedowns().negatives())));
  }

  /** The case's detector, opaque to callers. */
  public static final class WebMatcherHandle {
    private final WebMatcher matcher;

    WebMatcherHandle(WebMatcher matcher) {
      this.matcher = matcher;
    }
  }

  /**
   * Imports the capture at {@code path} into crawl {@code crawl} (default: its name without
   * extensions).
   *
   * @throws IOException when the capture cannot be opened at all (a per-record failure is a problem
   *     in the summary instead)
   */
  public ImportSummary run(
      Path path, Optional<String> crawl, WebMatcherHandle matcher, String user, String okjuVersion)
      throws IOException {
    long started = System.nanoTime();
    try (CaptureSource source = CaptureSource.open(path, config.keepLimit())) {
      Sha256 sha = source.sha256();
      String crawlName = crawl.orElse(defaultCrawl(source.name()));
      Optional<WebCaptures.Capture> known = store.webCaptures().capture(sha);
      if (known.isPresent()) {
        ensureLogged(known.get(), source.container(), user, okjuVersion);
        return new ImportSummary(
            source.name(),
            source.container(),
            known.get().capture().crawl(),
            sha,
            true,
            known.get().capture().recordCount(),
            Map.of(),
            0,
            0,
            List.of(),
            List.of(),
            0,
            seconds(started),
            source.atimePreserved());
      }
      Set<Sha256> existing = existingMedia();
      // Decoders run natively on the captured bodies: the journal lets the rerun of an import that
      // one of them crashed record the error and go on (the case's crash journal; README, Ingest).
      try (CrashJournal journal =
          CrashJournal.open(store.location().localWorkDirectory().resolve("crash-journal"))) {
        CaptureReading reading = new CaptureReading(matcher.matcher, config, existing, journal);
        reading.read(source);
        RecordRows rows = new RecordRows(store.webCaptures(), reading);
        List<WebCaptures.CaptureRecord> records;
        List<WebCaptures.Problem> streamProblems;
        try {
          Set<Sha256> hashed = new java.util.HashSet<>(existing);
          reading.media().forEach(m -> hashed.add(m.sha256()));
          StreamAssembly streams =
              new StreamAssembly(
                  rows.records(), reading.hold(), reading::fingerprint, hashed, this::compositions);
          records = streams.run();
          streamProblems = streams.problems();
        } finally {
          reading.finish();
        }
        List<WebCaptures.Problem> problems = new ArrayList<>(reading.problems());
        problems.addAll(rows.problems());
        problems.addAll(streamProblems);
        problems.sort(
            (a, b) ->
                a.member().equals(b.member())
                    ? Long.compare(a.offset(), b.offset())
                    : a.member().compareTo(b.member()));
        Optional<Instant> first =
            records.stream().map(WebCaptures.CaptureRecord::capturedAt).min(Instant::compareTo);
        Optional<Instant> last =
            records.stream().map(WebCaptures.CaptureRecord::capturedAt).max(Instant::compareTo);
        WebCaptures.NewCapture capture =
            new WebCaptures.NewCapture(
                sha,
                source.name(),
                source.format(),
                crawlName,
                source.size(),
                clock.instant(),
                user,
                records.size(),
                problems.size(),
                first,
                last);
        List<WebCaptures.Match> matches = reading.matches();
        store
            .webCaptures()
            .putCapture(
                capture,
                new WebCaptures.Content(records, rows.links(), problems, reading.media(), matches));
        List<String> sightings = sightings(records, matches);
        log(
            capture,
            source.container(),
            records,
            sightings,
            source.atimePreserved(),
            user,
            okjuVersion);
        Map<String, Long> byKind = new TreeMap<>();
        records.forEach(r -> byKind.merge(r.kind(), 1L, Long::sum));
        return new ImportSummary(
            source.name(),
            source.container(),
            crawlName,
            sha,
            false,
            records.size(),
            byKind,
            reading.media().size(),
            matches.stream().map(WebCaptures.Match::media).distinct().count(),
            sightings,
            problems,
            reading.payloadBytes(),
            seconds(started),
            source.atimePreserved());
      }
    }
  }

  private Set<Sha256> existingMedia() {
    Set<Sha256> out = new java.util.HashSet<>();
    store.webCaptures().allMedia().forEach(m -> out.add(m.sha256()));
    return out;
  }

  /** The streams earlier imports reassembled, by the composition of their parts. */
  private Map<String, Sha256> compositions() {
    Map<String, Sha256> out = new HashMap<>();
    for (WebCaptures.CapturedRecord c : store.webCaptures().records()) {
      WebCaptures.CaptureRecord r = c.record();
      if (r.streamSha256().isEmpty() || r.streamParts().isEmpty()) {
        continue;
      }
      try {
        com.fasterxml.jackson.databind.JsonNode parts = JSON.readTree(r.streamParts().get());
        if (parts.hasNonNull("composition")) {
          out.putIfAbsent(parts.get("composition").asText(), r.streamSha256().get());
        }
      } catch (IOException e) {
        // a row this version did not write: no composition to reuse
      }
    }
    return out;
  }

  /** {@code site-2024-05.warc.gz} → {@code site-2024-05}. */
  static String defaultCrawl(String name) {
    String n = name;
    for (String ext : List.of(".gz", ".warc", ".wacz", ".arc")) {
      if (n.toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
        n = n.substring(0, n.length() - ext.length());
      }
    }
    return n.isEmpty() ? name : n;
  }

  /** The (URL, tape) pairs the records show, in record order. */
  private List<String> sightings(
      List<WebCaptures.CaptureRecord> records, List<WebCaptures.Match> matches) {
    Map<Sha256, List<Long>> items = new HashMap<>();
    for (WebCaptures.Match m : matches) {
      items.computeIfAbsent(m.media(), k -> new ArrayList<>()).add(m.item().value());
    }
    // Matches stored by earlier imports count too (the same payload seen again).
    for (WebCaptures.Match m : store.webCaptures().matches()) {
      items.computeIfAbsent(m.media(), k -> new ArrayList<>()).add(m.item().value());
    }
    Map<Long, List<String>> tapes = TapeIndex.of(store).tapesByItem();
    Set<String> out = new LinkedHashSet<>();
    for (WebCaptures.CaptureRecord r : records) {
      if (r.servedSha256().isEmpty() || StreamEvidence.partOf(r)) {
        continue;
      }
      for (long item : items.getOrDefault(r.servedSha256().get(), List.of())) {
        for (String tape : tapes.getOrDefault(item, List.of())) {
          out.add(r.url() + " " + tape);
        }
      }
    }
    return new ArrayList<>(out);
  }

  private void log(
      WebCaptures.NewCapture capture,
      String container,
      List<WebCaptures.CaptureRecord> records,
      List<String> sightings,
      boolean atimePreserved,
      String user,
      String okjuVersion) {
    ObjectNode p = JSON.createObjectNode();
    p.put("capture", capture.name());
    p.put("format", container);
    p.put("crawl", capture.crawl());
    p.put("size", capture.size());
    p.put("records", capture.recordCount());
    p.put("problems", capture.problemCount());
    p.put("atime_preserved", atimePreserved);
    // The records that show a tape, by offset; every other record is bound by the record index.
    ArrayNode seen = p.putArray("sighting_records");
    Set<String> urls = new LinkedHashSet<>();
    sightings.forEach(s -> urls.add(s.substring(0, s.lastIndexOf(' '))));
    for (WebCaptures.CaptureRecord r : records) {
      if (urls.contains(r.url())) {
        ObjectNode o = seen.addObject();
        if (!r.member().isEmpty()) {
          o.put("member", r.member());
        }
        o.put("offset", r.offset());
        o.put("url", r.url());
        r.payloadSha256().ifPresent(h -> o.put("payload_sha256", h.toHex()));
        // A reassembled stream: its digest and the records (with their digests) it was built from.
        r.streamSha256().ifPresent(h -> o.put("stream_sha256", h.toHex()));
        r.streamParts().ifPresent(j -> o.set("stream", streamParts(j)));
      }
    }
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                user,
                ACTION,
                p.toString(),
                Map.of("capture", capture.sha256()),
                Map.of("record-index", RecordIndex.sha256(records)),
                okjuVersion));
  }

  /**
   * A capture stored by an import that was stopped before its custody entry: the entry is written
   * now (from the stored rows), so a rerun leaves the same log as an uninterrupted run.
   */
  private void ensureLogged(
      WebCaptures.Capture capture, String container, String user, String okjuVersion) {
    String hex = capture.capture().sha256().toHex();
    boolean logged;
    try (Stream<CustodyEntry> entries = store.custody().stream()) {
      logged =
          entries.anyMatch(
              e ->
                  e.action().equals(ACTION)
                      && e.inputs().containsKey("capture")
                      && e.inputs().get("capture").toHex().equals(hex));
    }
    if (logged) {
      return;
    }
    List<WebCaptures.CaptureRecord> records = new ArrayList<>();
    for (WebCaptures.CapturedRecord r : store.webCaptures().records()) {
      if (r.captureId() == capture.id()) {
        records.add(r.record());
      }
    }
    List<String> sightings = sightings(records, List.of());
    log(capture.capture(), container, records, sightings, true, user, okjuVersion);
  }

  private static com.fasterxml.jackson.databind.JsonNode streamParts(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(json);
    }
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    Collections.sort(l);
    return l;
  }
}
