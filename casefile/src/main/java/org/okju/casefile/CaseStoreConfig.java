package org.okju.casefile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to open a case store: {@code CaseStore.open(cfg -> cfg.location(…).signing(true))}. Read once
 * when the store opens, then frozen. Not thread-safe (it lives inside the lambda).
 */
public final class CaseStoreConfig {
  // The CLI's --case default.
  private CaseLocation location = CaseLocation.directory(CaseLocation.DEFAULT_DIRECTORY);
  // Off by default: signing needs a private key kept somewhere safe, which the user chooses.
  private boolean signing;
  // Where custody-ed25519.key/.pub live; by default the case directory.
  private Optional<Path> keyDirectory = Optional.empty();
  // Connections open at once: ingest's workers plus a reader or two.
  private int poolSize = 4;
  // How long an SQLite writer waits for another writer before failing.
  private Duration busyTimeout = Duration.ofSeconds(30);
  // Off by default for the library (ingest creates cases); every reading front end turns it on.
  private boolean mustExist;
  // SQLite's page cache per connection; empty: SQLite's default (2 MiB).
  private Optional<Integer> cacheMiB = Optional.empty();

  CaseStoreConfig() {}

  /** The case directory or database (default {@code ./okju-case}). */
  public CaseStoreConfig location(CaseLocation location) {
    this.location = location;
    return this;
  }

  /**
   * Whether custody entries are signed with the case's Ed25519 key; the key pair is created on
   * first use. A case whose key exists keeps signing even without this.
   */
  public CaseStoreConfig signing(boolean signing) {
    this.signing = signing;
    return this;
  }

  /**
   * Where the case's key pair lives. Required to sign a PostgreSQL case (it has no directory);
   * defaults to the case directory.
   */
  public CaseStoreConfig keyDirectory(Path directory) {
    this.keyDirectory = Optional.of(directory);
    return this;
  }

  /**
   * Refuses to create a case: opening fails with {@link NoCaseException} when there is none at the
   * location (default: a new case is created).
   */
  public CaseStoreConfig existing() {
    this.mustExist = true;
    return this;
  }

  /** Most connections open at once (default 4). */
  public CaseStoreConfig poolSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("pool size must be at least 1: " + size);
    }
    this.poolSize = size;
    return this;
  }

  /** How long an SQLite writer waits for the write lock (default 30 s). */
  public CaseStoreConfig busyTimeout(Duration timeout) {
    this.busyTimeout = timeout;
    return this;
  }

  /**
   * SQLite's page cache per connection, in MiB (default: SQLite's 2 MiB). A bulk writer of a
   * million rows wants the indexes it inserts into at random to stay in memory; ignored for
   * PostgreSQL.
   */
  public CaseStoreConfig cacheMiB(int mib) {
    if (mib < 1) {
      throw new IllegalArgumentException("cache must be at least 1 MiB: " + mib);
    }
    this.cacheMiB = Optional.of(mib);
    return this;
  }

  Settings freeze() {
    Optional<Path> keys =
        keyDirectory.or(
            () ->
                location instanceof CaseLocation.Directory d
                    ? Optional.of(d.path())
                    : Optional.empty());
    return new Settings(location, signing, keys, poolSize, busyTimeout, mustExist, cacheMiB);
  }

  /** The frozen configuration. */
  record Settings(
      CaseLocation location,
      boolean signing,
      Optional<Path> keyDirectory,
      int poolSize,
      Duration busyTimeout,
      boolean mustExist,
      Optional<Integer> cacheMiB) {}
}
