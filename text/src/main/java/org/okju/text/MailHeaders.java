package org.okju.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/**
 * The headers of an e-mail (RFC 5322) as a reader sees them: {@code From:}, {@code To:}, {@code
 * Cc:}, {@code Date:} and {@code Subject:}, one a line, in the message's own order, folded lines
 * joined and encoded words ({@code =?UTF-8?B?…?=}) decoded. Tika's mail parser keeps them only in
 * its metadata (the date rewritten as an instant, noon when the message gives no time), so the
 * ledger never read who wrote to whom, nor when; they are read here from the message's head as
 * written. Routing and technical headers (Received, Message-ID, DKIM, …) are left out: they name
 * servers, not people. Stateless.
 */
final class MailHeaders {
  /** The header block is read from at most this many bytes of the message's head. */
  static final int MAX_HEAD = 64 << 10;

  private static final Set<String> SHOWN = Set.of("from", "to", "cc", "date", "subject");

  private MailHeaders() {}

  /**
   * The text read by Tika with the message's headers as its first lines, a blank line, then the
   * body as Tika read it; the text unchanged when the head holds none of the shown headers.
   */
  static ExtractedText prepend(DocumentSource source, ExtractedText body) throws IOException {
    List<String> lines = lines(head(source));
    if (lines.isEmpty()) {
      return body;
    }
    List<String> pages = new ArrayList<>(body.pages());
    String first = withoutSubjectTitle(pages.isEmpty() ? "" : pages.get(0), lines);
    String headers = String.join("\n", lines);
    String joined = first.isBlank() ? headers : headers + "\n\n" + first;
    if (pages.isEmpty()) {
      pages.add(joined);
    } else {
      pages.set(0, joined);
    }
    return new ExtractedText(pages, body.warnings(), body.method(), body.encoding());
  }

  /**
   * The body without the line Tika puts first, the subject as the document's title: the {@code
   * Subject:} line now says it, and read twice it would give its facts twice.
   */
  private static String withoutSubjectTitle(String body, List<String> lines) {
    for (String line : lines) {
      if (line.startsWith("Subject: ")) {
        String subject = line.substring("Subject: ".length());
        if (body.equals(subject)) {
          return "";
        }
        if (body.startsWith(subject + "\n")) {
          return body.substring(subject.length() + 1).stripLeading();
        }
      }
    }
    return body;
  }

  /** The shown headers of a message whose head is {@code head}, one a line. */
  static List<String> lines(String head) {
    List<StringBuilder> fields = new ArrayList<>();
    StringBuilder field = null;
    boolean firstLine = true;
    for (String line : head.split("\r?\n", -1)) {
      if (firstLine && line.startsWith("From ")) {
        firstLine = false; // an mbox separator line, not a header
        continue;
      }
      firstLine = false;
      if (line.isEmpty()) {
        break; // the blank line that ends the headers
      }
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && field != null) {
        field.append(' ').append(line.strip()); // a folded line continues the field
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || !isFieldName(line.substring(0, colon))) {
        break; // not a header: the body starts without a blank line, or this is no message
      }
      field = new StringBuilder(line);
      fields.add(field);
    }
    List<String> out = new ArrayList<>();
    for (StringBuilder f : fields) {
      String s = f.toString();
      int colon = s.indexOf(':');
      String name = s.substring(0, colon).trim();
      if (!SHOWN.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String value =
          DecoderUtil.decodeEncodedWords(s.substring(colon + 1).strip(), DecodeMonitor.SILENT);
      if (!value.isBlank()) {
        out.add(shownName(name) + ": " + value.strip());
      }
    }
    return out;
  }

  private static boolean isFieldName(String name) {
    // RFC 5322 field names: printable US-ASCII but the colon, no spaces.
    return name.chars().allMatch(c -> c > 32 && c < 127);
  }

  private static String shownName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("cc") ? "Cc" : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /**
   * The message's head as text: UTF-8 when valid (RFC 6532 allows it in headers), else Latin-1,
   * which decodes any byte; encoded words are decoded afterwards with their own charsets.
   */
  private static String head(DocumentSource source) throws IOException {
    byte[] b;
    boolean complete;
    try (InputStream in = source.open()) {
      b = in.readNBytes(MAX_HEAD);
      complete = in.read() < 0;
    }
    int start =
        b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf
            ? 3
            : 0;
    byte[] rest = java.util.Arrays.copyOfRange(b, start, b.length);
    boolean utf8 = Utf8.valid(rest, rest.length, complete);
    return new String(rest, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
  }
}
