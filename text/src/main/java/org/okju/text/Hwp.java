package org.okju.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Hangul word processor files: HWP 5 (OLE2) through hwplib, HWPX (zipped OWPML) from its section
 * XML, read as a stream so that an in-memory document needs no file.
 */
final class Hwp {
  private static final long MAX_SECTION_BYTES = 64L << 20;
  private static final Pattern SECTION = Pattern.compile("Contents/section(\\d+)\\.xml");
  private static final byte[] SIGNATURE =
      "HWP Document File".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private Hwp() {}

  /**
   * Whether an OLE2 file is an HWP 5 document by its {@code FileHeader} stream's signature (HWP 5.0
   * format §3.2.1): Tika names it only when the summary stream is present too.
   */
  static boolean isHwp5(DocumentSource source) {
    try (InputStream in = source.open();
        POIFSFileSystem fs = new POIFSFileSystem(in)) {
      DirectoryNode root = fs.getRoot();
      if (!root.hasEntry("FileHeader")) {
        return false;
      }
      try (DocumentInputStream header =
          root.createDocumentInputStream((DocumentEntry) root.getEntry("FileHeader"))) {
        byte[] head = header.readNBytes(SIGNATURE.length);
        return java.util.Arrays.equals(head, SIGNATURE);
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  static ExtractedText read(DocumentSource source, int maxChars) throws DocumentException {
    try (InputStream in = source.open()) {
      HWPFile hwp = HWPReader.fromInputStream(in);
      if (hwp == null) {
        throw new DocumentException(
            source.name(), DocumentException.Kind.CORRUPT, "not an HWP file", null);
      }
      if (hwp.getFileHeader().hasPassword()) {
        throw new DocumentException(
            source.name(), DocumentException.Kind.ENCRYPTED, "password protected", null);
      }
      String text =
          TextExtractor.extract(hwp, TextExtractMethod.InsertControlTextBetweenParagraphText);
      return bounded(text, maxChars);
    } catch (DocumentException e) {
      throw e;
    } catch (Exception e) { // hwplib declares Exception
      throw new DocumentException(
          source.name(), DocumentException.Kind.CORRUPT, String.valueOf(e.getMessage()), e);
    }
  }

  static ExtractedText readHwpx(DocumentSource source, int maxChars) throws DocumentException {
    StringBuilder text = new StringBuilder();
    try (InputStream raw = source.open();
        ZipInputStream zip = new ZipInputStream(raw)) {
      // Sections in number order; entries may come in any order, so their XML is kept (bounded).
      Map<Integer, byte[]> sections = new TreeMap<>();
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        var m = SECTION.matcher(e.getName());
        if (m.matches()) {
          byte[] xml = zip.readNBytes((int) MAX_SECTION_BYTES + 1);
          if (xml.length > MAX_SECTION_BYTES) {
            throw new IOException("section larger than " + MAX_SECTION_BYTES + " bytes");
          }
          sections.put(Integer.parseInt(m.group(1)), xml);
        }
      }
      if (sections.isEmpty()) {
        throw new IOException("no Contents/section*.xml: not an HWPX document");
      }
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      // No DOCTYPE at all: no external entity, no entity expansion (XML bomb).
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      for (byte[] xml : sections.values()) {
        SAXParser parser = f.newSAXParser();
        parser.parse(new java.io.ByteArrayInputStream(xml), new SectionHandler(text, maxChars));
      }
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new DocumentException(
          source.name(), DocumentException.Kind.CORRUPT, String.valueOf(e.getMessage()), e);
    }
    return bounded(text.toString(), maxChars);
  }

  /** Text runs ({@code hp:t}) of each paragraph ({@code hp:p}), a line per paragraph. */
  private static final class SectionHandler extends DefaultHandler {
    private final StringBuilder text;
    private final int maxChars;
    private boolean inText;

    SectionHandler(StringBuilder text, int maxChars) {
      this.text = text;
      this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      inText = local.equals("t");
    }

    @Override
    public void endElement(String uri, String local, String q) {
      if (local.equals("p")) {
        text.append('\n');
      }
      inText = false;
    }

    @Override
    public void characters(char[] ch, int s, int l) {
      if (inText && text.length() < maxChars) {
        text.append(ch, s, Math.min(l, maxChars - text.length()));
      }
    }
  }

  private static ExtractedText bounded(String text, int maxChars) {
    List<String> warnings = new ArrayList<>();
    if (text.length() >= maxChars) {
      text = text.substring(0, maxChars);
      warnings.add("truncated: kept the first " + maxChars + " characters");
    }
    return new ExtractedText(
        List.of(text.strip()), warnings, ExtractedText.Method.PARSER, Optional.empty());
  }
}
