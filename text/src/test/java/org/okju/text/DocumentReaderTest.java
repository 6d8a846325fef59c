package org.okju.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Formats read, and bad input refused or bounded: never a hang, never an outside fetch. */
class DocumentReaderTest {
  @TempDir Path tmp;

  final DocumentReader reader = DocumentReader.withDefaults();

  static Path docx(Path file, String... paragraphs) throws Exception {
    try (XWPFDocument d = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      for (String p : paragraphs) {
        d.createParagraph().createRun().setText(p);
      }
      d.write(out);
    }
    return file;
  }

  static Path pdf(Path file, int pages, String text) throws Exception {
    try (PDDocument d = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage();
        d.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(d, page)) {
          s.beginText();
          s.setFont(font, 12);
          s.newLineAtOffset(72, 700);
          s.showText(text + " page " + (i + 1));
          s.endText();
        }
      }
      d.save(file.toFile());
    }
    return file;
  }

  /** Replaces word/document.xml of a docx. */
  static Path withDocumentXml(Path docx, Path out, String xml) throws Exception {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx));
        ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(
            e.getName().equals("word/document.xml")
                ? xml.getBytes(StandardCharsets.UTF_8)
                : in.readAllBytes());
        z.closeEntry();
      }
    }
    return out;
  }

  static final String BODY_OPEN =
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body><w:p><w:r><w:t>";
  static final String BODY_CLOSE = "</w:t></w:r></w:p></w:body></w:document>";

  @Test
  void aTextFileInEucKrIsDecoded() throws Exception {
    Path f = tmp.resolve("ledger.txt");
    Files.write(f, "김약사에게 30만원 줌".getBytes(Charset.forName("EUC-KR")));
    assertThat(reader.read(f).text()).isEqualTo("김약사에게 30만원 줌");
  }

  /**
   * A ledger kept by hand merges a woman's name over the rows of her sales: every row of the region
   * carries her name (Tika gives it to the region's first cell only, so the sales below were read
   * with no one's recording in them); a title merged across columns stays once.
   */
  @Test
  void mergedCellsGiveTheirValueToEveryRowTheySpan() throws Exception {
    Path xlsx = tmp.resolve("merged.xlsx");
    try (XSSFWorkbook w = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      var sheet = w.createSheet("3월");
      sheet.createRow(0).createCell(0).setCellValue("2026년 3월 장부");
      String[][] rows = {
        {"날짜", "이름", "내용", "금액"},
        {"3/2", "지유", "촬영", "-300000"},
        {"3/4", "", "1편 판매", "1200000"},
        {"3/6", "", "2편 판매", "800000"},
        {"3/12", "다인", "촬영", "-250000"}
      };
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 3));
      sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 4, 1, 1));
      w.write(out);
    }
    assertThat(reader.read(xlsx).text())
        .isEqualTo(
            """
            3월
            2026년 3월 장부
            날짜\t이름\t내용\t금액
            3/2\t지유\t촬영\t-300000
            3/4\t지유\t1편 판매\t1200000
            3/6\t지유\t2편 판매\t800000
            3/12\t다인\t촬영\t-250000""");
  }

  @Test
  void aMergedWorkbooksTotalIsItsValueNotItsFormula() throws Exception {
    Path xlsx = tmp.resolve("merged-total.xlsx");
    try (XSSFWorkbook w = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      var sheet = w.createSheet("4월");
      String[][] rows = {{"지유", "1편 판매", "1200000"}, {"", "2편 판매", "800000"}};
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (c == 2) {
            row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
          } else if (!rows[r][c].isEmpty()) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      var total = sheet.createRow(2);
      total.createCell(1).setCellValue("합계");
      total.createCell(2).setCellFormula("SUM(C1:C2)");
      w.getCreationHelper().createFormulaEvaluator().evaluateAll();
      sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 1, 0, 0));
      w.write(out);
    }
    assertThat(reader.read(xlsx).text()).contains("지유\t2편 판매", "합계\t2000000").doesNotContain("SUM");
  }

  @Test
  void docxXlsxHtmlRtfAndEmlAreRead() throws Exception {
    assertThat(reader.read(docx(tmp.resolve("a.docx"), "5월 3일", "박실장 3할")).text())
        .contains("5월 3일\n", "박실장 3할");
    Path xlsx = tmp.resolve("b.xlsx");
    try (XSSFWorkbook w = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      var row = w.createSheet("ledger").createRow(0);
      row.createCell(0).setCellValue("2023-05-03");
      row.createCell(1).setCellValue("김약사");
      row.createCell(2).setCellValue("300,000");
      w.write(out);
    }
    assertThat(reader.read(xlsx).text()).contains("2023-05-03\t김약사\t300,000");
    Path html = tmp.resolve("c.html");
    Files.writeString(
        html, "<html><body><p>Paid pharmacist Kang $2k</p><p>Boss Yoon 30%</p></body></html>");
    assertThat(reader.read(html).text()).contains("Paid pharmacist Kang $2k\n", "Boss Yoon 30%");
    Path rtf = tmp.resolve("d.rtf");
    Files.writeString(rtf, "{\\rtf1\\ansi Met Hana at Jamsu Bridge\\par}");
    assertThat(reader.read(rtf).text()).contains("Met Hana at Jamsu Bridge");
    Path eml = tmp.resolve("e.eml");
    Files.writeString(
        eml,
        """
        From: a@example.invalid\r
        To: b@example.invalid\r
        Subject: cut\r
        Content-Type: text/plain; charset=UTF-8\r
        \r
        Aide Park 10 percent\r
        """);
    assertThat(reader.read(eml).text()).contains("Aide Park 10 percent");
  }

  @Test
  void anEmailBeginsWithItsHeadersAsAReaderSeesThem() throws Exception {
    // A fictional message: routing headers, a folded To, an encoded Korean name in Cc.
    Path eml = tmp.resolve("reply.eml");
    Files.writeString(
        eml,
        """
        Received: from mx.example.invalid by mail.example.invalid\r
        Message-ID: <1@example.invalid>\r
        From: Rocco Vance <rvance@example.invalid>\r
        To: Jae Kim <jkim@example.invalid>,\r
         Paulo Reyes <paulo@example.invalid>\r
        Cc: =?UTF-8?B?7ZmN6ri464+Z?= <hong@example.invalid>\r
        Date: Tue, 3 Nov 2026 09:15:00 +0900\r
        Subject: Re: Friday\r
        Content-Type: text/plain; charset=UTF-8\r
        \r
        Wired you 900k this morning for your 50%.\r
        """);
    String expected =
        """
        From: Rocco Vance <rvance@example.invalid>
        To: Jae Kim <jkim@example.invalid>, Paulo Reyes <paulo@example.invalid>
        Cc: 홍길동 <hong@example.invalid>
        Date: Tue, 3 Nov 2026 09:15:00 +0900
        Subject: Re: Friday

        Wired you 900k this morning for your 50%.""";
    assertThat(reader.read(eml).text()).isEqualTo(expected);
    // The same bytes as ingest hands them over, typed by content.
    byte[] bytes = Files.readAllBytes(eml);
    assertThat(
            reader
                .read(
                    new DocumentSource.InMemory("reply", bytes, bytes.length),
                    "message/rfc822",
                    java.util.Optional.empty())
                .text())
        .isEqualTo(expected);
  }

  @Test
  void anEmailSavedAsTextKeepsItsHeadersAndItsQuotedThread() throws Exception {
    // Typed message/rfc822 by its content, whatever its name; its date has no time.
    Path txt = tmp.resolve("reply.txt");
    Files.writeString(
        txt,
        """
        From: Rocco Vance <rvance@example.invalid>
        To: Jae Kim <jkim@example.invalid>
        Date: Tue, 3 Nov 2026
        Subject: Re: Friday

        Took Sunny to Lotus Motel room 208.

        On Mon, 2 Nov 2026, Jae Kim <jkim@example.invalid> wrote:
        > Meet at Sillim station exit 4, 11pm.
        """);
    assertThat(reader.mediaType(txt)).isEqualTo("message/rfc822");
    String text = reader.read(txt).text();
    assertThat(text)
        .startsWith(
            """
            From: Rocco Vance <rvance@example.invalid>
            To: Jae Kim <jkim@example.invalid>
            Date: Tue, 3 Nov 2026
            Subject: Re: Friday

            Took Sunny to Lotus Motel room 208.""")
        .contains("> Meet at Sillim station exit 4, 11pm.");
  }

  @Test
  void aPdfKeepsItsPages() throws Exception {
    ExtractedText t = reader.read(pdf(tmp.resolve("p.pdf"), 3, "Paid Kang"));
    assertThat(t.pages()).hasSize(3);
    assertThat(t.pages().get(2)).contains("Paid Kang page 3");
  }

  @Test
  void aScannedPageIsReadByOcrInKoreanAndEnglish() throws Exception {
    BufferedImage img = new BufferedImage(1400, 360, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    // NanumGothic comes from Debian's fonts-nanum, installed by .ci/run.
    g.setFont(new Font("NanumGothic", Font.PLAIN, 44));
    g.drawString("2023년 5월 3일 김약사에게 30만원", 40, 110);
    g.drawString("Paid pharmacist Kang 500,000 won", 40, 240);
    g.dispose();
    Path png = tmp.resolve("scan.png");
    ImageIO.write(img, "png", png.toFile());
    String text = reader.read(png).text().replace(" ", "");
    assertThat(text).contains("Paidpharmacist", "500,000", "5월3일", "30만원");
  }

  /** A page image of English diary lines, as a scanner or a phone's scanner app makes it. */
  private static BufferedImage scannedPage(String... lines) {
    BufferedImage img = new BufferedImage(1700, 2200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 48));
    for (int i = 0; i < lines.length; i++) {
      g.drawString(lines[i], 150, 300 + 100 * i);
    }
    g.dispose();
    return img;
  }

  @Test
  void aPdfOfScannedPagesIsReadByOcrPageByPage() throws Exception {
    // A born-digital first page, then a page that is only a picture: Tika read nothing from the
    // picture, and ingest stored the scan as an empty document without a word of warning.
    Path file = pdf(tmp.resolve("typed.pdf"), 1, "Typed cover note");
    Path scan = tmp.resolve("scan.pdf");
    try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
      PDPage page = new PDPage();
      d.addPage(page);
      org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image =
          org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(
              d, scannedPage("March 9. Paid pharmacist Kang", "500,000 won at the north gate"));
      try (PDPageContentStream s = new PDPageContentStream(d, page)) {
        s.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
      }
      d.save(scan.toFile());
    }
    ExtractedText t = reader.read(scan);
    assertThat(t.pages()).hasSize(2);
    assertThat(t.pages().get(0)).contains("Typed cover note");
    assertThat(t.pages().get(1)).contains("Paid pharmacist Kang", "500,000 won");
    assertThat(t.method()).isEqualTo(ExtractedText.Method.PARSER);
    assertThat(t.warnings()).anyMatch(w -> w.contains("read by OCR"));
  }

  @Test
  void anEncryptedPdfIsAnEncryptedDocumentError() throws Exception {
    Path f = pdf(tmp.resolve("plain.pdf"), 1, "secret");
    Path locked = tmp.resolve("locked.pdf");
    try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(f.toFile())) {
      StandardProtectionPolicy p =
          new StandardProtectionPolicy("owner", "user", new AccessPermission());
      p.setEncryptionKeyLength(128);
      d.protect(p);
      d.save(locked.toFile());
    }
    assertThatThrownBy(() -> reader.read(locked))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.ENCRYPTED));
  }

  @Test
  void aTruncatedPdfIsACorruptDocumentError() throws Exception {
    byte[] whole = Files.readAllBytes(pdf(tmp.resolve("w.pdf"), 2, "x"));
    Path f = tmp.resolve("cut.pdf");
    Files.write(f, java.util.Arrays.copyOf(whole, 40));
    assertThatThrownBy(() -> reader.read(f))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("cut.pdf");
  }

  @Test
  @Timeout(30)
  void aFiveHundredMegabyteTextFileIsReadInPart() throws Exception {
    Path f = tmp.resolve("huge.txt");
    try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
      r.write("2023년 5월 3일 박실장 3할\n".getBytes(StandardCharsets.UTF_8));
      r.setLength(500L << 20); // sparse: no 500 MB written to the disk
    }
    ExtractedText t = reader.read(f);
    assertThat(t.text()).startsWith("2023년 5월 3일");
    assertThat(t.text().length()).isLessThanOrEqualTo(DocumentReader.Limits.defaults().maxChars());
    assertThat(t.warnings()).anyMatch(w -> w.startsWith("truncated"));
  }

  @Test
  @Timeout(120)
  void aTenThousandPagePdfIsReadUpToThePageLimit() throws Exception {
    Path f = pdf(tmp.resolve("long.pdf"), 10_000, "entry");
    DocumentReader bounded =
        new DocumentReader(
            new DocumentReader.Limits(1 << 20, 1_000_000, 200, Duration.ofSeconds(60)),
            Ocr.tesseract());
    ExtractedText t = bounded.read(f);
    assertThat(t.pages()).hasSize(200);
    assertThat(t.warnings()).contains("truncated: kept the first 200 pages");
  }

  @Test
  @Timeout(30)
  void anXmlBombInADocxIsRefusedOrBounded() throws Exception {
    Path bomb =
        withDocumentXml(
            docx(tmp.resolve("plain.docx"), "x"),
            tmp.resolve("bomb.docx"),
            XmlBomb.prologFor("w:document") + BODY_OPEN + XmlBomb.ENTITY + BODY_CLOSE);
    try {
      ExtractedText t = reader.read(bomb);
      assertThat(t.text().length())
          .isLessThanOrEqualTo(DocumentReader.Limits.defaults().maxChars());
    } catch (DocumentException e) {
      assertThat(e.kind()).isEqualTo(DocumentException.Kind.CORRUPT);
    }
  }

  @Test
  @Timeout(30)
  void anExternalEntityInADocxIsNeverFetched() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    try (FetchTrap trap = new FetchTrap()) {
      String xml =
          "<?xml version=\"1.0\"?><!DOCTYPE w:document ["
              + "<!ENTITY file SYSTEM \""
              + secret.toUri()
              + "\">"
              + "<!ENTITY net SYSTEM \""
              + trap.url()
              + "/x\">]>"
              + BODY_OPEN
              + "&file;&net;"
              + BODY_CLOSE;
      Path xxe =
          withDocumentXml(docx(tmp.resolve("plain.docx"), "x"), tmp.resolve("xxe.docx"), xml);
      try {
        assertThat(reader.read(xxe).text()).doesNotContain("TOP-SECRET-CONTENT");
      } catch (DocumentException e) {
        assertThat(e.kind()).isEqualTo(DocumentException.Kind.CORRUPT);
      }
      assertThat(trap.fetched()).isFalse();
    }
  }
}
