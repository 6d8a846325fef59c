package org.okju.ledger;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a reviewer corrects in a fact; empty fields are left as they were.
 *
 * @param subject a person's normalized name or pseudonym
 * @param object a person's normalized name or pseudonym
 * @param date ISO-8601
 */
public record FactCorrection(
    Optional<String> subject,
    Optional<String> object,
    Optional<Money> amount,
    Optional<BigDecimal> percent,
    Optional<String> date,
    Optional<String> place) {

  /** The changed fields by name, for the custody log. */
  Map<String, String> describe() {
    Map<String, String> m = new LinkedHashMap<>();
    subject.ifPresent(v -> m.put("subject", v));
    object.ifPresent(v -> m.put("object", v));
    amount.ifPresent(v -> m.put("amount", v.toString()));
    percent.ifPresent(v -> m.put("percent", v.toPlainString()));
    date.ifPresent(v -> m.put("date", v));
    place.ifPresent(v -> m.put("place", v));
    return m;
  }
}
