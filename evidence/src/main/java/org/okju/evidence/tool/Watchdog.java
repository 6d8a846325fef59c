package org.okju.evidence.tool;

import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that checks every running tool four times a second and kills those past their
 * time or silence limit. Thread-safe.
 */
final class Watchdog {
  static final Watchdog INSTANCE = new Watchdog();

  private final Set<ToolStream> running = ConcurrentHashMap.newKeySet();

  private Watchdog() {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "okju-tool-watchdog");
              t.setDaemon(true);
              return t;
            });
    // Runs until the JVM exits; check() handles each stream, so nothing is left for the future.
    Future<?> unused = timer.scheduleWithFixedDelay(this::check, 250, 250, TimeUnit.MILLISECONDS);
  }

  void watch(ToolStream s) {
    running.add(s);
  }

  void forget(ToolStream s) {
    running.remove(s);
  }

  private void check() {
    long now = System.nanoTime();
    for (Iterator<ToolStream> it = running.iterator(); it.hasNext(); ) {
      ToolStream s = it.next();
      String why = s.overLimit(now);
      if (why != null) {
        s.kill(why);
        it.remove();
      }
    }
  }
}
