package org.okju.casefile;

/** The monitor contract on PostgreSQL. */
class PostgresMonitorTest extends MonitorContract {
  @Override
  Backend backend() {
    return new PostgresBackend();
  }
}
