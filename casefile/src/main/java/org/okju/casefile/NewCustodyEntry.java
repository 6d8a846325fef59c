package org.okju.casefile;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An action about to be logged.
 *
 * @param user who did it
 * @param action what was done, a stable word (e.g. {@code case-created}, {@code source-ingested},
 *     {@code report-generated})
 * @param parametersJson the action's parameters as a JSON object (re-serialised canonically)
 * @param inputs hashes of what the action read, by name (copied, sorted)
 * @param outputs hashes of what it wrote, by name (copied, sorted)
 * @param okjuVersion the okju version that did it
 */
public record NewCustodyEntry(
    String user,
    String action,
    String parametersJson,
    SortedMap<String, Sha256> inputs,
    SortedMap<String, Sha256> outputs,
    String okjuVersion) {

  public NewCustodyEntry {
    inputs = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(inputs));
    outputs = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(outputs));
  }

  /** An entry with these parameters and hashes. */
  public static NewCustodyEntry of(
      String user,
      String action,
      String parametersJson,
      Map<String, Sha256> inputs,
      Map<String, Sha256> outputs,
      String okjuVersion) {
    return new NewCustodyEntry(
        user, action, parametersJson, new TreeMap<>(inputs), new TreeMap<>(outputs), okjuVersion);
  }
}
