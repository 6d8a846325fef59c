package org.okju.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.okju.fingerprint.Pdq256;
import org.okju.index.BruteForceIndex;
import org.okju.index.HammingIndex;
import org.okju.index.MultiIndexHashIndex;
import org.okju.index.PackedHashes;

/**
 * Side-by-side Hamming search speed: okju's {@link MultiIndexHashIndex} (on the heap, at several
 * substring splits, and memory-mapped), brute force, and FAISS {@code IndexBinaryMultiHash} (see
 * {@link FaissHarness}) on the same hashes and queries in the same run, one query thread each.
 *
 * <p>Data: {@code n} uniformly random hashes, or {@code n} hashes in clusters of 1 to 20
 * near-duplicates within 40 bits of a centre. Queries: 80% stored hashes moved 0 to 40 bits, 20%
 * unrelated hashes.
 */
public final class IndexThroughputBench {
  /** One measured configuration; {@code NaN} where a figure was not measured. */
  public record Row(
      String what,
      int hashes,
      String data,
      double buildSeconds,
      double megabytes,
      double qps31,
      double qps15,
      long matches31) {}

  private final PrintWriter progress;
  private final int queryCount;

  public IndexThroughputBench(PrintWriter progress, int queryCount) {
    this.progress = progress;
    this.queryCount = queryCount;
  }

  /** Whether the FAISS comparison can run here (libfaiss-dev headers and g++ installed). */
  public static boolean faissAvailable() {
    return FaissHarness.available();
  }

  /** Generated hashes: {@code "random"} or {@code "clustered"}. */
  public static PackedHashes hashes(String data, int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    PackedHashes.Builder b = PackedHashes.builder(n);
    if (data.equals("random")) {
      for (int i = 0; i < n; i++) {
        b.add(rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), i);
      }
      return b.build();
    }
    while (b.size() < n) {
      Pdq256 centre = random(rnd);
      int members = 1 + rnd.nextInt(20);
      for (int i = 0; i < members && b.size() < n; i++) {
        b.add(flip(centre, rnd.nextInt(41), rnd), b.size());
      }
    }
    return b.build();
  }

  static List<Pdq256> queries(PackedHashes stored, int count, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Pdq256> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(
          i % 5 == 4
              ? random(rnd)
              : flip(stored.hash(rnd.nextInt(stored.size())), rnd.nextInt(41), rnd));
    }
    return out;
  }

  /** Runs every configuration over {@code n} hashes of one kind. */
  public List<Row> run(String data, int n, List<Integer> splits, boolean faiss)
      throws IOException, InterruptedException {
    progress.printf("generating %,d %s hashes...%n", n, data);
    PackedHashes hashes = hashes(data, n, 42);
    List<Pdq256> queries = queries(hashes, queryCount, 43);
    List<Row> rows = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    all.add(MultiIndexHashIndex.defaultSubstrings(n));
    for (int m : splits) {
      if (!all.contains(m)) {
        all.add(m);
      }
    }
    for (int m : all) {
      progress.printf("okju MIH, %d substrings...%n", m);
      long t0 = System.nanoTime();
      MultiIndexHashIndex index = MultiIndexHashIndex.build(hashes, m);
      double build = (System.nanoTime() - t0) / 1e9;
      String label = "okju MIH " + m + " substrings" + (m == all.get(0) ? " (default)" : "");
      rows.add(measure(label, index, data, build, index.dataBytes(), queries));
      if (m == all.get(0)) {
        rows.add(mapped(index, data, queries));
      }
    }
    progress.println("brute force...");
    int bruteQueries = (int) Math.max(20, Math.min(queries.size(), 2e9 / Math.max(1, n) / 4));
    rows.add(
        measure(
            "brute force (okju BruteForceIndex)",
            BruteForceIndex.of(hashes),
            data,
            0,
            40L * n,
            queries.subList(0, Math.min(bruteQueries, queries.size()))));
    if (faiss) {
      progress.println("FAISS IndexBinaryMultiHash...");
      FaissHarness.run(hashes, queries, data, progress).ifPresent(rows::add);
    }
    return rows;
  }

  private Row mapped(MultiIndexHashIndex index, String data, List<Pdq256> queries)
      throws IOException {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("okju-bench-index");
    java.nio.file.Path file = dir.resolve("index.okjuidx");
    try {
      long t0 = System.nanoTime();
      index.save(file);
      MultiIndexHashIndex opened = MultiIndexHashIndex.open(file);
      double seconds = (System.nanoTime() - t0) / 1e9;
      return measure(
          "okju MIH memory-mapped (save+open)",
          opened,
          data,
          seconds,
          java.nio.file.Files.size(file),
          queries);
    } finally {
      java.nio.file.Files.deleteIfExists(file);
      java.nio.file.Files.deleteIfExists(dir);
    }
  }

  private Row measure(
      String what,
      HammingIndex index,
      String data,
      double build,
      long bytes,
      List<Pdq256> queries) {
    // Warm-up: one full pass at each radius so the JIT has compiled the search for this storage.
    qps(index, queries, 31);
    qps(index, queries, 15);
    double qps31 = qps(index, queries, 31);
    double qps15 = qps(index, queries, 15);
    long matches = 0;
    for (Pdq256 q : queries) {
      matches += index.query(q, 31).size();
    }
    return new Row(
        what,
        index.size(),
        data,
        build,
        bytes / 1e6,
        qps31,
        qps15,
        matches * 1000 / queries.size());
  }

  private static double qps(HammingIndex index, List<Pdq256> queries, int radius) {
    long t0 = System.nanoTime();
    long sink = 0;
    for (Pdq256 q : queries) {
      sink += index.query(q, radius).size();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (sink < 0) {
      throw new AssertionError();
    }
    return queries.size() / seconds;
  }

  static Pdq256 random(SplittableRandom rnd) {
    return Pdq256.ofWords(rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong());
  }

  static Pdq256 flip(Pdq256 h, int bits, SplittableRandom rnd) {
    long[] w = h.words();
    int flipped = 0;
    while (flipped < bits) {
      int k = rnd.nextInt(256);
      long mask = 1L << (k & 63);
      if (((w[k >>> 6] ^ h.word(k >>> 6)) & mask) == 0) {
        w[k >>> 6] ^= mask;
        flipped++;
      }
    }
    return Pdq256.ofWords(w[0], w[1], w[2], w[3]);
  }

  /** Prints the rows as an aligned table. */
  public static void print(List<Row> rows, PrintWriter out) {
    out.printf(
        "%-40s %10s %-9s %8s %9s %10s %10s %12s%n",
        "configuration",
        "hashes",
        "data",
        "build s",
        "memory MB",
        "q/s r=31",
        "q/s r=15",
        "hits/1k r=31");
    for (Row r : rows) {
      out.printf(
          "%-40s %,10d %-9s %8.2f %9.0f %10.0f %10.0f %12d%n",
          r.what(),
          r.hashes(),
          r.data(),
          r.buildSeconds(),
          r.megabytes(),
          r.qps31(),
          r.qps15(),
          r.matches31());
    }
  }
}
