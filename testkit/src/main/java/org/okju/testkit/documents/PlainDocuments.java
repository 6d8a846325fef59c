package org.okju.testkit.documents;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/** Text-based documents: plain text in an encoding, RTF, an e-mail (RFC 5322), HTML. */
final class PlainDocuments {
  private PlainDocuments() {}

  /** Lines in {@code charset}, with a byte-order mark when {@code bom}. */
  static void text(Path file, List<String> lines, Charset charset, boolean bom) throws IOException {
    String text = (bom ? "\uFEFF" : "") + String.join("\n", lines) + "\n";
    Files.write(file, text.getBytes(charset));
  }

  /** RTF 1.9 with every non-ASCII character as a {@code \\uN?} escape, as Word writes Hangul. */
  static void rtf(Path file, List<String> lines) throws IOException {
    StringBuilder b =
        new StringBuilder("{\\rtf1\\ansi\\ansicpg949\\deff0{\\fonttbl{\\f0 Batang;}}\\uc1\\f0 ");
    for (String line : lines) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\\' || c == '{' || c == '}') {
          b.append('\\').append(c);
        } else if (c < 0x80) {
          b.append(c);
        } else {
          b.append("\\u").append((int) (short) c).append('?');
        }
      }
      b.append("\\par\n");
    }
    b.append('}');
    Files.writeString(file, b, StandardCharsets.US_ASCII);
  }

  /** A plain-text e-mail, UTF-8 body in quoted 8-bit, subject as an RFC 2047 encoded word. */
  static void eml(Path file, String subject, List<String> lines) throws IOException {
    String encodedSubject =
        "=?UTF-8?B?"
            + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
            + "?=";
    String mail =
        "From: dealer@example.org\r\n"
            + "To: buyer@example.org\r\n"
            + "Subject: "
            + encodedSubject
            + "\r\n"
            + "Date: Wed, 03 May 2023 15:00:00 +0900\r\n"
            + "Message-ID: <okju-test@example.org>\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\n"
            + String.join("\r\n", lines)
            + "\r\n";
    Files.writeString(file, mail, StandardCharsets.UTF_8);
  }

  static void html(Path file, List<String> lines) throws IOException {
    StringBuilder b =
        new StringBuilder(
            "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>일기</title>"
                + "</head><body>\n");
    for (String line : lines) {
      b.append("<p>").append(ZippedDocuments.xml(line)).append("</p>\n");
    }
    b.append("</body></html>\n");
    Files.writeString(file, b, StandardCharsets.UTF_8);
  }
}
