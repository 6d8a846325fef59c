package org.okju.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CPU time of this process's threads by kind, between two snapshots, read from Linux's {@code
 * /proc/self/task/*}{@code /stat}: where a run's CPU outside its tasks goes. Unlike the JVM's
 * thread bean this sees the JVM's own threads too (the JIT's compiler threads, GC workers), and
 * counts CPU, not the elapsed time a loaded machine stretches. Thread names there are cut to 15
 * characters ({@code Executor task l}, {@code C2 CompilerThre}, {@code GC Thread#0}). Threads that
 * ended between the snapshots are not counted. Elsewhere than Linux the snapshot is empty.
 */
final class ThreadCpu {
  private static final Pattern NUMBERS = Pattern.compile("[0-9]+");

  /** Linux's USER_HZ: the unit of utime and stime in a stat file. */
  private static final double TICKS_PER_SECOND = 100.0;

  /** Per thread id: its name and CPU ticks (user + system). */
  private final Map<String, TaskCpu> threads;

  private record TaskCpu(String name, long ticks) {}

  private ThreadCpu(Map<String, TaskCpu> threads) {
    this.threads = threads;
  }

  static ThreadCpu snapshot() {
    Map<String, TaskCpu> now = new HashMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path task : tasks) {
        TaskCpu t = read(task.resolve("stat"));
        if (t != null) {
          now.put(task.getFileName().toString(), t);
        }
      }
    } catch (IOException e) {
      // No /proc (not Linux): nothing to break down; the bench still prints the process's CPU.
    }
    return new ThreadCpu(now);
  }

  /** A thread's stat line: {@code tid (name) state ...}, utime and stime the 14th and 15th. */
  private static TaskCpu read(Path stat) {
    String line;
    try {
      line = Files.readString(stat, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null; // the thread ended meanwhile
    }
    int open = line.indexOf('(');
    int close = line.lastIndexOf(')');
    if (open < 0 || close < open) {
      return null;
    }
    String[] rest = line.substring(close + 2).split(" ", -1);
    // rest[0] is the state (3rd field): utime is field 14, stime 15.
    if (rest.length < 13) {
      return null;
    }
    return new TaskCpu(
        line.substring(open + 1, close), Long.parseLong(rest[11]) + Long.parseLong(rest[12]));
  }

  /** CPU seconds by thread kind since {@code before}, largest first. */
  Map<String, Double> since(ThreadCpu before) {
    Map<String, Double> byKind = new HashMap<>();
    for (Map.Entry<String, TaskCpu> e : threads.entrySet()) {
      TaskCpu earlier = before.threads.get(e.getKey());
      long delta = e.getValue().ticks() - (earlier == null ? 0 : earlier.ticks());
      if (delta > 0) {
        byKind.merge(kind(e.getValue().name()), delta / TICKS_PER_SECOND, Double::sum);
      }
    }
    return byKind.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  /** A thread's kind: its name with numbers as {@code #} (task threads are named per task). */
  static String kind(String threadName) {
    return NUMBERS.matcher(threadName).replaceAll("#").trim();
  }

  /** Whether {@code kind} is a Spark task thread's ({@code Executor task launch worker ...}). */
  static boolean taskThread(String kind) {
    return kind.startsWith("Executor task");
  }

  /** The largest {@code n} kinds as {@code kind 1.2 s; ...}. */
  static String top(Map<String, Double> byKind, int n) {
    return byKind.entrySet().stream()
        .limit(n)
        .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
        .collect(Collectors.joining("; "));
  }
}
