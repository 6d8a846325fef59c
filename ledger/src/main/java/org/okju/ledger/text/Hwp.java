package org.okju.ledger.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractor;
import org.okju.ledger.DocumentText;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Hangul word processor files: HWP 5 through hwplib, HWPX (zipped OWPML) from its section XML. */
final class Hwp {
  private static final long MAX_SECTION_BYTES = 64L << 20;

  private Hwp() {}

  static DocumentText read(Path file, int maxChars) throws DocumentException {
    try {
      HWPFile hwp = HWPReader.fromFile(file.toFile());
      if (hwp == null) {
        throw new DocumentException(file, DocumentException.Kind.CORRUPT, "not an HWP file", null);
      }
      if (hwp.getFileHeader().hasPassword()) {
        throw new DocumentException(
            file, DocumentException.Kind.ENCRYPTED, "password protected", null);
      }
      String text =
          TextExtractor.extract(hwp, TextExtractMethod.InsertControlTextBetweenParagraphText);
      return bounded(file, text, maxChars);
    } catch (DocumentException e) {
      throw e;
    } catch (Exception e) { // hwplib declares Exception
      throw new DocumentException(
          file, DocumentException.Kind.CORRUPT, String.valueOf(e.getMessage()), e);
    }
  }

  static DocumentText readHwpx(Path file, int maxChars) throws DocumentException {
    StringBuilder text = new StringBuilder();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<ZipEntry> sections = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (entry.getName().matches("Contents/section\\d+\\.xml")) {
          sections.add(entry);
        }
      }
      sections.sort((a, b) -> a.getName().compareTo(b.getName()));
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      // No DOCTYPE at all: no external entity, no entity expansion (XML bomb).
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      for (ZipEntry entry : sections) {
        SAXParser parser = f.newSAXParser();
        try (InputStream in =
            new BoundedInputStream(zip.getInputStream(entry), MAX_SECTION_BYTES)) {
          parser.parse(
              in,
              new DefaultHandler() {
                private boolean inText;

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
              });
        }
      }
    } catch (IOException
        | javax.xml.parsers.ParserConfigurationException
        | org.xml.sax.SAXException e) {
      throw new DocumentException(
          file, DocumentException.Kind.CORRUPT, String.valueOf(e.getMessage()), e);
    }
    return bounded(file, text.toString(), maxChars);
  }

  private static DocumentText bounded(Path file, String text, int maxChars) {
    List<String> warnings = new ArrayList<>();
    if (text.length() >= maxChars) {
      text = text.substring(0, maxChars);
      warnings.add("truncated: kept the first " + maxChars + " characters");
    }
    return new DocumentText(file.getFileName().toString(), List.of(text.strip()), warnings);
  }

  /** Stops reading past a limit (a zip entry can inflate without end). */
  private static final class BoundedInputStream extends java.io.FilterInputStream {
    private long left;

    BoundedInputStream(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        throw new IOException("section larger than " + MAX_SECTION_BYTES + " bytes");
      }
      left--;
      return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        throw new IOException("section larger than " + MAX_SECTION_BYTES + " bytes");
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
