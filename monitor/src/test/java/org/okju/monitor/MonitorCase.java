package org.okju.monitor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.copies.CaseCopies;
import org.okju.copies.GroupingSettings;
import org.okju.fingerprint.ImageDecoder;
import org.okju.ingest.Ingest;
import org.okju.testkit.ImageEdits;

/**
 * A fictional case for the monitor's tests: a seized folder of three ordinary photos of the shared
 * test vectors and one short video, ingested and grouped into tapes with okju's own ingest and copy
 * grouping; and a fictional web site holding edited copies of them (letterboxed, flipped, shrunk
 * and re-encoded, trimmed) beside photos the case does not hold.
 */
final class MonitorCase {
  static final String USER = "test-analyst";

  /** The seized files: name → test-vector photo (relative to pdq/data). */
  static final Map<String, String> PHOTOS =
      new TreeMap<>(
          Map.of(
              "photo-a.jpg", "bridge-mods/aaa-orig.jpg",
              "photo-b.jpg", "reg-test-input/pen-and-coaster.png",
              "photo-c.png", "reg-test-input/labelme-subset/q0291.jpg"));

  /** Photos on the site that the case does not hold. */
  static final List<String> STRANGERS =
      List.of(
          "reg-test-input/labelme-subset/q0746.jpg",
          "reg-test-input/labelme-subset/q1050.jpg",
          "reg-test-input/labelme-subset/q2821.jpg");

  private MonitorCase() {}

