package org.okju.fingerprint.crash;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fatal error log ({@code hs_err_pid<pid>.log}) HotSpot writes when native code crashes the
 * JVM, and only then: a kill -9, the out-of-memory killer or a power loss leave none. What it says
 * here: the thread that crashed and the library it crashed in.
 *
 * @param file where the log is
 * @param threadId the kernel's id of the thread that crashed ({@code tid=} in its first lines)
 * @param thread the name of the Java thread that crashed, empty for a thread the JVM did not start
 *     (a decoder's own worker thread)
 * @param library the file name of the shared object the faulting instruction is in, empty when the
 *     log does not name one
 */
record CrashReport(
    Path file, OptionalLong threadId, Optional<String> thread, Optional<String> library) {
  // "#  SIGSEGV (0xb) at pc=0x00007f..., pid=7712, tid=7732": the crashed thread's kernel id.
  private static final Pattern TID = Pattern.compile(", tid=([0-9]{1,19})\\b");

  /** The head of a log that holds both lines read here (they come within its first few kB). */
  private static final int HEAD_BYTES = 64 << 10;

  /**
   * Where this JVM would write its log, in HotSpot's order: {@code -XX:ErrorFile} (the launcher
   * {@code ./okju} points it at a private per-user folder), else the working directory, else {@code
   * /tmp}. Each is tried in turn because HotSpot falls back when a file cannot be created.
   */
  static List<Path> locationsOfThisJvm() {
    long pid = ProcessHandle.current().pid();
    String name = "hs_err_pid" + pid + ".log";
    Set<Path> out = new LinkedHashSet<>();
    configuredErrorFile()
        .map(pattern -> pattern.replace("%p", Long.toString(pid)).replace("%%", "%"))
        .map(p -> Path.of(System.getProperty("user.dir")).resolve(p).normalize())
        .ifPresent(out::add);
    out.add(Path.of(System.getProperty("user.dir")).resolve(name));
    out.add(Path.of("/tmp").resolve(name));
    return new ArrayList<>(out);
  }

  private static Optional<String> configuredErrorFile() {
    try {
      String v =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
              .getVMOption("ErrorFile")
              .getValue();
      return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    } catch (RuntimeException | LinkageError e) {
      // Not HotSpot, or no jdk.management: the defaults are still tried.
      return Optional.empty();
    }
  }

  /**
   * The log of process {@code pid}, started at {@code startedMillis}, among {@code locations}: the
   * first that exists, was written after the process started (a log left by an earlier process of
   * the same id is not its) and names that pid.
   */
  static Optional<CrashReport> find(List<Path> locations, long pid, long startedMillis) {
    for (Path p : locations) {
      try {
        if (!Files.isRegularFile(p)
            || Files.getLastModifiedTime(p).toMillis() < startedMillis - 1000) {
          continue;
        }
        Optional<CrashReport> r = read(p, pid);
        if (r.isPresent()) {
          return r;
        }
      } catch (IOException e) {
        // Unreadable: as if absent; the item is retried, the safety net still counts it.
      }
    }
    return Optional.empty();
  }

  private static Optional<CrashReport> read(Path p, long pid) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(p)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    String text = new String(head, StandardCharsets.UTF_8);
    if (!text.contains(", pid=" + pid + ",")) {
      return Optional.empty();
    }
    Optional<String> thread = Optional.empty();
    Optional<String> library = Optional.empty();
    OptionalLong threadId = OptionalLong.empty();
    Matcher tid = TID.matcher(text);
    if (tid.find()) {
      threadId = OptionalLong.of(Long.parseLong(tid.group(1)));
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("# Problematic frame:") && i + 1 < lines.length) {
        library = frameLibrary(lines[i + 1]);
      } else if (line.startsWith("Current thread (") && thread.isEmpty()) {
        thread = javaThreadName(line);
      }
    }
    return Optional.of(new CrashReport(p, threadId, thread, library));
  }

  // "# C  [libavcodec.so.59+0x4a1b2]  ff_h264_decode_mb_cabac+0x52": the shared object's name.
  private static Optional<String> frameLibrary(String line) {
    int open = line.indexOf('[');
    if (open < 0) {
      return Optional.empty();
    }
    int end = open + 1;
    while (end < line.length() && line.charAt(end) != '+' && line.charAt(end) != ']') {
      end++;
    }
    String lib = line.substring(open + 1, end).trim();
    return lib.isEmpty() ? Optional.empty() : Optional.of(lib);
  }

  // "Current thread (0x00007f...):  JavaThread "okju-ingest-0" [_thread_in_native, ...": its name.
  private static Optional<String> javaThreadName(String line) {
    int at = line.indexOf("JavaThread \"");
    if (at < 0) {
      return Optional.empty();
    }
    int start = at + "JavaThread \"".length();
    int end = line.indexOf('"', start);
    return end < 0 ? Optional.empty() : Optional.of(line.substring(start, end));
  }

  /**
   * Which of the decodes in flight when the process died the log blames: the one on the Java thread
   * that crashed (by kernel id; by name when an id is missing and only one decode has that name);
   * else (a decoder's own thread crashed) those in the library that faulted; else none, for a crash
   * outside every guarded decode (they are retried).
   */
  List<DeadRun.InFlight> blame(List<DeadRun.InFlight> inFlight) {
    if (thread.isPresent()) {
      if (threadId.isPresent() && inFlight.stream().allMatch(f -> f.threadId() >= 0)) {
        return inFlight.stream().filter(f -> f.threadId() == threadId.getAsLong()).toList();
      }
      List<DeadRun.InFlight> named =
          inFlight.stream().filter(f -> f.thread().equals(thread.get())).toList();
      return named.size() == 1 ? named : List.of();
    }
    if (library.isPresent()) {
      return inFlight.stream().filter(f -> f.decoder().owns(library.get())).toList();
    }
    return List.of();
  }
}
