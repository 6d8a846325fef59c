package org.okju.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.Sha256;
import org.okju.casefile.WebCaptures;

/**
 * The rows a capture's records become: each record with what its payload is, a revisit resolved to
 * the record it refers to (by {@code WARC-Refers-To}, else by target URI and date, else by payload
 * digest; in this capture first, then in those imported before), and the links of every page (a
 * revisited page keeps the links of the page it refers to). A revisit pointing nowhere is kept,
 * without a payload, with a warning. Not thread-safe.
 */
final class RecordRows {
  /** What a revisit resolves to. */
  private record Target(
      String recordId, String url, Optional<Sha256> sha256, long size, String kind, long capture) {}

  private final WebCaptures stored;
  private final CaptureReading reading;
  private final List<WebCaptures.Problem> problems = new ArrayList<>();
  private final Set<WebCaptures.Link> links = new LinkedHashSet<>();
  private List<WebCaptures.CapturedRecord> storedRecords;

  RecordRows(WebCaptures stored, CaptureReading reading) {
    this.stored = stored;
    this.reading = reading;
  }

  /** The records as stored, with revisits resolved; links are gathered on the way. */
  List<WebCaptures.CaptureRecord> records() {
    Map<String, Target> byId = new HashMap<>();
    Map<String, Target> byUrlDate = new HashMap<>();
    Map<String, Target> byDigest = new HashMap<>();
    for (ReadRecord r : reading.records()) {
      if (r.payload().isPresent()) {
        Target t = target(r, -1);
        r.recordId().ifPresent(id -> byId.putIfAbsent(id, t));
        byUrlDate.putIfAbsent(r.url() + " " + r.capturedAt(), t);
        r.payloadDigest().ifPresent(d -> byDigest.putIfAbsent(d, t));
      }
    }
    List<WebCaptures.CaptureRecord> out = new ArrayList<>();
    for (ReadRecord r : reading.records()) {
      Optional<String> refersTo = Optional.empty();
      Optional<Sha256> sha = r.payload().map(Payload::sha256);
      long size = r.payload().map(Payload::size).orElse(0L);
      String kind =
          sha.map(h -> reading.kinds().getOrDefault(h, PayloadKind.OTHER).code()).orElse("none");
      if (size == 0 && sha.isPresent()) {
        kind = "none";
      }
      if (r.revisit()) {
        Optional<Target> t = resolve(r, byId, byUrlDate, byDigest);
        if (t.isEmpty()) {
          problems.add(
              new WebCaptures.Problem(
                  r.member(),
                  r.offset(),
                  ErrorSeverity.WARNING,
                  "revisit-unresolved",
                  "the revisit refers to no record in this capture or the case ("
                      + r.refersTo().orElse(r.refersToTarget().orElse("no reference"))
                      + ")"));
        } else {
          refersTo = Optional.of(t.get().recordId());
          sha = t.get().sha256();
          size = t.get().size();
          kind = t.get().kind();
          if (kind.equals("page")) {
            inheritLinks(r.url(), t.get());
          }
        }
      }
      if (kind.equals("page")) {
        List<WebCaptures.Link> parsed = reading.pageLinks().get(r.url());
        if (parsed != null) {
          links.addAll(parsed);
          links.addAll(throughStylesheets(parsed));
        }
      }
      r.pageUrl().ifPresent(page -> links.add(new WebCaptures.Link(page, r.url(), "manifest")));
      out.add(
          new WebCaptures.CaptureRecord(
              r.member(),
              r.offset(),
              r.recordId(),
              r.type(),
              r.url(),
              r.capturedAt(),
              r.status(),
              r.serverIp(),
              r.contentType(),
              r.location(),
              r.payloadDigest(),
              sha,
              size,
              kind,
              refersTo,
              Optional.empty(),
              Optional.empty()));
    }
    return out;
  }