  static Path vectors() {
    String configured = System.getProperty("okju.testvectors");
    Path base =
        configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "testvectors");
    return base.resolve("threatexchange").normalize();
  }

  static BufferedImage photo(String relative) {
    try {
      BufferedImage p =
          ImageEdits.rgb(
              new ImageDecoder().decode(vectors().resolve("pdq/data").resolve(relative)));
      // 480 pixels wide, as the copies tests: the labelme photos are 256 pixels.
      return ImageEdits.resize(p, 480.0 / p.getWidth());
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + relative, e);
    }
  }

  static void write(BufferedImage image, Path file) throws IOException {
    String n = file.getFileName().toString();
    if (n.endsWith(".png")) {
      Files.write(file, ImageEdits.png(image));
    } else {
      ImageIO.write(ImageEdits.jpeg(image, 0.9f), "jpg", file.toFile());
    }
  }

  static Path ffmpeg(Path out, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-y", "-loglevel", "error"));
    cmd.addAll(List.of(args));
    cmd.add(out.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("ffmpeg failed: " + String.join(" ", cmd) + "\n" + log);
    }
    return out;
  }

  /** The seized folder under {@code dir}: the three photos and {@code clip.mp4}. */
  static Path seizedFolder(Path dir) throws Exception {
    Path seized = Files.createDirectories(dir.resolve("seized"));
    for (Map.Entry<String, String> e : PHOTOS.entrySet()) {
      write(photo(e.getValue()), seized.resolve(e.getKey()));
    }
    ffmpeg(
        seized.resolve("clip.mp4"),
        "-t",
        "12",
        "-i",
        vectors().resolve("tmk/sample-videos/chair-orig-22-sd-bar.mp4").toString(),
        "-vf",
        "scale=320:-2",
        "-an");
    return seized;
  }

  // The seized folder and its ingested, grouped case, made once per test JVM: ten builds (an
  // ffmpeg cut, an ingest with vPDQ, grouping) made the same case again, some 7 CPU-s each. Every
  // build hands out copies, so a test's imports never reach the template or another test's case.
  private static Path template;

  /**
   * {@code dir/seized} (the three photos and {@code clip.mp4}) and {@code dir/case}, that folder
   * ingested and grouped; closed when returned. The case's source is the one template's seized
   * folder, byte for byte the same files as {@code dir/seized}.
   */
  static synchronized Path build(Path dir) throws Exception {
    if (template == null) {
      Path made = Files.createTempDirectory("okju-monitor-case-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(made)));
      Path seized = seizedFolder(made);
      try (CaseStore store = CaseStore.open(CaseLocation.directory(made.resolve("case")))) {
        Ingest.create(store, c -> c.provenance(USER, "okju ingest (test)", "test")).run(seized);
        new CaseCopies(store, GroupingSettings.DEFAULT).run(USER, "test");
      }
      template = made;
    }
    copy(template.resolve("seized"), dir.resolve("seized"));
    return copy(template.resolve("case"), dir.resolve("case"));
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // The JVM is ending; a temporary folder left behind is all that is lost.
    }
  }

  /** A copy of the case directory at {@code to} (each test imports into its own). */
  static Path copy(Path casePath, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(casePath)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(casePath.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to;
  }

  static CaseStore open(Path casePath) {
    return CaseStore.openExisting(CaseLocation.directory(casePath));
  }

  /** The tape id of each seized file name. */
  /** Imports {@code capture} as a new crawl, as a tester, with the default settings. */
  static ImportSummary importCapture(CaseStore store, Path capture) throws Exception {
    CaptureImport imp =
        new CaptureImport(store, MonitorConfig.defaults(), java.time.Clock.systemUTC());
    return imp.run(capture, java.util.Optional.empty(), imp.matcher(), "t", "test");
  }

  static Map<String, String> tapeOf(CaseStore store) {
    Map<String, String> out = new TreeMap<>();
    for (Copies.Tape t : store.copies().tapes()) {
      for (Copies.Member m : t.members()) {
        String path = store.items().find(m.item()).orElseThrow().path().display();
        out.put(path.substring(path.lastIndexOf('/') + 1), t.id());
      }
    }
    return out;
  }

  /**
   * The web site's first state under {@code site}: the home page, a gallery and a video page
   * showing edited copies of the seized media and the stranger photos.
   */
  static void site(Path site, Path seized) throws Exception {
    Files.createDirectories(site.resolve("media"));
    write(
        ImageEdits.bars(photo(PHOTOS.get("photo-a.jpg")), 60, 0, Color.BLACK),
        site.resolve("media/a-letterbox.jpg"));
    write(
        ImageEdits.flipHorizontal(photo(PHOTOS.get("photo-b.jpg"))),
        site.resolve("media/b-flip.jpg"));
    write(
        ImageEdits.jpeg(ImageEdits.resize(photo(PHOTOS.get("photo-c.png")), 0.5), 0.5f),
        site.resolve("media/c-small.jpg"));
    for (int i = 0; i < STRANGERS.size(); i++) {
      write(photo(STRANGERS.get(i)), site.resolve("media/holiday-" + (i + 1) + ".jpg"));
    }
    ffmpeg(
        site.resolve("media/clip-trim.mp4"),
        "-ss",
        "2.4",
        "-i",
        seized.resolve("clip.mp4").toString(),
        "-an");
    Files.writeString(
        site.resolve("index.html"),
        """
        <!doctype html><html><head><title>Fictional board</title>
        <meta property="og:image" content="/media/a-letterbox.jpg"></head>
        <body><a href="gallery.html">Gallery</a> <a href="videos.html">Videos</a>
        <img src="media/holiday-1.jpg"></body></html>
        """);
    Files.writeString(
        site.resolve("gallery.html"),
        """
        <!doctype html><html><body><h1>Gallery</h1>
        <img src="media/a-letterbox.jpg"><img src="media/b-flip.jpg">
        <img src="media/holiday-2.jpg">
        <a href="media/c-small.jpg">full size</a></body></html>
        """);
    Files.writeString(
        site.resolve("videos.html"),
        """
        <!doctype html><html><body><h1>Videos</h1>
        <video controls poster="media/holiday-3.jpg"><source src="media/clip-trim.mp4"></video>
        <a href="media/clip-trim.mp4">download</a></body></html>
        """);
  }
}
