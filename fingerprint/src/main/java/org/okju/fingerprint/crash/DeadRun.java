package org.okju.fingerprint.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run's journal as read back by a later process: who wrote it, where its crash report would be,
 * which decodes were in flight when it ended.
 */
record DeadRun(
    Path file, long pid, long startedMillis, List<Path> reports, List<DeadRun.InFlight> inFlight) {
  /** A decode in flight when the process died. */
  record InFlight(
      String stage, NativeDecoder decoder, String content, String thread, long threadId) {}

  /** The journal {@code file}, or empty when it is not one (foreign or torn header). */
  static Optional<DeadRun> read(Path file) throws IOException {
    byte[] all = Files.readAllBytes(file);
    String header =
        new String(all, 0, Math.min(all.length, CrashJournal.HEADER_BYTES), StandardCharsets.UTF_8);
    String[] lines = header.split("\n", -1);
    if (lines.length < 3 || !lines[0].equals(CrashJournal.MAGIC)) {
      return Optional.empty();
    }
    long pid = -1;
    long started = 0;
    List<Path> reports = new ArrayList<>();
    try {
      for (String l : lines) {
        if (l.startsWith("pid ")) {
          pid = Long.parseLong(l.substring(4).trim());
        } else if (l.startsWith("started ")) {
          started = Long.parseLong(l.substring(8).trim());
        } else if (l.startsWith("report ")) {
          reports.add(Path.of(l.substring(7)));
        }
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    // A slot never written reads as zeros, one cut by a power loss as a partial line: neither is
    // "in" with six words, so neither counts.
    List<InFlight> inFlight = new ArrayList<>();
    int slot = CrashJournal.SLOT_BYTES;
    for (int at = CrashJournal.HEADER_BYTES; at + slot <= all.length; at += slot) {
      String[] f = new String(all, at, slot, StandardCharsets.UTF_8).trim().split(" ", -1);
      if (f.length == 6 && f[0].equals("in") && f[5].matches("-?[0-9]{1,19}")) {
        long tid = Long.parseLong(f[5]);
        NativeDecoder.ofWord(f[2])
            .ifPresent(decoder -> inFlight.add(new InFlight(f[1], decoder, f[3], f[4], tid)));
      }
    }
    return Optional.of(new DeadRun(file, pid, started, reports, inFlight));
  }

  /**
   * Whether the process that wrote it still runs (same id, same start): the case's writer lock
   * rules that out for a run of the same case; this guards against a journal reaching here another
   * way (a copied case folder).
   */
  boolean alive() {
    return ProcessHandle.of(pid)
        .flatMap(h -> h.info().startInstant())
        .map(i -> Math.abs(i.toEpochMilli() - startedMillis) < 1000)
        .orElse(false);
  }
}
