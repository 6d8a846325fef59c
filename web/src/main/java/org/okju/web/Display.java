package org.okju.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** How pages show times and sizes: UTC, to the second; bytes with binary units. */
final class Display {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private Display() {}

  static String time(Instant t) {
    return TIME.format(t);
  }

  static String time(Optional<Instant> t) {
    return t.map(Display::time).orElse("");
  }

  static String size(OptionalLong bytes) {
    if (bytes.isEmpty()) {
      return "";
    }
    long b = bytes.getAsLong();
    if (b < 1024) {
      return b + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = b;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
