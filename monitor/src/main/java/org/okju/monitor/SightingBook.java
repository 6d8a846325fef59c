package org.okju.monitor;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.okju.casefile.CaseData;
import org.okju.casefile.Sha256;
import org.okju.casefile.Takedowns;
import org.okju.casefile.WebCaptures;

/**
 * Every sighting of the case with its state, computed from what the captures hold (never stored, so
 * it is the same whatever order the captures were imported in): for each media URL that served a
 * copy of a tape, what each crawl saw, in capture-time order.
 *
 * <p>A crawl sees the copy <b>up</b> when the URL serves it (after the crawl's own redirects) and
 * some captured page shows it, or the pages that last showed it were not captured this time (sites
 * re-paginate: a copy still served and shown on another page is up). It sees it <b>gone</b> on a
 * 404 or 410, when the URL serves something else, or when the pages that showed it were captured
 * and none (nor any other page) shows it any more. Anything else (a 5xx, a 403, a URL the crawl did
 * not reach) says nothing.
 *
 * <p>States: {@code removed} when the last crawl that looked saw it gone (with the interval between
 * the last capture that saw it and the first that did not); else {@code overdue} when it was
 * notified and a capture past the platform's deadline still saw it; else {@code notified} when a
 * notice was sent during its current stay online; else {@code reappeared} when it came back after
 * removal, at the same URL or (the tape found again) at a new URL after another copy of the tape
 * was removed; else {@code found}. Overdue needs a capture as proof, so it follows the evidence,
 * not the clock. Stateless.
 */
public final class SightingBook {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SightingBook() {}

  /** The case's sightings, by platform, URL and tape. */
  public static List<Sighting> of(CaseData store, Platforms platforms) {
    CaptureHistory history = CaptureHistory.of(store);
    TapeIndex tapes = TapeIndex.of(store);
    Map<String, Takedowns.Review> reviews = new HashMap<>();
    store.takedowns().reviews().forEach(r -> reviews.put(key(r.sighting()), r));
    Map<String, List<Instant>> notices = new HashMap<>();
    for (Takedowns.Notified n : store.takedowns().notified()) {
      notices.computeIfAbsent(key(n.sighting()), k -> new ArrayList<>()).add(n.sentAt());
    }
    // Every (URL, tape) some crawl saw served, with its best match.
    Map<String, Timeline> timelines = new TreeMap<>();
    for (CaptureHistory.Crawl crawl : history.crawls()) {
      for (String url : crawl.records().keySet()) {
        crawl.finalRecord(url).ifPresent(r -> served(history, tapes, r, url, timelines));
      }
    }
    timelines.values().removeIf(t -> isRejected(reviews, t));
    for (Timeline t : timelines.values()) {
      t.observe(history);
    }
    Map<String, List<Timeline>> byTape = new HashMap<>();
    timelines.values().forEach(t -> byTape.computeIfAbsent(t.tape, k -> new ArrayList<>()).add(t));
    List<Sighting> out = new ArrayList<>();
    for (Timeline t : timelines.values()) {
      if (t.observations.stream().noneMatch(Sighting.Observation::up)) {
        continue;
      }
      Platform platform = platforms.of(t.url);
      Takedowns.Review review = reviews.get(t.url + " " + t.tape);
      out.add(
          t.sighting(
              platform,
              notices.getOrDefault(t.url + " " + t.tape, List.of()),
              byTape.get(t.tape),
              history,
              review != null && review.decision().equals("confirmed")));
    }
    out.sort(
        Comparator.comparing(Sighting::platform)
            .thenComparing(Sighting::url)
            .thenComparing(Sighting::tape));
    return out;
  }

  private static boolean isRejected(Map<String, Takedowns.Review> reviews, Timeline t) {
    Takedowns.Review r = reviews.get(t.url + " " + t.tape);
    return r != null && r.decision().equals("rejected");
  }

  private static String key(Takedowns.SightingKey k) {
    return k.url() + " " + k.tape();
  }

  /** Registers the tapes the record (reached from {@code url}) serves a copy of. */
  private static void served(
      CaptureHistory history,
      TapeIndex tapes,
      WebCaptures.CaptureRecord r,
      String url,
      Map<String, Timeline> timelines) {
    if (r.servedSha256().isEmpty()
        || r.httpStatus().orElse(200) >= 300
        || StreamEvidence.partOf(r)) {
      return;
    }
    for (WebCaptures.Match m : history.matches(r.servedSha256().get())) {
      for (String tape : tapes.tapesByItem().getOrDefault(m.item().value(), List.of())) {
        Timeline t =
            timelines.computeIfAbsent(
                url + " " + tape, k -> new Timeline(url, tape, tapes.itemsOf(tape)));
        if (t.best == null || m.weight() > t.best.weight()) {
          t.best = m;
        }
      }
    }
  }

