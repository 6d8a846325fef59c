package org.okju.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CPU time of this JVM's threads by kind, between two snapshots: where a run's CPU outside its
 * tasks goes (the driver's thread, Spark's schedulers and RPC, Parquet's committer). Threads that
 * ended in between and the JVM's own (GC, JIT) are not Java threads here; they are the rest of the
 * process's CPU.
 */
final class ThreadCpu {
  private static final Pattern NUMBERS = Pattern.compile("[0-9]+");
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Map<Long, Long> nanos;

  private ThreadCpu(Map<Long, Long> nanos) {
    this.nanos = nanos;
  }

  static ThreadCpu snapshot() {
    Map<Long, Long> now = new HashMap<>();
    for (long id : THREADS.getAllThreadIds()) {
      long t = THREADS.getThreadCpuTime(id);
      if (t >= 0) {
        now.put(id, t);
      }
    }
    return new ThreadCpu(now);
  }

  /**
   * CPU seconds by thread kind since {@code before}, largest first: a task thread is named after
   * its task, so names are reduced to their kind (digits and what follows " for " dropped).
   */
  Map<String, Double> since(ThreadCpu before) {
    Map<String, Double> byKind = new HashMap<>();
    for (Map.Entry<Long, Long> e : nanos.entrySet()) {
      long delta = e.getValue() - before.nanos.getOrDefault(e.getKey(), 0L);
      ThreadInfo info = THREADS.getThreadInfo(e.getKey());
      if (delta <= 0 || info == null) {
        continue;
      }
      byKind.merge(kind(info.getThreadName()), delta / 1e9, Double::sum);
    }
    return byKind.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  static String kind(String threadName) {
    String name = threadName;
    int cut = name.indexOf(" for ");
    if (cut > 0) {
      name = name.substring(0, cut);
    }
    return NUMBERS.matcher(name).replaceAll("#").trim();
  }

  /** The largest {@code n} kinds as {@code kind 1.2 s; ...}. */
  static String top(Map<String, Double> byKind, int n) {
    return byKind.entrySet().stream()
        .limit(n)
        .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
        .collect(Collectors.joining("; "));
  }
}
