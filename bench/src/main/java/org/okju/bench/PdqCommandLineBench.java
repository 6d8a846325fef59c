package org.okju.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * {@code okju bench pdq}: okju's PDQ as users run it from a shell — a loop of one {@code okju pdq}
 * per image, and one call over all images — beside Meta's C++ {@code pdq-photo-hasher} run the same
 * two ways and beside the floor (a Java program that only decodes with the JDK's decoder), all in
 * the same alternated rounds. okju runs with {@code --downsample-512}, the C++ tool's resolution,
 * so both print the same hash; the bench checks that they do.
 */
public final class PdqCommandLineBench {
  /** What to run: okju's launcher, the floor's java command, the C++ tools found, the images. */
  public record Setup(
      Path okju,
      List<String> floorJava,
      List<Path> references,
      List<Path> images,
      int rounds,
      DoubleSupplier residentCpuSeconds) {
    public Setup {
      floorJava = List.copyOf(floorJava);
      references = List.copyOf(references);
      images = List.copyOf(images);
    }
  }

  private PdqCommandLineBench() {}

  /**
   * Runs every way and prints the table, the ratios and the hash comparison; false on a mismatch.
   */
  public static boolean run(Setup setup, Path workDir, PrintStream out, PrintStream progress)
      throws IOException, InterruptedException {
    List<String> paths = setup.images().stream().map(Path::toString).toList();
    String okju = setup.okju().toString();
    List<CommandLineBench.Way> ways = new ArrayList<>();
    loopAndCall("JDK decoder alone (floor)", setup.floorJava(), paths, ways, false);
    int okjuIndex = ways.size();
    loopAndCall(
        "okju pdq --downsample-512", List.of(okju, "pdq", "--downsample-512"), paths, ways, true);
    List<Integer> referenceIndex = new ArrayList<>();
    for (Path ref : setup.references()) {
      referenceIndex.add(ways.size());
      loopAndCall(ref.getFileName().toString(), List.of(ref.toString()), paths, ways, false);
    }
    ways.add(
        new CommandLineBench.Way(
            "okju pdq (full resolution), one call",
            List.of(cat(List.of(okju, "pdq"), paths)),
            true));
    List<List<String>> ownProcesses = new ArrayList<>();
    for (String p : paths) {
      ownProcesses.add(
          cat(List.of("env", "OKJU_DAEMON=off", okju, "pdq", "--downsample-512"), List.of(p)));
    }
    ways.add(
        new CommandLineBench.Way(
            "okju pdq --downsample-512, loop, a process each (OKJU_DAEMON=off)", ownProcesses));
    List<CommandLineBench.Result> results =
        CommandLineBench.measure(
            ways, setup.rounds(), workDir, progress, setup.residentCpuSeconds());

    int n = setup.images().size();
    out.printf(
        Locale.ROOT,
        "%d images, medians of %d alternated rounds; CPU = user + system of each process and its"
            + " children, and for okju's ways the resident okju's CPU during them%n%n",
        n,
        setup.rounds());
    out.println("| way | wall s | CPU s | wall ms an image | CPU ms an image |");
    out.println("|---|---:|---:|---:|---:|");
    for (CommandLineBench.Result r : results) {
      out.printf(
          Locale.ROOT,
          "| %s | %.2f | %.2f | %.1f | %.1f |%n",
          r.way().label(),
          r.wallSeconds(),
          r.cpuSeconds(),
          1000 * r.wallSeconds() / n,
          1000 * r.cpuSeconds() / n);
    }
    out.println();
    boolean identical = true;
    Map<String, String> okjuLoop = hashes(results.get(okjuIndex).output());
    Map<String, String> okjuCall = hashes(results.get(okjuIndex + 1).output());
    identical &= compare("okju pdq --downsample-512, loop vs one call", okjuLoop, okjuCall, n, out);
    for (int k = 0; k < referenceIndex.size(); k++) {
      int i = referenceIndex.get(k);
      String name = setup.references().get(k).getFileName().toString();
      ratios(name, results, okjuIndex, i, out);
      identical &=
          compare(name + " (loop) vs okju", hashes(results.get(i).output()), okjuCall, n, out);
      identical &=
          compare(
              name + " (one call) vs okju", hashes(results.get(i + 1).output()), okjuCall, n, out);
    }
    if (setup.references().isEmpty()) {
      out.println("pdq-photo-hasher: reference not found (not on PATH; give --reference FILE)");
    }
    return identical;
  }

  /** Adds "label, loop" (one process an image) and "label, one call" to {@code ways}. */
  private static void loopAndCall(
      String label,
      List<String> prefix,
      List<String> paths,
      List<CommandLineBench.Way> ways,
      boolean resident) {
    List<List<String>> loop = new ArrayList<>();
    for (String p : paths) {
      loop.add(cat(prefix, List.of(p)));
    }
    ways.add(new CommandLineBench.Way(label + ", loop", loop, resident));
    ways.add(new CommandLineBench.Way(label + ", one call", List.of(cat(prefix, paths)), resident));
  }

  private static List<String> cat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static void ratios(
      String name, List<CommandLineBench.Result> r, int okju, int ref, PrintStream out) {
    for (int k = 0; k < 2; k++) {
      CommandLineBench.Result o = r.get(okju + k);
      CommandLineBench.Result c = r.get(ref + k);
      out.printf(
          Locale.ROOT,
          "okju vs %s, %s: %.2f× its wall-clock speed, %.2f× its CPU time%n",
          name,
          k == 0 ? "loop" : "one call",
          c.wallSeconds() / o.wallSeconds(),
          o.cpuSeconds() / c.cpuSeconds());
    }
  }

  /** path → "hash,quality" from lines "hash,quality,path" (the C++ tool's and okju's format). */
  static Map<String, String> hashes(Path output) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      String[] f = line.split(",", 3);
      if (f.length == 3 && f[0].length() == 64) {
        m.put(f[2], f[0] + "," + f[1]);
      }
    }
    return m;
  }

  private static boolean compare(
      String what, Map<String, String> a, Map<String, String> b, int n, PrintStream out) {
    List<String> differ = new ArrayList<>();
    for (var e : b.entrySet()) {
      if (!e.getValue().equals(a.get(e.getKey()))) {
        differ.add(e.getKey() + ": " + a.get(e.getKey()) + " vs " + e.getValue());
      }
    }
    boolean same = differ.isEmpty() && a.size() == n && b.size() == n;
    out.printf(
        Locale.ROOT,
        "hashes, %s: %s%n",
        what,
        same
            ? "identical (" + n + " of " + n + ", hash and quality)"
            : "DIFFERENT: "
                + a.size()
                + " and "
                + b.size()
                + " of "
                + n
                + " hashed; "
                + differ.stream().limit(5).toList());
    return same;
  }
}
