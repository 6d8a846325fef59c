package org.okju.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Author and dates of documents without a document parser: the PDF document information dictionary
 * (ISO 32000-1 §14.3.3: {@code /Author}, {@code /CreationDate}, {@code /ModDate}) when it is not
 * inside a compressed object stream, and the Office Open XML core properties ({@code
 * docProps/core.xml}, ECMA-376 part 2 §11). Anything richer is the ledger's text extraction's job.
 */
final class DocumentMetadata {
  private static final int PDF_SCAN_BYTES = 4 << 20;
  private static final Pattern PDF_FIELD =
      Pattern.compile("/(Author|CreationDate|ModDate|Creator|Producer)\\s*\\(([^)]{0,200})\\)");
  private static final Pattern XML_FIELD =
      Pattern.compile(
          "<(dc:creator|cp:lastModifiedBy|dcterms:created|dcterms:modified)[^>]*>([^<]{0,200})<");

  private DocumentMetadata() {}

  static boolean reads(String mediaType) {
    return mediaType.equals("application/pdf") || isOoxml(mediaType);
  }

  // Tika's container detection names the OOXML kind; its magic alone said x-tika-ooxml.
  private static boolean isOoxml(String mediaType) {
    return mediaType.equals("application/x-tika-ooxml")
        || mediaType.startsWith("application/vnd.openxmlformats-officedocument.")
        || mediaType.startsWith("application/vnd.ms-word.")
        || mediaType.startsWith("application/vnd.ms-excel.")
        || mediaType.startsWith("application/vnd.ms-powerpoint.");
  }

  static Map<String, String> read(String mediaType, Content content) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (mediaType.equals("application/pdf")) {
      pdf(content, out);
    } else {
      ooxml(content, out);
    }
    return out;
  }

  private static void pdf(Content content, Map<String, String> out) throws IOException {
    byte[] head;
    try (InputStream in = content.stream()) {
      head = in.readNBytes(PDF_SCAN_BYTES);
    }
    Matcher m = PDF_FIELD.matcher(new String(head, StandardCharsets.ISO_8859_1));
    while (m.find()) {
      String value = m.group(2).trim();
      switch (m.group(1)) {
        case "Author" -> out.putIfAbsent("document.author", value);
        case "CreationDate" -> out.putIfAbsent("document.created", value);
        case "ModDate" -> out.putIfAbsent("document.modified", value);
        case "Creator", "Producer" -> out.putIfAbsent("document.software", value);
        default -> {}
      }
    }
  }

  private static void ooxml(Content content, Map<String, String> out) throws IOException {
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(content.channel()).get()) {
      ZipArchiveEntry core = zip.getEntry("docProps/core.xml");
      if (core == null || core.getSize() > (1 << 20)) {
        return;
      }
      String xml;
      try (InputStream in = zip.getInputStream(core)) {
        xml = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
      }
      Matcher m = XML_FIELD.matcher(xml);
      while (m.find()) {
        String value = m.group(2).trim();
        switch (m.group(1)) {
          case "dc:creator" -> out.putIfAbsent("document.author", value);
          case "cp:lastModifiedBy" -> out.putIfAbsent("document.last-modified-by", value);
          case "dcterms:created" -> out.putIfAbsent("document.created", value);
          case "dcterms:modified" -> out.putIfAbsent("document.modified", value);
          default -> {}
        }
      }
    }
  }
}
