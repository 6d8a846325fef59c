package org.okju.casefile;

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

  /** Opens the case at {@code location} with default settings. */
  static CaseStore open(CaseLocation location) {
    return open(c -> c.location(location));
  }

  /** The chain of custody. */
  CustodyLog custody();

  /** Starts a batch: writes that commit together. */
  Batch batch();

  /** Where the case lives. */
  CaseLocation location();

  /** The schema version the case is at (Flyway's version string, e.g. {@code "2"}). */
  String schemaVersion();

  /** Closes every connection. Streams and batches still open fail afterwards. */
  @Override
  void close();
}
