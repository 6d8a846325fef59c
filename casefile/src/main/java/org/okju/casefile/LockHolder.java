package org.okju.casefile;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who holds a case's writer lock: the command, the user it acts for, and the process (host, pid,
 * start time) so that a person can find it.
 *
 * @param command what is writing, e.g. {@code okju ingest}
 * @param user who it acts for (as in the custody log)
 * @param host the machine the process runs on
 * @param pid the process id on that machine
 * @param started when it took the lock (UTC)
 */
public record LockHolder(String command, String user, String host, long pid, Instant started) {
  public LockHolder {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(started, "started");
  }

  /** This process, now, running {@code command} for {@code user}. */
  public static LockHolder thisProcess(String command, String user) {
    return new LockHolder(
        command,
        user,
        localHost(),
        ProcessHandle.current().pid(),
        Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * How a person reads it: {@code okju ingest (pid 4711, started 2024-05-03T10:15:00Z)}, with the
   * host when it is another machine.
   */
  public String describe() {
    String where = host.equals(localHost()) ? "" : " on " + host;
    return command + " (pid " + pid + where + ", started " + started + ")";
  }

  /**
   * Whether the process is known to be gone: it ran on this machine and no process has its pid. (A
   * holder on another machine cannot be checked from here.)
   */
  public boolean deadOnThisHost() {
    return host.equals(localHost()) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  /** This machine's name: the kernel's, without a DNS lookup (which can hang). */
  static String localHost() {
    try {
      String name =
          Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.US_ASCII).strip();
      if (!name.isEmpty()) {
        return name;
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: ask Java below.
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}
