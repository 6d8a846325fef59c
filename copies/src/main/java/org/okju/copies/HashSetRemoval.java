package org.okju.copies;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.okju.casefile.CaseStore;
import org.okju.casefile.HashSets;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;

/**
 * Removes an imported hash set with its entries and its matches, and logs a {@code hashset-removed}
 * custody entry naming it (kind, format, counts and the imported file's SHA-256), so the log still
 * says which list once stood in the case. Not thread-safe.
 */
public final class HashSetRemoval {
  private final CaseStore store;

  public HashSetRemoval(CaseStore store) {
    this.store = store;
  }

  /**
   * Removes the set called {@code name} and returns it as it was.
   *
   * @throws IllegalArgumentException when the case has no set of that name
   */
  public HashSets.HashSet run(String name, String user, String okjuVersion) {
    HashSets.HashSet set =
        store
            .hashSets()
            .find(name)
            .orElseThrow(() -> new IllegalArgumentException("no hash set named '" + name + "'"));
    store.hashSets().remove(set.id());
    ObjectNode params = new ObjectMapper().createObjectNode();
    params.put("name", set.name());
    params.put("kind", set.kind());
    params.put("format", set.format());
    set.entries().ifPresent(n -> params.put("records", n));
    set.problems().ifPresent(n -> params.put("problems", n));
    params.put("imported", set.importedAt().toString());
    params.put("importedBy", set.user());
    Map<String, Sha256> inputs =
        set.fileSha256().length() == 64
            ? Map.of("hashset", Sha256.parse(set.fileSha256()))
            : Map.of();
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                user, "hashset-removed", params.toString(), inputs, Map.of(), okjuVersion));
    return set;
  }
}
