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
 * @param role the role word written with a person ({@code 약사}, {@code boss}), if any
 * @param currency the currency of an amount
 * @param confidence 0..1, how sure the reader is
 * @param flags stable words for a reviewer ({@code year-assumed}, {@code currency-assumed}, …)
 * @param cue for a person, the role this mention's line suggests and why
 */
public record EntityMention(
    EntityType type,
    String value,
    String normalized,
    Optional<String> role,
    Optional<String> currency,
    Span span,
    double confidence,
    List<String> flags,
    Optional<RoleCue> cue) {
  public EntityMention {
    flags = List.copyOf(flags);
  }

  /** This mention with the role its line suggests. */
  public EntityMention withCue(RoleCue newCue) {
    return new EntityMention(
        type, value, normalized, role, currency, span, confidence, flags, Optional.of(newCue));
  }

  /** This mention with {@code newFlags} in place of its flags. */
  public EntityMention withFlags(List<String> newFlags) {
    return new EntityMention(
        type, value, normalized, role, currency, span, confidence, newFlags, cue);
  }
}
