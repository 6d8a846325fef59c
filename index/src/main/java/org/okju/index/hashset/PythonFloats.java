package org.okju.index.hashset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code format(x, '.3')}: how python-threatexchange writes a vPDQ frame's time ({@code
 * VpdqCompactFeature.__str__} in {@code extensions/vpdq/vpdq_util.py}: {@code
 * f"{self.timestamp:.3}"}). Three significant digits, correctly rounded (half to even on the exact
 * binary value, as CPython's {@code dtoa}); fixed notation with at least one digit after the point
 * unless the decimal exponent is below -4 or at least 2, then {@code 1.5e+02}. So 100 seconds is
 * written {@code 1e+02}: the reader ({@code float()}) accepts it, and matching ignores frame times.
 * Writing the same bytes as python-threatexchange lets a partner's list deduplicate okju's signals
 * against ones HMA computed itself (signals are compared as strings). Stateless.
 */
final class PythonFloats {
  private static final int PRECISION = 3;

  private PythonFloats() {}

  /** {@code format(x, '.3')} for a finite {@code x}. */
  static String threeSignificant(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("not a finite number: " + x);
    }
    if (x == 0) {
      return (1 / x < 0) ? "-0.0" : "0.0";
    }
    BigDecimal rounded =
        new BigDecimal(x).round(new MathContext(PRECISION, RoundingMode.HALF_EVEN));
    String sign = rounded.signum() < 0 ? "-" : "";
    BigDecimal abs = rounded.abs();
    int exponent = abs.precision() - abs.scale() - 1;
    String digits = abs.unscaledValue().toString();
    // Python's repr-style formatting: scientific when exp < -4 or exp >= precision - 1.
    if (exponent < -4 || exponent >= PRECISION - 1) {
      String mantissa = stripZeros(digits);
      String m =
          mantissa.length() == 1 ? mantissa : mantissa.charAt(0) + "." + mantissa.substring(1);
      String e = String.format(java.util.Locale.ROOT, "%02d", Math.abs(exponent));
      return sign + m + "e" + (exponent < 0 ? "-" : "+") + e;
    }
    String plain =
        abs.setScale(Math.max(PRECISION - 1 - exponent, 1), RoundingMode.UNNECESSARY)
            .toPlainString();
    int point = plain.indexOf('.');
    int end = plain.length();
    while (end > point + 2 && plain.charAt(end - 1) == '0') {
      end--;
    }
    return sign + plain.substring(0, end);
  }

  private static String stripZeros(String digits) {
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return digits.substring(0, end);
  }
}
