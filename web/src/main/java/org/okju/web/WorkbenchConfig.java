package org.okju.web;

import java.time.Clock;
import java.time.Duration;

/**
 * How to run the workbench: {@code Workbench.create(store, cfg -> cfg.port(8080))}. Read once at
 * start, then frozen into {@link Settings}. Not thread-safe (it lives inside the lambda).
 */
public final class WorkbenchConfig {
  // Only this machine: a team puts a TLS proxy in front and says --bind explicitly.
  private String bind = "127.0.0.1";
  private int port = 8080;
  // Behind a TLS proxy the cookies get Secure and the pages HSTS.
  private boolean behindTls;
  // ASVS V7.3: an idle session ends; 30 minutes suits a working session, 12 hours a day's work.
  private Duration idleTimeout = Duration.ofMinutes(30);
  private Duration absoluteTimeout = Duration.ofHours(12);
  // The contract: five wrong passwords lock the user for 15 minutes.
  private int lockAfter = 5;
  private Duration lockFor = Duration.ofMinutes(15);
  // Login attempts per client address a minute: enough for a typo-prone team behind one NAT.
  private int loginAttemptsPerMinute = 30;
  // Largest hash list the browser may upload (a full NSRL RDS is larger: import it with the CLI).
  private long maxUploadBytes = 1L << 30;
  private Clock clock = Clock.systemUTC();
  private String okjuVersion = "dev";
  // The analyses' report sections; the CLI hands in the ones okju report uses.
  private java.util.function.BiFunction<
          org.okju.report.ReportPlugins, org.okju.casefile.CaseStore, org.okju.report.ReportPlugins>
      reportSections = (plugins, store) -> plugins;

  WorkbenchConfig() {}

  /** The address to listen on (default 127.0.0.1). */
  public WorkbenchConfig bind(String address) {
    this.bind = address;
    return this;
  }

  /** The port (default 8080; 0 picks a free one). */
  public WorkbenchConfig port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535: " + port);
    }
    this.port = port;
    return this;
  }

  /** Whether a TLS proxy fronts the server: cookies become Secure, pages send HSTS. */
  public WorkbenchConfig behindTls(boolean on) {
    this.behindTls = on;
    return this;
  }

  /** How long a session may sit idle (default 30 minutes). */
  public WorkbenchConfig idleTimeout(Duration timeout) {
    this.idleTimeout = timeout;
    return this;
  }

  /** How long a session lives at most (default 12 hours). */
  public WorkbenchConfig absoluteTimeout(Duration timeout) {
    this.absoluteTimeout = timeout;
    return this;
  }

  /** Wrong passwords in a row that lock a user, and for how long (default 5, 15 minutes). */
  public WorkbenchConfig lockout(int attempts, Duration duration) {
    this.lockAfter = attempts;
    this.lockFor = duration;
    return this;
  }

  /** Login attempts allowed per client address a minute (default 30). */
  public WorkbenchConfig loginAttemptsPerMinute(int attempts) {
    this.loginAttemptsPerMinute = attempts;
    return this;
  }

  /** Largest upload accepted (default 1 GiB). */
  public WorkbenchConfig maxUploadBytes(long bytes) {
    this.maxUploadBytes = bytes;
    return this;
  }

  /** The clock (tests move it to expire sessions and locks). */
  public WorkbenchConfig clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** The okju version, for custody entries. */
  public WorkbenchConfig okjuVersion(String version) {
    this.okjuVersion = version;
    return this;
  }

  /**
   * Adds the analyses' sections to a report (default: none; {@code okju serve} adds okju report's).
   */
  public WorkbenchConfig reportSections(
      java.util.function.BiFunction<
              org.okju.report.ReportPlugins,
              org.okju.casefile.CaseStore,
              org.okju.report.ReportPlugins>
          sections) {
    this.reportSections = sections;
    return this;
  }

  Settings freeze() {
    return new Settings(
        bind,
        port,
        behindTls,
        idleTimeout,
        absoluteTimeout,
        lockAfter,
        lockFor,
        loginAttemptsPerMinute,
        maxUploadBytes,
        clock,
        okjuVersion,
        reportSections);
  }

  /** The frozen configuration. */
  record Settings(
      String bind,
      int port,
      boolean behindTls,
      Duration idleTimeout,
      Duration absoluteTimeout,
      int lockAfter,
      Duration lockFor,
      int loginAttemptsPerMinute,
      long maxUploadBytes,
      Clock clock,
      String okjuVersion,
      java.util.function.BiFunction<
              org.okju.report.ReportPlugins,
              org.okju.casefile.CaseStore,
              org.okju.report.ReportPlugins>
          reportSections) {}
}
