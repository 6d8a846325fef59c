package org.okju.casefile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A separate JVM that opens a case, takes its writer lock, prints {@code locked} and waits to be
 * killed: for tests of what a second process sees and of locks whose holder died.
 */
public final class LockHolderProcess {
  private LockHolderProcess() {}

  /** Holds the lock of the case at {@code args[0]} as {@code args[1]} until killed. */
  public static void main(String[] args) throws Exception {
    CaseStore store = CaseStore.open(CaseLocation.parse(args[0]));
    store.lock(args[1], "holder");
    System.out.println("locked");
    System.out.flush();
    Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    store.close();
  }

  /** Starts the holder and returns once it holds the lock. */
  public static Process start(CaseLocation location, String command) throws Exception {
    String arg =
        location instanceof CaseLocation.Directory d
            ? d.path().toString()
            : ((CaseLocation.Server) location).jdbcUrl();
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(LockHolderProcess.class.getName());
    cmd.add(arg);
    cmd.add(command);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] line = new byte[7];
    int n = p.getInputStream().readNBytes(line, 0, line.length);
    String got = new String(line, 0, n, StandardCharsets.US_ASCII);
    if (!got.equals("locked\n")) {
      p.destroyForcibly();
      throw new IllegalStateException(
          "lock holder did not start: "
              + got
              + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
    return p;
  }
}
