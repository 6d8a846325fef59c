package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web-capture and takedown aggregates on a real database (SQLite and PostgreSQL). */
abstract class MonitorContract {
  static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456789Z");
  static final Instant T1 = Instant.parse("2025-03-08T10:00:00Z");

  @TempDir Path tmp;

  abstract Backend backend();

  CaseStore open() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    return CaseStore.open(c -> c.location(location).keyDirectory(tmp));
  }

  static Sha256 sha(int n) {
    return CaseStoreContract.digests(n).sha256().orElseThrow();
  }

  static WebCaptures.NewCapture capture(int n) {
    return new WebCaptures.NewCapture(
        sha(n),
        "site-" + n + ".warc.gz",
        "warc",
        "crawl-" + n,
        1234,
        T0,
        "inv1",
        2,
        1,
        Optional.of(T0),
        Optional.of(T1));
  }

  static WebCaptures.CaptureRecord record(
      long offset, String url, int status, Optional<Sha256> payload) {
    return new WebCaptures.CaptureRecord(
        "",
        offset,
        Optional.of("<urn:uuid:" + offset + ">"),
        "response",
        url,
        T0,
        OptionalInt.of(status),
        Optional.of("127.0.0.1"),
        Optional.of("image/jpeg"),
        Optional.empty(),
        Optional.of("sha1:AAAA"),
        payload,
        payload.isPresent() ? 10 : 0,
        payload.isPresent() ? "image" : "none",
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void aCaptureIsStoredWithEverythingReadFromItAndOnlyOnce() throws Exception {
    try (CaseStore store = open()) {
      ItemId item = CopiesContract.item(store, "a.jpg", 1);
      Sha256 media = sha(7);
      WebCaptures.Media m =
          new WebCaptures.Media(
              media,
              Md5.parse("0".repeat(32)),
              Sha1.parse("1".repeat(40)),
              10,
              "image",
              Optional.of(PdqHex.parse("a".repeat(64))),
              OptionalInt.of(88),
              Optional.empty());
      long id =
          store
              .webCaptures()
              .putCapture(
                  capture(1),
                  new WebCaptures.Content(
                      List.of(
                          record(0, "http://x.test/a.jpg", 200, Optional.of(media)),
                          record(900, "http://x.test/gone.jpg", 404, Optional.empty())),
                      List.of(new WebCaptures.Link("http://x.test/", "http://x.test/a.jpg", "img")),
                      List.of(
                          new WebCaptures.Problem(
                              "", 900, ErrorSeverity.WARNING, "bad-html", "not HTML")),
                      List.of(m),
                      List.of(
                          new WebCaptures.Match(
                              media, item, "re-encoded", "{\"distance\":4}", 252))));

      assertThat(store.webCaptures().capture(sha(1))).map(WebCaptures.Capture::id).contains(id);
      assertThat(store.webCaptures().captures())
          .singleElement()
          .satisfies(c -> assertThat(c.capture()).isEqualTo(capture(1)));
      assertThat(store.webCaptures().records())
          .extracting(WebCaptures.CapturedRecord::record)
          .containsExactly(
              record(0, "http://x.test/a.jpg", 200, Optional.of(media)),
              record(900, "http://x.test/gone.jpg", 404, Optional.empty()));
      assertThat(store.webCaptures().records()).allMatch(r -> r.crawl().equals("crawl-1"));
      assertThat(store.webCaptures().links())
          .extracting(WebCaptures.CapturedLink::link)
          .containsExactly(new WebCaptures.Link("http://x.test/", "http://x.test/a.jpg", "img"));
      assertThat(store.webCaptures().problems(id))
          .extracting(WebCaptures.Problem::kind)
          .containsExactly("bad-html");
      assertThat(store.webCaptures().media(media)).contains(m);
      assertThat(store.webCaptures().matches())
          .singleElement()
          .satisfies(x -> assertThat(x.item()).isEqualTo(item));
      assertThatThrownBy(
              () ->
                  store
                      .webCaptures()
                      .putCapture(
                          capture(1),
                          new WebCaptures.Content(
                              List.of(), List.of(), List.of(), List.of(), List.of())))
          .isInstanceOf(IllegalArgumentException.class);
      // The same media again (from another capture) keeps the first row.
      store.webCaptures().putMedia(List.of(m));
      assertThat(store.webCaptures().allMedia()).containsExactly(m);
    }
  }

  @Test
  void settingsNoticesReviewsAndTheNegativeBankAreKept() throws Exception {
    try (CaseStore store = open()) {
      Takedowns t = store.takedowns();
      assertThat(t.setting("platforms")).isEmpty();
      t.putSetting("platforms", "a: 1");
      t.putSetting("platforms", "a: 2");
      assertThat(t.setting("platforms")).contains("a: 2");

      Takedowns.SightingKey k = new Takedowns.SightingKey("http://x.test/a.jpg", "T-001");
      long notice =
          t.putNotice(
              new Takedowns.Notice(0, "x.test", "kr", "html", sha(3), T0, "inv1", List.of(k)));
      assertThat(t.notices())
          .singleElement()
          .satisfies(
              n -> {
                assertThat(n.id()).isEqualTo(notice);
                assertThat(n.sightings()).containsExactly(k);
                assertThat(n.writtenAt()).isEqualTo(T0);
              });
      t.putNotified(List.of(new Takedowns.Notified(k, "x.test", T1, "inv1")));
      t.putNotified(List.of(new Takedowns.Notified(k, "x.test", T1, "inv1")));
      assertThat(t.notified()).hasSize(1);

      t.putReview(new Takedowns.Review(k, "confirmed", "inv1", T0, ""));
      t.putReview(new Takedowns.Review(k, "rejected", "inv2", T1, "a different picture"));
      assertThat(t.reviews())
          .singleElement()
          .satisfies(r -> assertThat(r.decision()).isEqualTo("rejected"));

      Takedowns.NegativeHash neg =
          new Takedowns.NegativeHash("pdq", "f".repeat(64), "partner-false", "ncmec", T0, "inv1");
      assertThat(t.addNegative(List.of(neg, neg))).isEqualTo(1);
      assertThat(t.negatives()).containsExactly(neg);

      t.putTapeVictim("T-002", "V-001", "inv1", T0);
      t.putTapeVictim("T-002", "V-001", "inv1", T1);
      assertThat(t.tapeVictims()).containsExactly(java.util.Map.entry("T-002", List.of("V-001")));
    }
  }
}
