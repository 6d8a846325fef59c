package org.okju.ledger;

import java.util.List;
import java.util.Optional;

/**
 * One mention of an entity in a document.
 *
 * @param type what it is
 * @param value the text as written (for a person: the name as written, with role word)
 * @param normalized the comparable form: ISO-8601 for dates, a plain number for amounts and
 *     percentages, the name without particles or honorifics for people; empty for a relative date
 *     that could not be resolved
 * @param role {@code victim}, or the role word written with a person ({@code 약사}, {@code boss})
 * @param currency the currency of an amount
 * @param confidence 0..1, how sure the reader is
 * @param flags stable words for a reviewer ({@code year-assumed}, {@code currency-assumed}, …)
 */
public record EntityMention(
    EntityType type,
    String value,
    String normalized,
    Optional<String> role,
    Optional<String> currency,
    Span span,
    double confidence,
    List<String> flags) {
  public EntityMention {
    flags = List.copyOf(flags);
  }

  /** This mention with another role (a person found to be a victim). */
  public EntityMention withRole(String newRole) {
    return new EntityMention(
        type, value, normalized, Optional.of(newRole), currency, span, confidence, flags);
  }
}
