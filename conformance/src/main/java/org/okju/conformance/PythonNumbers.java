package org.okju.conformance;

import java.util.regex.Pattern;

/**
 * What Python's {@code int(s)}, {@code int(s, 16)} and {@code float(s)} accept, for the partner
 * rules (surrounding whitespace, a sign, underscores between digits, {@code inf}/{@code nan}). Each
 * returns the value or throws IllegalArgumentException, Python's {@code ValueError}.
 */
final class PythonNumbers {
  private static final Pattern INT = Pattern.compile("[+-]?[0-9]+(_[0-9]+)*");
  private static final Pattern HEX = Pattern.compile("[+-]?(0[xX]_?)?[0-9a-fA-F]+(_[0-9a-fA-F]+)*");
  private static final Pattern FLOAT =
      Pattern.compile(
          "[+-]?(([0-9]+(_[0-9]+)*(\\.([0-9]+(_[0-9]+)*)?)?|\\.[0-9]+(_[0-9]+)*)"
              + "([eE][+-]?[0-9]+(_[0-9]+)*)?|inf|infinity|nan)",
          Pattern.CASE_INSENSITIVE);

  private PythonNumbers() {}

  static long integer(String s) {
    String t = s.strip();
    if (!INT.matcher(t).matches()) {
      throw new IllegalArgumentException("invalid literal for int(): " + s);
    }
    return Long.parseLong(t.replace("_", ""));
  }

  static void hexInteger(String s) {
    if (!HEX.matcher(s.strip()).matches()) {
      throw new IllegalArgumentException("invalid literal for int() with base 16: " + s);
    }
  }

  static double floating(String s) {
    String t = s.strip();
    if (!FLOAT.matcher(t).matches()) {
      throw new IllegalArgumentException("could not convert string to float: " + s);
    }
    String lower = t.toLowerCase(java.util.Locale.ROOT).replace("_", "");
    if (lower.endsWith("inf") || lower.endsWith("infinity")) {
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (lower.endsWith("nan")) {
      return Double.NaN;
    }
    return Double.parseDouble(lower);
  }
}
