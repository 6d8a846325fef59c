package org.okju.ledger;

import java.util.Locale;

/** What an extracted entity is. {@link #code()} is the word used in JSON and the store. */
public enum EntityType {
  PERSON,
  PLACE,
  DATE,
  TIME,
  MONEY,
  PERCENT,
  PHONE,
  ACCOUNT,
  DRUG,
  TAPE;

  /** Lower-case word: {@code person}, {@code money}, ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type for a stored word. */
  public static EntityType ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
