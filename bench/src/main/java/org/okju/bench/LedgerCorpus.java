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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
 * builds each document in its format from its text source, next to its annotation. The corpus is
 * split into a development half (the rules may be tuned on it) and a held-out test half (only
 * scored), each a resource folder whose {@code INDEX} lists its documents.
 */
public final class LedgerCorpus {
  /** The two halves of the corpus. */
  public enum Split {
    DEV("dev"),
    TEST("test");

    private final String folder;

    Split(String folder) {
      this.folder = folder;
    }

    /** The resource folder (and the name printed by the bench). */
    public String folder() {
      return folder;
    }
  }

  /** A built document and its annotation lines. */
  public record Document(Path file, List<String> annotation) {}

  private LedgerCorpus() {}

  /** The documents of a split, in their INDEX order ({@code NN-name.FORMAT}). */
  public static List<String> names(Split split) {
    return resource(split.folder() + "/INDEX")
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  /** Builds every document of {@code split} into {@code dir}. */
  public static List<Document> build(Path dir, Split split) throws IOException {
    return build(dir, split, null, 0).documents();
  }

  /**
   * Builds the development documents numbered {@code first} or above into {@code dir}: a round of
   * new documents scored on its own before its fixes ({@code okju bench ledger --from N}), without
   * building or scoring the held-out half.
   */
  public static List<Document> buildDevFrom(Path dir, int first) throws IOException {
    return build(dir, Split.DEV, null, first).documents();
  }

  /** The number a document's name starts with ({@code 135-agenda-mixed.txt} is 135). */
  static int number(String name) {
    int dash = name.indexOf('-');
    return Integer.parseInt(dash < 0 ? name : name.substring(0, dash));
  }

  /**
   * A half built with its people renamed ({@code okju bench ledger --rename-seed N}), and what the
   * renaming did: how many of the gold people it renamed, and in how many documents it left a
   * problem ({@link PersonRenamer#problems}: counts only, so that the held-out half stays unread).
   */
  public record Renaming(List<Document> documents, int people, int renamed, int inconsistent) {}

  /** Builds every document of {@code split} into {@code dir}, renamed with {@code seed}. */
  public static Renaming buildRenamed(Path dir, Split split, long seed) throws IOException {
    return build(dir, split, new PersonRenamer(seed), 0);
  }

  /** The source text and annotation of one document, as they are stored. */
  static String source(Split split, String name) {
    return resource(split.folder() + "/" + name + ".src");
  }

  static List<String> annotation(Split split, String name) {
    String base = name.substring(0, name.indexOf('.'));
    return resource(split.folder() + "/" + base + ".ann")
        .lines()
        .filter(l -> !l.isBlank())
        .toList();
  }

  private static Renaming build(Path dir, Split split, PersonRenamer renamer, int first)
      throws IOException {
    Files.createDirectories(dir);
    List<Document> out = new ArrayList<>();
    int people = 0;
    int renamed = 0;
    int inconsistent = 0;
    for (String name : names(split)) {
      if (number(name) < first) {
        continue;
      }
      String text = source(split, name);
      List<String> ann = annotation(split, name);
      if (renamer != null) {
        PersonRenamer.Renamed r = renamer.rename(name, text, ann, charset(name));
        people += (int) ann.stream().filter(l -> l.startsWith("E person ")).count();
        renamed += r.people();
        inconsistent += PersonRenamer.problems(text, ann, r).isEmpty() ? 0 : 1;
        text = r.text();
        ann = r.annotation();
      }
      Path file = dir.resolve(name);
      String format = name.substring(name.lastIndexOf('.') + 1);
      switch (format) {
        case "txt" -> Files.write(file, encode(text, charset(name)));
        case "docx" -> docx(file, text);
        case "xlsx" -> xlsx(file, text);
        case "pdf" -> pdf(file, text);
        case "html" -> Files.writeString(file, html(text));
        case "xml" -> Files.writeString(file, text); // already XML (an SMS backup), as exported
        case "png" -> png(file, text);
        default -> throw new IllegalStateException("no builder for " + name);
      }
      out.add(new Document(file, ann));
    }
    return new Renaming(out, people, renamed, inconsistent);
  }

  /** The charset a document's text is written in (its name says: euckr, cp949, else UTF-8). */
  static Charset charset(String name) {
    if (name.contains("euckr")) {
      return Charset.forName("EUC-KR");
    }
    return name.contains("cp949") ? Charset.forName("x-windows-949") : StandardCharsets.UTF_8;
  }

  /** The text in a legacy charset; a character it cannot hold fails the build, never a '?'. */
  private static byte[] encode(String text, Charset charset) throws CharacterCodingException {
    ByteBuffer b =
        charset
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .encode(CharBuffer.wrap(text));
    byte[] out = new byte[b.remaining()];
    b.get(out);
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
        // Trailing tabs make no cells.
        String[] cells = lines.get(r).replaceFirst("\t+$", "").split("\t", -1);
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

  /**
   * A scanned page: the text drawn in NanumGothic (Debian fonts-nanum), black on white; a page
   * named {@code *-hand-*} is a photographed handwritten one instead: Nanum Pen Script (Debian
   * fonts-nanum-extra) in blue-black ink on tinted paper, turned a little, with grain.
   */
  private static void png(Path file, String text) throws IOException {
    boolean hand = file.getFileName().toString().contains("-hand-");
    List<String> lines = text.lines().toList();
    BufferedImage img = new BufferedImage(1400, 80 + 80 * lines.size(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(hand ? new Color(236, 232, 220) : Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    Font font = new Font(hand ? HAND_FONT : "NanumGothic", Font.PLAIN, hand ? 52 : 44);
    if (hand && !font.getFamily(Locale.ROOT).equals(HAND_FONT)) {
      throw new IllegalStateException(HAND_FONT + " is not installed (Debian fonts-nanum-extra)");
    }
    g.setFont(font);
    g.setColor(hand ? new Color(30, 35, 80) : Color.BLACK);
    if (hand) {
      g.rotate(Math.toRadians(0.4));
    }
    for (int i = 0; i < lines.size(); i++) {
      g.drawString(lines.get(i), 40, 90 + 80 * i);
    }
    g.dispose();
    if (hand) {
      grain(img, new Random(file.getFileName().toString().hashCode()));
    }
    ImageIO.write(img, "png", file.toFile());
  }

  private static final String HAND_FONT = "Nanum Pen Script";

  private static int channel(int rgb, int noise) {
    return Math.max(0, Math.min(255, (rgb & 0xff) + noise));
  }

  /** Paper grain: the same small grey noise on each channel, seeded so a page is reproducible. */
  private static void grain(BufferedImage img, Random random) {
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int n = (int) Math.round(random.nextGaussian() * 6);
        int rgb = img.getRGB(x, y);
        img.setRGB(
            x, y, (channel(rgb >> 16, n) << 16) | (channel(rgb >> 8, n) << 8) | channel(rgb, n));
      }
    }
  }
}
