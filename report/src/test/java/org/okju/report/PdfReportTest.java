package org.okju.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;

/**
 * The PDF report in Korean and English: Korean facts, places and notes print (an embedded Hangul
 * font) and can be found in the PDF's text; the first page is the summary in the chosen language;
 * the PDF says what the HTML says.
 */
class PdfReportTest {
  static final List<String> KOREAN =
      List.of("김약사", "신촌역 3번 출구", "역삼동 OO모텔 502호", "메모: 테이프 #12 촬영본 전달");

  @TempDir Path tmp;
  CaseFixture fixture;

  @BeforeEach
  void ingest() throws Exception {
    fixture = CaseFixture.sqlite(tmp, false);
  }

  /** A ledger section as the ledger module writes one: Korean names, places and a quoted note. */
  static ReportSection koreanFacts() {
    return new ReportSection() {
      @Override
      public String id() {
        return "ledger-facts";
      }

      @Override
      public String title() {
        return "Confirmed facts";
      }

      @Override
      public void render(ReportContext context, Html out) {
        out.open("table").header("fact", "date", "what", "place", "source");
        out.row("F1", "2023-05-03", KOREAN.get(0) + "에게 300,000 KRW 지급", KOREAN.get(1), "");
        out.row("F2", "2023-05-04", "V-001 만남", KOREAN.get(2), "\u201c" + KOREAN.get(3) + "\u201d");
        out.close("table");
      }

      @Override
      public List<SummaryLine> summary(ReportContext context) {
        return List.of(new SummaryLine(context.words().get("summary.ledger-facts"), "2 / 2"));
      }
    };
  }

  ReportOptions options(Path out, ReportLanguage language) {
    return new ReportOptions(
            out,
            Thumbnails.Mode.NONE,
            "inv1",
            "0.1.0-test",
            Instant.parse("2025-06-01T10:00:00Z"),
            ReportPlugins.pending()
                .withLedgerFacts(koreanFacts())
                .withIdentities(() -> Map.of(CaseFixture.VICTIM_REAL_NAME, "V-001")))
        .withLanguage(language);
  }

  Path generate(String name, ReportLanguage language) throws Exception {
    Path out = tmp.resolve(name);
    try (CaseStore store = fixture.open()) {
      new ReportGenerator(store).generate(options(out, language));
    }
    return out;
  }

  static String text(PDDocument pdf, int first, int last) throws Exception {
    PDFTextStripper s = new PDFTextStripper();
    s.setStartPage(first);
    s.setEndPage(last);
    return s.getText(pdf);
  }

  @Test
  void koreanFactsPlacesAndNotesPrintInThePdfAndCanBeFoundInItsText() throws Exception {
    for (ReportLanguage language : ReportLanguage.values()) {
      Path out = generate("report-" + language.code() + ".pdf", language);
      try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
        String text = text(pdf, 1, pdf.getNumberOfPages());
        for (String k : KOREAN) {
          // A cell may wrap between words: the words in order, whatever space between them.
          assertThat(text).as(language + ": " + k).containsPattern(k.replace(" ", "\\s+"));
        }
        // Spaces are spaces (a font mapping its space glyph to U+0000 once made them NULs).
        assertThat(text)
            .doesNotContain("\u0000")
            .contains(language == ReportLanguage.KO ? "사건 보고서" : "Case report");
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
          for (COSName f : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(f).getName());
          }
        }
        // Embedded as a subset: "ABCDEF+NanumBarunGothic".
        assertThat(fonts).anyMatch(f -> f.endsWith("+NanumBarunGothic"));
        assertThat(text).doesNotContain(CaseFixture.VICTIM_REAL_NAME);
      }
    }
  }

  @Test
  void theFirstPageIsTheSummaryInTheChosenLanguage() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(generate("ko.pdf", ReportLanguage.KO).toFile())) {
      String first = text(pdf, 1, 1);
      assertThat(first)
          .contains("사건 보고서")
          .contains("요약")
          .contains("압수물")
          .contains("이미지")
          .contains("영상물")
          .contains("아직 실행되지 않음")
          .contains("확인된 사실")
          .contains("검사한 모든 항목이 유효합니다")
          .doesNotContain("1. 검증");
      assertThat(text(pdf, 2, pdf.getNumberOfPages())).contains("1. 검증").contains("목차");
    }
    try (PDDocument pdf = Loader.loadPDF(generate("en.pdf", ReportLanguage.EN).toFile())) {
      assertThat(text(pdf, 1, 1))
          .contains("Case report")
          .contains("Seized")
          .contains("Recordings")
          .contains("not run yet")
          .contains("Everything checked holds")
          .doesNotContain("1. Verification");
    }
    Document ko = Jsoup.parse(Files.readString(generate("ko.html", ReportLanguage.KO)));
    assertThat(ko.select("html").attr("lang")).isEqualTo("ko");
    assertThat(ko.select("#summary th").eachText()).contains("압수물", "영상물", "확인된 사실", "검증");
  }

  @Test
  void everyTableCellOfTheHtmlIsInThePdf() throws Exception {
    for (ReportLanguage language : ReportLanguage.values()) {
      String page;
      try (CaseStore store = fixture.open()) {
        page = new ReportGenerator(store).render(options(tmp.resolve("same.pdf"), language)).html();
      }
      Document html = Jsoup.parse(page);
      String pdfText;
      try (PDDocument pdf = Loader.loadPDF(PdfReport.render(page))) {
        pdfText = squeeze(text(pdf, 1, pdf.getNumberOfPages()));
      }
      int cells = 0;
      for (Element cell : html.select("td, th, h2, p")) {
        String t = squeeze(cell.text());
        if (!t.isEmpty()) {
          cells++;
          assertThat(pdfText).as(language + " " + cell.outerHtml()).contains(t);
        }
      }
      assertThat(cells).isGreaterThan(100);
    }
  }

  @Test
  void aKoreanReportWithoutAKoreanFontIsRefusedRatherThanPrintedWithoutItsNames() throws Exception {
    String html;
    try (CaseStore store = fixture.open()) {
      html =
          new ReportGenerator(store)
              .render(options(tmp.resolve("x.pdf"), ReportLanguage.EN))
              .html();
    }
    assertThatThrownBy(() -> PdfReport.render(html, new PdfFonts(List.of())))
        .isInstanceOf(PdfReport.MissingFontException.class)
        .hasMessageContaining("fonts-nanum");
    // Without Korean text the standard PDF fonts do.
    String latin = html.replaceAll("[\\p{IsHangul}]", "");
    assertThat(PdfReport.render(latin, new PdfFonts(List.of()))).isNotEmpty();
  }

  // PDF text comes with line breaks where the page wrapped a cell, and without the spaces that
  // separated table cells: compare without whitespace.
  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
