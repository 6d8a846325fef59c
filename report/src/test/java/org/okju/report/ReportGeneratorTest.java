package org.okju.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;

/** The HTML and PDF report: every section, no media or real names by default, deterministic. */
class ReportGeneratorTest {
  static final List<String> SECTIONS =
      List.of(
          "summary",
          "verification",
          "sources",
          "catalogue",
          "tapes",
          "hash-set-matches",
          "ledger-facts",
          "timeline",
          "money-network",
          "custody",
          "tools",
          "appendix-catalogue");

  @TempDir Path tmp;
  CaseFixture fixture;

  @BeforeEach
  void ingest() throws Exception {
    fixture = CaseFixture.sqlite(tmp, false);
    try (CaseStore store = fixture.open()) {
      // A note someone typed with the victim's real name in it.
      store
          .custody()
          .append(
              NewCustodyEntry.of(
                  "inv1",
                  "note-added",
                  "{\"text\":\"spoke to " + CaseFixture.VICTIM_REAL_NAME + "\"}",
                  Map.of(),
                  Map.of(),
                  CaseFixture.VERSION));
    }
  }

  static ReportOptions options(Path out, Thumbnails.Mode mode, Instant when) {
    return new ReportOptions(
        out,
        mode,
        "inv1",
        "0.1.0-test",
        when,
        ReportPlugins.pending()
            .withIdentities(() -> Map.of(CaseFixture.VICTIM_REAL_NAME, "V-001")));
  }

  Path generate(String name, Thumbnails.Mode mode) throws Exception {
    Path out = tmp.resolve(name);
    try (CaseStore store = fixture.open()) {
      ReportGenerator.Result r =
          new ReportGenerator(store)
              .generate(options(out, mode, Instant.parse("2025-06-01T10:00:00Z")));
      assertThat(r.sha256())
          .isEqualTo(Sha256.of(CaseFixture.digest("SHA-256", Files.readAllBytes(out))));
    }
    return out;
  }

  List<CustodyEntry> log() {
    try (CaseStore store = fixture.open();
        Stream<CustodyEntry> s = store.custody().stream()) {
      return s.collect(Collectors.toList());
    }
  }

