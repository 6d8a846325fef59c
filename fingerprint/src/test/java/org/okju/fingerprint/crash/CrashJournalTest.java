package org.okju.fingerprint.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the journal judges what dead processes left: which decode a crash report blames, a kill
 * without one, three deaths in a row, a damaged verdicts file. The dead processes are real (a child
 * that ran and ended, so its pid is free); their journals and crash reports are written here in the
 * formats the JVM and {@link CrashJournal} write (NativeCrashResumeTest in the CLI makes real
 * crashes end to end).
 */
class CrashJournalTest {
  private static final String VIDEO = "aa".repeat(32);
  private static final String PICTURE = "bb".repeat(32);

  @TempDir Path tmp;

  @Test
  void aCrashInADecodersOwnThreadIsBlamedOnTheDecodeOfThatLibraryOnly() throws Exception {
    Path journal = tmp.resolve("journal");
    long pid = deadPid();
    Path report = tmp.resolve("hs_err_pid" + pid + ".log");
    deadRun(
        journal,
        pid,
        report,
        inFlight("vpdq", "ffmpeg", VIDEO, "okju-ingest-0"),
        inFlight("pdq", "jdk-image", PICTURE, "okju-ingest-1"));
    Files.writeString(
        report,
        String.join(
            "\n",
            "#",
            "#  SIGSEGV (0xb) at pc=0x00007f0000001234, pid=" + pid + ", tid=4242",
            "# Problematic frame:",
            "# C  [libavcodec.so.59+0x4a1b2]  ff_h264_decode_mb_cabac+0x52",
            "",
            "Current thread is native thread",
            ""));

    try (CrashJournal j = CrashJournal.open(journal)) {
      try (CrashJournal.Section s = j.guard(0).enter("vpdq", NativeDecoder.FFMPEG, of(VIDEO))) {
        assertThat(s.refusal()).isPresent();
        assertThat(s.refusal().get().kind()).isEqualTo(CrashVerdict.CRASHED);
        assertThat(s.refusal().get().message())
            .startsWith("FFmpeg crashed okju while decoding this content (process " + pid + ")")
            .endsWith(report.toString());
      }
      try (CrashJournal.Section s = j.guard(0).enter("pdq", NativeDecoder.JDK_IMAGE, of(PICTURE))) {
        assertThat(s.refusal()).as("in flight too, but not in the library that crashed").isEmpty();
      }
    }
    assertThat(Files.exists(report)).as("the crash report is evidence, kept").isTrue();
  }

  @Test
  void threadsOfOneNameAreToldApartByTheKernelsThreadId() throws Exception {
    Path journal = tmp.resolve("journal");
    long pid = deadPid();
    Path report = tmp.resolve("hs_err_pid" + pid + ".log");
    deadRun(
        journal,
        pid,
        report,
        inFlight("pdq", "jdk-image", PICTURE, "okju-monitor-hash", 4101),
        inFlight("vpdq", "ffmpeg", VIDEO, "okju-monitor-hash", 4102));
    Files.writeString(
        report,
        String.join(
            "\n",
            "#  SIGSEGV (0xb) at pc=0x00007f0000001234, pid=" + pid + ", tid=4101",
            "# Problematic frame:",
            "# C  [jna1234.tmp+0xa298]  Java_com_sun_jna_Native_getByte+0xd8",
            "Current thread (0x00007f00):  JavaThread \"okju-monitor-hash\" [_thread_in_native,"
                + " id=4101]",
            ""));

    try (CrashJournal j = CrashJournal.open(journal)) {
      assertThat(j.guard(0).enter("pdq", NativeDecoder.JDK_IMAGE, of(PICTURE)).refusal())
          .isPresent();
      assertThat(j.guard(1).enter("vpdq", NativeDecoder.FFMPEG, of(VIDEO)).refusal()).isEmpty();
    }
  }