  private Target target(ReadRecord r, long capture) {
    Optional<Sha256> sha = r.payload().map(Payload::sha256);
    long size = r.payload().map(Payload::size).orElse(0L);
    String kind =
        size == 0
            ? "none"
            : reading.kinds().getOrDefault(sha.orElseThrow(), PayloadKind.OTHER).code();
    return new Target(
        r.recordId().orElse(r.url() + " " + r.capturedAt()), r.url(), sha, size, kind, capture);
  }

  private Optional<Target> resolve(
      ReadRecord r,
      Map<String, Target> byId,
      Map<String, Target> byUrlDate,
      Map<String, Target> byDigest) {
    Optional<Target> t = r.refersTo().map(byId::get);
    if (t.isEmpty() && r.refersToTarget().isPresent() && r.refersToDate().isPresent()) {
      t =
          Optional.ofNullable(
              byUrlDate.get(r.refersToTarget().get() + " " + r.refersToDate().get()));
    }
    if (t.isEmpty()) {
      t = r.payloadDigest().map(byDigest::get);
    }
    return t.isPresent() ? t : resolveStored(r);
  }

  /** The same three ways among the records of earlier imports. */
  private Optional<Target> resolveStored(ReadRecord r) {
    if (storedRecords == null) {
      storedRecords = stored.records();
    }
    for (WebCaptures.CapturedRecord c : storedRecords) {
      WebCaptures.CaptureRecord s = c.record();
      if (s.payloadSha256().isEmpty() || s.type().equals("revisit")) {
        continue;
      }
      boolean byId = r.refersTo().isPresent() && r.refersTo().equals(s.recordId());
      boolean byUrlDate =
          r.refersToTarget().isPresent()
              && r.refersToTarget().get().equals(s.url())
              && r.refersToDate().map(d -> d.equals(s.capturedAt())).orElse(false);
      boolean byDigest =
          r.payloadDigest().isPresent() && r.payloadDigest().equals(s.payloadDigest());
      if (byId || byUrlDate || byDigest) {
        return Optional.of(
            new Target(
                s.recordId().orElse(s.url() + " " + s.capturedAt()),
                s.url(),
                s.payloadSha256(),
                s.payloadSize(),
                s.kind(),
                c.captureId()));
      }
    }
    return Optional.empty();
  }

  /**
   * A page shows the backgrounds of the stylesheets it links, as far as this capture holds them
   * (relation {@code css}).
   */
  private List<WebCaptures.Link> throughStylesheets(List<WebCaptures.Link> parsed) {
    List<WebCaptures.Link> out = new ArrayList<>();
    for (WebCaptures.Link l : parsed) {
      if (l.relation().equals("stylesheet")) {
        for (String url : reading.stylesheetUrls().getOrDefault(l.mediaUrl(), List.of())) {
          if (!url.equals(l.pageUrl())) {
            out.add(new WebCaptures.Link(l.pageUrl(), url, "css"));
          }
        }
      }
    }
    return out;
  }

  /** A revisited page shows what the page it refers to showed. */
  private void inheritLinks(String url, Target t) {
    List<WebCaptures.Link> parsed =
        t.capture() < 0 ? reading.pageLinks().get(t.url()) : storedLinks(t.capture(), t.url());
    if (parsed == null) {
      return;
    }
    for (WebCaptures.Link l : parsed) {
      links.add(new WebCaptures.Link(url, l.mediaUrl(), l.relation()));
    }
  }

  private List<WebCaptures.Link> storedLinks(long capture, String page) {
    List<WebCaptures.Link> out = new ArrayList<>();
    for (WebCaptures.CapturedLink l : stored.links()) {
      if (l.captureId() == capture && l.link().pageUrl().equals(page)) {
        out.add(l.link());
      }
    }
    return out;
  }

  /** Every link gathered. */
  List<WebCaptures.Link> links() {
    return new ArrayList<>(links);
  }

  /** Problems found resolving revisits. */
  List<WebCaptures.Problem> problems() {
    return problems;
  }
}
