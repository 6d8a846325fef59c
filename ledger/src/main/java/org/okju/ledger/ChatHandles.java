package org.okju.ledger;

import java.util.regex.Pattern;

/**
 * The one rule for a chat handle acting as a person ({@code Teddy_88 paid}, {@code sent it to
 * Doc2020}, {@code Rook_22's car}): such a handle is a person ({@link EnglishNames}) and not a
 * file-like tape title ({@link TapeReader}), which it looks like ({@code Nutcracker_03}).
 * Stateless.
 */
final class ChatHandles {
  /** A capitalised word with two to four digits, an underscore between or not. */
  static final Pattern HANDLE = Pattern.compile("[A-Z][a-z]{1,11}_?\\d{2,4}");

  // What only people do, right after the handle: "Teddy_88 paid", "Doc2020 wants the file".
  private static final Pattern PERSON_VERB_AFTER =
      Pattern.compile(
          "^\\s+(?:took|paid|pays|sent|gave|drove|filmed|called|texted|asked|said|says|wants|wanted"
              + "|got|gets|keeps|kept|takes|brought|picked|came|went|left|met|made|added|messaged"
              + "|replied|agreed|wrote|transferred|wired|bought|sold|owes|edited|hosts|rents|supplied"
              + "|will|would|can|could)\\b");
  // Whom money goes to or comes from, or the one labelled: "paid Teddy_88", "to Doc2020",
  // "buyer: Rook_22", "Doc2020한테".
  private static final Pattern PERSON_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:paid|pay|to|from|by|with|target|prey|buyer)\\s*[=:]?|한테|에게)\\s*$");

  private ChatHandles() {}

  /** Whether {@code handle}, between {@code before} and {@code after}, is a person's handle. */
  static boolean actsAsPerson(String handle, String before, String after) {
    return HANDLE.matcher(handle).matches()
        && (PERSON_VERB_AFTER.matcher(after).find()
            || after.startsWith("'s")
            || PERSON_BEFORE.matcher(before).find());
  }
}
