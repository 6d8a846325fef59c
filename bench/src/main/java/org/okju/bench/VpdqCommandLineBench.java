package org.okju.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * {@code okju bench vpdq}: okju's vPDQ as users run it from a shell — a loop of one {@code okju
 * vpdq} per video, and one call over all videos — beside Meta's C++ {@code vpdq-hash-video} (which
 * takes one video a call, so a loop only) and beside the floor, the {@code ffmpeg} command line
 * decoding the same videos to nowhere (a loop, and one call with every video as an input), all in
 * the same alternated rounds. The bench checks that every hash file is identical.
 */
public final class VpdqCommandLineBench {
  /** What to run: okju's launcher, the C++ tool (or null), the videos, the vPDQ options. */
  public record Setup(
      Path okju,
      Path reference,
      List<Path> videos,
      String secondsPerHash,
      int rounds,
      DoubleSupplier residentCpuSeconds) {
    public Setup {
      videos = List.copyOf(videos);
    }
  }

  private VpdqCommandLineBench() {}

  /**
   * Runs every way and prints the table, the ratios and the hash comparison; false on a mismatch.
   */
  public static boolean run(Setup setup, Path workDir, PrintStream out, PrintStream progress)
      throws IOException, InterruptedException {
    List<Path> videos = setup.videos();
    double seconds = 0;
    for (Path v : videos) {
      seconds += durationSeconds(v);
    }
    String okju = setup.okju().toString();
    List<CommandLineBench.Way> ways = new ArrayList<>();
    List<List<String>> ffmpegLoop = new ArrayList<>();
    List<String> ffmpegCall = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-nostdin"));
    for (Path v : videos) {
      ffmpegLoop.add(
          List.of(
              "ffmpeg",
              "-v",
              "error",
              "-nostdin",
              "-i",
              v.toString(),
              "-map",
              "0:v:0",
              "-f",
              "null",
              "-"));
      ffmpegCall.addAll(List.of("-i", v.toString()));
    }
    for (int i = 0; i < videos.size(); i++) {
      ffmpegCall.addAll(List.of("-map", i + ":v:0", "-f", "null", "-"));
    }
    ways.add(new CommandLineBench.Way("ffmpeg CLI decoding (floor), loop", ffmpegLoop));
    ways.add(
        new CommandLineBench.Way("ffmpeg CLI decoding (floor), one call", List.of(ffmpegCall)));
    List<String> okjuPrefix = List.of(okju, "vpdq", "-r", setup.secondsPerHash());
    List<List<String>> okjuLoop = new ArrayList<>();
    List<String> okjuCall = new ArrayList<>(okjuPrefix);
    for (Path v : videos) {
      List<String> one = new ArrayList<>(okjuPrefix);
      one.add(v.toString());
      okjuLoop.add(one);
      okjuCall.add(v.toString());
    }
    int okjuIndex = ways.size();
    ways.add(
        new CommandLineBench.Way(
            "okju vpdq -r " + setup.secondsPerHash() + ", loop", okjuLoop, true));
    ways.add(
        new CommandLineBench.Way(
            "okju vpdq -r " + setup.secondsPerHash() + ", one call", List.of(okjuCall), true));
    List<List<String>> ownProcesses = new ArrayList<>();
    for (List<String> one : okjuLoop) {
      List<String> off = new ArrayList<>(List.of("env", "OKJU_DAEMON=off"));
      off.addAll(one);
      ownProcesses.add(off);
    }
    ways.add(
        new CommandLineBench.Way(
            "okju vpdq -r " + setup.secondsPerHash() + ", loop, a process each (OKJU_DAEMON=off)",
            ownProcesses));
    Path refOut = workDir.resolve("reference");
    Files.createDirectories(refOut);
    int refIndex = -1;
    if (setup.reference() != null) {
      List<List<String>> refLoop = new ArrayList<>();
      for (int i = 0; i < videos.size(); i++) {
        refLoop.add(
            List.of(
                setup.reference().toString(),
                "-r",
                setup.secondsPerHash(),
                "-i",
                videos.get(i).toString(),
                "-o",
                refOut.resolve(i + ".txt").toString()));
      }
      refIndex = ways.size();
      ways.add(
          new CommandLineBench.Way(
              setup.reference().getFileName() + " -r " + setup.secondsPerHash() + ", loop",
              refLoop));
    }
    List<CommandLineBench.Result> results =
        CommandLineBench.measure(
            ways, setup.rounds(), workDir, progress, setup.residentCpuSeconds());

    double hours = seconds / 3600;
    out.printf(
        Locale.ROOT,
        "%d videos, %.1f s of video; medians of %d alternated rounds; CPU = user + system of each"
            + " process and its children, and for okju's ways the resident okju's CPU during them"
            + "%n%n",
        videos.size(),
        seconds,
        setup.rounds());
    out.println("| way | wall s | CPU s | × real time | CPU s a video hour |");
    out.println("|---|---:|---:|---:|---:|");
    for (CommandLineBench.Result r : results) {
      out.printf(
          Locale.ROOT,
          "| %s | %.2f | %.2f | %.1f | %.0f |%n",
          r.way().label(),
          r.wallSeconds(),
          r.cpuSeconds(),
          seconds / r.wallSeconds(),
          r.cpuSeconds() / hours);
    }
    out.println();
    boolean identical = true;
    String loopText = Files.readString(results.get(okjuIndex).output(), StandardCharsets.UTF_8);
    String callText = Files.readString(results.get(okjuIndex + 1).output(), StandardCharsets.UTF_8);
    StringBuilder callWithoutPaths = new StringBuilder();
    List<String> perVideo = new ArrayList<>();
    for (Path v : videos) {
      StringBuilder one = new StringBuilder();
      String suffix = "," + v;
      for (String line : callText.split("\n", -1)) {
        if (line.endsWith(suffix)) {
          one.append(line, 0, line.length() - suffix.length()).append('\n');
        }
      }
      perVideo.add(one.toString());
      callWithoutPaths.append(one);
    }
    boolean loopSame = loopText.contentEquals(callWithoutPaths) && !loopText.isEmpty();
    identical &= loopSame;
    out.println(
        "hashes, okju loop vs one call: "
            + (loopSame ? "identical (" + videos.size() + " videos)" : "DIFFERENT"));
    if (refIndex >= 0) {
      CommandLineBench.Result okjuLoopResult = results.get(okjuIndex);
      CommandLineBench.Result okjuCallResult = results.get(okjuIndex + 1);
      CommandLineBench.Result ref = results.get(refIndex);
      String name = ref.way().label();
      out.printf(
          Locale.ROOT,
          "okju vs %s: loop %.2f× its wall-clock speed (%.2f× its CPU time); one call %.2f× (%.2f×)%n",
          name,
          ref.wallSeconds() / okjuLoopResult.wallSeconds(),
          okjuLoopResult.cpuSeconds() / ref.cpuSeconds(),
          ref.wallSeconds() / okjuCallResult.wallSeconds(),
          okjuCallResult.cpuSeconds() / ref.cpuSeconds());
      List<String> differ = new ArrayList<>();
      for (int i = 0; i < videos.size(); i++) {
        Path f = refOut.resolve(i + ".txt");
        String expected = Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
        if (expected.isEmpty() || !expected.equals(perVideo.get(i))) {
          differ.add(videos.get(i).getFileName().toString());
        }
      }
      identical &= differ.isEmpty();
      out.println(
          "hashes, vpdq-hash-video vs okju: "
              + (differ.isEmpty()
                  ? "identical ("
                      + videos.size()
                      + " of "
                      + videos.size()
                      + " hash files, byte for byte)"
                  : "DIFFERENT for " + differ));
    } else {
      out.println("vpdq-hash-video: reference not found (not on PATH; give --reference FILE)");
    }
    return identical;
  }

  /** The container's duration by ffprobe, in seconds. */
  private static double durationSeconds(Path video) throws IOException, InterruptedException {
    Path text = Files.createTempFile("okju-bench-ffprobe", ".txt");
    try {
      ProcessTimer.run(
          List.of(
              "ffprobe",
              "-v",
              "error",
              "-show_entries",
              "format=duration",
              "-of",
              "default=noprint_wrappers=1:nokey=1",
              video.toString()),
          text);
      return Double.parseDouble(Files.readString(text, StandardCharsets.UTF_8).trim());
    } finally {
      Files.deleteIfExists(text);
    }
  }
}
