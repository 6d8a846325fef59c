package org.okju.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The evidence sources of a case. Thread-safe.
 *
 * <p>Every method throws {@link CaseStoreException} when the database fails.
 */
public interface Sources {
  /** Records a source whose ingest starts now, with status {@link SourceStatus#RUNNING}. */
  SourceId start(NewSource source);

  /**
   * Records the end of an ingest.
   *
   * @throws CaseStoreException also when there is no such source
   */
  void finish(SourceId id, SourceStatus status, Sha256 manifest, long itemCount, Instant finished);

  /** The source, if the case has it. */
  Optional<Source> find(SourceId id);

  /** Sources ingested from this path, oldest first (to resume an interrupted one). */
  List<Source> findByPath(ItemPath givenPath);

  /** All sources, oldest first. A case has a handful, so this is a list. */
  List<Source> all();
}
