package org.okju.casefile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 51: moves every case's copy-signal rows ({@code copy_signal}, one per view) into
 * one {@link CopySignalPack} record per item ({@code copy_signal_pack}, created by V50) and drops
 * the row table. Rows are read in item order through one cursor and written in batches, so a case
 * of millions of images migrates in constant memory. Runs in Flyway's transaction: a migration that
 * fails leaves the case as it was.
 *
 * <p>Implements {@link JavaMigration} directly (rather than a {@code V51__...} class name) and is
 * registered in {@link Migrations}.
 */
final class PackCopySignals implements JavaMigration {
  /** Items written per batch. */
  private static final int BATCH = 500;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("51");
  }

  @Override
  public String getDescription() {
    return "pack copy signals";
  }

  @Override
  public Integer getChecksum() {
    return 51_001;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (PreparedStatement read =
            c.prepareStatement(
                "SELECT item_id, frame_number, timestamp_seconds, kind, orientation, pdq, quality"
                    + " FROM copy_signal ORDER BY item_id, frame_number, kind, orientation");
        PreparedStatement write =
            c.prepareStatement(
                "INSERT INTO copy_signal_pack (item_id, format, views, pack) VALUES (?, ?, ?, ?)")) {
      read.setFetchSize(4096);
      long item = -1;
      List<Copies.Signal> signals = new ArrayList<>();
      int pending = 0;
      try (ResultSet r = read.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(1);
          if (id != item && !signals.isEmpty()) {
            pending = add(write, item, signals, pending);
            signals = new ArrayList<>();
          }
          item = id;
          signals.add(
              new Copies.Signal(
                  r.getLong(2),
                  r.getDouble(3),
                  r.getString(4),
                  r.getString(5),
                  PdqHex.parse(r.getString(6)),
                  r.getInt(7)));
        }
      }
      if (!signals.isEmpty()) {
        pending = add(write, item, signals, pending);
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE copy_signal");
    }
  }

  private static int add(PreparedStatement write, long item, List<Copies.Signal> s, int pending)
      throws java.sql.SQLException {
    write.setLong(1, item);
    write.setInt(2, CopySignalPack.VERSION);
    write.setInt(3, s.size());
    write.setBytes(4, CopySignalPack.encode(s));
    write.addBatch();
    if (pending + 1 < BATCH) {
      return pending + 1;
    }
    write.executeBatch();
    return 0;
  }
}
