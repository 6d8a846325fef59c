package org.okju.ledger;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of a phone's contacts export (vCard): each card's {@code FN} is the name the owner
 * saved someone under, a person whatever word it is ({@code FN:곰 삼촌}, {@code FN:소금}), without the
 * kinship word after it and the note in brackets ({@code FN:여름 (망원 꽃집)}); a kinship or role word
 * alone ({@code FN:누나}) is a role word. A card's {@code NOTE} giving the real name ({@code 본명 나태식},
 * {@code 이름 윤기범}) says whom the saved name stands for. One per document (it keeps the card being
 * read).
 */
final class ContactCards {
  /** The flag of a name a contact card saves: a person, not a word the rules doubt. */
  static final String CONTACT_FLAG = "contact";

  private static final Pattern BEGIN = Pattern.compile("(?i)^\\s*BEGIN:VCARD\\s*$");
  private static final Pattern FN =
      Pattern.compile("^\\s*FN(?:;[^:]*)?:\\s*(?<v>[^(\\s][^(]*?)\\s*(?:\\(.*)?$");
  private static final Pattern KIN_AFTER =
      Pattern.compile("^(?<n>\\S.*?)\\s?(?:삼촌|이모|이모님|형님|형|누나|언니|오빠|선배|선배님|씨|님)$");
  private static final Pattern NOTE = Pattern.compile("(?i)^\\s*NOTE(?:;[^:]*)?:");
  private static final Pattern REAL_NAME =
      Pattern.compile("(?:본명|실명|이름|(?i:real name|name))\\s*(?:은|는|:|=)?\\s*$");

  private Optional<String> saved = Optional.empty();

  /** Reads a card's line: its saved name into {@code people}, a note's real name as its alias. */
  void read(String line, List<Found<Person>> people) {
    if (BEGIN.matcher(line).matches()) {
      saved = Optional.empty();
      return;
    }
    Matcher fn = FN.matcher(line);
    if (fn.matches()) {
      String value = fn.group("v");
      Matcher kin = KIN_AFTER.matcher(value);
      String name = kin.matches() && !kin.group("n").isBlank() ? kin.group("n").strip() : value;
      int s = fn.start("v");
      int e = s + name.length();
      people.removeIf(p -> p.overlaps(fn.start("v"), fn.end("v")));
      if (roleWord(name)) {
        people.add(Found.of(s, e, new Person(name, Optional.of(name)), 0.6, "role-only"));
        saved = Optional.of(name);
      } else if (name.matches(
          "[가-힣]{1,5}|[A-Za-z][A-Za-z'\\-]{1,20}(?: [A-Za-z][A-Za-z'\\-]{1,20}){0,2}")) {
        people.add(Found.of(s, e, new Person(name, Optional.empty()), 0.8, CONTACT_FLAG));
        saved = Optional.of(name);
      }
      people.sort((a, b) -> Integer.compare(a.start(), b.start()));
      return;
    }
    if (saved.isEmpty() || !NOTE.matcher(line).find()) {
      return;
    }
    for (int i = 0; i < people.size(); i++) {
      Found<Person> p = people.get(i);
      if (REAL_NAME.matcher(line.substring(0, p.start())).find()
          && !p.value().name().equals(saved.get())) {
        List<String> flags = new java.util.ArrayList<>(p.flags());
        flags.remove("weak");
        flags.add(PeopleResolver.ALIAS_FLAG + saved.get());
        flags.add(CONTACT_FLAG);
        people.set(i, new Found<>(p.start(), p.end(), p.value(), p.confidence(), flags));
        return;
      }
    }
  }

  private static boolean roleWord(String w) {
    return PersonWords.KOREAN_ROLE_WORDS.contains(w)
        || PersonWords.KOREAN_NOT_NAMES.contains(w)
        || PersonWords.ENGLISH_ROLE_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }
}
