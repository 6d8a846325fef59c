package org.okju.report;

/**
 * The report's stylesheet: A4 pages for print, one column of tables that keep words whole (a cell
 * breaks between words; only hashes and paths without spaces break inside), and fonts with Hangul:
 * the PDF embeds NanumBarunGothic and DejaVu Sans Mono under these names ({@link PdfFonts}), a
 * browser uses them or its own Korean sans-serif. Properties only a browser knows sit in
 * {@code @media screen}, which the PDF renderer (print media) skips.
 */
final class ReportStyle {
  static final String SANS =
      "NanumBarunGothic, NanumGothic, \"Noto Sans CJK KR\", \"Noto Sans KR\", \"Malgun Gothic\","
          + " \"Apple SD Gothic Neo\", sans-serif";
  static final String MONO = "\"DejaVu Sans Mono\", NanumBarunGothic, monospace";

  static final String CSS =
      """
      @page { size: A4; margin: 15mm 12mm 16mm 12mm;
        @bottom-center { content: "okju  " counter(page) " / " counter(pages);
          font-family: %s; font-size: 8pt; color: #444; } }
      body { font-family: %s; font-size: 9.5pt; line-height: 1.35; color: #000;
        max-width: 1100px; margin: 0 auto; }
      h1 { font-size: 20pt; margin: 0 0 2pt 0; }
      h2 { font-size: 13pt; border-bottom: 1px solid #000; margin-top: 16pt;
        page-break-after: avoid; }
      h3 { font-size: 10.5pt; margin-bottom: 3pt; page-break-after: avoid; }
      table { border-collapse: collapse; margin: 5pt 0; width: 100%%;
        -fs-table-paginate: paginate; }
      thead { display: table-header-group; }
      tr { page-break-inside: avoid; }
      th, td { border: 1px solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top;
        word-wrap: break-word; }
      th { background: #eee; font-weight: bold; }
      td.num, th.num { text-align: right; white-space: nowrap; }
      .nowrap { white-space: nowrap; }
      th.w10 { width: 10%%; } th.w14 { width: 14%%; } th.w18 { width: 18%%; }
      th.w22 { width: 22%%; } th.w30 { width: 30%%; } th.w40 { width: 40%%; }
      .mono { font-family: %s; font-size: 7pt; }
      .quote { color: #222; }
      .small { font-size: 8pt; }
      table.facts > tbody > tr > th, table.facts > tr > th { width: 24%%; background: #f4f4f4; }
      table.summary th { width: 21%%; font-size: 10pt; }
      table.summary td { font-size: 10pt; }
      table.catalogue td, table.log td { font-size: 7.5pt; }
      tr.date th { background: #f4f4f4; }
      .holds { font-weight: bold; } .fails { font-weight: bold; color: #a00; }
      .not-run { font-style: italic; color: #444; border-left: 3px solid #888; padding-left: 6pt; }
      .note, .caption { font-size: 8.5pt; color: #333; }
      .first-page { page-break-after: always; }
      nav { page-break-after: always; }
      nav ul { font-size: 9.5pt; list-style: none; padding-left: 8pt; }
      .figure { text-align: center; margin: 6pt 0; }
      .figure svg { max-width: 100%%; height: auto; }
      .thumbs figure { display: inline-block; margin: 4pt; width: 140px; font-size: 7pt; }
      @media screen {
        body { padding: 0 12px; }
        .mono { word-break: break-all; }
        td, th { overflow-wrap: break-word; }
        :lang(ko) td, :lang(ko) p, :lang(ko) li { word-break: keep-all; }
        :lang(ko) td.mono { word-break: break-all; }
        nav ul { columns: 2; }
        .first-page { border-bottom: 2px solid #000; padding-bottom: 8pt; }
      }
      """
          .formatted(SANS, SANS, MONO);

  private ReportStyle() {}
}
