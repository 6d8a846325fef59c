package org.okju.ledger;

import java.util.Locale;

/** What a suggested fact asserts. {@link #code()} is the word used in JSON and the store. */
public enum FactType {
  /** Money went from the subject to the object. */
  PAYMENT,
  /** The subject receives a percentage of a deal or of a victim's extortion (the object). */
  SHARE,
  /** The victim (subject) was summoned to or met at a place. */
  MEETING,
  /** A tape or file (object) was made of the victim (subject). */
  RECORDING,
  /** The supplier (subject) supplied a drug (object). */
  SUPPLY;

  /** Lower-case word: {@code payment}, {@code share}, ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type for a stored word. */
  public static FactType ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
