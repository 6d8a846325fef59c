package org.okju.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
final class CopiesBenchCommand implements Callable<Integer> {
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
      description =
          "Distinct photos to edit, every picture under DIR a decoder reads (JPEG, PNG, WebP, TIFF,"
              + " BMP, GIF; default: the test vectors' distinct photos).")
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
          "Instead: the re-posters' video edits (uneven crops, a mirror with a crop, screen"
              + " recordings with and without the player's text, burned-in captions, blurred-fill frames), made with ffmpeg from pans"
              + " over the photos and from the test vectors' sample videos, each grouped alone,"
              + " development and held-out clips apart; and the CPU cost of hashing a minute of"
              + " video.")
  boolean videos;

  @Option(
      names = "--video-edit",
      paramLabel = "NAME",
      description =
          "With --videos: measure only these edits (names as the table prints them, e.g."
              + " screen-recording); the others' random shares are still drawn, so a seed gives"
              + " the same copies as a full run.")
  List<String> videoEditNames;

  @Option(
      names = "--edit",
      paramLabel = "NAME",
      description =
          "With --edits-only: measure only these picture edits (names as the table prints them,"
              + " e.g. box-flip); every edit is still made, so a seed gives the same copies as a"
              + " full run.")
  List<String> editNames;

  @Option(
      names = "--split",
      paramLabel = "SPLIT",
      description =
          "With --edits-only: group only this split's photos (development or held-out), so that"
              + " the other split's rows are not computed (tuning on development rows only).")
  String split;

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
      // Every picture a decoder here reads (with TwelveMonkeys: WebP, TIFF, BMP, ...), so that a
      // folder of other people's pictures is measured whole, not only its JPEGs and PNGs.
      java.util.Set<String> suffixes = new java.util.HashSet<>();
      for (String suffix : javax.imageio.ImageIO.getReaderFileSuffixes()) {
        suffixes.add(suffix.toLowerCase(java.util.Locale.ROOT));
      }
      try (var walk = Files.walk(sources)) {
        photos =
            walk.filter(Files::isRegularFile)
                .filter(p -> suffixes.contains(suffix(p)))
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
    if (split != null && !split.equals("development") && !split.equals("held-out")) {
      System.err.println("--split is development or held-out, not " + split);
      return ExitCode.USAGE;
    }
    java.util.Set<String> splits =
        split == null ? java.util.Set.of("development", "held-out") : java.util.Set.of(split);
    org.okju.bench.RepostEditsBench.print(
        new org.okju.bench.RepostEditsBench()
            .run(photos, seed, editNames == null ? name -> true : editNames::contains, splits),
        out);
    return ExitCode.OK;
  }

  private static String suffix(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
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
          new org.okju.bench.RepostVideoEditsBench()
              .run(
                  photos,
                  clips,
                  seed,
                  work,
                  videoEditNames == null ? name -> true : videoEditNames::contains),
          out);
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
    try (var list = Files.list(TestVectorLocation.threatExchange().resolve("tmk/sample-videos"))) {
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
