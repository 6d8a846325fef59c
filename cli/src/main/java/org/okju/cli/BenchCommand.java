package org.okju.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.okju.bench.GeneratedMedia;
import org.okju.bench.ImageThroughputBench;
import org.okju.bench.IndexThroughputBench;
import org.okju.bench.IngestThroughputBench;
import org.okju.bench.JdkDecodeFloor;
import org.okju.bench.PdqCommandLineBench;
import org.okju.bench.PdqCorpus;
import org.okju.bench.PdqThroughputBench;
import org.okju.bench.VpdqCommandLineBench;
import org.okju.bench.VpdqThroughputBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju bench}: throughput tables, okju beside the reference figure from the same run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures throughput and prints a table.",
    subcommands = {
      BenchCommand.Pdq.class,
      BenchCommand.Vpdq.class,
      BenchCommand.Index.class,
      BenchCommand.CopiesAccuracy.class,
      BenchCommand.Ledger.class,
      BenchCommand.IngestBench.class,
      BenchCommand.Web.class,
      BenchCommand.ImageBench.class,
      StartupBenchCommand.class,
      PagesBenchCommand.class,
      SearchBenchCommand.class,
      MonitorBenchCommand.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code okju bench pdq [DIR]}. */
  @Command(
      name = "pdq",
      mixinStandardHelpOptions = true,
      description = {
        "Measures okju pdq as users run it, beside Meta's C++ pdq-photo-hasher and the JDK decoder.",
        "A loop of one process per image and one call over all images, for okju pdq"
            + " --downsample-512, for the C++ pdq-photo-hasher (on PATH or --reference) and for"
            + " the floor (a Java program that only decodes with the JDK's decoder), in alternated"
            + " rounds: wall-clock and CPU seconds, and whether every hash is identical. Without"
            + " DIR, pictures of 1 to 2 megapixels are made at run time with the ffmpeg command"
            + " line (zooms over two reference photos, fractals, test patterns).",
        "--in-process: instead, images/s inside one JVM at full resolution and --downsample-512,"
            + " 1 thread and all cores, beside JDK decoding alone."
      })
  static final class Pdq implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Images to hash instead.")
    Path dir;

    @Option(
        names = "--images",
        paramLabel = "N",
        description = "Pictures to make when no DIR is given (default ${DEFAULT-VALUE}).")
    int images = 60;

    @Option(
        names = "--rounds",
        paramLabel = "N",
        description = "Alternated rounds; medians are printed (default ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(
        names = "--reference",
        paramLabel = "FILE",
        description =
            "A C++ pdq-photo-hasher build to compare with; repeatable (default: the one on PATH).")
    List<Path> references;

    @Option(
        names = "--in-process",
        description = "Measure inside one JVM instead (the earlier table; DIR, --large, --small).")
    boolean inProcess;

    @Option(
        names = "--large",
        description = "With --in-process: number of 2560x1600 images (default ${DEFAULT-VALUE}).")
    int large = 60;

    @Option(
        names = "--small",
        description = "With --in-process: number of 512x320 images (default ${DEFAULT-VALUE}).")
    int small = 400;

    @Option(
        names = "--sources",
        paramLabel = "DIR",
        description =
            "With --in-process: photos to build the corpus from (default: the shared test"
                + " vectors).")
    Path sources;

    @Override
    public Integer call() throws IOException, InterruptedException {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      if (!inProcess) {
        return commandLines(out);
      }
      PdqThroughputBench bench = new PdqThroughputBench();
      List<PdqThroughputBench.Row> rows = new ArrayList<>();
      if (dir != null) {
        List<Path> files =
            InputFiles.expand(List.of(dir), spec.commandLine().getErr(), "bench").files();
        rows.addAll(bench.run(dir.getFileName().toString(), files));
      } else {
        Path sourceDir = sources != null ? sources : TestVectorLocation.pdqData();
        var photos = PdqCorpus.sourcePhotos(sourceDir);
        Path tmp = Files.createTempDirectory("okju-bench-pdq");
        try {
          rows.addAll(
              bench.run("2560x1600 JPEG", PdqCorpus.large(photos, large, tmp.resolve("large"))));
          rows.addAll(
              bench.run("512x320 JPEG", PdqCorpus.small(photos, small, tmp.resolve("small"))));
        } finally {
          TempTree.delete(tmp);
        }
      }
      PdqThroughputBench.print(rows, out);
      return ExitCode.OK;
    }

    private int commandLines(PrintStream out) throws IOException, InterruptedException {
      List<Path> refs = new ArrayList<>();
      if (references != null) {
        for (Path r : references) {
          if (!Files.isExecutable(r)) {
            throw CliException.usage("no such file: " + r);
          }
          refs.add(r.toAbsolutePath());
        }
      } else {
        Path found = ReferenceTools.onPath("pdq-photo-hasher");
        if (found != null) {
          refs.add(found);
        }
      }
      Path tmp = Files.createTempDirectory("okju-bench-pdq");
      try {
        List<Path> files;
        if (dir != null) {
          files = InputFiles.expand(List.of(dir), spec.commandLine().getErr(), "bench").files();
        } else {
          ReferenceTools.requireFfmpeg();
          System.err.println("okju bench pdq: making " + images + " pictures with ffmpeg...");
          files = GeneratedMedia.photos(images, ReferenceTools.seedPhotos(), tmp.resolve("images"));
        }
        Path work = Files.createDirectories(tmp.resolve("work"));
        boolean same =
            PdqCommandLineBench.run(
                new PdqCommandLineBench.Setup(
                    ReferenceTools.launcher(),
                    ReferenceTools.floorJava(JdkDecodeFloor.class),
                    refs,
                    files,
                    Math.max(1, rounds)),
                work,
                out,
                System.err);
        return same ? ExitCode.OK : ExitCode.PARTIAL;
      } finally {
        TempTree.delete(tmp);
      }
    }
  }

  /** {@code okju bench vpdq [VIDEO...]}. */
  @Command(
      name = "vpdq",
      mixinStandardHelpOptions = true,
      description = {
        "Measures okju vpdq as users run it, beside Meta's C++ vpdq-hash-video and the ffmpeg CLI.",
        "A loop of one process per video and one call over all videos, for okju vpdq -r S, for"
            + " the C++ vpdq-hash-video -r S (on PATH or --reference; it takes one video a call)"
            + " and for the floor (the ffmpeg command line decoding the same videos), in"
            + " alternated rounds: wall-clock and CPU seconds, multiples of real time, CPU seconds"
            + " a video hour, and whether every hash file is identical. Without VIDEO, clips are"
            + " made at run time with the ffmpeg command line (pans over two reference photos,"
            + " fractals, test patterns; SD and HD).",
        "--in-process: instead, frames/s inside one JVM, every frame and one hash a second,"
            + " beside ffmpeg decoding (without VIDEO: the reference SD sample videos)."
      })
  static final class Vpdq implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "VIDEO", description = "Videos to hash instead.")
    List<Path> videos;

    @Option(
        names = "--videos",
        paramLabel = "N",
        description = "Clips to make when no VIDEO is given (default ${DEFAULT-VALUE}).")
    int clips = 12;

    @Option(
        names = "--clip-seconds",
        paramLabel = "S",
        description = "Length of each clip made (default ${DEFAULT-VALUE}).")
    int clipSeconds = 10;

    @Option(
        names = {"-r", "--seconds-per-hash"},
        paramLabel = "S",
        description = "Seconds per hash, for okju and the C++ tool (default ${DEFAULT-VALUE}).")
    String secondsPerHash = "1";

    @Option(
        names = "--rounds",
        paramLabel = "N",
        description = "Alternated rounds; medians are printed (default ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(
        names = "--reference",
        paramLabel = "FILE",
        description = "The C++ vpdq-hash-video to compare with (default: the one on PATH).")
    Path reference;

    @Option(
        names = "--in-process",
        description = "Measure inside one JVM instead (the earlier table).")
    boolean inProcess;

    @Override
    public Integer call() throws Exception {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      if (!inProcess) {
        return commandLines(out);
      }
      List<Path> files = videos;
      String corpus = "given videos";
      if (files == null || files.isEmpty()) {
        Path dir = TestVectorLocation.threatExchange().resolve("tmk/sample-videos");
        try (var list = Files.list(dir)) {
          files = list.filter(p -> p.getFileName().toString().contains("-sd-")).sorted().toList();
        }
        corpus = "SD samples";
      }
      VpdqThroughputBench.print(new VpdqThroughputBench().run(corpus, files), out);
      return ExitCode.OK;
    }

    private int commandLines(PrintStream out) throws IOException, InterruptedException {
      Path ref = reference;
      if (ref != null && !Files.isExecutable(ref)) {
        throw CliException.usage("no such file: " + ref);
      }
      if (ref == null) {
        ref = ReferenceTools.onPath("vpdq-hash-video");
      }
      ReferenceTools.requireFfmpeg();
      Path tmp = Files.createTempDirectory("okju-bench-vpdq");
      try {
        List<Path> files;
        if (videos != null && !videos.isEmpty()) {
          files = InputFiles.expand(videos, spec.commandLine().getErr(), "bench").files();
        } else {
          System.err.println("okju bench vpdq: making " + clips + " clips with ffmpeg...");
          files =
              GeneratedMedia.clips(
                  clips, clipSeconds, ReferenceTools.seedPhotos(), tmp.resolve("videos"));
        }
        Path work = Files.createDirectories(tmp.resolve("work"));
        boolean same =
            VpdqCommandLineBench.run(
                new VpdqCommandLineBench.Setup(
                    ReferenceTools.launcher(),
                    ref == null ? null : ref.toAbsolutePath(),
                    files,
                    secondsPerHash,
                    Math.max(1, rounds)),
                work,
                out,
                System.err);
        return same ? ExitCode.OK : ExitCode.PARTIAL;
      } finally {
        TempTree.delete(tmp);
      }
    }
  }

  /** {@code okju bench copies}. */
  @Command(
      name = "copies",
      mixinStandardHelpOptions = true,
      description = {
        "Measures copy-grouping accuracy on edited reference photos, or on real content.",
        "Copy-grouping accuracy: the reference test photos (or --sources DIR) and Java2D edits of "
            + "each (re-encode, resize, grey, sepia, blur, sharpen, bars, border, flips, rotations, "
            + "watermark, crops), generated at run time and grouped; prints pair recall and "
            + "precision per transform and overall; then the re-posters' harder edits (crop and "
            + "mirror, deep centre crops, small turns), each grouped alone, development and "
            + "held-out photos apart. --videos: the same for videos.",
        "--real: precision on what Debian ships (icon themes, wallpapers, text pages rendered from "
            + "/usr/share/doc, the test vectors' videos) beside recall on the edit corpora."
      })
  static final class CopiesAccuracy implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--real",
        description =
            "Instead: the real-content run, one row per icon theme (the first is the development"
                + " set the thresholds were tuned on, the others held out).")
    boolean real;

    @Option(
        names = "--icon-theme",
        paramLabel = "DIR",
        description =
            "Icon themes for --real (default: /usr/share/icons/Adwaita, then Papirus, breeze and"
                + " Tango where installed).")
    List<Path> themes;

    @Option(
        names = "--icon-names",
        paramLabel = "N",
        description = "Icon names drawn from each theme for --real (default ${DEFAULT-VALUE}).")
    int iconNames = 300;

    @Option(
        names = "--pages",
        paramLabel = "N",
        description =
            "Text pages rendered from /usr/share/doc for --real (default ${DEFAULT-VALUE}).")
    int pages = 150;

    @Option(
        names = "--sources",
        paramLabel = "DIR",
        description = "Distinct photos to edit (default: the test vectors' distinct photos).")
    Path sources;

    @Option(names = "--seed", description = "Seed of the random crops (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(
        names = "--scale",
        paramLabel = "N",
        split = ",",
        description =
            "Instead: time grouping of N synthetic images (comma-separated sizes, e.g. 10000,100000).")
    List<Integer> scale;

    @Option(
        names = "--edits-only",
        description =
            "Only the re-posters' harder edits (crop and mirror, deep centre crops, small turns),"
                + " each grouped alone, development and held-out photos apart.")
    boolean editsOnly;

    @Option(
        names = "--videos",
        description =
            "Instead: the re-posters' video edits (uneven crops, a mirror with a crop, a screen"
                + " recording, burned-in captions, blurred-fill frames), made with ffmpeg from pans"
                + " over the photos and from the test vectors' sample videos, each grouped alone,"
                + " development and held-out clips apart; and the CPU cost of hashing a minute of"
                + " video.")
    boolean videos;

    @Option(
        names = "--no-crop-grid",
        description = "With --scale: leave out the crop grid's views, to see what they cost.")
    boolean noCropGrid;

    @Override
    public Integer call() throws IOException {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      if (real) {
        return realContent(out);
      }
      if (scale != null) {
        org.okju.bench.CopiesScaleBench b = new org.okju.bench.CopiesScaleBench();
        List<org.okju.bench.CopiesScaleBench.Row> rows = new java.util.ArrayList<>();
        for (int n : scale) {
          rows.add(b.run(n, !noCropGrid, seed));
        }
        org.okju.bench.CopiesScaleBench.print(rows, !noCropGrid, out);
        return ExitCode.OK;
      }
      List<Path> photos;
      if (sources != null) {
        try (var walk = Files.walk(sources)) {
          photos =
              walk.filter(Files::isRegularFile)
                  .filter(
                      p ->
                          p.toString()
                              .toLowerCase(java.util.Locale.ROOT)
                              .matches(".*\\.(jpe?g|png)"))
                  .sorted()
                  .toList();
        }
      } else {
        Path data = TestVectorLocation.pdqData();
        photos = org.okju.testkit.ReferencePhotos.DISTINCT.stream().map(data::resolve).toList();
      }
      if (videos) {
        return videoEdits(photos, out);
      }
      if (!editsOnly) {
        org.okju.bench.CopiesBench.print(new org.okju.bench.CopiesBench().run(photos, seed), out);
        out.println();
      }
      org.okju.bench.RepostEditsBench.print(
          new org.okju.bench.RepostEditsBench().run(photos, seed), out);
      return ExitCode.OK;
    }

    private int videoEdits(List<Path> photos, PrintStream out) throws IOException {
      Path samples = TestVectorLocation.threatExchange().resolve("tmk/sample-videos");
      List<Path> clips =
          java.util.stream.Stream.of("doorknob-hd-no-bar", "pattern-hd-no-bar", "chair-20-sd-bar")
              .map(n -> samples.resolve(n + ".mp4"))
              .filter(Files::isRegularFile)
              .toList();
      Path work = Files.createTempDirectory("okju-video-edits-");
      try {
        org.okju.bench.RepostVideoEditsBench.print(
            new org.okju.bench.RepostVideoEditsBench().run(photos, clips, seed, work), out);
      } finally {
        Files.deleteIfExists(work);
      }
      return ExitCode.OK;
    }

    private int realContent(PrintStream out) throws IOException {
      List<org.okju.bench.RealContentBench.IconSet> sets = new ArrayList<>();
      List<Path> chosen = themes;
      if (chosen == null) {
        chosen = new ArrayList<>();
        for (String t : List.of("Adwaita", "Papirus", "breeze", "Tango")) {
          Path dir = Path.of("/usr/share/icons", t);
          if (Files.isDirectory(dir)) {
            chosen.add(dir);
          }
        }
      }
      for (Path t : chosen) {
        sets.add(
            new org.okju.bench.RealContentBench.IconSet(
                t.getFileName().toString(), sets.isEmpty() ? "development" : "held-out", t));
      }
      if (sets.isEmpty()) {
        spec.commandLine().getErr().println("okju bench copies --real: no icon theme installed");
        return ExitCode.USAGE;
      }
      Path data = TestVectorLocation.pdqData();
      List<Path> videos;
      try (var list =
          Files.list(TestVectorLocation.threatExchange().resolve("tmk/sample-videos"))) {
        videos = list.filter(p -> p.toString().endsWith(".mp4")).sorted().toList();
      }
      org.okju.bench.RealContentBench.Options o =
          new org.okju.bench.RealContentBench.Options(
              org.okju.testkit.ReferencePhotos.DISTINCT.stream().map(data::resolve).toList(),
              org.okju.bench.DebianWallpapers.under(Path.of("/")),
              videos,
              Path.of("/usr/share/doc"),
              pages,
              sets,
              iconNames,
              3,
              seed);
      org.okju.bench.RealContentBench bench =
          new org.okju.bench.RealContentBench(
              org.okju.copies.GroupingSettings.DEFAULT, org.okju.copies.PictureMatchPolicy.DEFAULT);
      org.okju.bench.RealContentBench.Corpus common = bench.common(o);
      Path work = Files.createTempDirectory("okju-icons-");
      List<org.okju.bench.RealContentBench.Run> runs = new ArrayList<>();
      try {
        for (org.okju.bench.RealContentBench.IconSet set : sets) {
          runs.add(bench.run(common, set, o, work));
        }
      } finally {
        try (var files = Files.list(work)) {
          for (Path p : files.toList()) {
            Files.deleteIfExists(p);
          }
        }
        Files.deleteIfExists(work);
      }
      org.okju.bench.RealContentBench.print(common, runs, out);
      return ExitCode.OK;
    }
  }

  /** {@code okju bench index}. */
  @Command(
      name = "index",
      mixinStandardHelpOptions = true,
      description = {
        "Measures the Hamming index beside brute force and FAISS.",
        "Hamming index build time, memory and queries/s at radius 31 and 15 (one query "
            + "thread), okju's multi-index hashing beside brute force and FAISS "
            + "IndexBinaryMultiHash (built from libfaiss-dev by a small C++ harness when g++ and "
            + "the headers are installed), over random and clustered generated hashes."
      })
  static final class Index implements Callable<Integer> {
    @Option(
        names = "--sizes",
        split = ",",
        description = "Numbers of hashes (default ${DEFAULT-VALUE}).")
    List<Integer> sizes = List.of(1_000_000, 10_000_000);

    @Option(
        names = "--data",
        split = ",",
        description = "random and/or clustered (default ${DEFAULT-VALUE}).")
    List<String> data = List.of("random", "clustered");

    @Option(
        names = "--splits",
        split = ",",
        description = "Substring counts to compare with the default (default ${DEFAULT-VALUE}).")
    List<Integer> splits = List.of(12, 16);

    @Option(
        names = "--queries",
        description = "Queries per measurement (default ${DEFAULT-VALUE}).")
    int queries = 2000;

    @Option(names = "--no-faiss", description = "Skip the FAISS comparison.")
    boolean noFaiss;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
      for (String d : data) {
        if (!d.equals("random") && !d.equals("clustered")) {
          throw new picocli.CommandLine.ParameterException(
              spec.commandLine(), "--data takes random or clustered, not " + d);
        }
      }
      IndexThroughputBench bench = new IndexThroughputBench(spec.commandLine().getErr(), queries);
      List<IndexThroughputBench.Row> rows = new ArrayList<>();
      for (int n : sizes) {
        for (String d : data) {
          rows.addAll(bench.run(d, n, splits, !noFaiss));
        }
      }
      IndexThroughputBench.print(rows, spec.commandLine().getOut());
      if (!noFaiss && !IndexThroughputBench.faissAvailable()) {
        spec.commandLine()
            .getOut()
            .println("FAISS: not installed (apt-get install libfaiss-dev g++ to compare)");
      }
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
  }

  /** {@code okju bench ledger}: precision/recall/F1 of the ledger extractor on its corpus. */
  @Command(
      name = "ledger",
      mixinStandardHelpOptions = true,
      description = {
        "Measures entity and fact extraction on the annotated fictional corpus.",
        "Builds the fictional annotated corpus (txt, EUC-KR and CP949 txt, docx, xlsx, pdf, html,"
            + " scanned pngs read by OCR) in a temporary directory and prints precision, recall and"
            + " F1 per entity type and per fact type, for the development half (the rules may be"
            + " tuned on it) and the held-out test half (only scored)."
      })
  static final class Ledger implements Callable<Integer> {
    @Option(
        names = "--verbose",
        description =
            "Also list every miss and spurious item of the development half (never of the test"
                + " half, which is held out: only its scores are printed).")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      Path tmp = Files.createTempDirectory("okju-bench-ledger");
      try {
        boolean allRead = true;
        for (org.okju.bench.LedgerCorpus.Split split : org.okju.bench.LedgerCorpus.Split.values()) {
          out.println(
              "## "
                  + split.folder()
                  + " ("
                  + org.okju.bench.LedgerCorpus.names(split).size()
                  + " documents)");
          out.println();
          org.okju.bench.LedgerBench.Result r =
              new org.okju.bench.LedgerBench().run(tmp.resolve(split.folder()), split);
          org.okju.bench.LedgerBench.print(r, out);
          if (verbose && split == org.okju.bench.LedgerCorpus.Split.DEV) {
            r.misses().forEach(out::println);
          }
          out.println();
          allRead &= r.errors().isEmpty();
        }
        return allRead ? ExitCode.OK : ExitCode.PARTIAL;
      } finally {
        TempTree.delete(tmp);
      }
    }
  }

  /** {@code okju bench ingest DIR}. */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Measures okju ingest beside hashdeep on the same tree.",
        "okju ingest beside hashdeep -r -c md5,sha1,sha256 on DIR in the same run, warm "
            + "cache: crypto hashes only, after okju's warm-up runs, the two alternated and their "
            + "medians compared; then (without --no-fingerprints) runs with fingerprints reading "
            + "every document's text and OCR of pages, alternated with runs that do not "
            + "(--no-text), and the worker time per media type."
      })
  static final class IngestBench implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The tree to ingest (read-only).")
    Path dir;

    @Option(names = "--no-fingerprints", description = "Only the crypto-hash comparison.")
    boolean noFingerprints;

    @Option(
        names = "--runs",
        description = "Alternated runs of hashdeep and okju compared (default ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(
        names = "--warmup",
        description = "okju runs before the measured ones (default ${DEFAULT-VALUE}).")
    int warmups = 5;

    @Option(
        names = "--text-runs",
        paramLabel = "N",
        description =
            "Alternated runs with fingerprints, reading documents' text and not (--no-text),"
                + " compared (default ${DEFAULT-VALUE}).")
    int textRuns = 3;

    @Override
    public Integer call() throws IOException, InterruptedException {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      long[] totals = new long[2];
      try (var walk = Files.walk(dir)) {
        walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
            .forEach(
                p -> {
                  totals[0]++;
                  totals[1] += p.toFile().length();
                });
      }
      IngestThroughputBench bench = new IngestThroughputBench();
      IngestThroughputBench.Comparison comparison =
          bench.compare(dir, totals[0], totals[1], warmups, Math.max(1, runs));
      List<IngestThroughputBench.Runs> extra = new ArrayList<>();
      java.util.Map<String, IngestThroughputBench.KindRow> kinds = new java.util.TreeMap<>();
      if (!noFingerprints) {
        extra.addAll(bench.textOnAndOff(dir, Math.max(1, textRuns), kinds));
      }
      IngestThroughputBench.print(comparison, extra, kinds, out);
      return ExitCode.OK;
    }
  }

  /** {@code okju bench web}: the workbench under concurrent API clients. */
  @Command(
      name = "web",
      mixinStandardHelpOptions = true,
      description = {
        "Measures the workbench's catalogue under concurrent API clients beside a static file.",
        "Generates a case of catalogue rows (1,000,000 by default; no files behind them), starts"
            + " the workbench on it, and runs concurrent API clients paging the catalogue and"
            + " opening an item of every page, beside the same clients fetching a static file from"
            + " the same server (the floor): throughput and p50/p95/p99 latency. Then one client"
            + " times the first page of filtered and sorted views of the whole catalogue."
      })
  static final class Web implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--items",
        paramLabel = "N",
        description = "Catalogue rows to generate (default ${DEFAULT-VALUE}).")
    int items = 1_000_000;

    @Option(
        names = "--clients",
        paramLabel = "N",
        description = "Concurrent clients (default ${DEFAULT-VALUE}).")
    int clients = 50;

    @Option(
        names = "--seconds",
        paramLabel = "S",
        description = "Seconds each load is measured (default ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(
        names = "--warmup",
        paramLabel = "S",
        description = "Seconds of unmeasured load first (default ${DEFAULT-VALUE}).")
    int warmup = 10;

    @Option(
        names = "--repeats",
        paramLabel = "N",
        description = "Repeats of each filtered first page (default ${DEFAULT-VALUE}).")
    int repeats = 20;

    @Option(
        names = "--work",
        paramLabel = "DIR",
        description =
            "Keep the generated case in DIR and reuse it on the next run with the same --items"
                + " (default: a temporary directory, deleted afterwards).")
    Path work;

    @Option(
        names = "--seed",
        description = "Seed of the generated rows and the clients (default ${DEFAULT-VALUE}).")
    long seed = 12;

    @Override
    public Integer call() throws IOException, InterruptedException {
      if (items < 1 || clients < 1 || seconds < 1 || warmup < 0 || repeats < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--items, --clients, --seconds and --repeats are at least 1, --warmup at least 0");
      }
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      Path dir = work != null ? work : Files.createTempDirectory("okju-bench-web");
      try {
        Files.createDirectories(dir);
        org.okju.bench.WebBench.Result r =
            new org.okju.bench.WebBench()
                .run(
                    new org.okju.bench.WebBench.Options(
                        items,
                        clients,
                        java.time.Duration.ofSeconds(seconds),
                        java.time.Duration.ofSeconds(warmup),
                        repeats,
                        dir,
                        seed),
                    new PrintStream(System.err, true, StandardCharsets.UTF_8));
        org.okju.bench.WebBench.print(r, out);
        return ExitCode.OK;
      } finally {
        if (work == null) {
          TempTree.delete(dir);
        }
      }
    }
  }

  /** {@code okju bench image DIR}. */
  @Command(
      name = "image",
      mixinStandardHelpOptions = true,
      description = {
        "Measures okju ingest of an E01 beside ewfverify and beside the same files in a folder.",
        "Puts the files of DIR on a FAT32 file system and acquires it into an E01 (mkfs.fat, "
            + "mtools, ewfacquire; or takes --image), then times ewfverify of the image, okju "
            + "ingest of the image and okju ingest of DIR, all --no-fingerprints, alternated "
            + "after a warm-up round; prints the medians and okju's ratio to ewfverify."
      })
  static final class ImageBench implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The files on the image (read-only).")
    Path dir;

    @Option(
        names = "--image",
        paramLabel = "E01",
        description = "An E01 of DIR's files to measure instead of building one.")
    Path image;

    @Option(
        names = "--runs",
        description = "Alternated rounds measured (default ${DEFAULT-VALUE}).")
    int runs = 3;

    @Override
    public Integer call() throws IOException, InterruptedException {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      Path work = Files.createTempDirectory("okju-bench-image");
      try {
        Path e01 = image != null ? image : ImageThroughputBench.build(dir, work);
        ImageThroughputBench.Result r =
            new ImageThroughputBench().compare(e01, dir, Math.max(1, runs));
        ImageThroughputBench.print(r, out);
      } finally {
        TempTree.delete(work);
      }
      return ExitCode.OK;
    }
  }
}
