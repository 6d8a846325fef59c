package org.okju.bench;

import java.util.List;

/** The median of repeated measurements: what the benches compare, since single runs vary. */
final class Medians {
  private Medians() {}

  /** The median; NaN for no values. */
  static double of(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }
}
