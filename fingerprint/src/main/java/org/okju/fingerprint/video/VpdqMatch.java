package org.okju.fingerprint.video;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much two videos' vPDQ hashes match, as percentages of each side's usable frames.
 *
 * @param queryPercent share of the query's frames (quality at or above the threshold) that match
 *     some frame of the compared video
 * @param comparedPercent the same, the other way round
 */
public record VpdqMatch(double queryPercent, double comparedPercent) {
  /**
   * {@code query_pct,compared_pct} with 2 decimals each, rounded as C {@code printf("%0.2f")}
   * rounds (exact binary value, ties to even).
   */
  public String format() {
    return twoDecimals(queryPercent) + "," + twoDecimals(comparedPercent);
  }

  static String twoDecimals(double v) {
    return new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
