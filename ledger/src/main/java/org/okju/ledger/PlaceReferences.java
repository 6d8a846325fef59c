package org.okju.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place named before, spoken of again by its kind alone: "장소: 연남동 작업실" … "작업실로 데려옴", "Seongsu
 * studio" … "same studio", "Gramps's flat in 잠원동" … "in the same flat". The venue word (with "the",
 * "same", "that", 그 or 같은 before it, or a Korean particle of place after it) is read as the last
 * place the document named with that word. Not thread-safe: one per document, fed the lines in
 * order.
 */
final class PlaceReferences {
  private static final String KINDS =
      "작업실|원룸|오피스텔|모텔|호텔|사우나|노래방|스튜디오|studio|flat|apartment|motel|hotel|sauna|karaoke";
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?i)(?:\\b(?:the|same|that|this)\\s+(?:same\\s+)?|(?<![가-힣])(?:그|같은)\\s?)(?<kind>"
              + KINDS
              + ")\\b"
              + "|(?<![가-힣A-Za-z])(?<ko>작업실|원룸|오피스텔|스튜디오)(?:으로|로|에서|에)(?![가-힣])");

  // The places named so far, latest last, as written and normalised (연남동 작업실 is 연남동).
  private final List<Named> named = new ArrayList<>();

  /** The references to a place named before in {@code masked} (the line, its entities blanked). */
  List<Found<Named>> find(String masked) {
    List<Found<Named>> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(masked);
    while (m.find()) {
      String group = m.group("kind") != null ? "kind" : "ko";
      String kind = m.group(group).toLowerCase(Locale.ROOT);
      for (int i = named.size() - 1; i >= 0; i--) {
        Named place = named.get(i);
        if (place.value().toLowerCase(Locale.ROOT).contains(kind)
            && !place.normalized().equalsIgnoreCase(kind)) {
          out.add(
              Found.of(
                  m.start(group),
                  m.end(group),
                  new Named(EntityType.PLACE, m.group(group), place.normalized()),
                  0.6,
                  "place-reference"));
          break;
        }
      }
    }
    return out;
  }

  private static final Pattern KIND_AFTER = Pattern.compile("(?i)^\\s?(?:" + KINDS + ")");

  /**
   * Notes the places {@code line} named, with the venue word written right after one (연남동 작업실: the
   * place is 연남동, its venue the 작업실 a later line speaks of).
   */
  void saw(String line, List<Found<Named>> things) {
    for (Found<Named> t : things) {
      if (t.value().type() == EntityType.PLACE && !t.flags().contains("place-reference")) {
        Matcher kind = KIND_AFTER.matcher(line.substring(t.end()));
        named.add(
            kind.find()
                ? new Named(
                    EntityType.PLACE, t.value().value() + kind.group(), t.value().normalized())
                : t.value());
      }
    }
  }
}
