package org.okju.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Telegram Desktop chat export ({@code result.json}) as a reader sees the chat: one line a
 * message, {@code [2026-02-14 21:03] 철구: 메시지}, the form okju reads from Telegram's text exports.
 * Telegram writes the JSON with every key on a line of its own ({@code "from": "철구"} three lines
 * above {@code "text": "…"}), and a message with a bold or linked word as an array of pieces
 * ({@code ["토끼 ", {"type": "bold", "text": "2편"}, " 편집 끝"]}); read as plain text the ledger found
 * no writer, no date, and the message's words split across lines. A sent file's name is kept after
 * the message ({@code [file: 채은_02.mp4]}): it is often a recording's title. Service messages
 * (joined, pinned) are left out. Stateless.
 */
final class TelegramExport {
  private static final ObjectMapper JSON = new ObjectMapper();
  // "date": "2026-02-14T21:03:11"
  private static final Pattern STAMP =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2})(?::\\d{2})?");

  private TelegramExport() {}

  /**
   * The chat of {@code text} one message a line, or empty when {@code text} is no Telegram export
   * (no {@code messages} array of objects with a type and a date).
   */
  static Optional<String> render(String text) {
    String head = text.stripLeading();
    if (!head.startsWith("{") || !text.contains("\"messages\"")) {
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return Optional.empty(); // not JSON after all, or cut short: read as written
    }
    JsonNode messages = root.path("messages");
    if (!messages.isArray() || messages.isEmpty() || !isMessage(messages.get(0))) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    if (root.path("name").isTextual()) {
      out.append("Telegram: ").append(root.get("name").asText()).append('\n');
    }
    for (JsonNode m : messages) {
      if (!"message".equals(m.path("type").asText())) {
        continue;
      }
      Matcher stamp = STAMP.matcher(m.path("date").asText());
      String when = stamp.find() ? stamp.group(1) + " " + stamp.group(2) : "";
      String from = m.path("from").isTextual() ? m.get("from").asText() : "Deleted Account";
      StringBuilder line = new StringBuilder(pieces(m.path("text")));
      if (m.path("file_name").isTextual()) {
        line.append(line.length() == 0 ? "" : " ")
            .append("[file: ")
            .append(m.get("file_name").asText())
            .append(']');
      } else if (m.has("photo") && line.length() == 0) {
        line.append("[photo]");
      }
      out.append('[').append(when).append("] ").append(from).append(": ").append(line).append('\n');
    }
    return Optional.of(out.toString());
  }

  private static boolean isMessage(JsonNode m) {
    return m.isObject() && m.has("type") && m.has("date");
  }

  /** A message's text: a string, or an array of strings and pieces with a {@code text}. */
  private static String pieces(JsonNode text) {
    if (text.isTextual()) {
      return text.asText();
    }
    StringBuilder s = new StringBuilder();
    for (JsonNode piece : text) {
      s.append(piece.isTextual() ? piece.asText() : piece.path("text").asText());
    }
    return s.toString();
  }
}
