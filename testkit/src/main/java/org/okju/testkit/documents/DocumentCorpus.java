package org.okju.testkit.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A folder holding every document format okju reads, written at test time from fictional diary
 * lines ({@link DiaryLines}): plain text in UTF-8, UTF-16 (with and without a byte-order mark),
 * EUC-KR, CP949, Shift-JIS and Latin-1; docx, xlsx, pptx, xls, ppt (POI); odt, ods, epub, hwpx
 * (zipped by hand); HWP 5 (hwplib); RTF, e-mail, HTML, PDF (PDFBox); a scanned page (PNG); and two
 * OLE2 containers laid out as a Word 97 file and an Outlook message. Each document's diary line
 * records a distinct amount and a marker word found nowhere else. Nothing is committed.
 */
public final class DocumentCorpus {
  private DocumentCorpus() {}

  /** Writes every document into {@code dir} and returns what it wrote, in writing order. */
  public static List<CorpusDocument> write(Path dir) {
    try {
      Files.createDirectories(dir);
      Writer w = new Writer(dir);
      w.text("diary-utf8.txt", "txt UTF-8", StandardCharsets.UTF_8, false);
      w.text("diary-euc-kr.txt", "txt EUC-KR", Charset.forName("EUC-KR"), false);
      w.text("diary-utf16le-bom.txt", "txt UTF-16LE with BOM", StandardCharsets.UTF_16LE, true);
      w.text("diary-utf16be.txt", "txt UTF-16BE without BOM", StandardCharsets.UTF_16BE, false);
      w.cp949();
      w.sjis();
      w.latin1();
      w.add("diary.docx", "docx", l -> OfficeFiles.docx(dir.resolve("diary.docx"), l));
      w.add("ledger.xlsx", "xlsx", l -> OfficeFiles.xlsx(dir.resolve("ledger.xlsx"), l));
      w.add("slides.pptx", "pptx", l -> OfficeFiles.pptx(dir.resolve("slides.pptx"), l));
      w.add("ledger.xls", "xls", l -> OfficeFiles.xls(dir.resolve("ledger.xls"), l));
      w.add("slides.ppt", "ppt", l -> OfficeFiles.ppt(dir.resolve("slides.ppt"), l));
      w.add("diary.odt", "odt", l -> ZippedDocuments.odt(dir.resolve("diary.odt"), l));
      w.add("ledger.ods", "ods", l -> ZippedDocuments.ods(dir.resolve("ledger.ods"), l));
      w.add("diary.epub", "epub", l -> ZippedDocuments.epub(dir.resolve("diary.epub"), l));
      w.add("diary.hwpx", "hwpx", l -> ZippedDocuments.hwpx(dir.resolve("diary.hwpx"), l));
      w.add("diary.hwp", "hwp", l -> HwpFiles.hwp(dir.resolve("diary.hwp"), l));
      w.add("diary.rtf", "rtf", l -> PlainDocuments.rtf(dir.resolve("diary.rtf"), l));
      w.add("mail.eml", "eml", l -> PlainDocuments.eml(dir.resolve("mail.eml"), "정산", l));
      w.add("mail.msg", "msg", l -> OfficeFiles.msg(dir.resolve("mail.msg"), "정산", l));
      w.add("diary.html", "html", l -> PlainDocuments.html(dir.resolve("diary.html"), l));
      w.pdf();
      w.scan();
      w.typeOnly("empty-word.doc", "doc (OLE2 directory only)", OfficeFiles::wordContainer);
      return w.written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("could not write the document corpus", e);
    }
  }

  /** Writes one document from its lines. */
  @FunctionalInterface
  private interface Format {
    void write(List<String> lines) throws Exception;
  }

  @FunctionalInterface
  private interface FileFormat {
    void write(Path file) throws Exception;
  }

  private static final class Writer {
    final Path dir;
    final List<CorpusDocument> written = new ArrayList<>();

    Writer(Path dir) {
      this.dir = dir;
    }

    private int next() {
      return written.size() + 1;
    }

    private static String marker(String file) {
      return "okjumark" + file.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
    }

    void add(String file, String format, Format f) throws Exception {
      int n = next();
      String marker = marker(file);
      f.write(DiaryLines.korean(n, marker));
      written.add(new CorpusDocument(file, format, marker, n * 1_000_000L, true));
    }

    void text(String file, String format, Charset cs, boolean bom) throws Exception {
      add(file, format, l -> PlainDocuments.text(dir.resolve(file), l, cs, bom));
    }

    /** CP949: the diary plus syllables outside KS X 1001 (똠, 햏), which EUC-KR cannot encode. */
    void cp949() throws Exception {
      String file = "diary-cp949.txt";
      add(
          file,
          "txt CP949",
          l -> {
            List<String> lines = new ArrayList<>(l);
            lines.add("별명은 똠방각하, 햏자.");
            PlainDocuments.text(dir.resolve(file), lines, Charset.forName("x-windows-949"), false);
          });
    }

    void sjis() throws Exception {
      String file = "memo-shift-jis.txt";
      int n = next();
      String marker = marker(file);
      List<String> lines =
          List.of(
              "2023年5月" + n + "日 晴れ",
              "駅の北口で田中さんと会い、書類を受け取った。",
              "夜はカレーを食べて、早めに寝ることにした。",
              "目印 " + marker);
      PlainDocuments.text(dir.resolve(file), lines, Charset.forName("Shift_JIS"), false);
      written.add(new CorpusDocument(file, "txt Shift-JIS", marker, 0, true));
    }

    void latin1() throws Exception {
      String file = "lettre-latin1.txt";
      int n = next();
      String marker = marker(file);
      List<String> lines =
          List.of(
              "Le " + n + " mai 2023, rendez-vous à la gare, près de l'entrée nord.",
              "Il a payé en espèces; j'ai gardé ma part, évidemment.",
              "Übergabe am Bahnhof, Ausgang Süd; größer als erwartet.",
              "repère " + marker);
      PlainDocuments.text(dir.resolve(file), lines, StandardCharsets.ISO_8859_1, false);
      written.add(new CorpusDocument(file, "txt Latin-1", marker, 0, true));
    }

    void pdf() throws Exception {
      String file = "ledger.pdf";
      int n = next();
      String marker = marker(file);
      PdfFiles.pdf(
          dir.resolve(file),
          List.of(
              List.of("Ledger, page one", "Nothing to record today."),
              DiaryLines.english(n, marker)));
      written.add(new CorpusDocument(file, "pdf", marker, n * 1_000_000L, true));
    }

    /** A scanned diary page, English so that Tesseract's reading is reliable. */
    void scan() throws Exception {
      String file = "scanned-page.png";
      int n = next();
      String marker = marker(file);
      ImageIO.write(
          PageImages.page(DiaryLines.english(n, marker), 28, false, n),
          "png",
          dir.resolve(file).toFile());
      written.add(new CorpusDocument(file, "scanned page (png)", marker, n * 1_000_000L, true));
    }

    void typeOnly(String file, String format, FileFormat f) throws Exception {
      f.write(dir.resolve(file));
      written.add(new CorpusDocument(file, format, "", 0, false));
    }
  }
}
