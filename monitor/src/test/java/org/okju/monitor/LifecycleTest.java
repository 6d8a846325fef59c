package org.okju.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcRecord;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Takedowns;

/**
 * The state of each sighting across crawls of a fictional site (WARCs written with jwarc at
 * controlled capture times): removal by 404, by replacement and by no page showing it any more; a
 * copy moved to another page of the site stays up; overdue after the platform's deadline;
 * reappearance at the same URL and at a new URL; and the order of imports changes nothing.
 */
class LifecycleTest {
  @TempDir static Path tmp;
  static Path casePath;
  static byte[] a;
  static byte[] b;
  static byte[] c;
  static byte[] other;
  static final String SITE = "http://board.example.org/";
  static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");

  @BeforeAll
  static void buildTheCase() throws Exception {
    casePath = MonitorCase.build(tmp);
    a = Files.readAllBytes(tmp.resolve("seized/photo-a.jpg"));
    b = Files.readAllBytes(tmp.resolve("seized/photo-b.jpg"));
    c = Files.readAllBytes(tmp.resolve("seized/photo-c.png"));
    Path o = tmp.resolve("other.jpg");
    MonitorCase.write(MonitorCase.photo(MonitorCase.STRANGERS.get(0)), o);
    other = Files.readAllBytes(o);
  }

  /** A page at {@code path} showing {@code images} (site-relative). */
  static WarcRecord page(String path, Instant at, String... images) throws Exception {
    StringBuilder html = new StringBuilder("<!doctype html><html><body>");
    for (String i : images) {
      html.append("<img src=\"/").append(i).append("\">");
    }
    html.append("</body></html>");
    return Warcs.response(
        SITE + path, "text/html", html.toString().getBytes(StandardCharsets.UTF_8), at);
  }

  static WarcRecord image(String path, byte[] bytes, Instant at) throws Exception {
    return Warcs.response(SITE + path, "image/jpeg", bytes, at);
  }

  static WarcRecord missing(String path, Instant at) throws Exception {
    return Warcs.response(
        SITE + path, 404, "text/html", "<html>gone</html>".getBytes(StandardCharsets.UTF_8), at);
  }

  /** Crawl 1: the gallery shows a, b, c and d (a second copy of b's photo at another URL). */
  static Path crawl1(Path dir) throws Exception {
    return Warcs.write(
        dir.resolve("crawl-1.warc.gz"),
        true,
        List.of(
            page("gallery.html", T1, "a.jpg", "b.jpg", "c.jpg", "d.jpg"),
            image("a.jpg", a, T1.plusSeconds(1)),
            image("b.jpg", b, T1.plusSeconds(2)),
            image("c.jpg", c, T1.plusSeconds(3)),
            image("d.jpg", b, T1.plusSeconds(4))));
  }

  /**
   * Crawl 2 at {@code at}: a is 404; c still served but no page shows it; d moved to page 2; b
   * untouched; the old URL of e serves another picture.
   */
  static Path crawl2(Path dir, Instant at) throws Exception {
    return Warcs.write(
        dir.resolve("crawl-2.warc.gz"),
        true,
        List.of(
            page("gallery.html", at, "b.jpg"),
            page("gallery-2.html", at.plusSeconds(1), "d.jpg"),
            missing("a.jpg", at.plusSeconds(2)),
            image("b.jpg", b, at.plusSeconds(3)),
            image("c.jpg", c, at.plusSeconds(4)),
            image("d.jpg", b, at.plusSeconds(5))));
  }

  /** Crawl 3 at {@code at}: a is back; c's photo at a new URL; b replaced by another picture. */
  static Path crawl3(Path dir, Instant at) throws Exception {
    return Warcs.write(
        dir.resolve("crawl-3.warc.gz"),
        true,
        List.of(
            page("gallery.html", at, "a.jpg", "b.jpg", "new/c2.jpg"),
            page("gallery-2.html", at.plusSeconds(1), "d.jpg"),
            image("a.jpg", a, at.plusSeconds(2)),
            image("b.jpg", other, at.plusSeconds(3)),
            image("new/c2.jpg", c, at.plusSeconds(4)),
            image("d.jpg", b, at.plusSeconds(5))));
  }

