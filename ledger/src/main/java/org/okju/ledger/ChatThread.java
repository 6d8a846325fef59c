package org.okju.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's lines as a chat export would have them, keeping what one line alone cannot
 * say: the other party of a two-person export (an SMS backup writes "Sent" and "Received", and
 * names the other party once, in its heading: "Conversation with Dongwook"), and the writer of a
 * message written under a line of its own (Discord, Slack and Teams exports: "[14-Dec-24 10:02 PM]
 * Rook", then the message's lines). The forms apps write one line per message in are {@link
 * ChatMessage}'s; any other line opening with a timestamp is read by the timestamp's shape, not by
 * the app. Not thread-safe: one per document.
 */
final class ChatThread {
  // A date: 2024-09-02, 2024.10.3, 27/06/2024, 14-Dec-24, Dec 14, 2024.
  private static final String DATE =
      "(?:\\d{4}[.\\-/]\\s?\\d{1,2}[.\\-/]\\s?\\d{1,2}\\.?|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}"
          + "|\\d{1,2}-[A-Za-z]{3,9}-\\d{2,4}|[A-Z][a-z]{2,8}\\.?\\s\\d{1,2},\\s\\d{4})";
  // A time of day, which every message's timestamp has beside its date (a time alone, under a day's
  // heading, is one of ChatMessage's forms): 21:14, 10:02 PM, 오후 9:14, 09:30:11.
  private static final String TIME =
      "(?:(?:오전|오후)\\s?)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?";
  private static final String STAMP =
      "[\\[(]?(?<date>" + DATE + ")(?:,?\\s*(?:at\\s)?)" + TIME + "[\\])]?,?";
  // A timestamp, a writer of one to three words, a colon: 2024-09-02 21:14  Sent: …
  private static final Pattern WRITER_COLON =
      Pattern.compile(
          "^\\s*"
              + STAMP
              + "\\s*(?:-\\s)?(?<who>[^\\s:\\[\\]][^:\\[\\]\\t]{0,39}?)\\s?:\\s?(?<msg>.*)$");
  // A timestamp and a writer alone on a line: the message follows on the next lines. The time's own
  // AM or PM is no writer ("Mar 26, 2026 at 9:12 PM" alone is a stamp, the writer on its messages).
  private static final Pattern WRITER_HEADER =
      Pattern.compile(
          "^\\s*"
              + STAMP
              + "\\s*(?![AaPp]\\.?[Mm]\\.?\\s*$)(?<who>[\\p{L}][\\p{L}\\p{N}_.#@\\-]{0,31}(?:\\s[\\p{L}]+)?)\\s*$");
  // A writer, a comma and the bracketed timestamp alone on a line, the message on the next lines,
  // as
  // Telegram Desktop copies messages: "Wolf, [03.04.26 22:14]", "Dex, [6/5/2026 8:02 PM]".
  private static final Pattern WRITER_COMMA_STAMP =
      Pattern.compile(
          "^\\s*(?<who>[\\p{L}][\\p{L}\\p{N}_.#@\\-]{0,31}(?:\\s[\\p{L}\\p{N}]+){0,2}),\\s?\\["
              + "(?<date>"
              + DATE
              + "),?\\s*"
              + TIME
              + "\\]\\s*$");
  // The day and time a KakaoTalk export was saved, in its heading: the day is the export's date,
  // the
  // time no time the text speaks of ("저장한 날짜 : 2026년 4월 20일 오전 10:12", "Date Saved : …").
  private static final Pattern SAVED_STAMP =
      Pattern.compile("^\\s*(?:저장한\\s?날짜|(?i:date saved))\\s?:.*\\d:\\d{2}.*$");
  // A writer and the time alone on a line, the message on the next lines, as Slack and Teams copy
  // a conversation: "jules  9:41 PM", "Kim, Dex  Sunday 1:15 AM" (the day is a heading's).
  private static final Pattern WRITER_THEN_TIME =
      Pattern.compile(
          "^\\s*(?<who>[\\p{L}][\\p{L}\\p{N}_.\\-]{0,31}(?:,?\\s[\\p{L}]+)?)\\s{2,}"
              + "\\[?(?:(?:Today|Yesterday|[A-Z][a-z]+day)\\s(?:at\\s)?)?"
              + "\\d{1,2}:\\d{2}\\s?[AaPp]\\.?[Mm]\\.?\\]?\\s*$");
  // A timestamp alone on its line, its writer alone on the next, then the message (an iMessage
  // export: "Mar 14, 2025  9:02:11 PM", "Theo", "she said yes"). The seconds tell an export's
  // timestamp from a diary's heading ("2025-03-08 21:00", then "Met Yuna").
  private static final Pattern STAMP_ALONE =
      Pattern.compile("^\\s*(?=.*\\d:\\d{2}:\\d{2})" + STAMP + "\\s*$");
  private static final Pattern WRITER_ALONE =
      Pattern.compile("^\\s*(?<who>[\\p{L}][\\p{L}\\p{N}_.#@\\-]{0,31}(?:\\s[\\p{L}]+){0,2})\\s*$");
  // A forum post's heading, its writer and its day, the post's lines under it: "#3 posted by
  // reel_king on Sun 6 Apr 2025, 02:02".
  private static final Pattern POSTED_BY =
      Pattern.compile(
          "^\\s*(?:#\\d+\\s+)?(?i:posted|written|replied|reply|post)\\s+by\\s+"
              + "(?<who>[\\p{L}\\p{N}_.\\-]+(?:\\s[\\p{L}\\p{N}_.\\-]+)?)\\s+(?:on|at|[-»|])\\s+"
              + "(?<date>.*\\d{4}.*)$");
  // The heading naming the other party: "Conversation with Dongwook (+82 …)", "SMS with Jay",
  // "민수님과의 대화", "민수와의 대화".
  private static final Pattern PARTNER =
      Pattern.compile(
          "(?i)^\\s*(?:(?:sms|text|imessage|whatsapp|signal)\\s+)?(?:conversation|chat|messages|thread)"
              + "(?:\\s+history)?\\s+with\\s+(?<en>[\\p{L}][\\p{L}\\-' ]{0,30}?)\\s*(?:[(\\[<]|$)"
              + "|^\\s*(?<ko>[가-힣A-Za-z]{1,10}?)(?:님)?(?:과의|와의|과|와)\\s?(?:카카오톡\\s)?대화");
  // A forensic extraction report's row: number, timestamp, direction, party, then the message
  // apart by two spaces or a tab: "41  2025-04-11 21:40  Incoming  Dex Moon  she's at …".
  private static final Pattern DIRECTED =
      Pattern.compile(
          "^\\s*(?:\\d{1,6}[.)]?\\s+)?"
              + STAMP
              + "\\s+(?<dir>(?i:incoming|outgoing|sent|received|in|out)|수신|발신)(?:\\s{2,}|\\t)\\s*"
              + "(?<who>\\S(?:[^\\t]*?\\S)?)(?:\\s{2,}|\\t)\\s*(?<msg>.*)$");
  // A Korean SMS backup's line: the timestamp and the direction in one bracket, then the message:
  // "[2025-07-02 21:40 수신] 오늘 …".
  private static final Pattern BRACKET_DIRECTED =
      Pattern.compile(
          "^\\s*[\\[(](?<date>"
              + DATE
              + ")\\s+"
              + TIME
              + "\\s+(?<dir>(?i:incoming|outgoing|sent|received)|수신|발신)[\\])]\\s*(?<msg>.*)$");
  // A heading's label naming the other party: "문자 백업 (대화상대: 변과장 010-…)", "Contact: Jay".
  private static final Pattern PARTNER_LABEL =
      Pattern.compile(
          "(?:대화\\s?상대|상대방|(?i:contact))\\s?:\\s?(?<who>[가-힣A-Za-z][가-힣A-Za-z0-9_]{0,15})");
  // An e-mail's headers: From names the writer of the body below it; Date is its day.
  private static final Pattern MAIL_FROM =
      Pattern.compile("^(?i:from|보낸\\s?사람)\\s?:\\s*\"?(?<who>[^\"<>@]*?)\"?\\s*(?:<[^>]*>)?\\s*$");
  // A reply's or forward's line introducing the message it quotes: that message's writer wrote the
  // lines under it, not the writer of the mail around it ("On Tue, 10 Mar 2026 at 02:30, Dean Yoo
  // <dean@…> wrote:", Gmail in Korean "2026년 3월 10일 (화) 오전 2:30, Dean Yoo <…>님이 작성:"). The
  // reply's quote marks are spaces by now (QuoteMarks).
  private static final Pattern MAIL_QUOTE_INTRO =
      Pattern.compile(
          "^\\s*(?:(?i:on)\\s+(?<date>.+),\\s*\"?(?<who>[^,<>@\"]+?)\"?\\s*(?:<[^>]*>)?\\s+(?i:wrote)"
              + "|(?<kodate>\\d{4}년\\s?\\d{1,2}월.+),\\s*\"?(?<kowho>[^,<>@\"]+?)\"?\\s*(?:<[^>]*>)?\\s*님이\\s?작성)"
              + "\\s?:\\s*$");
  private static final Pattern MAIL_HEADER =
      Pattern.compile("^(?i:to|cc|bcc|date|sent|subject|받는\\s?사람|날짜|제목)\\s?:.*$");
  // A transcript's lines spoken by the one whose words they are (the suspect's own voice memos).
  private static final Pattern AUTHOR_SPEAKS =
      Pattern.compile("^\\s*(?:피의자|진술인|본인|(?i:suspect|accused|defendant))\\s?:\\s?");
  // A comment under a cafe or forum post, on a line of its own after a reply mark: its handle is
  // the writer of the line (not a person the line speaks of), apart from the comment by a colon or
  // by the comment's timestamp: "└ 참돔러 2024.11.23 09:40  형님 원본 하나 주세요", "ㄴ 갈치: 약값 아직".
  private static final String REPLY_MARK = "(?:└|┗|┖|┕|↳|⤷|ㄴ)";
  private static final String HANDLE = "(?<who>[\\p{L}\\p{N}_.\\-]{1,20})";
  private static final Pattern COMMENT =
      Pattern.compile(
          "^\\s*"
              + REPLY_MARK
              + "\\s*"
              + HANDLE
              + "(?:\\s?[:：]|\\s+[\\[(]?(?:(?<date>"
              + DATE
              + ")(?:\\s*"
              + TIME
              + ")?|"
              + TIME
              + ")[\\])]?)\\s+(?<msg>\\S.*)$");
  // The post's writer, under its title: "작성자: 바다사나이 | 2024.11.23 03:12". In a list of the
  // export's owner's own posts ("내가 쓴 글", "my posts") he is the author.
  private static final Pattern POST_WRITER =
      Pattern.compile("^\\s*(?:작성자|글쓴이|(?i:author|op))\\s?[:：]\\s*" + HANDLE);
  private static final Pattern OWN_POSTS = Pattern.compile("내가\\s?쓴\\s?글|내\\s?글|(?i:my posts)");
  // A timestamp alone on its line, with or without seconds: "Mar 2, 2025, 11:14 PM".
  private static final Pattern ANY_STAMP_ALONE = Pattern.compile("^\\s*" + STAMP + "\\s*$");
  // A speech-to-text transcript's speaker line: who speaks and how far into the recording, the
  // words on the lines below ("곽반장 00:05", "Speaker 1  0:02:11").
  private static final Pattern SPEAKER_OFFSET =
      Pattern.compile(
          "^\\s*(?<who>[\\p{L}][\\p{L}\\p{N}_.\\-]{0,19}(?:\\s[\\p{L}\\p{N}]{1,10})?)\\s+"
              + "(?<at>\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*$");
  // A CSV export's header (KakaoTalk's "Date,User,Message"): no person, no table of money.
  private static final Pattern CSV_HEADER =
      Pattern.compile(
          "^\\s*\"?(?i:date)\"?,\"?(?i:user|sender|name|from)\"?,\"?(?i:message|text)\"?\\s*$");
  // A message of a CSV export under that header: 2025-03-14 21:02:11,"짱돌","오늘 출조 ㄱ?".
  private static final Pattern CSV_MESSAGE =
      Pattern.compile(
          "^\\s*\"?(?<date>\\d{4}-\\d{2}-\\d{2})\\s\\d{1,2}:\\d{2}(?::\\d{2})?\"?,\"?(?<who>[^\",]{1,40})\"?,"
              + "\"?(?<msg>.*?)\"?\\s*$");
  // A time alone on its line (Telegram Desktop's HTML export, as text: the time, the writer's line,
  // then the message; the day is a heading above).
  private static final Pattern TIME_ALONE =
      Pattern.compile("^\\s*(?:(?:오전|오후)\\s?)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp][Mm])?\\s*$");
  private static final Set<String> SENT = Set.of("sent", "outgoing", "out", "보냄", "발신", "보낸 메시지");
  private static final Set<String> RECEIVED =
      Set.of("received", "incoming", "in", "받음", "수신", "받은 메시지");