  @Test
  void aCrashReportOfAnotherProcessWithThatIdIsNotTaken() throws Exception {
    Path journal = tmp.resolve("journal");
    long pid = deadPid();
    Path report = tmp.resolve("hs_err_pid" + pid + ".log");
    deadRun(journal, pid, report, inFlight("pdq", "libheif", PICTURE, "okju-ingest-0"), null);
    Files.writeString(
        report,
        "#  SIGSEGV (0xb) at pc=0x1, pid="
            + (pid + 1)
            + ", tid=1\n"
            + "Current thread (0x1):  JavaThread \"okju-ingest-0\" [_thread_in_native]\n");

    try (CrashJournal j = CrashJournal.open(journal);
        CrashJournal.Section s = j.guard(0).enter("pdq", NativeDecoder.LIBHEIF, of(PICTURE))) {
      assertThat(s.refusal()).isEmpty();
    }
  }

  @Test
  void deathsWithoutAReportNeverRuleTheContentOutAndASuccessStartsTheCountAgain() throws Exception {
    Path journal = tmp.resolve("journal");
    Path nowhere = tmp.resolve("no-report.log");
    for (int death = 1; death <= 3; death++) {
      deadRun(
          journal,
          deadPid(),
          nowhere,
          inFlight("pdq", "libwebp", PICTURE, "okju-ingest-0"),
          inFlight("vpdq", "ffmpeg", VIDEO, "okju-ingest-1"));
      try (CrashJournal j = CrashJournal.open(journal)) {
        if (death == 2) {
          // The video is decoded once, successfully, between the deaths.
          try (CrashJournal.Section s = j.guard(1).enter("vpdq", NativeDecoder.FFMPEG, of(VIDEO))) {
            assertThat(s.refusal()).isEmpty();
          }
        }
        Optional<CrashVerdict> picture =
            j.guard(0).enter("pdq", NativeDecoder.LIBWEBP, of(PICTURE)).refusal();
        // Left in flight, as the next death leaves it: a kill never rules a content out.
        assertThat(picture).as("after %d deaths", death).isEmpty();
        if (death == 3) {
          assertThat(j.guard(1).enter("vpdq", NativeDecoder.FFMPEG, of(VIDEO)).refusal())
              .as("its success in between started its count again")
              .isEmpty();
        }
      }
    }
  }

  @Test
  void aDamagedVerdictsFileStopsTheRunAndSaysWhatToDo() throws Exception {
    Path journal = tmp.resolve("journal");
    Files.createDirectories(journal);
    Files.writeString(
        journal.resolve("verdicts"),
        "okju crash verdicts 1\ncrashed\tpdq\t" + PICTURE + "\tlibheif\t1\t/r\nsha256 00\n");

    assertThatThrownBy(() -> CrashJournal.open(journal))
        .isInstanceOf(UncheckedIOException.class)
        .hasStackTraceContaining("delete it");
  }

  private static Optional<String> of(String content) {
    return Optional.of(content);
  }

  private static String inFlight(String stage, String decoder, String content, String thread) {
    return inFlight(stage, decoder, content, thread, 100 + thread.charAt(thread.length() - 1));
  }

  private static String inFlight(
      String stage, String decoder, String content, String thread, long tid) {
    return String.join(" ", "in", stage, decoder, content, thread, Long.toString(tid));
  }

  /** A journal as a process that died with these slots in flight (null: idle) leaves it. */
  private static void deadRun(Path journal, long pid, Path report, String slot0, String slot1)
      throws IOException {
    Files.createDirectories(journal);
    String header =
        CrashJournal.MAGIC
            + "\npid "
            + pid
            + "\nstarted "
            + (System.currentTimeMillis() - 60_000)
            + "\nreport "
            + report
            + "\n";
    byte[] file = new byte[CrashJournal.HEADER_BYTES + 2 * CrashJournal.SLOT_BYTES];
    byte[] h = header.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(h, 0, file, 0, h.length);
    List<String> slots = Arrays.asList(slot0, slot1);
    for (int i = 0; i < 2; i++) {
      byte[] line = (slots.get(i) == null ? "idle" : slots.get(i)).getBytes(StandardCharsets.UTF_8);
      int at = CrashJournal.HEADER_BYTES + i * CrashJournal.SLOT_BYTES;
      Arrays.fill(file, at, at + CrashJournal.SLOT_BYTES, (byte) ' ');
      System.arraycopy(line, 0, file, at, line.length);
      file[at + CrashJournal.SLOT_BYTES - 1] = '\n';
    }
    Files.write(journal.resolve("run-" + pid + "-" + System.nanoTime() + ".journal"), file);
  }

  /** The id of a process that ran and ended. */
  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }
}
