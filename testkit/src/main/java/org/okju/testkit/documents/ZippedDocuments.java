package org.okju.testkit.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zip-based documents written entry by entry as their specifications lay them out: OpenDocument
 * text and spreadsheet (ODF 1.2 part 3), EPUB 3 (OCF), and Hancom's HWPX (OWPML, KS X 6101). Each
 * starts with an uncompressed {@code mimetype} entry, as the formats require.
 */
final class ZippedDocuments {
  private ZippedDocuments() {}

  static void odt(Path file, List<String> lines) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      body.append("<text:p>").append(xml(line)).append("</text:p>");
    }
    odf(file, "application/vnd.oasis.opendocument.text", "<office:text>" + body + "</office:text>");
  }

  static void ods(Path file, List<String> lines) throws IOException {
    StringBuilder rows = new StringBuilder("<table:table table:name=\"장부\">");
    for (String line : lines) {
      rows.append("<table:table-row><table:table-cell office:value-type=\"string\"><text:p>")
          .append(xml(line))
          .append("</text:p></table:table-cell></table:table-row>");
    }
    rows.append("</table:table>");
    odf(
        file,
        "application/vnd.oasis.opendocument.spreadsheet",
        "<office:spreadsheet>" + rows + "</office:spreadsheet>");
  }

  private static void odf(Path file, String mediaType, String body) throws IOException {
    String content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " office:version=\"1.2\"><office:body>"
            + body
            + "</office:body></office:document-content>";
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<manifest:manifest"
            + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
            + " manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\""
            + mediaType
            + "\"/><manifest:file-entry manifest:full-path=\"content.xml\""
            + " manifest:media-type=\"text/xml\"/></manifest:manifest>";
    zip(file, mediaType, Map.of("content.xml", content, "META-INF/manifest.xml", manifest));
  }

  static void epub(Path file, List<String> lines) throws IOException {
    String container =
        "<?xml version=\"1.0\"?><container version=\"1.0\""
            + " xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
            + "<rootfile full-path=\"OEBPS/content.opf\""
            + " media-type=\"application/oebps-package+xml\"/></rootfiles></container>";
    String opf =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><package xmlns=\"http://www.idpf.org/2007/opf\""
            + " version=\"3.0\" unique-identifier=\"id\"><metadata"
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier id=\"id\">okju-test"
            + "</dc:identifier><dc:title>일기</dc:title><dc:language>ko</dc:language></metadata>"
            + "<manifest><item id=\"c1\" href=\"chapter1.xhtml\""
            + " media-type=\"application/xhtml+xml\"/></manifest>"
            + "<spine><itemref idref=\"c1\"/></spine></package>";
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      body.append("<p>").append(xml(line)).append("</p>");
    }
    String chapter =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
            + "<head><title>일기</title></head><body>"
            + body
            + "</body></html>";
    zip(
        file,
        "application/epub+zip",
        Map.of(
            "META-INF/container.xml",
            container,
            "OEBPS/content.opf",
            opf,
            "OEBPS/chapter1.xhtml",
            chapter));
  }

  static void hwpx(Path file, List<String> lines) throws IOException {
    StringBuilder paras = new StringBuilder();
    for (String line : lines) {
      paras.append("<hp:p><hp:run><hp:t>").append(xml(line)).append("</hp:t></hp:run></hp:p>");
    }
    String section =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<hs:sec xmlns:hs=\"http://www.hancom.co.kr/hwpml/2011/section\""
            + " xmlns:hp=\"http://www.hancom.co.kr/hwpml/2011/paragraph\">"
            + paras
            + "</hs:sec>";
    String version =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<hv:HCFVersion xmlns:hv=\"http://www.hancom.co.kr/hwpml/2011/version\""
            + " tagetApplication=\"WORDPROCESSOR\" major=\"5\" minor=\"1\" micro=\"0\""
            + " buildNumber=\"1\"/>";
    String hpf =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><opf:package"
            + " xmlns:opf=\"http://www.idpf.org/2007/opf/\"><opf:manifest>"
            + "<opf:item id=\"section0\" href=\"Contents/section0.xml\""
            + " media-type=\"application/xml\"/></opf:manifest><opf:spine>"
            + "<opf:itemref idref=\"section0\"/></opf:spine></opf:package>";
    String container =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ocf:container"
            + " xmlns:ocf=\"urn:oasis:names:tc:opendocument:xmlns:container\"><ocf:rootfiles>"
            + "<ocf:rootfile full-path=\"Contents/content.hpf\""
            + " media-type=\"application/hwpml-package+xml\"/></ocf:rootfiles></ocf:container>";
    zip(
        file,
        "application/hwp+zip",
        Map.of(
            "version.xml",
            version,
            "META-INF/container.xml",
            container,
            "Contents/content.hpf",
            hpf,
            "Contents/section0.xml",
            section));
  }

  /** The mimetype entry first and stored, then the others deflated, in name order. */
  private static void zip(Path file, String mimetype, Map<String, String> entries)
      throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(type);
      zip.closeEntry();
      for (String name : new java.util.TreeSet<>(entries.keySet())) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(entries.get(name).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
