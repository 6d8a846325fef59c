package org.okju.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Ordinary files of every type okju carves, made at test time from a seed with varied sizes and
 * layouts: JPEG, PNG and GIF pictures of random shapes (ImageIO), MP4, MOV (some with the index at
 * the start, some at the end, as cameras write it) and AVI clips of ffmpeg's test pattern, PDFs
 * (PDFBox, some with a picture), DOCX (POI, some with a picture) and ZIPs of stored and deflated
 * members. Nothing in them shows a person.
 */
final class CarvingSamples {
  /** The types, by the extension PhotoRec gives what it carves. */
  static final List<String> TYPES =
      List.of("jpg", "png", "gif", "mp4", "mov", "avi", "pdf", "docx", "zip");

  /** One file made for carving. */
  record Sample(String type, Path file, long size, String sha256) {}

  private CarvingSamples() {}

  /** {@code perType} files of each of {@link #TYPES} in {@code dir}, from {@code seed}. */
  static List<Sample> write(Path dir, long seed, int perType) throws Exception {
    Files.createDirectories(dir);
    Random r = new Random(seed);
    List<Sample> out = new ArrayList<>();
    for (String type : TYPES) {
      for (int i = 0; i < perType; i++) {
        Path file = dir.resolve(String.format(Locale.ROOT, "%s-%02d.%s", type, i, type));
        switch (type) {
          case "jpg", "png", "gif" -> ImageIO.write(picture(r, type), type, file.toFile());
          case "mp4", "mov", "avi" -> clip(r, type, i, file);
          case "pdf" -> pdf(r, file);
          case "docx" -> docx(r, file);
          default -> zip(r, file);
        }
        byte[] b = Files.readAllBytes(file);
        out.add(new Sample(type, file, b.length, sha256(b)));
      }
    }
    return out;
  }

  private static BufferedImage picture(Random r, String type) {
    int w = 120 + r.nextInt(800);
    int h = 90 + r.nextInt(600);
    // The JDK's GIF writer wants an indexed picture.
    int kind = type.equals("gif") ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_INT_RGB;
    BufferedImage img = new BufferedImage(w, h, kind);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(r.nextInt(0xffffff)));
    g.fillRect(0, 0, w, h);
    for (int i = 0, n = 5 + r.nextInt(60); i < n; i++) {
      g.setColor(new Color(r.nextInt(0xffffff)));
      int x = r.nextInt(w);
      int y = r.nextInt(h);
      if (r.nextBoolean()) {
        g.fillOval(x, y, 1 + r.nextInt(w / 2), 1 + r.nextInt(h / 2));
      } else {
        g.fillRect(x, y, 1 + r.nextInt(w / 2), 1 + r.nextInt(h / 2));
      }
    }
    // Some noise, so the files are not all a few kB.
    for (int i = 0, n = r.nextInt(w * h / 8); i < n; i++) {
      img.setRGB(r.nextInt(w), r.nextInt(h), r.nextInt(0xffffff));
    }
    g.dispose();
    return img;
  }

  private static void clip(Random r, String type, int i, Path file) throws Exception {
    int w = 16 * (10 + r.nextInt(30));
    int h = 16 * (8 + r.nextInt(20));
    String seconds = Integer.toString(1 + r.nextInt(4));
    List<String> cmd = new ArrayList<>();
    cmd.addAll(List.of("ffmpeg", "-y", "-nostdin", "-loglevel", "error", "-f", "lavfi", "-i"));
    cmd.add("testsrc2=size=" + w + "x" + h + ":rate=25:duration=" + seconds);
    cmd.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=" + (200 + r.nextInt(800))));
    cmd.addAll(List.of("-t", seconds));
    if (type.equals("avi")) {
      cmd.addAll(List.of("-c:v", "mpeg4", "-q:v", Integer.toString(2 + r.nextInt(8))));
      cmd.addAll(List.of("-c:a", "pcm_s16le"));
    } else {
      cmd.addAll(List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"));
      cmd.addAll(List.of("-c:a", "aac"));
      if (i % 2 == 0) {
        cmd.addAll(List.of("-movflags", "+faststart"));
      }
    }
    cmd.add(file.toString());
    EvidenceTree.sh(file.getParent(), shell(cmd));
  }

  private static String shell(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      b.append('\'').append(w.replace("'", "'\\''")).append("' ");
    }
    return b.toString();
  }

  private static void pdf(Random r, Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0, pages = 1 + r.nextInt(5); p < pages; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.beginText();
          s.setFont(font, 11);
          s.newLineAtOffset(50, 740);
          for (int l = 0, lines = 5 + r.nextInt(40); l < lines; l++) {
            s.showText("Fictional ledger line " + l + ": " + r.nextInt(1_000_000) + " won.");
            s.newLineAtOffset(0, -14);
          }
          s.endText();
          if (r.nextBoolean()) {
            s.drawImage(JPEGFactory.createFromImage(doc, picture(r, "jpg")), 50, 50, 300, 200);
          }
        }
      }
      doc.save(file.toFile());
    }
  }

  private static void docx(Random r, Path file) throws Exception {
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      for (int p = 0, paragraphs = 3 + r.nextInt(60); p < paragraphs; p++) {
        doc.createParagraph()
            .createRun()
            .setText("Fictional diary entry " + p + ": paid " + r.nextInt(1_000_000) + " won.");
      }
      if (r.nextBoolean()) {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture(r, "jpg"), "jpg", jpeg);
        XWPFRun run = doc.createParagraph().createRun();
        run.addPicture(
            new java.io.ByteArrayInputStream(jpeg.toByteArray()),
            PictureType.JPEG,
            "picture.jpg",
            Units.toEMU(300),
            Units.toEMU(200));
      }
      doc.write(out);
    }
  }

  private static void zip(Random r, Path file) throws IOException {
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int m = 0, members = 1 + r.nextInt(6); m < members; m++) {
        ZipEntry e = new ZipEntry("folder/member-" + m + (r.nextBoolean() ? ".bin" : ".txt"));
        byte[] b;
        if (e.getName().endsWith(".bin")) {
          b = new byte[1000 + r.nextInt(200_000)];
          r.nextBytes(b);
        } else {
          b =
              ("Fictional note " + m + ". ")
                  .repeat(10 + r.nextInt(2000))
                  .getBytes(StandardCharsets.US_ASCII);
        }
        z.putNextEntry(e);
        z.write(b);
        z.closeEntry();
      }
    }
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
