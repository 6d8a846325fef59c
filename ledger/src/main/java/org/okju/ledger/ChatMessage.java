package org.okju.ledger;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of a chat export (KakaoTalk, Telegram, WhatsApp, LINE): who wrote it and where the message
 * begins. The timestamp is the export's, not a time the text speaks of; the writer is a person of
 * the conversation, and in the message "나", "I" and "me" are that writer, who is the author only
 * when the export's owner ({@code 나}, {@code Me}) wrote it.
 *
 * @param speakerStart where the writer's name starts in the line, or -1 when the line does not
 *     write it (a "Sent"/"Received" line, a message under its writer's line)
 * @param speaker the writer's name as written, or empty for the export's owner
 * @param prefixEnd where the message starts (after timestamp and name)
 * @param datePart the timestamp's date as written, if the prefix carries one
 */
record ChatMessage(int speakerStart, Optional<String> speaker, int prefixEnd, String datePart) {
  private static final Set<String> OWNER = Set.of("나", "me", "본인", "내", "i");

  // Exports since 2023 put a narrow no-break space (U+202F) before AM and PM: 9:02\u202fPM.
  private static final List<Pattern> FORMS =
      List.of(
          // Telegram and plain exports: [2024.07.19 22:41] 하마: 메시지, [2024-06-27 21:02] Bruno: …
          Pattern.compile(
              "^\\[(?<date>\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?)\\s+(?:(?:오전|오후)\\s?)?"
                  + "\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\s*(?<who>[^:\\[\\]]{1,40}?)\\s?:\\s?(?<msg>.*)$"),
          // KakaoTalk (phone): [Daniel] [오후 10:05] 메시지
          Pattern.compile(
              "^\\[(?<who>[^\\]]{1,40})\\]\\s*\\[(?:(?:오전|오후|AM|PM)\\s?)?\\d{1,2}:\\d{2}"
                  + "(?:\\s?(?:AM|PM|am|pm))?\\]\\s?(?<msg>.*)$"),
          // KakaoTalk (PC/Android): 2024. 2. 2. 오후 10:05, Daniel : 메시지
          Pattern.compile(
              "^(?<date>\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?)\\s(?:(?:오전|오후)\\s)?\\d{1,2}:\\d{2},\\s"
                  + "(?<who>[^:]{1,40}?)\\s:\\s(?<msg>.*)$"),
          // Telegram and plain exports, day first: [03.10.2024 19:02] Rocco: …; WhatsApp (iOS):
          // [27/06/2024, 21:02:11] Bruno: …
          Pattern.compile(
              "^\\[(?<date>\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}),?\\s+(?:(?:오전|오후)\\s?)?"
                  + "\\d{1,2}:\\d{2}(?::\\d{2})?(?:[\\s\\u202f]?[AaPp][Mm])?\\]\\s*(?<who>[^:\\[\\]]{1,40}?)\\s?:\\s?"
                  + "(?<msg>.*)$"),
          // KakaoTalk (Android, Korean): 2024년 3월 2일 오후 9:14, 하마 : 메시지
          Pattern.compile(
              "^(?<date>\\d{4}년\\s?\\d{1,2}월\\s?\\d{1,2}일)\\s(?:(?:오전|오후)\\s)?\\d{1,2}:\\d{2},\\s"
                  + "(?<who>[^:]{1,40}?)\\s:\\s(?<msg>.*)$"),
          // KakaoTalk (English): Mar 2, 2024 at 9:14 PM, Hama : message
          Pattern.compile(
              "^(?<date>[A-Z][a-z]{2,8}\\.?\\s\\d{1,2},\\s\\d{4})(?:\\sat)?\\s\\d{1,2}:\\d{2}"
                  + "(?:[\\s\\u202f]?[AaPp][Mm])?,\\s(?<who>[^:]{1,40}?)\\s:\\s(?<msg>.*)$"),
          // A time and a name under the day's heading: [21:14] 하마: …, 오후 9:14 하마 : …
          Pattern.compile(
              "^\\[?(?:(?:오전|오후)\\s?)?\\d{1,2}:\\d{2}(?:[\\s\\u202f]?[AaPp][Mm])?\\]?\\s+"
                  + "(?<who>[^:\\[\\]\\s][^:\\[\\]]{0,29}?)\\s?:\\s(?<msg>.*)$"),
          // LINE (.txt export): the day as a heading (2024/10/03(목), 2024.10.03 Thursday), then
          // time, writer and message apart by tabs: 21:04<TAB>진호<TAB>메시지
          Pattern.compile(
              "^(?:(?:오전|오후)\\s?)?\\d{1,2}:\\d{2}(?:[\\s\\u202f]?[AaPp][Mm])?\\t(?<who>[^\\t]{1,40})\\t"
                  + "(?<msg>.*)$"),
          // Telegram (JSON export), a message an object on its line: {"id": 801, "type": "message",
          // "date": "2025-11-07T22:41:09", "from": "두부", "from_id": "user55…", "text": "…"}
          Pattern.compile(
              "^\\s*\\{.*?\"date\"\\s*:\\s*\"(?<date>\\d{4}-\\d{2}-\\d{2})T[\\d:]+\".*?"
                  + "\"from\"\\s*:\\s*\"(?<who>[^\"]{1,40})\".*?\"text\"\\s*:\\s*\"(?<msg>.*)$"),
          // WhatsApp: 27/06/2024, 21:02 - Bruno: message
          Pattern.compile(
              "^(?<date>\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}),?\\s\\d{1,2}:\\d{2}(?:[\\s\\u202f]?[AaPp][Mm])?"
                  + "\\s-\\s(?<who>[^:]{1,40}?):\\s(?<msg>.*)$"));

  /** The message form of {@code line}, if it is one. */
  static Optional<ChatMessage> parse(String line) {
    for (Pattern p : FORMS) {
      Matcher m = p.matcher(line);
      if (m.matches()) {
        // A display name's emoji are no part of the name: "Rocco 🚗", "🐻Teddy_88".
        String who = withoutEmoji(m.group("who")).strip();
        // "[21:10] Note: …", "[14:00] Pinned: …" in a notes-to-self export: a label before the
        // owner's own note, not another writer.
        boolean owner =
            OWNER.contains(who.toLowerCase(Locale.ROOT)) || PersonWords.isEnglishNotName(who);
        String date = p.pattern().contains("?<date>") ? m.group("date") : "";
        return Optional.of(
            new ChatMessage(
                m.start("who") + m.group("who").indexOf(who),
                owner ? Optional.empty() : Optional.of(who),
                m.start("msg"),
                date));
      }
    }
    return Optional.empty();
  }

  /** {@code s} without pictographs, their variation selectors and joiners. */
  static String withoutEmoji(String s) {
    return EMOJI.matcher(s).replaceAll("");
  }

  private static final Pattern EMOJI =
      Pattern.compile("[\\p{So}\\p{Cs}\\x{FE0F}\\x{200D}\\x{1F3FB}-\\x{1F3FF}]");

  /** Whether a writer's name is the export's owner's ("나", "Me"). */
  static boolean isOwner(String who) {
    return OWNER.contains(who.strip().toLowerCase(Locale.ROOT));
  }

  /** Whether the export's owner (the author) wrote it. */
  boolean byAuthor() {
    return speaker.isEmpty();
  }
}
