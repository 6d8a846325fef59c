package org.okju.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;

/**
 * A victim's status report, from two real crawls of the fictional board: V-001's recordings (photos
 * a and c: both taken down by the second crawl) and V-002's (photo b, shown twice, still up): each
 * report counts only its victim's copies, in plain words, with no tape id, no seized file name, no
 * name, no media, and URLs only when asked; the Korean PDF has its Korean text with embedded fonts;
 * writing it is a custody entry.
 */
class VictimReportTest {
  @TempDir static Path tmp;
  static Path casePath;
  static final Instant NOW = Instant.parse("2026-03-03T09:00:00Z");
  static final List<String> NAMES = List.of("김하늘", "Lee Sora");
  static Set<String> tapesOfV1;
  static Set<String> tapesOfV2;

  @BeforeAll
  static void buildTheCase() throws Exception {
    Path built = MonitorCase.build(tmp);
    LifecycleTest.a = Files.readAllBytes(tmp.resolve("seized/photo-a.jpg"));
    LifecycleTest.b = Files.readAllBytes(tmp.resolve("seized/photo-b.jpg"));
    LifecycleTest.c = Files.readAllBytes(tmp.resolve("seized/photo-c.png"));
    casePath = MonitorCase.copy(built, tmp.resolve("reported"));
    Path crawls = Files.createDirectories(tmp.resolve("crawls"));
    try (CaseStore store = MonitorCase.open(casePath)) {
      MonitorCase.importCapture(store, LifecycleTest.crawl1(crawls));
      MonitorCase.importCapture(
          store, LifecycleTest.crawl2(crawls, LifecycleTest.T1.plus(Duration.ofDays(1))));
      NAMES.forEach(n -> store.ledger().person(n, "name", Optional.empty()));
      Map<String, String> tapeOf = MonitorCase.tapeOf(store);
      tapesOfV1 = Set.of(tapeOf.get("photo-a.jpg"), tapeOf.get("photo-c.png"));
      tapesOfV2 = Set.of(tapeOf.get("photo-b.jpg"));
    }
  }

  private static VictimReports.Written write(
      String victim, Set<String> tapes, String lang, boolean urls, String file) throws Exception {
    try (CaseStore store = MonitorCase.open(casePath)) {
      return new VictimReports(store)
          .write(victim, tapes, lang, urls, tmp.resolve(file), NOW, "t", "test");
    }
  }

  private static void neverShows(String text) throws Exception {
    assertThat(text).doesNotContain(NAMES.get(0), NAMES.get(1), "<img", "data:", "T-0");
    try (CaseStore store = MonitorCase.open(casePath)) {
      MonitorCase.tapeOf(store).keySet().forEach(seized -> assertThat(text).doesNotContain(seized));
    }
  }

  @Test
  void theEnglishReportCountsOnlyThisVictimsCopiesWithoutUrls() throws Exception {
    VictimReports.Written w = write("V-001", tapesOfV1, "en", false, "v1.html");
    String html = Files.readString(w.file());
    assertThat(w.sightings()).extracting(Sighting::state).containsOnly("removed").hasSize(2);
    assertThat(html)
        .contains("V-001")
        .contains(
            "We found 2 copies of your recordings on 1 site. All of them have been taken down.")
        .contains("<td>example.org</td><td>other</td><td>2</td><td>2</td><td>0</td><td>0</td>")
        .contains("Keep watching for copies coming back")
        .contains("The addresses of the copies are left out")
        .doesNotContain("V-002", "board.example.org", "a.jpg");
    neverShows(html);

    String v2 = Files.readString(write("V-002", tapesOfV2, "en", false, "v2.html").file());
    assertThat(v2)
        .contains("We found 2 copies of your recordings on 1 site. None has been taken down yet.")
        .contains("2 are still online; we have not yet asked the site to remove them.")
        .contains("We will send a removal request for the 2 copies we have not reported yet")
        .doesNotContain("V-001");
    neverShows(v2);
  }

  @Test
  void urlsOnlyWhenAskedAndOnlyTheVictimsOwn() throws Exception {
    String html = Files.readString(write("V-001", tapesOfV1, "en", true, "v1-urls.html").file());
    assertThat(html)
        .contains(LifecycleTest.SITE + "a.jpg", LifecycleTest.SITE + "c.jpg")
        .contains("Opening an address may show the recording")
        .doesNotContain(LifecycleTest.SITE + "b.jpg", LifecycleTest.SITE + "d.jpg");
    neverShows(html);
  }

  @Test
  void theKoreanPdfHasItsKoreanTextInEmbeddedFonts() throws Exception {
    VictimReports.Written w = write("V-002", tapesOfV2, "ko", true, "v2.pdf");
    try (PDDocument pdf = Loader.loadPDF(w.file().toFile())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      assertThat(text)
          .contains("불법촬영물삭제진행상황안내(V-002)")
          .contains("사이트1곳에서귀하의영상사본2건을찾았습니다.")
          .contains("사이트에삭제요청서발송")
          .contains("b.jpg", "d.jpg");
      neverShows(text);
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
    try (CaseStore store = MonitorCase.open(casePath);
        Stream<CustodyEntry> log = store.custody().stream()) {
      CustodyEntry last =
          log.filter(e -> e.action().equals(VictimReports.WRITTEN))
              .reduce((x, y) -> y)
              .orElseThrow();
      assertThat(last.parametersJson()).contains("\"victim\":\"V-002\"", "\"with_urls\":true");
      assertThat(last.outputs()).containsEntry("report", w.sha256());
    }
  }

  @Test
  void aReportIsHtmlOrPdfInKoreanOrEnglish() {
    assertThatThrownBy(() -> write("V-001", tapesOfV1, "en", false, "v1.txt"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> write("V-001", tapesOfV1, "fr", false, "v1.html"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(tmp.resolve("v1.txt")).doesNotExist();
  }
}
