package org.okju.casefile;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A case: its evidence catalogue, fingerprints, metadata and custody log, in an SQLite file inside
 * a case directory or in a PostgreSQL database. Opening migrates the schema to this build's
 * version. Thread-safe; close it when done.
 *
 * <pre>{@code
 * try (CaseStore store = CaseStore.open(CaseLocation.parse("./okju-case"))) {
 *   SourceId source = store.sources().start(new NewSource(...));
 *   try (Batch batch = store.batch()) {
 *     batch.items().upsert(NewItem.listed(source, Optional.empty(), path));
 *     batch.commit();
 *   }
 * }
 * }</pre>
 */
public interface CaseStore extends CaseData, AutoCloseable {
  /**
   * Opens (creating and migrating when needed) the case configured by {@code config}.
   *
   * @throws SchemaVersionException when the case was written by a newer okju
   * @throws CaseStoreException when the database cannot be opened or migrated
   */
  static CaseStore open(Consumer<CaseStoreConfig> config) {
    CaseStoreConfig c = new CaseStoreConfig();
    config.accept(c);
    return SqlCaseStore.open(c.freeze());
  }

  /** Opens the case at {@code location} with default settings, creating it when it is new. */
  static CaseStore open(CaseLocation location) {
    return open(c -> c.location(location));
  }

  /**
   * Opens the case at {@code location}, which must exist: a mistyped location never creates an
   * empty case.
   *
   * @throws NoCaseException when there is no case there
   */
  static CaseStore openExisting(CaseLocation location) {
    return open(c -> c.location(location).existing());
  }

  /**
   * Takes the case's writer lock for {@code command} (e.g. {@code okju ingest}) acting for {@code
   * user}, without waiting. One writer at a time: bulk writers (ingest, grouping, matching,
   * imports) take it so that none of them sees another's half-done work, and so that a source still
   * marked running is known to be an interrupted ingest, not a concurrent one. A store that holds
   * the lock may take it again (nested; the first holder is kept). Closing the store releases it;
   * so does the end of the process, however it ends.
   *
   * @throws CaseBusyException when another process or store holds it
   */
  CaseLock lock(String command, String user);

  /** Who holds the writer lock now, if anyone (this store included). */
  Optional<LockHolder> writer();

  /** The chain of custody. */
  CustodyLog custody();

  /** Starts a batch: writes that commit together. */
  Batch batch();

  /** Where the case lives. */
  CaseLocation location();

  /** The schema version the case is at (Flyway's version string, e.g. {@code "2"}). */
  String schemaVersion();

  /**
   * Releases the writer lock if this store holds it and closes every connection. Streams and
   * batches still open fail afterwards.
   */
  @Override
  void close();
}
