package org.okju.text;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.AttributesImpl;

/**
 * An SMS Backup &amp; Restore file (Android) read as a chat: each {@code sms} and {@code mms} one
 * line, {@code [2025-03-17 22:02] 메기: 오늘 밤 …} (the form of a Telegram or plain chat export, so the
 * ledger reads its writer), and each {@code call} of a call-log backup a line of its own ({@code
 * 2025-03-17 22:02 call from 메기, 125 s}).
 *
 * <p>The writer of a received message is its {@code contact_name} (its {@code address} when the
 * phone knew no name); a message the phone's owner sent is written by {@code Me}. The time is the
 * phone's clock: {@code date} is milliseconds since the epoch, and {@code readable_date} is how the
 * phone showed it in its own time zone and language ({@code 2025. 3. 17. 오후 10:02:00}, {@code Mar
 * 17, 2025 10:02:00 PM}); the offset that turns the one into the other's hour and minute is the
 * phone's, and without a readable time the line is in UTC. One instance reads one file.
 */
final class SmsBackup {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  // The clock time in a readable date: "오후 10:02:00", "10:02:00 PM", "22:02".
  private static final Pattern CLOCK =
      Pattern.compile(
          "(?<before>오전|오후|AM|PM|am|pm)?\\s?(?<h>\\d{1,2}):(?<m>\\d{2})(?::\\d{2})?"
              + "(?:\\s?(?<after>AM|PM|am|pm|a\\.m\\.|p\\.m\\.))?");

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private boolean clockKnown = true;
  private Attributes pending;
  private Attributes mms;
  private String conversation;
  private final List<String> mmsText = new ArrayList<>();

  /** Whether an XML document with this root element is such a backup. */
  static boolean isRoot(String element) {
    return element.equals("smses") || element.equals("calls");
  }

  /** Whether every line so far had the phone's local time. */
  boolean clockKnown() {
    return clockKnown;
  }

  void start(String element, Attributes a) {
    switch (element) {
      case "mms" -> {
        mms = new AttributesImpl(a);
        mmsText.clear();
      }
      case "part" -> {
        String text = a.getValue("text");
        if (mms != null && isText(a.getValue("ct")) && present(text)) {
          mmsText.add(text);
        }
      }
      default -> {
        // sms and call are read whole at their end; addrs, parts are read above
      }
    }
    if (element.equals("sms") || element.equals("call")) {
      pending = new AttributesImpl(a);
    }
  }

  /**
   * The lines an element ends, if it is a message or a call: a message to or from another number
   * than the one before opens with a heading naming the other party and the number ({@code SMS
   * conversation with 메기 (01048213377)}).
   */
  List<String> end(String element) {
    switch (element) {
      case "sms" -> {
        Attributes a = pending;
        pending = null;
        boolean received = "1".equals(a.getValue("type"));
        return message(a, received, value(a, "body"));
      }
      case "mms" -> {
        Attributes a = mms;
        mms = null;
        boolean received = "1".equals(a.getValue("msg_box"));
        return message(a, received, String.join(" ", mmsText));
      }
      case "call" -> {
        Attributes a = pending;
        pending = null;
        return List.of(call(a));
      }
      default -> {
        return List.of();
      }
    }
  }

  private List<String> message(Attributes a, boolean received, String body) {
    List<String> lines = new ArrayList<>();
    String address = value(a, "address");
    if (!address.equals(conversation)) {
      conversation = address;
      String name = value(a, "contact_name");
      boolean named = !name.isEmpty() && !name.equals("(Unknown)");
      lines.add(
          "SMS conversation with "
              + (named ? name + (address.isEmpty() ? "" : " (" + address + ")") : address));
    }
    String who = received ? party(a) : "Me";
    lines.add("[" + time(a) + "] " + who + ": " + body.replaceAll("\\s+", " ").strip());
    return lines;
  }

  private String call(Attributes a) {
    // Call types of the app: 1 incoming, 2 outgoing, 3 missed, 5 rejected.
    String kind =
        switch (String.valueOf(a.getValue("type"))) {
          case "1" -> "call from ";
          case "2" -> "call to ";
          case "3" -> "missed call from ";
          default -> "call with ";
        };
    String duration = value(a, "duration");
    return time(a) + " " + kind + party(a) + (duration.isEmpty() ? "" : ", " + duration + " s");
  }

  private static String party(Attributes a) {
    String name = value(a, "contact_name");
    if (!name.isEmpty() && !name.equals("(Unknown)")) {
      return name;
    }
    String address = value(a, "address");
    return address.isEmpty() ? value(a, "number") : address;
  }

  private String time(Attributes a) {
    long millis;
    try {
      millis = Long.parseLong(value(a, "date"));
    } catch (NumberFormatException e) {
      clockKnown = false;
      return value(a, "readable_date");
    }
    LocalDateTime utc = LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    Optional<LocalDateTime> local = localTime(utc, value(a, "readable_date"));
    if (local.isEmpty()) {
      clockKnown = false;
    }
    return local.orElse(utc).format(STAMP);
  }

  /**
   * The phone's local time of {@code utc}: the offset (whole quarter hours, UTC-12 to UTC+14) that
   * gives the hour and minute the readable date shows, the one whose day of the month it also
   * writes when two do.
   */
  static Optional<LocalDateTime> localTime(LocalDateTime utc, String readable) {
    Matcher m = CLOCK.matcher(readable);
    int lastStart = -1;
    while (m.find()) {
      lastStart = m.start();
    }
    if (lastStart < 0) {
      return Optional.empty();
    }
    Matcher last = CLOCK.matcher(readable);
    last.find(lastStart);
    int hour = Integer.parseInt(last.group("h"));
    int minute = Integer.parseInt(last.group("m"));
    String half = last.group("before") != null ? last.group("before") : last.group("after");
    if (half != null) {
      boolean pm = half.equals("오후") || half.toLowerCase(Locale.ROOT).startsWith("p");
      hour = hour % 12 + (pm ? 12 : 0);
    }
    List<String> numbers =
        NUMBER.matcher(readable.substring(0, last.start())).results().map(r -> r.group()).toList();
    LocalDateTime best = null;
    for (int quarters = -48; quarters <= 56; quarters++) {
      LocalDateTime t = utc.plusMinutes(15L * quarters);
      if (t.getHour() == hour && t.getMinute() == minute) {
        boolean dayWritten =
            numbers.stream().anyMatch(n -> Integer.parseInt(n) == t.getDayOfMonth());
        if (best == null || dayWritten) {
          best = t;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean isText(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/plain");
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank() && !s.equals("null");
  }

  private static String value(Attributes a, String name) {
    String v = a.getValue(name);
    return present(v) ? v.strip() : "";
  }
}
