package org.okju.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import org.okju.casefile.Sha256;
import org.okju.report.Documents;

/**
 * A notice's file: {@code .html} (XHTML), {@code .txt}, {@code .eml} (an RFC 5322 message, text and
 * HTML alternatives, addressed to the platform's e-mail when it has one) or {@code .pdf} (printed
 * from the XHTML with Korean fonts embedded). Written to a temporary file and renamed.
 */
final class NoticeFiles {
  private NoticeFiles() {}

  /** The format an output path asks for, by extension. */
  static String format(Path out) {
    String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return switch (ext) {
      case "html", "htm" -> "html";
      case "txt", "text" -> "txt";
      case "eml" -> "eml";
      case "pdf" -> "pdf";
      default ->
          throw new IllegalArgumentException(
              out + ": the notice is written as .html, .txt, .eml or .pdf");
    };
  }

  static byte[] bytes(
      NoticeDocument doc, String format, Platform platform, Notifier from, Instant at)
      throws IOException {
    return switch (format) {
      case "html" -> doc.xhtml().getBytes(StandardCharsets.UTF_8);
      case "txt" -> doc.text().getBytes(StandardCharsets.UTF_8);
      case "pdf" -> Documents.pdf(doc.xhtml());
      case "eml" -> eml(doc, platform, from, at);
      default -> throw new IllegalArgumentException(format);
    };
  }

  private static byte[] eml(NoticeDocument doc, Platform platform, Notifier from, Instant at) {
    String boundary = "okju-" + UUID.nameUUIDFromBytes(doc.text().getBytes(StandardCharsets.UTF_8));
    StringBuilder m = new StringBuilder();
    m.append("From: ").append(address(from.name(), from.email())).append("\r\n");
    m.append("To: ")
        .append(
            platform
                .email()
                .map(e -> address(platform.name(), e))
                .orElse("undisclosed-recipients:;"))
        .append("\r\n");
    m.append("Subject: ").append(encoded(doc.title())).append("\r\n");
    m.append("Date: ")
        .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC)))
        .append("\r\n");
    m.append("MIME-Version: 1.0\r\n");
    m.append("Content-Type: multipart/alternative; boundary=\"").append(boundary).append("\"\r\n");
    m.append("\r\n");
    part(m, boundary, "text/plain", doc.text());
    part(m, boundary, "text/html", doc.xhtml());
    m.append("--").append(boundary).append("--\r\n");
    return m.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void part(StringBuilder m, String boundary, String type, String body) {
    m.append("--").append(boundary).append("\r\n");
    m.append("Content-Type: ").append(type).append("; charset=utf-8\r\n");
    m.append("Content-Transfer-Encoding: base64\r\n\r\n");
    m.append(Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
    m.append("\r\n");
  }

  private static String address(String name, String email) {
    return encoded(name) + " <" + email + ">";
  }

  /** An RFC 2047 encoded word when the text is not plain ASCII. */
  private static String encoded(String text) {
    boolean ascii = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"');
    return ascii
        ? text
        : "=?UTF-8?B?"
            + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
            + "?=";
  }

  /** Writes {@code bytes} to {@code target} through a temporary file in its directory. */
  static Sha256 writeAtomically(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, ".okju-notice-", ".part");
    try {
      Files.write(tmp, bytes, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return Sha256.of(sha256(bytes));
  }

  private static byte[] sha256(byte[] bytes) {
    return CaptureSource.sha256Digest().digest(bytes);
  }
}
