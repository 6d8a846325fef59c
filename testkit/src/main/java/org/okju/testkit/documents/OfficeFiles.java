package org.okju.testkit.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Office documents written with Apache POI: docx, xlsx, pptx, xls, ppt; and OLE2 containers laid
 * out like a Word 97 file and an Outlook message, since POI writes neither from scratch.
 */
final class OfficeFiles {
  private OfficeFiles() {}

  static void docx(Path file, List<String> lines) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      for (String line : lines) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
    }
  }

  /** A ledger sheet: one row per line, the line's words in cells. */
  static void xlsx(Path file, List<String> lines) throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      sheet(book, lines);
      write(book, file);
    }
  }

  static void xls(Path file, List<String> lines) throws IOException {
    try (Workbook book = new HSSFWorkbook()) {
      sheet(book, lines);
      write(book, file);
    }
  }

  private static void sheet(Workbook book, List<String> lines) {
    Sheet sheet = book.createSheet("장부");
    for (int r = 0; r < lines.size(); r++) {
      Row row = sheet.createRow(r);
      row.createCell(0).setCellValue(lines.get(r));
    }
  }

  private static void write(Workbook book, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      book.write(out);
    }
  }

  static void pptx(Path file, List<String> lines) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow();
        OutputStream out = Files.newOutputStream(file)) {
      XSLFSlide slide = show.createSlide();
      XSLFTextBox box = slide.createTextBox();
      box.setAnchor(new java.awt.Rectangle(40, 40, 600, 400));
      box.setText(String.join("\n", lines));
      show.write(out);
    }
  }

  static void ppt(Path file, List<String> lines) throws IOException {
    try (HSLFSlideShow show = new HSLFSlideShow();
        OutputStream out = Files.newOutputStream(file)) {
      HSLFSlide slide = show.createSlide();
      HSLFTextBox box = slide.createTextBox();
      box.setAnchor(new java.awt.Rectangle(40, 40, 600, 400));
      box.setText(String.join("\n", lines));
      show.write(out);
    }
  }

  /**
   * An OLE2 file with the streams Tika recognises a Word 97 document by ("WordDocument", "1Table")
   * but no Word content: a type-detection sample, and a damaged .doc for the text reader.
   */
  static void wordContainer(Path file) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
  }

  /**
   * An Outlook message as MS-OXMSG lays it out: subject and body as Unicode property streams
   * ({@code __substg1.0_0037001F}, {@code __substg1.0_1000001F}) and the top-level property stream.
   */
  static void msg(Path file, String subject, List<String> lines) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      DirectoryEntry root = fs.getRoot();
      root.createDocument(
          "__substg1.0_0037001F",
          new ByteArrayInputStream(subject.getBytes(StandardCharsets.UTF_16LE)));
      root.createDocument(
          "__substg1.0_1000001F",
          new ByteArrayInputStream(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_16LE)));
      root.createDocument(
          "__substg1.0_001A001F",
          new ByteArrayInputStream("IPM.Note".getBytes(StandardCharsets.UTF_16LE)));
      // Top-level property stream: 32-byte header (MS-OXMSG 2.4.1.1), no fixed-size properties.
      root.createDocument("__properties_version1.0", new ByteArrayInputStream(new byte[32]));
      root.createDirectory("__nameid_version1.0");
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
  }
}
