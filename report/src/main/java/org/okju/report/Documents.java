package org.okju.report;

import java.io.IOException;

/**
 * The report module's printer for other modules' documents (the monitor's notices and a victim's
 * status report): XHTML to PDF with the report's fonts, Korean embedded. Stateless.
 */
public final class Documents {
  private Documents() {}

  /**
   * The PDF of a self-contained XHTML page.
   *
   * @throws IOException when it cannot be printed, or it has Korean and no Korean font is installed
   *     (fonts-nanum)
   */
  public static byte[] pdf(String xhtml) throws IOException {
    return PdfReport.render(xhtml);
  }
}
