package org.okju.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.copies.CaseCopies;
import org.okju.copies.GroupingSettings;
import org.okju.ingest.Ingest;
import org.okju.ingest.IngestSummary;
import org.okju.monitor.CaptureImport;
import org.okju.monitor.ImportSummary;
import org.okju.monitor.MonitorConfig;
import org.okju.testkit.SyntheticPhotos;

/**
 * {@code okju monitor import} of one gzipped WARC beside the floor (jwarc alone reading every
 * record and its whole payload, what any WARC reader must do) and beside {@code okju ingest} of the
 * same media saved as a folder (the same hashing and fingerprinting from files): records/s, MB/s,
 * and the import's time per media record. The media are made at run time: JPEGs cropped from the
 * reference photos, H.264 clips from the ffmpeg command line; the case's tapes are the first of
 * them, ingested and grouped, so the WARC holds copies of the tapes beside other pictures. One run
 * each (a run is minutes at these sizes); the ratio from the same run is what counts.
 */
public final class MonitorThroughputBench {
  private MonitorThroughputBench() {}

  /** One measured way: what it read and how long it took. */
  public record Row(String way, long records, long bytes, double seconds) {
    double recordsPerSecond() {
      return records / seconds;
    }

    double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  /**
   * Builds the corpus under {@code work}, runs the three ways and prints the table.
   *
   * @param photoSources the reference photos to crop pictures from
   * @param seedPhotos photos the clips pan over
   */
  public static List<Row> run(
      Path work,
      Path photoSources,
      List<Path> seedPhotos,
      int images,
      int videos,
      int tapes,
      PrintStream out)
      throws IOException, InterruptedException {
    Path media = Files.createDirectories(work.resolve("media"));
    out.printf(Locale.ROOT, "making %d pictures and %d clips...%n", images, videos);
    List<Path> files =
        new ArrayList<>(
            SyntheticPhotos.jpegs(
                PdqCorpus.sourcePhotos(photoSources), images, 640, 400, media, "web"));
    files.addAll(GeneratedMedia.clips(videos, 4, seedPhotos, media.resolve("clips")));
    Path seized = Files.createDirectories(work.resolve("seized"));
    int tapeImages = Math.min(tapes, images);
    for (int i = 0; i < tapeImages; i++) {
      Files.copy(files.get(i), seized.resolve("p" + i + ".jpg"));
    }
    for (int i = 0; i < Math.min(videos, Math.max(1, tapes / 20)); i++) {
      Files.copy(files.get(images + i), seized.resolve("v" + i + ".mp4"));
    }
    Path casePath = work.resolve("case");
    try (CaseStore store = CaseStore.open(CaseLocation.directory(casePath))) {
      Ingest.create(store, c -> c.provenance("bench", "okju bench monitor", "bench")).run(seized);
      new CaseCopies(store, GroupingSettings.DEFAULT).run("bench", "bench");
      out.printf(Locale.ROOT, "case: %d tapes%n", store.copies().tapes().size());
    }
    Path warc = writeWarc(work.resolve("site.warc.gz"), files);
    long mediaBytes = 0;
    for (Path f : files) {
      mediaBytes += Files.size(f);
    }
    List<Row> rows = new ArrayList<>();
    rows.add(floor(warc));
    try (CaseStore store = CaseStore.open(CaseLocation.directory(casePath))) {
      CaptureImport imp = new CaptureImport(store, MonitorConfig.defaults(), Clock.systemUTC());
      CaptureImport.WebMatcherHandle matcher;
      try {
        matcher = imp.matcher();
      } catch (CaptureImport.NoTapesException e) {
        throw new IOException("the bench case has no tapes", e);
      }
      long t0 = System.nanoTime();
      ImportSummary s = imp.run(warc, Optional.of("bench"), matcher, "bench", "bench");
      double secs = (System.nanoTime() - t0) / 1e9;
      rows.add(new Row("okju monitor import", s.records(), Files.size(warc), secs));
      out.printf(
          Locale.ROOT,
          "import: %d media fingerprinted, %d matched, %d problems; %.1f ms a media record%n",
          s.mediaHashed(),
          s.matchedMedia(),
          s.problems().size(),
          secs * 1000 / Math.max(1, s.mediaHashed()));
    }
    try (CaseStore store = CaseStore.open(CaseLocation.directory(work.resolve("ingested")))) {
      long t0 = System.nanoTime();
      IngestSummary s =
          Ingest.create(store, c -> c.provenance("bench", "okju bench monitor", "bench"))
              .run(media);
      double secs = (System.nanoTime() - t0) / 1e9;
      rows.add(new Row("okju ingest (same media, folder)", s.items(), mediaBytes, secs));
    }
    out.println();
    out.println("| way | records | MB | s | records/s | MB/s |");
    out.println("|---|---:|---:|---:|---:|---:|");
    for (Row r : rows) {
      out.printf(
          Locale.ROOT,
          "| %s | %d | %.1f | %.2f | %.1f | %.1f |%n",
          r.way(),
          r.records(),
          r.bytes() / 1e6,
          r.seconds(),
          r.recordsPerSecond(),
          r.megabytesPerSecond());
    }
    out.printf(
        Locale.ROOT,
        "import over ingest (media per second): %.2f (goal >= 0.8); over the jwarc floor: %.3f%n",
        (rows.get(1).records() - 1) / rows.get(1).seconds() / rows.get(2).recordsPerSecond(),
        rows.get(1).seconds() == 0 ? 0 : rows.get(0).seconds() / rows.get(1).seconds());
    return rows;
  }

  /** A page linking every file, then a 200 response per file, gzipped per record. */
  private static Path writeWarc(Path file, List<Path> media) throws IOException {
    String base = "http://board.bench.invalid/";
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    StringBuilder page = new StringBuilder("<!doctype html><html><body>");
    for (int i = 0; i < media.size(); i++) {
      String name = media.get(i).getFileName().toString();
      page.append(name.endsWith(".mp4") ? "<video src=\"" : "<img src=\"")
          .append("/m/")
          .append(i)
          .append('/')
          .append(name)
          .append("\">");
    }
    page.append("</body></html>");
    try (FileChannel ch =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      w.write(
          response(
              base + "index.html",
              "text/html",
              page.toString().getBytes(StandardCharsets.UTF_8),
              at));
      for (int i = 0; i < media.size(); i++) {
        Path m = media.get(i);
        String name = m.getFileName().toString();
        w.write(
            response(
                base + "m/" + i + "/" + name,
                name.endsWith(".mp4") ? "video/mp4" : "image/jpeg",
                Files.readAllBytes(m),
                at.plusSeconds(i + 1)));
      }
    }
    return file;
  }

  private static WarcResponse response(String url, String type, byte[] body, Instant at)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url))
        .date(at)
        .ipAddress(InetAddress.getLoopbackAddress())
        .body(http)
        .build();
  }

  /** jwarc alone: every record parsed and its payload read to the end. */
  private static Row floor(Path warc) throws IOException {
    long t0 = System.nanoTime();
    long records = 0;
    byte[] buffer = new byte[1 << 16];
    try (WarcReader reader = new WarcReader(warc)) {
      for (WarcRecord r : reader) {
        records++;
        try (InputStream in = r.body().stream()) {
          while (in.read(buffer) >= 0) {
            // drained: the floor reads what an import reads
          }
        }
      }
    }
    return new Row(
        "jwarc alone (floor)", records, Files.size(warc), (System.nanoTime() - t0) / 1e9);
  }
}