  @Test
  void theHtmlReportHasEverySectionAndPendingAnalysesSayTheyHaveNotRun() throws Exception {
    Document doc = Jsoup.parse(generate("report.html", Thumbnails.Mode.NONE).toFile());
    for (String id : SECTIONS) {
      assertThat(doc.getElementById(id)).as(id).isNotNull();
      assertThat(doc.select("nav a[href=#" + id + "]")).as("contents entry " + id).hasSize(1);
    }
    for (String id :
        List.of("tapes", "hash-set-matches", "ledger-facts", "timeline", "money-network")) {
      assertThat(doc.getElementById(id).select("p.not-run").text()).startsWith("Not run yet");
    }
    assertThat(doc.getElementById("verification").text()).contains("Everything checked holds");
    assertThat(doc.getElementById("sources").text())
        .contains(
            log().stream()
                .filter(e -> e.action().equals("source-ingested"))
                .findFirst()
                .orElseThrow()
                .outputs()
                .get("manifest")
                .toHex());
    // Times a reader reads, to the second (the custody log keeps the nanoseconds).
    assertThat(doc.getElementById("generated").text())
        .matches("Generated \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC by okju .*");
    assertThat(doc.select("#sources td").eachText())
        .anyMatch(t -> t.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d to .*"));
    assertThat(doc.select("#appendix-catalogue tr")).hasSize(1 + 7);
    assertThat(doc.select("#custody tr")).hasSize(1 + 4);
    // The files' own times are a sentence of the catalogue, not the timeline (the diary's).
    assertThat(doc.getElementById("catalogue").text())
        .contains("last modified between " + CaseFixture.MODIFIED);
  }

  @Test
  void byDefaultTheReportHoldsNoImageDataAndNoRealNamesOrSensitiveFileNames() throws Exception {
    String html = Files.readString(generate("report.html", Thumbnails.Mode.NONE));
    assertThat(html).doesNotContain("data:image").doesNotContain("<img");
    assertThat(html.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain(CaseFixture.VICTIM_REAL_NAME.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("bedroom");
    Document doc = Jsoup.parse(html);
    assertThat(doc.getElementById("custody").text()).contains("spoke to V-001");
    assertThat(doc.getElementById("appendix-catalogue").text())
        .contains("[name withheld: item 2, .png]");
  }

  @Test
  void thumbnailsAppearOnlyWhenAskedAndTheRequestIsLogged() throws Exception {
    Path out = generate("thumbs.html", Thumbnails.Mode.GREYSCALE);
    Document doc = Jsoup.parse(out.toFile());
    assertThat(doc.select("#thumbnails img")).hasSize(2);
    assertThat(doc.select("img").attr("src")).startsWith("data:image/png;base64,");
    assertThat(doc.getElementById("custody").text()).contains(ReportGenerator.MEDIA_VIEWED);
    List<CustodyEntry> log = log();
    assertThat(log.get(log.size() - 2).action()).isEqualTo(ReportGenerator.MEDIA_VIEWED);
    assertThat(log.get(log.size() - 2).parametersJson()).contains("\"mode\":\"greyscale\"");
    assertThat(log.get(log.size() - 1).parametersJson()).contains("\"thumbnails\":\"greyscale\"");
  }

  @Test
  void generatingTheReportLogsItsSha256() throws Exception {
    Path out = generate("report.html", Thumbnails.Mode.NONE);
    CustodyEntry last = log().get(log().size() - 1);
    assertThat(last.action()).isEqualTo(ReportGenerator.REPORT_GENERATED);
    assertThat(last.outputs().get("report"))
        .isEqualTo(Sha256.of(CaseFixture.digest("SHA-256", Files.readAllBytes(out))));
    assertThat(last.parametersJson()).contains("\"verificationHolds\":true");
  }

  @Test
  void theSameCaseRendersToTheSameReportApartFromTheGenerationTime() throws Exception {
    try (CaseStore store = fixture.open()) {
      ReportGenerator g = new ReportGenerator(store);
      String a =
          g.render(
                  options(
                      tmp.resolve("a.html"),
                      Thumbnails.Mode.NONE,
                      Instant.parse("2025-06-01T10:00:00Z")))
              .html();
      String b =
          g.render(
                  options(
                      tmp.resolve("b.html"),
                      Thumbnails.Mode.NONE,
                      Instant.parse("2026-01-02T03:04:05Z")))
              .html();
      assertThat(a).isNotEqualTo(b);
      assertThat(withoutGenerated(a)).isEqualTo(withoutGenerated(b));
    }
  }

  private static String withoutGenerated(String html) {
    Document d = Jsoup.parse(html);
    d.getElementById("generated").remove();
    return d.outerHtml();
  }

  @Test
  void aSectionFromAnotherModulePlugsInWhereThePlaceholderWas() throws Exception {
    ReportSection tapes =
        new ReportSection() {
          @Override
          public String id() {
            return "tapes";
          }

          @Override
          public String title() {
            return "Tapes";
          }

          @Override
          public void render(ReportContext context, Html out) {
            out.element("p", "tape T-1: items 1 and 2 at distance 4", "class", "tape");
          }
        };
    try (CaseStore store = fixture.open()) {
      ReportOptions o = options(tmp.resolve("r.html"), Thumbnails.Mode.NONE, Instant.EPOCH);
      o = o.withPlugins(o.plugins().withTapes(tapes));
      Document doc = Jsoup.parse(new ReportGenerator(store).render(o).html());
      assertThat(doc.select("#tapes p.tape").text()).contains("tape T-1");
      assertThat(doc.select("#tapes p.not-run")).isEmpty();
    }
  }

  @Test
  void thePdfReportCarriesTheSameTextAndNoImages() throws Exception {
    Path out = generate("report.pdf", Thumbnails.Mode.NONE);
    assertThat(new String(Files.readAllBytes(out), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Case report")
          .contains("Summary")
          .contains("Chain of custody")
          .contains("Not run yet")
          .contains("Everything checked holds")
          .contains("Appendix A")
          .doesNotContain(CaseFixture.VICTIM_REAL_NAME);
      // The custody table's columns are wide enough to read: each entry's hash begins with 12
      // characters on a line (left to itself the table layout gave that column two a line) and its
      // date is on one line.
      List<CustodyEntry> logged = log();
      // The last entry is the report's own, written after it.
      for (CustodyEntry e : logged.subList(0, logged.size() - 1)) {
        assertThat(text).contains(e.hash().toHex().substring(0, 12));
        assertThat(text).contains(e.time().toString().substring(0, 10));
      }
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          assertThat(page.getResources().getXObject(name)).isNotInstanceOf(PDImageXObject.class);
        }
      }
    }
  }
}
