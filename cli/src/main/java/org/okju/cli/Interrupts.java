package org.okju.cli;

import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ctrl-C (SIGINT) and SIGTERM end a verb cleanly: the main thread is interrupted so that a verb
 * that waits (ingest's walker, a lock wait) stops and closes its case; the progress line is ended,
 * one line says how to resume, and the exit code is 130 or 143. A verb busy computing gets a few
 * seconds, then the process exits anyway: what it committed is consistent (every verb survives kill
 * -9 and resumes), so waiting longer would only keep the user waiting. A second signal exits at
 * once.
 *
 * <p>Signals belong to the process, so this is process-wide state, enabled by {@link Okju#main}
 * only (tests running verbs in-process are not affected) and installed when a verb starts (help and
 * --version, which must start fast, never need it).
 */
final class Interrupts {
  // Long enough for ingest's workers to finish the files in hand (a video can take seconds).
  private static final long GRACE_SECONDS = 10;

  /** The signals handled, with the shell's exit code for each (128 + number). */
  enum Signal {
    INT(130),
    TERM(143);

    private final int exitCode;

    Signal(int exitCode) {
      this.exitCode = exitCode;
    }

    int exitCode() {
      return exitCode;
    }
  }

  private static final AtomicReference<Signal> RECEIVED = new AtomicReference<>();
  private static final AtomicReference<ProgressLine> OPEN_LINE = new AtomicReference<>();
  private static volatile Thread main;
  private static volatile boolean finished;
  private static volatile String verb = "okju";

  private Interrupts() {}

  /** Handles SIGINT and SIGTERM for the verb the calling (main) thread is about to run. */
  static void enable() {
    main = Thread.currentThread();
  }

  private static boolean installed;

  // Called as a verb starts, on the main thread, once.
  private static synchronized void install() {
    if (main == null || installed) {
      return;
    }
    installed = true;
    for (Signal s : Signal.values()) {
      handle(s, () -> received(s));
    }
  }

  /**
   * Runs {@code action} on a JVM signal thread when {@code s} arrives, instead of the JVM's exit.
   * For a verb that ends by itself on a signal ({@code okju serve}); every other verb gets {@link
   * #running}'s handling.
   */
  static void handle(Signal s, Runnable action) {
    // sun.misc.Signal (module jdk.unsupported, there for exactly this) is reached by reflection:
    // it is the JDK's only way to learn which signal came, and javac warns on every direct use.
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handler = Class.forName("sun.misc.SignalHandler");
      Object proxy =
          Proxy.newProxyInstance(
              Interrupts.class.getClassLoader(),
              new Class<?>[] {handler},
              (self, method, args) -> {
                if (method.getName().equals("handle")) {
                  action.run();
                  return null;
                }
                return method.getName().equals("hashCode")
                    ? System.identityHashCode(self)
                    : method.getName().equals("equals") ? self == args[0] : "okju " + s;
              });
      signal
          .getMethod("handle", signal, handler)
          .invoke(null, signal.getConstructor(String.class).newInstance(s.name()), proxy);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Looked up only now: logging is not started for a run that needs none.
      Logger log = LoggerFactory.getLogger(Interrupts.class);
      log.debug("cannot handle SIG{} here", s, e);
    }
  }

  /** The verb being run ({@code okju ingest}), for the message if it has to be cut short. */
  static void running(String qualifiedName) {
    verb = qualifiedName;
    install();
  }

  /** The main thread is done: its exit code is on its way out. */
  static void finished() {
    finished = true;
  }

  /** The signal that asked the process to stop, if one did. */
  static Optional<Signal> received() {
    return Optional.ofNullable(RECEIVED.get());
  }

  /** What the user reads after an interruption. */
  static String message(Signal s) {
    return "interrupted by SIG"
        + s.name()
        + ": what was done is kept in the case; run the same command again to resume";
  }

  /** A progress line being redrawn on the terminal now ({@code null}: none). */
  static void progressLine(ProgressLine line) {
    OPEN_LINE.set(line);
  }

  /** Ends a progress line left open, so that the next message starts on a line of its own. */
  static void endProgressLine() {
    ProgressLine line = OPEN_LINE.getAndSet(null);
    if (line != null) {
      line.end();
    }
  }

  private static void received(Signal s) {
    if (!RECEIVED.compareAndSet(null, s)) {
      exitNow(s); // a second Ctrl-C: the user does not want to wait
      return;
    }
    Thread m = main;
    if (m == null) {
      exitNow(s);
      return;
    }
    m.interrupt();
    Thread watchdog =
        new Thread(
            () -> {
              try {
                m.join(TimeUnit.SECONDS.toMillis(GRACE_SECONDS));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              if (!finished) {
                exitNow(s);
              }
            },
            "okju-interrupt");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  private static void exitNow(Signal s) {
    endProgressLine();
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    err.println(verb + ": " + message(s));
    err.flush();
    Runtime.getRuntime().halt(s.exitCode());
  }

  /** A line on the terminal that must be ended before anything else is printed. */
  interface ProgressLine {
    void end();
  }
}