  private Optional<String> partner = Optional.empty();
  // The export's owner's handle on a cafe or forum, when its heading shows the posts are his.
  private Optional<String> ownHandle = Optional.empty();
  private boolean ownPosts;
  private boolean lastWasComment;
  private Optional<String> writer = Optional.empty();
  private boolean writerIsAuthor;
  private boolean inMail;
  // The line before was a timestamp alone: this one may be its writer.
  private boolean writerNext;
  // The page's line being read (page() starts each page at -1).
  private int index = -1;
  // An export whose messages end with their timestamp (Instagram's and Facebook's): the line of
  // each message's writer, with the date of the timestamp closing the message; and those stamps.
  private Map<Integer, String> writerLines = Map.of();
  private Set<Integer> closingStamps = Set.of();
  // A speech-to-text transcript: the lines naming a speaker and an offset into the recording.
  private Set<Integer> speakerLines = Set.of();
  // Under a CSV export's header: its rows are messages.
  private boolean csvChat;
  // Telegram Desktop's HTML export: the times alone on their lines, each a message's stamp.
  private Set<Integer> timeLines = Set.of();

  /**
   * Looks over a page before its lines are read, for the exports whose form only the whole page
   * shows: messages closed by their timestamp (the writer's line, the message, then "Mar 2, 2025,
   * 11:14 PM"; the page ends with a timestamp, where an iMessage export opens each message with
   * one), and a transcript's speaker lines, three or more with offsets that only grow.
   */
  void page(String[] lines) {
    index = -1;
    writerLines = new HashMap<>();
    closingStamps = new HashSet<>();
    speakerLines = new HashSet<>();
    List<Integer> stamps = new ArrayList<>();
    int last = -1;
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        last = i;
      }
      if (ANY_STAMP_ALONE.matcher(lines[i]).matches()) {
        stamps.add(i);
      }
    }
    if (stamps.size() >= 2 && stamps.contains(last)) {
      closingStamps.addAll(stamps);
      Set<String> names = new HashSet<>();
      int from = -1;
      for (int j : stamps) {
        int first = from + 1;
        while (first < j && lines[first].isBlank()) {
          first++;
        }
        if (from >= 0 && first < j && WRITER_ALONE.matcher(lines[first]).matches()) {
          writerLines.put(first, lines[j]);
          names.add(lines[first].strip());
        }
        from = j;
      }
      // The first message has a heading above it: its writer is the first line naming one of the
      // writers of the others.
      int first = stamps.get(0);
      for (int i = 0; i < first; i++) {
        if (names.contains(lines[i].strip())) {
          writerLines.put(i, lines[first]);
          break;
        }
      }
    }
    List<Integer> spoken = new ArrayList<>();
    int previous = -1;
    boolean growing = true;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = SPEAKER_OFFSET.matcher(lines[i]);
      if (m.matches()) {
        int seconds = seconds(m.group("at"));
        growing &= seconds >= previous;
        previous = seconds;
        spoken.add(i);
      }
    }
    if (spoken.size() >= 3 && growing) {
      speakerLines.addAll(spoken);
    }
    timedWriters(lines);
  }

  /**
   * A time alone on its line with a writer alone on the next, three times or more, at least one
   * writer twice: the export's messages, each under its time and its writer's line (a diary's
   * "22:14" then "Met Yuna" once is no export). A line under a time that names no repeated writer
   * is the same writer's next message (Telegram writes the name once for a run of messages).
   */
  private void timedWriters(String[] lines) {
    timeLines = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    // Each time's line, and the first line written under it (an HTML export's text may leave a
    // blank line between its paragraphs).
    Map<Integer, Integer> under = new HashMap<>();
    for (int i = 0; i < lines.length; i++) {
      if (TIME_ALONE.matcher(lines[i]).matches()) {
        int j = i + 1;
        while (j < lines.length && lines[j].isBlank()) {
          j++;
        }
        if (j < lines.length) {
          under.put(i, j);
          if (WRITER_ALONE.matcher(lines[j]).matches()) {
            seen.merge(lines[j].strip(), 1, Integer::sum);
          }
        }
      }
    }
    Set<String> writers = new HashSet<>();
    seen.forEach(
        (who, n) -> {
          if (n >= 2 || ChatMessage.isOwner(who)) {
            writers.add(who);
          }
        });
    long pairs = under.values().stream().filter(j -> writers.contains(lines[j].strip())).count();
    if (pairs < 3 || seen.values().stream().noneMatch(n -> n >= 2)) {
      return;
    }
    timeLines.addAll(under.keySet());
    under.values().stream()
        .filter(j -> writers.contains(lines[j].strip()))
        .forEach(j -> writerLines.put(j, ""));
  }

  private static int seconds(String offset) {
    int s = 0;
    for (String part : offset.split(":", -1)) {
      s = s * 60 + Integer.parseInt(part);
    }
    return s;
  }

  /** The message form of {@code line}, if the export's lines make it one. */
  Optional<ChatMessage> next(String line) {
    index++;
    if (timeLines.contains(index)) {
      // A message's stamp: no time the text speaks of. The writer of a run goes on until the next
      // writer's line.
      return Optional.of(new ChatMessage(-1, Optional.empty(), line.length(), ""));
    }
    if (CSV_HEADER.matcher(line).matches()) {
      csvChat = true;
      return Optional.of(new ChatMessage(-1, Optional.empty(), line.length(), ""));
    }
    Matcher row = csvChat ? CSV_MESSAGE.matcher(line) : null;
    if (row != null && row.matches()) {
      endMessage();
      String who = ChatMessage.withoutEmoji(row.group("who")).strip();
      return Optional.of(
          ChatMessage.isOwner(who)
              ? new ChatMessage(-1, Optional.empty(), row.start("msg"), row.group("date"))
              : new ChatMessage(
                  row.start("who"), Optional.of(who), row.start("msg"), row.group("date")));
    }
    if (closingStamps.contains(index)) {
      // The message's day was read from its writer's line; the stamp's time is no time the text
      // speaks of.
      endMessage();
      return Optional.of(new ChatMessage(-1, Optional.empty(), line.length(), line.strip()));
    }
    if (writerLines.containsKey(index) || speakerLines.contains(index)) {
      endMessage();
      Matcher w = (speakerLines.contains(index) ? SPEAKER_OFFSET : WRITER_ALONE).matcher(line);
      String who = w.matches() ? w.group("who").strip() : line.strip();
      // Instagram writes the owner's own messages as "You".
      writerIsAuthor = ChatMessage.isOwner(who) || who.equalsIgnoreCase("you");
      writer = writerIsAuthor ? Optional.empty() : Optional.of(who);
      int start = line.indexOf(who);
      return Optional.of(
          new ChatMessage(
              writerIsAuthor ? -1 : start,
              writer,
              line.length(),
              writerLines.getOrDefault(index, "")));
    }
    Optional<ChatMessage> app = ChatMessage.parse(line);
    if (app.isPresent()) {
      endMessage();
      return app;
    }
    Matcher d = DIRECTED.matcher(line);
    if (d.matches()) {
      endMessage();
      String dir = d.group("dir").toLowerCase(Locale.ROOT);
      int msg = d.start("msg");
      return Optional.of(
          SENT.contains(dir)
              ? new ChatMessage(-1, Optional.empty(), msg, date(d))
              : new ChatMessage(d.start("who"), Optional.of(d.group("who")), msg, date(d)));
    }
    Matcher bracket = BRACKET_DIRECTED.matcher(line);
    if (bracket.matches()) {
      endMessage();
      String dir = bracket.group("dir").toLowerCase(Locale.ROOT);
      int msg = bracket.start("msg");
      return SENT.contains(dir)
          ? Optional.of(new ChatMessage(-1, Optional.empty(), msg, date(bracket)))
          : partner.map(who -> new ChatMessage(-1, Optional.of(who), msg, date(bracket)));
    }
    Matcher from = MAIL_FROM.matcher(line);
    if (from.matches() && !from.group("who").isBlank()) {
      String who = from.group("who").strip();
      writerIsAuthor = ChatMessage.isOwner(who);
      writer = writerIsAuthor ? Optional.empty() : Optional.of(who);
      inMail = true;
      return Optional.of(
          new ChatMessage(writerIsAuthor ? -1 : from.start("who"), writer, line.length(), ""));
    }
    Matcher quoted = MAIL_QUOTE_INTRO.matcher(line);
    if (quoted.matches()) {
      boolean en = quoted.group("who") != null;
      String who = (en ? quoted.group("who") : quoted.group("kowho")).strip();
      writerIsAuthor = ChatMessage.isOwner(who);
      writer = writerIsAuthor ? Optional.empty() : Optional.of(who);
      inMail = true;
      int start = en ? quoted.start("who") : quoted.start("kowho");
      return Optional.of(
          new ChatMessage(
              writerIsAuthor ? -1 : start,
              writer,
              line.length(),
              en ? quoted.group("date") : quoted.group("kodate")));
    }
    if (inMail && MAIL_HEADER.matcher(line).matches()) {
      // The header's date is the message's day, its time no time the text speaks of.
      boolean dated = line.regionMatches(true, 0, "date", 0, 4) || line.startsWith("날짜");
      return Optional.of(new ChatMessage(-1, writer, line.length(), dated ? line : ""));
    }
    Matcher spoken = AUTHOR_SPEAKS.matcher(line);
    if (spoken.find()) {
      endMessage();
      return Optional.of(new ChatMessage(-1, Optional.empty(), spoken.end(), ""));
    }
    if (OWN_POSTS.matcher(line).find()) {
      ownPosts = true;
    }
    Matcher postWriter = POST_WRITER.matcher(line);
    if (ownPosts && postWriter.find()) {
      ownHandle = Optional.of(postWriter.group("who"));
    }
    Matcher comment = COMMENT.matcher(line);
    lastWasComment = comment.matches();
    if (lastWasComment) {
      endMessage();
      String who = comment.group("who");
      int msg = comment.start("msg");
      return Optional.of(
          ChatMessage.isOwner(who) || ownHandle.filter(who::equals).isPresent()
              ? new ChatMessage(-1, Optional.empty(), msg, date(comment))
              : new ChatMessage(comment.start("who"), Optional.of(who), msg, date(comment)));
    }
    Matcher posted = POSTED_BY.matcher(line);
    if (posted.matches()) {
      endMessage();
      String who = posted.group("who");
      writerIsAuthor = ChatMessage.isOwner(who);
      writer = writerIsAuthor ? Optional.empty() : Optional.of(who);
      return Optional.of(
          new ChatMessage(
              writerIsAuthor ? -1 : posted.start("who"), writer, line.length(), date(posted)));
    }
    Matcher alone = STAMP_ALONE.matcher(line);
    if (alone.matches()) {
      endMessage();
      writerNext = true;
      return Optional.of(new ChatMessage(-1, Optional.empty(), line.length(), date(alone)));
    }
    Matcher next = WRITER_ALONE.matcher(line);
    if (writerNext && next.matches()) {
      writerNext = false;
      String who = next.group("who").strip();
      writerIsAuthor = ChatMessage.isOwner(who);
      writer = writerIsAuthor ? Optional.empty() : Optional.of(who);
      return Optional.of(
          new ChatMessage(writerIsAuthor ? -1 : next.start("who"), writer, line.length(), ""));
    }
    writerNext = false;
    Matcher m = WRITER_COLON.matcher(line);
    if (m.matches() && words(m.group("who")) <= 3) {
      endMessage();
      return fromStamp(m);
    }
    m = WRITER_HEADER.matcher(line);
    if (m.matches()) {
      String who = m.group("who").strip();
      writerIsAuthor = ChatMessage.isOwner(who);
      writer = writerIsAuthor ? Optional.empty() : Optional.of(who);
      int start = m.start("who");
      return Optional.of(
          new ChatMessage(writerIsAuthor ? -1 : start, writer, line.length(), date(m)));
    }
    m = WRITER_COMMA_STAMP.matcher(line);
    if (m.matches()) {
      endMessage();
      String who = m.group("who").strip();
      writerIsAuthor = ChatMessage.isOwner(who);
      writer = writerIsAuthor ? Optional.empty() : Optional.of(who);
      return Optional.of(
          new ChatMessage(writerIsAuthor ? -1 : m.start("who"), writer, line.length(), date(m)));
    }
    if (SAVED_STAMP.matcher(line).matches()) {
      return Optional.of(new ChatMessage(-1, Optional.empty(), line.length(), line.strip()));
    }
    m = WRITER_THEN_TIME.matcher(line);
    if (m.matches()) {
      String who = m.group("who").strip();
      writerIsAuthor = ChatMessage.isOwner(who);
      writer = writerIsAuthor ? Optional.empty() : Optional.of(who);
      return Optional.of(
          new ChatMessage(writerIsAuthor ? -1 : m.start("who"), writer, line.length(), ""));
    }
    Matcher label = PARTNER_LABEL.matcher(line);
    if (label.find()) {
      partner = Optional.of(label.group("who"));
      return Optional.empty();
    }
    Matcher p = PARTNER.matcher(line);
    if (p.find()) {
      String name = (p.group("en") != null ? p.group("en") : p.group("ko")).strip();
      partner = Optional.of(name);
      return Optional.empty();
    }
    if (writer.isPresent() || writerIsAuthor) {
      // A line of the message under its writer's line: the writer is not written in it.
      return Optional.of(new ChatMessage(-1, writer, 0, ""));
    }
    return Optional.empty();
  }

  /**
   * Whether the last line read was a comment under a post: many write under one post, so its writer
   * is no one-to-one chat's other party.
   */
  boolean lastWasComment() {
    return lastWasComment;
  }

  /** "Sent"/"Received" for the writer: the export's owner, or the other party its heading names. */
  private Optional<ChatMessage> fromStamp(Matcher m) {
    String who = m.group("who").strip();
    String lower = who.toLowerCase(Locale.ROOT);
    int msg = m.start("msg");
    if (SENT.contains(lower) || ChatMessage.isOwner(who)) {
      return Optional.of(new ChatMessage(-1, Optional.empty(), msg, date(m)));
    }
    if (RECEIVED.contains(lower)) {
      return partner.map(p -> new ChatMessage(-1, Optional.of(p), msg, date(m)));
    }
    return Optional.of(new ChatMessage(m.start("who"), Optional.of(who), msg, date(m)));
  }

  private void endMessage() {
    writer = Optional.empty();
    writerIsAuthor = false;
    inMail = false;
  }

  private static String date(Matcher m) {
    return m.group("date") == null ? "" : m.group("date");
  }

  private static int words(String s) {
    return s.strip().split("\\s+").length;
  }
}
