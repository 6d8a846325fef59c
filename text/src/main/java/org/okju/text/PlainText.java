package org.okju.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A text file decoded: the encoding decided on all the bytes read ({@link TextEncoding}), form
 * feeds taken as page breaks, line ends made {@code \n}. Bounded by the reader's limits: a 500 MB
 * log is read in part, with a warning. Stateless.
 */
final class PlainText {
  private PlainText() {}

  /**
   * Reads {@code source}.
   *
   * @param hint the encoding decided on the head (ingest), used when the whole text confirms no
   *     better one: UTF-16 without a byte-order mark is only found where binary was suspected
   */
  static ExtractedText read(
      DocumentSource source, Optional<TextEncoding.Detected> hint, DocumentReader.Limits limits)
      throws DocumentException {
    List<String> warnings = new ArrayList<>();
    DocumentBytes read = DocumentBytes.read(source, limits);
    byte[] bytes = read.bytes();
    boolean complete = read.complete();
    if (!complete) {
      warnings.add("truncated: read the first " + limits.maxTextBytes() + " bytes");
    }
    TextEncoding.Detected encoding = encoding(bytes, complete, hint);
    if (!encoding.decided()) {
      warnings.add("no encoding fits the text: read as ISO-8859-1");
    }
    String text = TextEncoding.decode(bytes, bytes.length, encoding);
    if (text.length() > limits.maxChars()) {
      text = text.substring(0, limits.maxChars());
      warnings.add("truncated: kept the first " + limits.maxChars() + " characters");
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
    // A chat exported as JSON is read as its messages, not its keys (TelegramExport).
    text = complete ? TelegramExport.render(text).orElse(text) : text;
    return new ExtractedText(
        List.of(text.split("\f", -1)), warnings, ExtractedText.Method.PLAIN, Optional.of(encoding));
  }

  private static TextEncoding.Detected encoding(
      byte[] bytes, boolean complete, Optional<TextEncoding.Detected> hint) {
    if (hint.isPresent() && hint.get().name().startsWith("UTF-16")) {
      return hint.get();
    }
    TextEncoding.Detected whole = TextEncoding.ofText(bytes, bytes.length, complete);
    if (whole.decided() || hint.isEmpty()) {
      return whole;
    }
    // Tika took it for binary and the head was found to be text in a legacy code page.
    return TextEncoding.ofBinary(bytes, bytes.length, complete).orElse(whole);
  }
}
