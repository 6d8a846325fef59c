package org.okju.conformance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How Hasher-Matcher-Actioner takes one {@code POST /c/bank/<bank>/signal} body, transcribed for
 * tests from {@code hasher-matcher-actioner/src/OpenMediaMatch/blueprints/curation.py} ({@code
 * bank_add_as_signals}, {@code _validate_note}, {@code _bank_add_signals}): the body is a JSON
 * object; {@code note} is popped and must be empty, or a string of at most 255 characters; every
 * other key must be an enabled signal type ("No such signal type") whose {@code
 * validate_signal_str} accepts the value ("Invalid ... signal"); an object with no signals is
 * refused ("No signals given"). Stateless.
 */
public final class HmaBankSignalRule {
  private HmaBankSignalRule() {}

  /** What HMA would bank: signal type to normalised signal, and the note. */
  public record Content(Map<String, String> signals, String note) {}

  /**
   * The content one request body adds to a bank.
   *
   * @throws IllegalArgumentException with HMA's 400 message when it refuses the body
   */
  public static Content accept(String body, Set<String> enabled) {
    Object json = MiniJson.parse(body);
    if (!(json instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("the body is not a JSON object");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    map.forEach((k, v) -> data.put((String) k, v));
    Object note = data.remove("note");
    String n = null;
    if (note != null
        && !(note instanceof String s && s.isEmpty())
        && !(note instanceof Boolean b && !b)) {
      if (!(note instanceof String s)) {
        throw new IllegalArgumentException("note should be a string");
      }
      if (s.length() > 255) {
        throw new IllegalArgumentException("note must be at most 255 characters");
      }
      n = s;
    }
    if (data.isEmpty()) {
      throw new IllegalArgumentException("No signals given");
    }
    Map<String, String> signals = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : data.entrySet()) {
      if (!enabled.contains(e.getKey())) {
        throw new IllegalArgumentException("No such signal type " + e.getKey());
      }
      if (!(e.getValue() instanceof String value)) {
        throw new IllegalArgumentException("Invalid " + e.getKey() + " signal: not a string");
      }
      try {
        signals.put(e.getKey(), ThreatExchangeSignalTypes.validate(e.getKey(), value));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(
            "Invalid " + e.getKey() + " signal: " + ex.getMessage(), ex);
      }
    }
    return new Content(signals, n);
  }
}
