package org.okju.conformance;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * python-threatexchange 1.2.16's {@code validate_signal_str} of the signal types a takedown list
 * carries, transcribed for tests (facebook/ThreatExchange, {@code python-threatexchange/
 * threatexchange/}):
 *
 * <ul>
 *   <li>{@code pdq} ({@code signal_type/pdq/signal.py}): {@code re.match("^[0-9a-f]{64}$", s)}, no
 *       normalising.
 *   <li>{@code video_md5} ({@code signal_type/md5.py}), {@code video_sha256} ({@code
 *       signal_type/sha256.py}): {@code s.strip().lower()} must match 32 / 64 hex digits.
 *   <li>{@code vpdq} ({@code extensions/vpdq/vpdq_util.py}, {@code json_to_vpdq}): {@code
 *       json.loads(s or "[]")}, each element {@code VpdqCompactFeature.from_str}: split on commas
 *       into exactly three parts, {@code int(quality)}, {@code float(time)}, then {@code
 *       assert_valid}: 64 characters that {@code int(hex, 16)} reads, quality 0..100, time not
 *       negative.
 * </ul>
 *
 * Names are {@code SignalType.get_name()}. Stateless.
 */
public final class ThreatExchangeSignalTypes {
  /** The types above. */
  public static final Set<String> NAMES = Set.of("pdq", "video_md5", "video_sha256", "vpdq");

  private static final Pattern PDQ = Pattern.compile("^[0-9a-f]{64}$");
  private static final Pattern MD5 = Pattern.compile("^[0-9a-f]{32}$");
  private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

  private ThreatExchangeSignalTypes() {}

  /**
   * The signal as the type normalises it.
   *
   * @throws IllegalArgumentException (Python's {@code ValueError}) when the type rejects it
   */
  public static String validate(String type, String signal) {
    return switch (type) {
      case "pdq" -> {
        if (!PDQ.matcher(signal).find()) {
          throw new IllegalArgumentException("invalid PDQ hash");
        }
        yield signal;
      }
      case "video_md5" -> hex(MD5, signal, "MD5");
      case "video_sha256" -> hex(SHA256, signal, "SHA256");
      case "vpdq" -> {
        vpdq(signal);
        yield signal;
      }
      default -> throw new IllegalArgumentException("no validator for " + type);
    };
  }

  private static String hex(Pattern p, String signal, String what) {
    String n = signal.strip().toLowerCase(Locale.ROOT);
    if (!p.matcher(n).find()) {
      throw new IllegalArgumentException(signal + " is not a valid " + what + " hash");
    }
    return n;
  }

  private static void vpdq(String signal) {
    Object json = MiniJson.parse(signal.isEmpty() ? "[]" : signal);
    if (!(json instanceof List<?> frames)) {
      // A dict iterates over its keys, which from_str cannot split into three parts; anything
      // else is not iterable at all (a TypeError, which the reader does not catch).
      throw new IllegalArgumentException("invalid VpdqCompactFeature serialization: " + json);
    }
    for (Object f : frames) {
      if (!(f instanceof String s)) {
        throw new IllegalArgumentException("a frame is not a string: " + f);
      }
      String[] parts = s.split(",", -1);
      if (parts.length != 3) {
        throw new IllegalArgumentException("invalid VpdqCompactFeature serialization: " + s);
      }
      long quality = PythonNumbers.integer(parts[1]);
      double time = PythonNumbers.floating(parts[2]);
      if (parts[0].length() != 64) {
        throw new IllegalArgumentException("malformed pdq hash");
      }
      PythonNumbers.hexInteger(parts[0]);
      if (quality < 0 || quality > 100) {
        throw new IllegalArgumentException("invalid VPDQ quality");
      }
      if (time < 0) {
        throw new IllegalArgumentException("invalid timestamp");
      }
    }
  }
}
