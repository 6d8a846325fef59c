package org.okju.report;

import java.util.Optional;
import org.okju.casefile.Sha256;
import org.okju.casefile.SourceId;

/**
 * A source's manifest, recomputed from the catalogue and compared with what ingest recorded.
 *
 * @param source the source
 * @param path its given path as displayed (before any privacy redaction)
 * @param items catalogue rows read
 * @param recomputed the manifest of the catalogue as it is now
 * @param recorded the manifest stored on the source row; empty when the ingest never finished
 * @param logged the manifest in the custody entry that recorded the ingest; empty when none
 */
public record SourceCheck(
    SourceId source,
    String path,
    long items,
    Sha256 recomputed,
    Optional<Sha256> recorded,
    Optional<Sha256> logged) {

  /** Whether the catalogue is as ingest left it: all three manifests agree. */
  public boolean holds() {
    return recorded.equals(Optional.of(recomputed)) && logged.equals(Optional.of(recomputed));
  }

  /** One sentence saying what holds and what does not. */
  public String statement() {
    String name = "Source " + source.value();
    if (holds()) {
      return name
          + ": the catalogue ("
          + items
          + " items) matches the manifest recorded at ingest.";
    }
    if (recorded.isEmpty()) {
      return name + ": the ingest never finished, so no manifest was recorded.";
    }
    StringBuilder s = new StringBuilder(name).append(": ");
    if (!recorded.get().equals(recomputed)) {
      s.append("the catalogue no longer matches the manifest stored with the source");
    } else {
      s.append("the catalogue matches the manifest stored with the source");
    }
    if (logged.isEmpty()) {
      s.append(", and no custody entry records the ingest");
    } else if (!logged.get().equals(recomputed)) {
      s.append(", but not the manifest in the custody entry recording the ingest");
    }
    return s.append(": catalogue rows were changed after ingest.").toString();
  }
}
