package org.okju.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.okju.casefile.CaseData;
import org.okju.casefile.Sha256;
import org.okju.casefile.WebCaptures;

/**
 * The case's captures as crawls in capture-time order: for each crawl, the last record of every URL
 * it captured, which pages it captured and which media URLs each of them shows. Captures given the
 * same crawl name are one crawl; a crawl's time is its first record's, so the order in which
 * captures were imported never matters. Immutable once built.
 */
final class CaptureHistory {
  /**
   * One crawl.
   *
   * @param index its place in capture-time order (0 first)
   * @param records the last record of each URL, by URL
   * @param shownBy for each media URL, the captured pages that embed or link it
   * @param pages the pages captured with a success status, with their capture time
   * @param references where each URL's record is: {@code capture[!member]@offset}
   */
  record Crawl(
      int index,
      String name,
      Instant start,
      Map<String, WebCaptures.CaptureRecord> records,
      Map<String, Set<String>> shownBy,
      Map<String, Instant> pages,
      Map<String, String> references) {
    /** The record {@code url} finally led to, following redirects inside the crawl (5 at most). */
    Optional<WebCaptures.CaptureRecord> finalRecord(String url) {
      WebCaptures.CaptureRecord r = records.get(url);
      for (int hops = 0; r != null && hops < 5; hops++) {
        int status = r.httpStatus().orElse(200);
        if (status < 300 || status >= 400 || r.location().isEmpty()) {
          return Optional.of(r);
        }
        r = records.get(r.location().get());
      }
      return Optional.ofNullable(r);
    }
  }

  private final List<Crawl> crawls;
  private final Map<Sha256, List<WebCaptures.Match>> matches;
  private final Map<Sha256, WebCaptures.Media> media;

  private CaptureHistory(
      List<Crawl> crawls,
      Map<Sha256, List<WebCaptures.Match>> matches,
      Map<Sha256, WebCaptures.Media> media) {
    this.crawls = crawls;
    this.matches = matches;
    this.media = media;
  }

  static CaptureHistory of(CaseData store) {
    Map<Long, String> crawlOfCapture = new HashMap<>();
    Map<Long, String> nameOfCapture = new HashMap<>();
    store
        .webCaptures()
        .captures()
        .forEach(
            c -> {
              crawlOfCapture.put(c.id(), c.capture().crawl());
              nameOfCapture.put(c.id(), c.capture().name());
            });
    Map<String, List<WebCaptures.CapturedRecord>> byCrawl = new TreeMap<>();
    for (WebCaptures.CapturedRecord c : store.webCaptures().records()) {
      byCrawl.computeIfAbsent(c.crawl(), k -> new ArrayList<>()).add(c);
    }
    Map<String, Map<String, Set<String>>> shown = new HashMap<>();
    for (WebCaptures.CapturedLink l : store.webCaptures().links()) {
      shown
          .computeIfAbsent(crawlOfCapture.get(l.captureId()), k -> new HashMap<>())
          .computeIfAbsent(l.link().mediaUrl(), k -> new TreeSet<>())
          .add(l.link().pageUrl());
    }
    List<Crawl> crawls = new ArrayList<>();
    for (Map.Entry<String, List<WebCaptures.CapturedRecord>> e : byCrawl.entrySet()) {
      List<WebCaptures.CapturedRecord> records = new ArrayList<>(e.getValue());
      records.sort(
          Comparator.comparing((WebCaptures.CapturedRecord c) -> c.record().capturedAt())
              .thenComparing(c -> nameOfCapture.get(c.captureId()))
              .thenComparing(c -> c.record().member())
              .thenComparingLong(c -> c.record().offset()));
      Map<String, WebCaptures.CaptureRecord> last = new HashMap<>();
      Map<String, Instant> pages = new HashMap<>();
      Map<String, String> references = new HashMap<>();
      for (WebCaptures.CapturedRecord c : records) {
        WebCaptures.CaptureRecord r = c.record();
        last.put(r.url(), r);
        references.put(
            r.url(),
            nameOfCapture.get(c.captureId())
                + (r.member().isEmpty() ? "" : "!" + r.member())
                + "@"
                + r.offset());
        if (r.kind().equals("page") && r.httpStatus().orElse(200) < 300) {
          pages.put(r.url(), r.capturedAt());
        }
      }
      Instant start = records.isEmpty() ? Instant.EPOCH : records.get(0).record().capturedAt();
      crawls.add(
          new Crawl(
              0,
              e.getKey(),
              start,
              last,
              throughRedirects(shown.getOrDefault(e.getKey(), Map.of()), last),
              pages,
              references));
    }
    crawls.sort(Comparator.comparing(Crawl::start).thenComparing(Crawl::name));
    List<Crawl> indexed = new ArrayList<>();
    for (int i = 0; i < crawls.size(); i++) {
      Crawl c = crawls.get(i);
      indexed.add(
          new Crawl(i, c.name(), c.start(), c.records(), c.shownBy(), c.pages(), c.references()));
    }
    Map<Sha256, List<WebCaptures.Match>> matches = new HashMap<>();
    for (WebCaptures.Match m : store.webCaptures().matches()) {
      matches.computeIfAbsent(m.media(), k -> new ArrayList<>()).add(m);
    }
    Map<Sha256, WebCaptures.Media> media = new HashMap<>();
    store.webCaptures().allMedia().forEach(m -> media.put(m.sha256(), m));
    return new CaptureHistory(List.copyOf(indexed), matches, media);
  }

  /**
   * A page that embeds a URL the crawl saw redirect ({@code <img src="/r/7">} answered 301 to the
   * file) shows every URL along the way too, the file it ends at above all (at most 5 hops, as
   * {@link Crawl#finalRecord}).
   */
  private static Map<String, Set<String>> throughRedirects(
      Map<String, Set<String>> shownBy, Map<String, WebCaptures.CaptureRecord> records) {
    Map<String, Set<String>> out = new HashMap<>();
    shownBy.forEach((url, pages) -> out.put(url, new TreeSet<>(pages)));
    for (Map.Entry<String, Set<String>> e : shownBy.entrySet()) {
      WebCaptures.CaptureRecord r = records.get(e.getKey());
      for (int hops = 0; r != null && hops < 5; hops++) {
        int status = r.httpStatus().orElse(200);
        if (status < 300 || status >= 400 || r.location().isEmpty()) {
          break;
        }
        String target = r.location().get();
        out.computeIfAbsent(target, k -> new TreeSet<>()).addAll(e.getValue());
        r = records.get(target);
      }
    }
    return out;
  }

  /** The crawls, first captured first. */
  List<Crawl> crawls() {
    return crawls;
  }

  /** The case items a payload is a copy of. */
  List<WebCaptures.Match> matches(Sha256 payload) {
    return matches.getOrDefault(payload, List.of());
  }

  /** The fingerprints of a payload. */
  Optional<WebCaptures.Media> media(Sha256 payload) {
    return Optional.ofNullable(media.get(payload));
  }

  /** Every media URL any crawl captured or saw shown. */
  Set<String> urls() {
    Set<String> out = new HashSet<>();
    for (Crawl c : crawls) {
      out.addAll(c.records().keySet());
    }
    return out;
  }
}
