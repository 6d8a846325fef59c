package org.okju.bench;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.okju.fingerprint.Pdq256;
import org.okju.index.PackedHashes;

/**
 * Runs FAISS {@code IndexBinaryMultiHash} (16 tables of 16 bits) on the bench's data through a
 * small C++ program, {@code faiss_mih.cpp} beside this class, compiled at run time with {@code g++
 * -O2 ... -lfaiss -lblas -llapack -fopenmp} against Debian's {@code libfaiss-dev} (install it with
 * {@code apt-get install libfaiss-dev}; CI does not run the bench, so CI does not install it).
 * Without the headers or g++ the bench prints "FAISS: not installed" and goes on.
 */
final class FaissHarness {
  private static final Path HEADER = Path.of("/usr/include/faiss/IndexBinaryHash.h");

  private FaissHarness() {}

  static boolean available() {
    return Files.isRegularFile(HEADER) && onPath("g++");
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator, -1)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /** The FAISS row for these hashes and queries, or empty (with the reason printed). */
  static Optional<IndexThroughputBench.Row> run(
      PackedHashes hashes, List<Pdq256> queries, String data, PrintWriter progress)
      throws IOException, InterruptedException {
    if (!available()) {
      progress.println("FAISS: not installed (apt-get install libfaiss-dev g++)");
      return Optional.empty();
    }
    Path dir = Files.createTempDirectory("okju-bench-faiss");
    try {
      Path source = dir.resolve("faiss_mih.cpp");
      try (InputStream in = FaissHarness.class.getResourceAsStream("faiss_mih.cpp")) {
        if (in == null) {
          throw new IOException("faiss_mih.cpp missing from the bench jar");
        }
        Files.copy(in, source);
      }
      Path binary = dir.resolve("faiss_mih");
      String compiled =
          exec(
              List.of(
                  "g++",
                  "-O2",
                  "-std=c++17",
                  source.toString(),
                  "-o",
                  binary.toString(),
                  "-lfaiss",
                  "-lblas",
                  "-llapack",
                  "-fopenmp"));
      if (!Files.isExecutable(binary)) {
        progress.println("FAISS: harness did not compile:\n" + compiled);
        return Optional.empty();
      }
      Path input = dir.resolve("data.bin");
      writeData(input, hashes, queries);
      String out = exec(List.of(binary.toString(), input.toString(), "31", "15"));
      double build = Double.NaN;
      double qps31 = Double.NaN;
      double qps15 = Double.NaN;
      double megabytes = Double.NaN;
      long matches31 = -1;
      for (String line : out.lines().toList()) {
        String[] f = line.trim().split(" ", -1);
        if (f[0].equals("build")) {
          build = Double.parseDouble(f[1]);
        } else if (f[0].equals("peak_rss_kb")) {
          megabytes = Long.parseLong(f[1]) * 1024 / 1e6;
        } else if (f[0].equals("radius")) {
          double qps = queries.size() / Double.parseDouble(f[5]);
          if (f[1].equals("31")) {
            qps31 = qps;
            matches31 = Long.parseLong(f[7]) * 1000 / queries.size();
          } else {
            qps15 = qps;
          }
        }
      }
      if (Double.isNaN(qps31)) {
        progress.println("FAISS: harness failed:\n" + out);
        return Optional.empty();
      }
      return Optional.of(
          new IndexThroughputBench.Row(
              "FAISS IndexBinaryMultiHash 16x16 (peak RSS)",
              hashes.size(),
              data,
              build,
              megabytes,
              qps31,
              qps15,
              matches31));
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private static void writeData(Path file, PackedHashes hashes, List<Pdq256> queries)
      throws IOException {
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
        DataOutputStream out = new DataOutputStream(os)) {
      out.writeLong(Long.reverseBytes(hashes.size()));
      out.writeLong(Long.reverseBytes(queries.size()));
      for (int o = 0; o < hashes.size(); o++) {
        for (int w = 0; w < 4; w++) {
          out.writeLong(hashes.word(o, w));
        }
      }
      for (Pdq256 q : queries) {
        for (int w = 0; w < 4; w++) {
          out.writeLong(q.word(w));
        }
      }
    }
  }

  private static String exec(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(1, TimeUnit.HOURS)) {
      p.destroyForcibly();
    }
    return new String(output, StandardCharsets.UTF_8);
  }
}
