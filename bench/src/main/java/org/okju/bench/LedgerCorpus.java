package org.okju.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The fictional annotated ledger corpus (resources {@code org/okju/bench/ledger}, see its README):
 * builds each document in its format from its text source, next to its annotation.
 */
public final class LedgerCorpus {
  /** The twelve documents, in order. */
  public static final List<String> NAMES =
      List.of(
          "01-diary-ko.txt",
          "02-diary-ko-euckr.txt",
          "03-ledger-ko.xlsx",
          "04-diary-en.docx",
          "05-ledger-en.pdf",
          "06-mixed.html",
          "07-diary-ko.docx",
          "08-scan.png",
          "09-contacts-ko.txt",
          "10-diary-en.txt",
          "11-diary-ko.txt",
          "12-mixed.txt");

  /** A built document and its annotation lines. */
  public record Document(Path file, List<String> annotation) {}

  private LedgerCorpus() {}

  /** Builds every document into {@code dir}. */
  public static List<Document> build(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Document> out = new ArrayList<>();
    for (String name : NAMES) {
      String text = resource(name + ".src");
      String base = name.substring(0, name.indexOf('.'));
      Path file = dir.resolve(name);
      String format = name.substring(name.lastIndexOf('.') + 1);
      switch (format) {
        case "txt" ->
            Files.write(
                file,
                text.getBytes(
                    name.contains("euckr") ? Charset.forName("EUC-KR") : StandardCharsets.UTF_8));
        case "docx" -> docx(file, text);
        case "xlsx" -> xlsx(file, text);
        case "pdf" -> pdf(file, text);
        case "html" -> Files.writeString(file, html(text));
        case "png" -> png(file, text);
        default -> throw new IllegalStateException("no builder for " + name);
      }
      List<String> ann = resource(base + ".ann").lines().filter(l -> !l.isBlank()).toList();
      out.add(new Document(file, ann));
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = LedgerCorpus.class.getResourceAsStream("ledger/" + name)) {
      if (in == null) {
        throw new IllegalStateException("corpus resource missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void docx(Path file, String text) throws IOException {
    try (XWPFDocument d = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      text.lines().forEach(l -> d.createParagraph().createRun().setText(l));
      d.write(out);
    }
  }

  private static void xlsx(Path file, String text) throws IOException {
    try (XSSFWorkbook w = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = w.createSheet("장부");
      List<String> lines = text.lines().toList();
      for (int r = 0; r < lines.size(); r++) {
        String[] cells = lines.get(r).split("\t");
        var row = sheet.createRow(r);
        for (int c = 0; c < cells.length; c++) {
          row.createCell(c).setCellValue(cells[c]);
        }
      }
      w.write(out);
    }
  }

  private static void pdf(Path file, String text) throws IOException {
    try (PDDocument d = new PDDocument()) {
      PDPage page = new PDPage();
      d.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(d, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        s.setLeading(18);
        s.newLineAtOffset(72, 720);
        for (String l : text.lines().toList()) {
          s.showText(l);
          s.newLine();
        }
        s.endText();
      }
      d.save(file.toFile());
    }
  }

  private static String html(String text) {
    StringBuilder b =
        new StringBuilder(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>diary</title></head><body>\n");
    text.lines()
        .forEach(
            l ->
                b.append("<p>")
                    .append(l.replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</p>\n"));
    return b.append("</body></html>\n").toString();
  }

  /** A scanned page: the text drawn in NanumGothic (Debian fonts-nanum), black on white. */
  private static void png(Path file, String text) throws IOException {
    List<String> lines = text.lines().toList();
    BufferedImage img = new BufferedImage(1400, 80 + 80 * lines.size(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font("NanumGothic", Font.PLAIN, 44));
    for (int i = 0; i < lines.size(); i++) {
      g.drawString(lines.get(i), 40, 90 + 80 * i);
    }
    g.dispose();
    ImageIO.write(img, "png", file.toFile());
  }
}
