package org.okju.ledger;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money in one currency.
 *
 * @param value the amount in the currency's main unit (won, dollars), without trailing zeros
 * @param currency ISO 4217 code ({@code KRW}, {@code USD}, ...)
 */
public record Money(BigDecimal value, String currency) {
  public Money {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(currency, "currency");
    value = value.stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
  }

  /** {@code 3000000 KRW}. */
  @Override
  public String toString() {
    return value.toPlainString() + " " + currency;
  }
}
