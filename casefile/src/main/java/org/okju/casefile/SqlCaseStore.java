package org.okju.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link CaseStore} over a {@link ConnectionPool}; the same code for both dialects. */
final class SqlCaseStore extends SqlCaseData implements CaseStore {
  private static final Logger LOG = LoggerFactory.getLogger(SqlCaseStore.class);

  private final CaseLocation location;
  private final ConnectionPool pool;
  private final Dialect dialect;
  private final String schemaVersion;
  private final CustodyLog custody;
  private final WriterLocks locks;

  private SqlCaseStore(
      CaseLocation location,
      ConnectionPool pool,
      Dialect dialect,
      String schemaVersion,
      CustodyKeys keys) {
    super(new PooledScope(dialect, location.describe(), pool));
    this.location = location;
    this.pool = pool;
    this.dialect = dialect;
    this.schemaVersion = schemaVersion;
    this.custody =
        new SqlCustodyLog(
            new PooledScope(dialect, location.describe(), pool), keys, Clock.systemUTC());
    LockMechanism mechanism =
        location instanceof CaseLocation.Directory d
            ? new FileLockMechanism(d)
            : new AdvisoryLockMechanism(pool, location.describe());
    this.locks =
        new WriterLocks(
            mechanism, new PooledScope(dialect, location.describe(), pool), location.describe());
  }

  static SqlCaseStore open(CaseStoreConfig.Settings settings) {
    CaseLocation location = settings.location();
    String where = location.describe();
    if (settings.mustExist() && !location.exists()) {
      throw new NoCaseException(where);
    }
    Dialect dialect;
    ConnectionPool pool;
    if (location instanceof CaseLocation.Directory dir) {
      try {
        Files.createDirectories(dir.path());
      } catch (IOException e) {
        throw new CaseStoreException(where, "cannot create the case directory", e);
      }
      CaseTemplate.copyInto(dir.database(), where); // a new case: Flyway's result, made at build
      dialect = Dialect.SQLITE;
      pool =
          ConnectionPool.sqlite(
              dir,
              settings.poolSize(),
              Math.toIntExact(settings.busyTimeout().toMillis()),
              settings.cacheMiB());
    } else {
      dialect = Dialect.POSTGRESQL;
      pool = ConnectionPool.postgresql((CaseLocation.Server) location, settings.poolSize());
    }
    try {
      String version = Migrations.migrate(dialect, pool, where);
      CustodyKeys keys = keys(settings, where);
      LOG.debug("opened case {} at schema version {}", where, version);
      return new SqlCaseStore(location, pool, dialect, version, keys);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static CustodyKeys keys(CaseStoreConfig.Settings settings, String where) {
    Optional<Path> dir = settings.keyDirectory();
    if (dir.isEmpty()) {
      if (settings.signing()) {
        throw new CaseStoreException(
            where, "signing a PostgreSQL case needs a key directory (keyDirectory)", null);
      }
      return CustodyKeys.none();
    }
    try {
      return CustodyKeys.load(dir.get(), settings.signing());
    } catch (IOException | GeneralSecurityException e) {
      throw new CaseStoreException(where, "cannot load the custody key: " + e.getMessage(), e);
    }
  }

  @Override
  public CustodyLog custody() {
    return custody;
  }

  @Override
  public CaseLock lock(String command, String user) {
    return locks.lock(command, user);
  }

  @Override
  public Optional<LockHolder> writer() {
    return locks.holder();
  }

  @Override
  public Batch batch() {
    return SqlBatch.begin(pool, dialect, location.describe());
  }

  @Override
  public CaseLocation location() {
    return location;
  }

  @Override
  public String schemaVersion() {
    return schemaVersion;
  }

  @Override
  public void close() {
    try {
      locks.releaseAll();
    } finally {
      pool.close();
    }
  }
}
