package org.okju.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A fact read from one line, for a person to confirm, edit or reject.
 *
 * @param subject payer, share receiver, victim (meeting, recording) or supplier: a person's
 *     normalized name, or {@link #AUTHOR}
 * @param object payee, the victim or deal a share is of, the tape, or the drug
 * @param date ISO-8601 date, from the line or the entry it is written in
 * @param place a place's normalized name
 * @param span the line it was read from
 */
public record SuggestedFact(
    FactType type,
    Optional<String> subject,
    Optional<String> object,
    Optional<Money> amount,
    Optional<BigDecimal> percent,
    Optional<String> date,
    Optional<String> place,
    Span span,
    double confidence,
    List<String> flags) {
  /** The writer of the diary or ledger ("I", "나"). */
  public static final String AUTHOR = "(author)";

  public SuggestedFact {
    flags = List.copyOf(flags);
  }
}