  /** What the crawls saw of one (URL, tape). */
  private static final class Timeline {
    final String url;
    final String tape;
    final Set<Long> tapeItems;
    WebCaptures.Match best;
    final List<Sighting.Observation> observations = new ArrayList<>();
    final List<Integer> crawlIndex = new ArrayList<>();
    final Set<String> pages = new TreeSet<>();
    Sha256 lastPayload;
    Optional<Map<String, Object>> lastStream = Optional.empty();

    Timeline(String url, String tape, Set<Long> tapeItems) {
      this.url = url;
      this.tape = tape;
      this.tapeItems = tapeItems;
    }

    void observe(CaptureHistory history) {
      // The pages that showed it the last time any did: where it is now (older pages it has
      // moved off say nothing about it).
      Set<String> shownBefore = new TreeSet<>();
      for (CaptureHistory.Crawl crawl : history.crawls()) {
        Set<String> shownNow = crawl.shownBy().getOrDefault(url, Set.of());
        Optional<WebCaptures.CaptureRecord> r = crawl.finalRecord(url);
        // Pages that showed it before and were captured again: do they still show it?
        Instant unlinkedAt = null;
        if (shownNow.isEmpty()) {
          for (String page : shownBefore) {
            Instant at = crawl.pages().get(page);
            if (at != null && (unlinkedAt == null || at.isAfter(unlinkedAt))) {
              unlinkedAt = at;
            }
          }
        }
        Sighting.Observation o = null;
        if (r.isPresent()) {
          o = observation(history, crawl, r.get(), unlinkedAt);
        } else if (unlinkedAt != null) {
          o =
              new Sighting.Observation(
                  crawl.name(), unlinkedAt, "gone", "unlinked", Optional.empty(), Optional.empty());
        }
        if (o != null) {
          observations.add(o);
          crawlIndex.add(crawl.index());
          if (o.up()) {
            lastPayload = r.get().servedSha256().orElseThrow();
            lastStream = StreamEvidence.of(r.get(), crawl.references().get(r.get().url()));
          }
        }
        pages.addAll(shownNow);
        if (!shownNow.isEmpty()) {
          shownBefore = new TreeSet<>(shownNow);
        }
      }
    }

    private Sighting.Observation observation(
        CaptureHistory history,
        CaptureHistory.Crawl crawl,
        WebCaptures.CaptureRecord r,
        Instant unlinkedAt) {
      Optional<Integer> status =
          r.httpStatus().isPresent() ? Optional.of(r.httpStatus().getAsInt()) : Optional.empty();
      Optional<String> ref = Optional.ofNullable(crawl.references().get(r.url()));
      int code = status.orElse(200);
      if (code == 404 || code == 410) {
        return new Sighting.Observation(
            crawl.name(), r.capturedAt(), "gone", "http-" + code, status, ref);
      }
      if (code >= 300) {
        return null;
      }
      if (StreamEvidence.unassembled(r)) {
        // A playlist whose parts this crawl did not capture says nothing about the video.
        return null;
      }
      if (r.servedSha256().isEmpty() || !serves(history, r.servedSha256().get())) {
        return r.type().equals("revisit") && r.payloadSha256().isEmpty()
            ? null
            : new Sighting.Observation(
                crawl.name(), r.capturedAt(), "gone", "replaced", status, ref);
      }
      if (unlinkedAt != null) {
        // Still served, but no captured page shows it any more.
        return new Sighting.Observation(crawl.name(), unlinkedAt, "gone", "unlinked", status, ref);
      }
      return new Sighting.Observation(crawl.name(), r.capturedAt(), "up", "served", status, ref);
    }

    /** Whether the payload is a copy of a member of this tape. */
    private boolean serves(CaptureHistory history, Sha256 payload) {
      return history.matches(payload).stream().anyMatch(m -> tapeItems.contains(m.item().value()));
    }

    /** The index (into observations) of the first up after the last gone that precedes an up. */
    private int currentRunStart() {
      int start = 0;
      for (int i = 1; i < observations.size(); i++) {
        if (observations.get(i).up() && !observations.get(i - 1).up()) {
          start = i;
        }
      }
      while (start < observations.size() && !observations.get(start).up()) {
        start++;
      }
      return start;
    }

    /** The crawl index of each removal: the first gone after an up. */
    private List<Integer> removals() {
      List<Integer> out = new ArrayList<>();
      for (int i = 1; i < observations.size(); i++) {
        if (!observations.get(i).up() && observations.get(i - 1).up()) {
          out.add(crawlIndex.get(i));
        }
      }
      return out;
    }

