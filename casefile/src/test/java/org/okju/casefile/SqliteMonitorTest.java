package org.okju.casefile;

/** The monitor contract on SQLite. */
class SqliteMonitorTest extends MonitorContract {
  @Override
  Backend backend() {
    return new SqliteBackend();
  }
}
