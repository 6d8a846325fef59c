package org.okju.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.okju.casefile.Batch;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemPath;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.NewItem;
import org.okju.casefile.NewItemText;
import org.okju.casefile.NewSource;
import org.okju.casefile.SourceId;
import org.okju.search.CaseSearch;
import org.okju.search.QuoteFilter;
import org.okju.search.SearchIndex;

/**
 * okju's full-text index on generated diary text (Korean, English and mixed lines, 64 KiB
 * documents) stored in a real case: indexing rate (MB of UTF-8 text a second, both cores, from the
 * case's stored texts, as {@code okju ingest} and {@code okju search} index), then the median time
 * of each kind of query (a Korean word, an English word, a phrase, a prefix, two words) on the warm
 * index, beside GNU {@code grep -c} answering the same question over the same text as files: the
 * reference a user without an index has, from the same run.
 */
public final class SearchBench {
  /** One query's figures. */
  public record QueryRow(
      String kind,
      String query,
      long passages,
      double medianMillis,
      double p95Millis,
      double grepMillis,
      List<Double> millis,
      List<Double> cpuMillis) {}

  /** What the bench measured. */
  public record Result(
      long documents,
      long bytes,
      double indexSeconds,
      double indexCpuSeconds,
      double loadAverage,
      long passages,
      int copies,
      List<QueryRow> queries) {
    double megabytesPerSecond() {
      return bytes / 1e6 / indexSeconds;
    }

    /** MB of text indexed per second of CPU the process got: what the load does not change. */
    double megabytesPerCpuSecond() {
      return bytes / 1e6 / indexCpuSeconds;
    }
  }

  private static final String[] KOREAN = {
    "오늘 {w} 신촌역 {n}번 출구에서 최사장을 만났다. {k}",
    "{k} {w} 가지고 {k}",
    "최사장한테 {n}00만원 받음. 나머지는 다음 주에.",
    "박실장이 테이프 {n}개를 가져갔다. 사진은 {w} 폴더에.",
    "저녁에 편의점에 들러 라면과 우유를 샀다. 카드값 {n}만원.",
    "비가 와서 {w} 약속을 미뤘다. 전화 {n}통.",
    "형님 몫 {n}프로, 나머지는 정산 후 송금.",
  };
  private static final String[] ENGLISH = {
    "Met Mr Choi at the north gate of Yeouido park at {n} pm, {w}.",
    "Received {n},000,000 won from Mr Choi for the {w} tapes.",
    "Paid Jin {n} percent of the cut, the rest next week ({w}).",
    "Rain all morning. Waited at the station for {n} minutes near the {w}.",
    "{e} said the {w} was {e}, so {e} went to {e} with it.",
    "Bought noodles and milk at the corner shop, {n} won, {w}.",
  };
  private static final String[] WORDS = {
    "harbour",
    "가방",
    "motel",
    "정산",
    "ledger",
    "은행",
    "camera",
    "지하철",
    "parcel",
    "사무실",
    "envelope",
    "약국",
    "garage",
    "노트북",
    "market",
    "세탁소"
  };

  /** Writes {@code megabytes} of documents into a fresh case, indexes them, runs the queries. */
  public Result run(int megabytes, int repeats, PrintStream progress)
      throws IOException, InterruptedException {
    return run(megabytes, repeats, 1, progress);
  }