  static List<Sighting> importAll(Path own, List<Path> captures) throws Exception {
    try (CaseStore store = MonitorCase.open(own)) {
      CaptureImport imp = new CaptureImport(store, MonitorConfig.defaults(), Clock.systemUTC());
      CaptureImport.WebMatcherHandle m = imp.matcher();
      for (Path p : captures) {
        assertThat(imp.run(p, Optional.empty(), m, "t", "test").problems()).isEmpty();
      }
      return SightingBook.of(store, Platforms.of(store));
    }
  }

  static Map<String, Sighting> byUrl(List<Sighting> sightings) {
    return sightings.stream()
        .collect(Collectors.toMap(s -> s.url().substring(SITE.length()), s -> s));
  }

  @Test
  void aCopyIsRemovedBy404ByNoPageShowingItOrByReplacementAndAMovedCopyStaysUp() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("removal"));
    Instant t2 = T1.plus(Duration.ofDays(1));
    Instant t3 = T1.plus(Duration.ofDays(2));
    Map<String, Sighting> after2 =
        byUrl(
            importAll(
                MonitorCase.copy(casePath, dir.resolve("case")),
                List.of(crawl1(dir), crawl2(dir, t2))));
    assertThat(after2.keySet()).containsExactlyInAnyOrder("a.jpg", "b.jpg", "c.jpg", "d.jpg");
    assertThat(after2.get("a.jpg").state()).isEqualTo("removed");
    assertThat(after2.get("a.jpg").removedAfter()).hasValue(T1.plusSeconds(1));
    assertThat(after2.get("a.jpg").removedBy()).hasValue(t2.plusSeconds(2));
    assertThat(after2.get("a.jpg").observations().get(1).reason()).isEqualTo("http-404");
    assertThat(after2.get("c.jpg").state()).as("served, but shown by no page").isEqualTo("removed");
    assertThat(after2.get("c.jpg").observations().get(1).reason()).isEqualTo("unlinked");
    assertThat(after2.get("d.jpg").state()).as("moved to page 2").isEqualTo("found");
    assertThat(after2.get("d.jpg").pageUrls())
        .containsExactly(SITE + "gallery-2.html", SITE + "gallery.html");
    assertThat(after2.get("b.jpg").state()).isEqualTo("found");
    assertThat(after2.get("b.jpg").lastSeen()).isEqualTo(t2.plusSeconds(3));
    assertThat(after2.get("b.jpg").platform()).isEqualTo("example.org");
    assertThat(after2.get("b.jpg").category()).isEqualTo("unknown");
    assertThat(after2.get("b.jpg").hashes()).containsKeys("md5", "sha256", "pdq");

    Map<String, Sighting> after3 =
        byUrl(
            importAll(
                MonitorCase.copy(casePath, dir.resolve("case-3")),
                List.of(crawl1(dir), crawl2(dir, t2), crawl3(dir, t3))));
    assertThat(after3.get("b.jpg").state()).as("serves another picture").isEqualTo("removed");
    assertThat(after3.get("b.jpg").observations().get(2).reason()).isEqualTo("replaced");
    assertThat(after3.get("a.jpg").state()).isEqualTo("reappeared");
    assertThat(after3.get("a.jpg").reappearedFrom()).hasValue(SITE + "a.jpg");
    assertThat(after3.get("new/c2.jpg").state()).isEqualTo("reappeared");
    assertThat(after3.get("new/c2.jpg").reappearedFrom()).hasValue(SITE + "c.jpg");
    assertThat(after3.get("d.jpg").state()).isEqualTo("found");
  }

  @Test
  void aNotifiedCopyStillUpAfterThePlatformsDeadlineIsOverdue() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("overdue"));
    Path own = MonitorCase.copy(casePath, dir.resolve("case"));
    Instant sent = T1.plus(Duration.ofHours(2));
    try (CaseStore store = MonitorCase.open(own)) {
      String tapeB = MonitorCase.tapeOf(store).get("photo-b.jpg");
      store
          .takedowns()
          .putNotified(
              List.of(
                  new Takedowns.Notified(
                      new Takedowns.SightingKey(SITE + "b.jpg", tapeB), "example.org", sent, "t"),
                  new Takedowns.Notified(
                      new Takedowns.SightingKey(
                          SITE + "a.jpg", MonitorCase.tapeOf(store).get("photo-a.jpg")),
                      "example.org",
                      sent,
                      "t")));
    }
    // Within the 72 hours unknown hosts get: notified; a recrawl past them: overdue.
    Map<String, Sighting> early =
        byUrl(importAll(own, List.of(crawl1(dir), crawl2(dir, T1.plus(Duration.ofHours(30))))));
    assertThat(early.get("b.jpg").state()).isEqualTo("notified");
    assertThat(early.get("b.jpg").notifiedAt()).hasValue(sent);
    assertThat(early.get("b.jpg").deadline()).hasValue(sent.plus(Duration.ofDays(3)));
    assertThat(early.get("a.jpg").state()).isEqualTo("removed");
    assertThat(early.get("a.jpg").hoursToRemoval().orElseThrow())
        .isCloseTo(28.0, org.assertj.core.api.Assertions.within(0.01));
    assertThat(early.get("d.jpg").state()).as("the same photo, not notified").isEqualTo("found");
    // The statistics of these sightings: a (notified, 404 28 h later) and c (unlinked) removed.
    TakedownStats.Row total =
        TakedownStats.of(List.copyOf(early.values()), Optional.empty(), Optional.empty()).total();
    assertThat(total.sightings()).isEqualTo(4);
    assertThat(total.notified()).isEqualTo(2);
    assertThat(total.removed()).isEqualTo(2);
    assertThat(total.removalRate()).isEqualTo(0.5);
    assertThat(total.medianHoursToRemoval().orElseThrow())
        .isCloseTo(28.0, org.assertj.core.api.Assertions.within(0.01));
    assertThat(
            TakedownStats.of(
                    List.copyOf(early.values()), Optional.of(T1.plusSeconds(2)), Optional.empty())
                .total()
                .sightings())
        .as("b, c and d were first seen after a")
        .isEqualTo(3);
    Instant t4 = T1.plus(Duration.ofHours(100));
    Path late4 =
        Warcs.write(
            dir.resolve("crawl-4.warc.gz"),
            true,
            List.of(page("gallery.html", t4, "b.jpg"), image("b.jpg", b, t4.plusSeconds(1))));
    Map<String, Sighting> late =
        byUrl(importAll(MonitorCase.copy(own, dir.resolve("case-late")), List.of(late4)));
    assertThat(late.get("b.jpg").state()).isEqualTo("overdue");
    assertThat(late.get("a.jpg").state()).isEqualTo("removed");
    assertThat(late.get("d.jpg").state()).as("not looked at again").isEqualTo("found");
  }

  @Test
  void theOrderOfImportsChangesNoSighting() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("order"));
    List<Path> captures =
        List.of(
            crawl1(dir),
            crawl2(dir, T1.plus(Duration.ofDays(1))),
            crawl3(dir, T1.plus(Duration.ofDays(2))));
    List<Sighting> inOrder = importAll(MonitorCase.copy(casePath, dir.resolve("c1")), captures);
    List<Path> reversed = new ArrayList<>(captures);
    java.util.Collections.reverse(reversed);
    List<Sighting> backwards = importAll(MonitorCase.copy(casePath, dir.resolve("c2")), reversed);
    List<Path> shuffled = List.of(captures.get(1), captures.get(2), captures.get(0));
    List<Sighting> mixed = importAll(MonitorCase.copy(casePath, dir.resolve("c3")), shuffled);
    assertThat(backwards).isEqualTo(inOrder);
    assertThat(mixed).isEqualTo(inOrder);
    assertThat(inOrder).extracting(Sighting::state).contains("removed", "reappeared", "found");
  }
}