    Sighting sighting(
        Platform platform,
        List<Instant> sent,
        List<Timeline> sameTape,
        CaptureHistory history,
        boolean confirmed) {
      List<Sighting.Observation> ups =
          observations.stream().filter(Sighting.Observation::up).toList();
      int last = observations.size() - 1;
      boolean removed = !observations.get(last).up();
      int runStart = currentRunStart();
      Instant runFrom = observations.get(runStart).capturedAt();
      Optional<Instant> removedAfter = Optional.empty();
      Optional<Instant> removedBy = Optional.empty();
      Instant runTo = null;
      if (removed) {
        int lastUp = last;
        while (!observations.get(lastUp).up()) {
          lastUp--;
        }
        removedAfter = Optional.of(observations.get(lastUp).capturedAt());
        removedBy = Optional.of(observations.get(lastUp + 1).capturedAt());
        runTo = removedBy.get();
      }
      Optional<Instant> notified = Optional.empty();
      for (Instant s : sent) {
        boolean inRun = !s.isBefore(runFrom) && (runTo == null || s.isBefore(runTo));
        if (inRun && (notified.isEmpty() || s.isAfter(notified.get()))) {
          notified = Optional.of(s);
        }
      }
      Optional<Instant> deadline =
          notified.map(s -> s.plus(Duration.ofHours(platform.deadlineHours())));
      boolean overdue =
          !removed
              && deadline.isPresent()
              && observations.subList(runStart, observations.size()).stream()
                  .anyMatch(o -> o.up() && o.capturedAt().isAfter(deadline.get()));
      Optional<String> from = reappearedFrom(runStart, sameTape);
      String state =
          removed
              ? "removed"
              : overdue
                  ? "overdue"
                  : notified.isPresent() ? "notified" : from.isPresent() ? "reappeared" : "found";
      return new Sighting(
          url,
          List.copyOf(pages),
          platform.name(),
          platform.category(),
          tape,
          best.relation(),
          withStream(evidence(best.evidence()), lastStream),
          hashes(history),
          ups.get(0).capturedAt(),
          ups.get(ups.size() - 1).capturedAt(),
          state,
          observations,
          removedAfter,
          removedBy,
          notified,
          deadline,
          from,
          confirmed);
    }

    /** The sighting this one's current stay online came back from, if it came back. */
    private Optional<String> reappearedFrom(int runStart, List<Timeline> sameTape) {
      int startCrawl = crawlIndex.get(runStart);
      if (removals().stream().anyMatch(c -> c <= startCrawl)) {
        return Optional.of(url);
      }
      String best = null;
      int bestCrawl = -1;
      for (Timeline other : sameTape) {
        if (other == this || other.crawlIndex.isEmpty()) {
          continue;
        }
        int firstUp = other.firstUpCrawl();
        if (firstUp < 0 || firstUp >= startCrawl) {
          continue;
        }
        for (int removal : other.removals()) {
          if (removal <= startCrawl && removal > bestCrawl) {
            bestCrawl = removal;
            best = other.url;
          }
        }
      }
      return Optional.ofNullable(best);
    }

    private int firstUpCrawl() {
      for (int i = 0; i < observations.size(); i++) {
        if (observations.get(i).up()) {
          return crawlIndex.get(i);
        }
      }
      return -1;
    }

    private Map<String, String> hashes(CaptureHistory history) {
      Map<String, String> out = new LinkedHashMap<>();
      history
          .media(lastPayload)
          .ifPresent(
              m -> {
                out.put("md5", m.md5().toHex());
                out.put("sha256", m.sha256().toHex());
                m.pdq().ifPresent(p -> out.put("pdq", p.toHex()));
                m.framesJson().ifPresent(f -> out.put("vpdq", vpdq(f)));
              });
      if (out.isEmpty()) {
        out.put("sha256", lastPayload.toHex());
      }
      return out;
    }
  }

  /** A video's frame hashes as {@code seconds:hex} separated by spaces. */
  static String vpdq(String framesJson) {
    try {
      List<List<Object>> frames = JSON.readValue(framesJson, new TypeReference<>() {});
      StringBuilder b = new StringBuilder();
      for (List<Object> f : frames) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(f.get(3)).append(':').append(f.get(2));
      }
      return b.toString();
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private static Map<String, Object> withStream(
      Map<String, Object> evidence, Optional<Map<String, Object>> stream) {
    if (stream.isEmpty()) {
      return evidence;
    }
    Map<String, Object> out = new LinkedHashMap<>(evidence);
    out.put("stream", stream.get());
    return out;
  }

  private static Map<String, Object> evidence(String json) {
    try {
      return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (java.io.IOException e) {
      return Map.of("raw", json);
    }
  }
}