  /**
   * As {@link #run(int, int, PrintStream)}, the queries then asked of an index holding {@code
   * copies} copies of what was indexed (Lucene's {@code addIndexes}: postings {@code copies} times
   * as long, as {@code copies} times the text would give), and grep reading the text as many times:
   * query times on a gigabyte without a gigabyte's indexing.
   */
  public Result run(int megabytes, int repeats, int copies, PrintStream progress)
      throws IOException, InterruptedException {
    Path tmp = Files.createTempDirectory("okju-bench-search");
    try {
      CaseLocation.Directory caseDir = new CaseLocation.Directory(tmp.resolve("case"));
      Path files = Files.createDirectories(tmp.resolve("text"));
      long bytes;
      long documents;
      try (CaseStore store = CaseStore.open(caseDir)) {
        long[] written = write(store, files, megabytes * 1_000_000L, progress);
        documents = written[0];
        bytes = written[1];
        Path index = tmp.resolve("index");
        progress.println("indexing " + bytes / 1_000_000 + " MB ...");
        double load = ProcessCpu.loadAverage();
        long cpu = ProcessCpu.nanos();
        long t = System.nanoTime();
        SearchIndex.Update u;
        try (SearchIndex writer = SearchIndex.open(index)) {
          u = writer.update(store);
        }
        double indexSeconds = (System.nanoTime() - t) / 1e9;
        double indexCpuSeconds = (ProcessCpu.nanos() - cpu) / 1e9;
        load = Math.max(load, ProcessCpu.loadAverage());
        if (copies > 1) {
          progress.println("copying the index " + (copies - 1) + " times ...");
          IndexCopies.add(index, tmp.resolve("index-copy"), copies - 1);
        }
        List<QueryRow> rows = new ArrayList<>();
        try (CaseSearch search = CaseSearch.open(index)) {
          for (String[] q : queries()) {
            rows.add(query(search, q[0], q[1], q[2], files, repeats, copies));
          }
        }
        return new Result(
            documents, bytes, indexSeconds, indexCpuSeconds, load, u.passages(), copies, rows);
      }
    } finally {
      try (Stream<Path> walk = Files.walk(tmp)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** The queries: kind, okju's query, grep's fixed string for the same lines. */
  private static List<String[]> queries() {
    return List.of(
        new String[] {"Korean word", "최사장", "최사장"},
        new String[] {"English word", "Yeouido", "Yeouido"},
        new String[] {"phrase", "\"north gate\"", "north gate"},
        new String[] {"prefix", "envel*", "envel"},
        new String[] {"rare word", "세탁소", "세탁소"},
        new String[] {"Korean phrase", "\"만원 받음\"", "만원 받음"},
        new String[] {"English stem", "receive", "Receive"});
  }

  private QueryRow query(
      CaseSearch search,
      String kind,
      String query,
      String grep,
      Path files,
      int repeats,
      int copies)
      throws IOException, InterruptedException {
    for (int i = 0; i < 3; i++) {
      search.search(query, 20, QuoteFilter.AS_WRITTEN); // warm the JIT and the page cache
    }
    List<Double> ms = new ArrayList<>();
    // A search runs on the calling thread alone: its CPU time is what it costs on an idle machine.
    List<Double> cpu = new ArrayList<>();
    long passages = 0;
    for (int i = 0; i < repeats; i++) {
      long c = ProcessCpu.threadNanos();
      long t = System.nanoTime();
      CaseSearch.Result r = search.search(query, 20, QuoteFilter.AS_WRITTEN);
      ms.add((System.nanoTime() - t) / 1e6);
      cpu.add((ProcessCpu.threadNanos() - c) / 1e6);
      passages = r.passages();
    }
    List<Double> grepMs = new ArrayList<>();
    for (int i = 0; i < Math.min(3, repeats); i++) {
      grepMs.add(grepMillis(grep, files, copies));
    }
    return new QueryRow(
        kind, query, passages, Medians.of(ms), percentile(ms, 0.95), Medians.of(grepMs), ms, cpu);
  }

  /** The nearest-rank percentile {@code p} (0-1); NaN for no values. */
  static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return s[Math.min(s.length - 1, Math.max(0, (int) Math.ceil(p * s.length) - 1))];
  }

  // grep reads the text directory `copies` times in one run: the text the copied index stands for.
  private static double grepMillis(String fixed, Path files, int copies)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("grep", "-r", "-c", "-F", "--", fixed));
    for (int i = 0; i < copies; i++) {
      cmd.add(files.toString());
    }
    long t = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return Double.NaN;
    }
    return (System.nanoTime() - t) / 1e6;
  }

  /** Generated documents of 64 KiB, into the case and as files for grep; returns count, bytes. */
  private static long[] write(CaseStore store, Path files, long target, PrintStream progress)
      throws IOException {
    store
        .custody()
        .append(
            NewCustodyEntry.of("bench", "ingest-started", "{}", Map.of(), Map.of(), "okju bench"));
    SourceId source =
        store
            .sources()
            .start(new NewSource(ItemPath.of("/bench"), Instant.EPOCH, "bench", "bench", "bench"));
    Random r = new Random(42);
    long bytes = 0;
    long documents = 0;
    StringBuilder page = new StringBuilder();
    try (Batch batch = store.batch()) {
      while (bytes < target) {
        page.setLength(0);
        while (page.length() < (64 << 10) / 2) { // about 64 KiB of UTF-8: Hangul takes 3 bytes
          page.append(line(r)).append('\n');
        }
        String name = String.format(Locale.ROOT, "diary-%06d.txt", documents);
        ItemId item =
            batch.items().upsert(NewItem.listed(source, Optional.empty(), ItemPath.of(name)));
        String text = page.toString();
        batch
            .texts()
            .put(
                new NewItemText(
                    item,
                    "plain",
                    Optional.of("UTF-8"),
                    List.of(text),
                    "complete",
                    Optional.empty(),
                    Instant.EPOCH));
        try (Writer w = Files.newBufferedWriter(files.resolve(name), StandardCharsets.UTF_8)) {
          w.write(text);
        }
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
        documents++;
        if (documents % 200 == 0) {
          batch.commit();
        }
        if (documents % 2000 == 0) {
          progress.println("written " + bytes / 1_000_000 + " MB ...");
        }
      }
      batch.commit();
    }
    return new long[] {documents, bytes};
  }

  private static String line(Random r) {
    String word = WORDS[r.nextInt(WORDS.length)];
    String n = Integer.toString(1 + r.nextInt(99));
    int kind = r.nextInt(10);
    String ko = KOREAN[r.nextInt(KOREAN.length)].replace("{w}", word).replace("{n}", n);
    while (ko.contains("{k}")) {
      ko = ko.replaceFirst("\\{k}", koreanWord(r));
    }
    String en = ENGLISH[r.nextInt(ENGLISH.length)].replace("{w}", word).replace("{n}", n);
    while (en.contains("{e}")) {
      en = en.replaceFirst("\\{e}", englishWord(r));
    }
    return kind < 5 ? ko : kind < 9 ? en : ko + " / " + en;
  }

  /**
   * A word of a vocabulary of a million, drawn by Zipf's law (rank r with probability ~1/r), as
   * words occur in real text: the fixed sentences above repeat a few hundred words, which would let
   * a cache of analysed words (okju's Korean field has one) look better than on a real diary; with
   * these, one Korean word in ten or so is new to a cache of 130,000.
   */
  private static int zipfRank(Random r) {
    return (int) Math.exp(r.nextDouble() * Math.log(VOCABULARY));
  }

  private static final int VOCABULARY = 1_000_000;
  private static final String[] PARTICLES = {
    "", "을", "를", "이", "가", "은", "는", "에서", "한테", "과", "도", "의"
  };

  private static String koreanWord(Random r) {
    int rank = zipfRank(r);
    Random w = new Random(rank * 0x9E3779B97F4A7C15L);
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = 2 + (rank & 1); i < n; i++) {
      b.append((char) (0xAC00 + w.nextInt(11172)));
    }
    return b.append(PARTICLES[r.nextInt(PARTICLES.length)]).toString();
  }

  private static String englishWord(Random r) {
    int rank = zipfRank(r);
    Random w = new Random(rank * 0x9E3779B97F4A7C15L);
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = 4 + w.nextInt(6); i < n; i++) {
      b.append((char) ('a' + w.nextInt(26)));
    }
    return b.toString();
  }

  /** Prints the indexing figures and the queries' table. */
  public static void print(Result r, PrintStream out) {
    int cores = Runtime.getRuntime().availableProcessors();
    double grepMillis =
        Medians.of(r.queries().stream().map(QueryRow::grepMillis).filter(m -> !m.isNaN()).toList());
    out.printf(
        Locale.ROOT,
        "indexed %,d documents, %.1f MB of text, %,d passages in %.1f s: %.1f MB/s on %d cores"
            + " (load average up to %.1f)%n",
        r.documents(),
        r.bytes() / 1e6,
        r.passages(),
        r.indexSeconds(),
        r.megabytesPerSecond(),
        cores,
        r.loadAverage());
    out.printf(
        Locale.ROOT,
        "CPU: %.1f s, %.1f MB of text per CPU-second: %.1f MB/s on %d idle cores%n",
        r.indexCpuSeconds(),
        r.megabytesPerCpuSecond(),
        r.megabytesPerCpuSecond() * cores,
        cores);
    out.printf(
        Locale.ROOT,
        "reference, same run: grep -r -c -F reads the same text at %.1f MB/s (median of the"
            + " queries' grep runs; no index)%n%n",
        r.copies() * r.bytes() / 1e6 / (grepMillis / 1e3));
    if (r.copies() > 1) {
      out.printf(
          Locale.ROOT,
          "queries on %d copies of the index: %.1f MB of text, %,d passages; grep reads the text"
              + " %d times%n",
          r.copies(),
          r.copies() * r.bytes() / 1e6,
          r.copies() * r.passages(),
          r.copies());
    }
    List<Double> all = r.queries().stream().flatMap(q -> q.millis().stream()).toList();
    List<Double> allCpu = r.queries().stream().flatMap(q -> q.cpuMillis().stream()).toList();
    out.printf(
        Locale.ROOT,
        "all queries: p50 %.1f ms, p95 %.1f ms wall clock; p50 %.1f ms, p95 %.1f ms of CPU"
            + " (%d runs)%n%n",
        percentile(all, 0.5),
        percentile(all, 0.95),
        percentile(allCpu, 0.5),
        percentile(allCpu, 0.95),
        all.size());
    out.println(
        "| query | okju search | passages | okju p50 ms | okju p95 ms | CPU p50 ms | CPU p95 ms"
            + " | grep -r -c -F ms | grep / okju p50 |");
    out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for (QueryRow q : r.queries()) {
      out.printf(
          Locale.ROOT,
          "| %s | `%s` | %,d | %.1f | %.1f | %.1f | %.1f | %.0f | %.0fx |%n",
          q.kind(),
          q.query(),
          q.passages(),
          q.medianMillis(),
          q.p95Millis(),
          percentile(q.cpuMillis(), 0.5),
          percentile(q.cpuMillis(), 0.95),
          q.grepMillis(),
          q.grepMillis() / q.medianMillis());
    }
  }
}
