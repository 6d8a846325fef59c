package org.okju.text;

import java.util.Set;

/**
 * The media types okju reads text from, beside plain text: office documents (OOXML, Word/Excel/
 * PowerPoint 97, OpenDocument), PDF, RTF, HTML, e-mail (RFC 5322 and Outlook), EPUB, and the Hangul
 * word processor's HWP 5 and HWPX, and XML (an SMS Backup &amp; Restore file among them). Names are
 * Tika's. Stateless.
 */
public final class DocumentTypes {
  private static final Set<String> DOCUMENTS =
      Set.of(
          "application/pdf",
          "application/msword",
          "application/vnd.ms-excel",
          "application/vnd.ms-powerpoint",
          "application/vnd.ms-outlook",
          "application/rtf",
          "text/rtf",
          "text/html",
          "application/xhtml+xml",
          "message/rfc822",
          "application/epub+zip",
          "application/x-hwp",
          "application/x-hwp-v5",
          "application/hwp+zip",
          "application/haansofthwp",
          "application/x-tika-ooxml",
          // XML as text ({@link XmlText}): an SMS backup is a chat, anything else its values.
          "application/xml",
          "text/xml");

  private DocumentTypes() {}

  /** Whether {@code mediaType} (parameters ignored) is a document format okju reads text from. */
  public static boolean isDocument(String mediaType) {
    String base = mediaType.split(";", 2)[0].trim();
    return DOCUMENTS.contains(base)
        || base.startsWith("application/vnd.openxmlformats-officedocument.")
        || base.startsWith("application/vnd.ms-word.")
        || base.startsWith("application/vnd.ms-excel.")
        || base.startsWith("application/vnd.ms-powerpoint.")
        || base.startsWith("application/vnd.oasis.opendocument.");
  }

  /**
   * Whether a catalogued file of {@code mediaType} (parameters ignored) is one the ledger reads
   * from a case: plain text or a document above. Pictures are not: which pictures are pages is
   * ingest's decision, not the type's.
   */
  public static boolean isLedgerSource(String mediaType) {
    String base = mediaType.split(";", 2)[0].trim();
    return base.equals("text/plain") || isDocument(base);
  }
}
