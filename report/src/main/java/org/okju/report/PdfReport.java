package org.okju.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Prints the HTML report to PDF with openhtmltopdf (PDFBox 3; SVG figures through Batik). The HTML
 * is the report's one source, so both formats say the same. Fonts are PDF's standard Helvetica and
 * Courier: Latin text only; Korean names would need a CJK font embedded (not done yet). Stateless.
 */
final class PdfReport {
  private PdfReport() {}

  static byte[] render(String xhtml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    builder.run();
    return out.toByteArray();
  }
}
