package org.okju.testkit.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDF with real text (PDFBox, a standard font): one page per list of lines. */
final class PdfFiles {
  private PdfFiles() {}

  static void pdf(Path file, List<List<String>> pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.beginText();
          s.setFont(font, 12);
          s.newLineAtOffset(72, 720);
          for (String line : lines) {
            s.showText(line);
            s.newLineAtOffset(0, -18);
          }
          s.endText();
        }
      }
      doc.save(file.toFile());
    }
  }
}
