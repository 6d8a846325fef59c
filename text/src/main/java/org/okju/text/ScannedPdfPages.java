package org.okju.text;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * OCR of the pages of a PDF that have no text but show a picture. A diary handed over as a scan (a
 * phone's scanner app, a copier's scan-to-mail) is a PDF of page images: Tika reads no text from
 * it, and the document looked read, with nothing in it for search or the ledger. Each such page is
 * rendered with PDFBox in grey, in memory (never written to a file, as {@link Ocr} reads pictures),
 * and read by Tesseract as a picture of a page is. Pages with text of their own are left as Tika
 * read them; a blank page without a picture costs nothing. Thread-safe.
 */
final class ScannedPdfPages {
  /** Tesseract's own advice for body text; 200 dpi loses small print, 400 only costs time. */
  private static final float DPI = 300;

  /**
   * At most this many pages are read by OCR (a few seconds each, inside the document's time limit);
   * the rest are named in a warning.
   */
  static final int MAX_OCR_PAGES = 30;

  private ScannedPdfPages() {}

  /**
   * {@code parsed} with the text of its picture-only pages read by OCR.
   *
   * @throws DocumentException when Tesseract cannot run or a page cannot be rendered
   */
  static ExtractedText withOcr(DocumentSource source, ExtractedText parsed, Ocr ocr)
      throws DocumentException {
    if (parsed.pages().stream().noneMatch(String::isBlank)) {
      return parsed;
    }
    try (InputStream in = source.open();
        PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
      List<String> pages = new ArrayList<>(parsed.pages());
      List<String> warnings = new ArrayList<>(parsed.warnings());
      PDFRenderer renderer = new PDFRenderer(doc);
      int n = Math.min(pages.size(), doc.getNumberOfPages());
      int read = 0;
      List<Integer> skipped = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!pages.get(i).isBlank() || !showsPicture(doc.getPage(i))) {
          continue;
        }
        if (read == MAX_OCR_PAGES) {
          skipped.add(i + 1);
          continue;
        }
        pages.set(
            i, ocr(source.name(), i, renderer.renderImageWithDPI(i, DPI, ImageType.GRAY), ocr));
        read++;
      }
      if (read == 0) {
        return parsed;
      }
      warnings.add(read + " page(s) without a text layer read by OCR");
      if (!skipped.isEmpty()) {
        warnings.add("pages " + skipped + " without a text layer not read: OCR limit reached");
      }
      boolean allOcr = read == pages.stream().filter(p -> !p.isBlank()).count();
      return new ExtractedText(
          pages,
          warnings,
          allOcr ? ExtractedText.Method.OCR : ExtractedText.Method.PARSER,
          parsed.encoding());
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(
          source.name(),
          DocumentException.Kind.CORRUPT,
          "a page without a text layer could not be rendered for OCR: " + e.getMessage(),
          e);
    }
  }

  private static String ocr(String name, int index, BufferedImage page, Ocr ocr)
      throws IOException, DocumentException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(page, "png", png);
    byte[] bytes = png.toByteArray();
    String text =
        ocr.read(new DocumentSource.InMemory(name + " page " + (index + 1), bytes, bytes.length));
    return text.strip(); // ExtractedText turns the page separators Tesseract writes into lines
  }

  /** Whether the page draws an image (directly or in a form it uses). */
  private static boolean showsPicture(PDPage page) throws IOException {
    return showsPicture(page.getResources(), 0);
  }

  private static boolean showsPicture(PDResources resources, int depth) throws IOException {
    if (resources == null || depth > 3) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.isImageXObject(name)) {
        return true;
      }
      if (resources.getXObject(name)
              instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
          && showsPicture(form.getResources(), depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
