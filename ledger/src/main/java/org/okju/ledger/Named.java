package org.okju.ledger;

/**
 * A non-numeric entity read from a line: a place, phone, account, drug or tape.
 *
 * @param type what it is
 * @param value the words as written (trimmed)
 * @param normalized the comparable form (digits only for a phone, the generic name of a drug, …)
 */
record Named(EntityType type, String value, String normalized) {}
