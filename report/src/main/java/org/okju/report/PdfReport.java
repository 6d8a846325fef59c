package org.okju.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Prints the HTML report to PDF with openhtmltopdf (PDFBox 3; SVG figures through Batik). The HTML
 * is the report's one source, so both formats say the same. Text is set in NanumBarunGothic,
 * embedded (subset), so Korean prints ({@link PdfFonts}); the SVG figures get the same fonts.
 * Stateless.
 */
final class PdfReport {
  static {
    // openhtmltopdf's log is global; route it once to SLF4J instead of its own stderr printer.
    XRLog.setLoggerImpl(new Slf4jXrLogger());
  }

  private PdfReport() {}

  /**
   * The PDF of {@code xhtml}.
   *
   * @throws MissingFontException when the page has Korean (or other CJK) text and no font with
   *     those letters is installed: a PDF missing names and places would mislead
   * @throws IOException when rendering fails
   */
  static byte[] render(String xhtml) throws IOException {
    return render(xhtml, PdfFonts.find(PdfFonts.DIRECTORIES));
  }

  static byte[] render(String xhtml, PdfFonts fonts) throws IOException {
    if (!fonts.hasKorean() && PdfFonts.needsCjk(xhtml)) {
      throw new MissingFontException();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    for (PdfFonts.Face f : fonts.fonts()) {
      // The figures' text too.
      use(builder, f, EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
      if (f.weight() == 400 && f.family().equals(PdfFonts.KOREAN)) {
        // And the last resort for a letter the asked-for font lacks (Hangul in a mono cell).
        // A font registered for a fallback is not also one the stylesheet can name: twice.
        use(builder, f, EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
      }
    }
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    builder.run();
    return out.toByteArray();
  }

  private static void use(PdfRendererBuilder builder, PdfFonts.Face f, Set<FSFontUseCase> uses) {
    builder.useFont(
        f.file().toFile(),
        f.family(),
        f.weight(),
        BaseRendererBuilder.FontStyle.NORMAL,
        true,
        uses);
  }

  /** The report has Korean text and no Korean font is installed to embed in the PDF. */
  static final class MissingFontException extends IOException {
    private static final long serialVersionUID = 1L;

    MissingFontException() {
      super(
          "the report has Korean text, and no Korean font was found to embed in the PDF (looked for"
              + " NanumBarunGothic.ttf under "
              + PdfFonts.DIRECTORIES
              + "): install the fonts-nanum package, or write the report as .html");
    }
  }
}
