package org.okju.testkit.documents;

import java.nio.file.Path;
import java.util.List;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.bodytext.paragraph.text.HWPChar;
import kr.dogfoot.hwplib.object.bodytext.paragraph.text.HWPCharNormal;
import kr.dogfoot.hwplib.tool.blankfilemaker.BlankFileMaker;
import kr.dogfoot.hwplib.writer.HWPWriter;
import org.apache.poi.hpsf.ClassID;
import org.apache.poi.hpsf.PropertySet;
import org.apache.poi.hpsf.Variant;
import org.apache.poi.hpsf.wellknown.PropertyIDMap;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * HWP 5 (the Hangul word processor's OLE2 format) written with hwplib: its blank document, with the
 * lines put into its one paragraph before the paragraph break, separated by line breaks (HWP char
 * 10).
 */
final class HwpFiles {
  static final String HWP_SUMMARY = "{9FA2B660-1061-11D4-B4C6-006097C09D8C}";

  private HwpFiles() {}

  static void hwp(Path file, List<String> lines) throws Exception {
    HWPFile hwp = BlankFileMaker.make();
    Section section = hwp.getBodyText().getSectionList().get(0);
    Paragraph p = section.getParagraph(0);
    java.util.ArrayList<HWPChar> chars = p.getText().getCharList();
    int at = chars.size() - 1; // before the paragraph break (char 13)
    String text = String.join("\n", lines);
    for (int i = 0; i < text.length(); i++) {
      HWPCharNormal c = new HWPCharNormal();
      c.setCode((short) text.charAt(i));
      chars.add(at++, c);
    }
    p.getHeader().setCharacterCount(chars.size());
    p.deleteLineSeg();
    HWPWriter.toFile(hwp, file.toString());
    addSummary(file);
  }

  /**
   * Hangul writes a summary property set ({@code \005HwpSummaryInformation}, HWP 5.0 format §3.2,
   * format id {@value #HWP_SUMMARY}) into every file, and Tika recognises HWP 5 by it; hwplib's
   * blank document has none.
   */
  private static void addSummary(Path file) throws Exception {
    byte[] summary;
    try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      PropertySet ps = new PropertySet();
      org.apache.poi.hpsf.Section section = ps.getFirstSection();
      section.setFormatID(new ClassID(HWP_SUMMARY));
      section.setProperty(PropertyIDMap.PID_TITLE, Variant.VT_LPWSTR, "일기");
      ps.write(out);
      summary = out.toByteArray();
    }
    byte[] bytes = java.nio.file.Files.readAllBytes(file);
    try (POIFSFileSystem fs = new POIFSFileSystem(new java.io.ByteArrayInputStream(bytes))) {
      fs.createDocument(new java.io.ByteArrayInputStream(summary), "\u0005HwpSummaryInformation");
      try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
  }
}
