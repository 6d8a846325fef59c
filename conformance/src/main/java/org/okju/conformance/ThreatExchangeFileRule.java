package org.okju.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How python-threatexchange 1.2.16 loads a {@code local_file} collaboration, transcribed for tests
 * so a takedown list can be checked against the partner's own rule: {@code
 * exchanges/impl/file_api.py} {@code LocalFileSignalExchangeAPI.fetch_iter} (each line {@code
 * strip()}ed and split at the first space with {@code partition(" ")}; kept only when both parts
 * are non-empty; later duplicates collapse into one) and {@code exchanges/signal_exchange_api.py}
 * {@code naive_convert_to_signal_type} (a type the installation does not have is skipped; a signal
 * its type rejects is dropped with a warning). Stateless.
 */
public final class ThreatExchangeFileRule {
  private ThreatExchangeFileRule() {}

  /**
   * What the reader made of a file.
   *
   * @param accepted type name to the signals loaded, in first-seen order
   * @param skipped lines without both parts, or of a type not installed (silently ignored)
   * @param rejected lines whose signal the type refused (logged "Invalid fingerprint")
   */
  public record Result(
      Map<String, List<String>> accepted, List<String> skipped, List<String> rejected) {
    /** Every signal loaded. */
    public int size() {
      return accepted.values().stream().mapToInt(List::size).sum();
    }
  }

  /** Reads {@code lines} (a file's lines) with the signal types {@code installed}. */
  public static Result read(List<String> lines, Set<String> installed) {
    Map<List<String>, String> updates = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    for (String line : lines) {
      String signal = line.strip();
      int space = signal.indexOf(' ');
      String type = space < 0 ? signal : signal.substring(0, space);
      signal = space < 0 ? "" : signal.substring(space + 1);
      if (!type.isEmpty() && !signal.isEmpty()) {
        updates.put(List.of(type, signal), line);
      } else {
        skipped.add(line);
      }
    }
    Map<String, List<String>> accepted = new LinkedHashMap<>();
    List<String> rejected = new ArrayList<>();
    for (Map.Entry<List<String>, String> u : updates.entrySet()) {
      String type = u.getKey().get(0);
      String signal = u.getKey().get(1);
      if (!installed.contains(type)) {
        skipped.add(u.getValue());
        continue;
      }
      try {
        ThreatExchangeSignalTypes.validate(type, signal);
        accepted.computeIfAbsent(type, k -> new ArrayList<>()).add(signal);
      } catch (IllegalArgumentException e) {
        rejected.add(u.getValue());
      }
    }
    return new Result(accepted, skipped, rejected);
  }
}
