package org.okju.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import org.okju.casefile.CaseStore;
import org.okju.casefile.LedgerRows;
import org.okju.casefile.Sha256;

/** Readings stored into a test case as ingest stores them, and its people looked up by name. */
final class StoredReadings {
  private StoredReadings() {}

  /** Stores {@code x}, the reading of the plain-text {@code doc}, as user "inv1". */
  static void add(CaseStore store, DocumentText doc, Extraction x) throws Exception {
    new LedgerCase(store, "test", Clock.systemUTC())
        .add(
            doc,
            x,
            Optional.empty(),
            Sha256.of(
                MessageDigest.getInstance("SHA-256")
                    .digest(doc.text().getBytes(StandardCharsets.UTF_8))),
            Optional.of("text/plain"),
            "inv1");
  }

  /** The entity id of the case's person with the spelling {@code name}. */
  static long entity(CaseStore store, String name) {
    return store.ledger().people().stream()
        .filter(p -> p.names().stream().anyMatch(n -> n.name().equals(name)))
        .map(LedgerRows.Identity::entityId)
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not a person of the case"));
  }
}
