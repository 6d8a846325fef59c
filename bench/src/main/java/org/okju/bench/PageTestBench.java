package org.okju.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.okju.fingerprint.ImageDecodeException;
import org.okju.fingerprint.ImageDecoder;
import org.okju.fingerprint.ImageLuma;
import org.okju.ingest.PagePlane;
import org.okju.testkit.documents.PageImages;
import org.okju.text.PageLikeness;

/**
 * The page test (which pictures ingest reads by OCR) on pictures of pages against photos: its
 * precision and recall on a development set (the thresholds were set on it) and on a held-out set
 * (other fonts, other seeds, the other half of the photos), and its cost beside the OCR it saves.
 *
 * <p>Pages are generated (scanned and photographed diary pages, {@link PageImages#varied}) and go
 * through JPEG like a phone's pictures; photos are the shared test vectors' and the wallpapers
 * Debian installs (ordinary pictures, landscapes, abstract art), split by their sorted position.
 */
public final class PageTestBench {
  /** One picture's verdict. */
  public record Judged(String name, boolean page, PageLikeness.Verdict verdict, double millis) {}

  /** Counts of one set. */
  public record Score(String set, int pages, int pagesFound, int photos, int photosTaken) {
    double recall() {
      return pages == 0 ? Double.NaN : (double) pagesFound / pages;
    }

    double precision() {
      int taken = pagesFound + photosTaken;
      return taken == 0 ? Double.NaN : (double) pagesFound / taken;
    }
  }

  private final ImageDecoder decoder = new ImageDecoder();

  /**
   * Pictures of pages, {@code n} of them: the development set's fonts and seeds, or the held-out
   * set's.
   */
  public List<Judged> pages(int n, boolean heldOut) throws IOException {
    return heldOut
        ? pages(100_001, n, PageImages.HELD_OUT_FONTS)
        : pages(1, n, PageImages.DEVELOPMENT_FONTS);
  }

  private List<Judged> pages(long firstSeed, int n, List<String> fonts) throws IOException {
    List<Judged> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BufferedImage img = PageImages.varied(firstSeed + i, fonts);
      ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
      ImageIO.write(img, "jpg", jpeg);
      out.add(judge("page-" + (firstSeed + i), true, jpeg.toByteArray()));
    }
    return out;
  }

  /** Photos: every other one of {@code files} from {@code offset} (0 or 1). */
  public List<Judged> photos(List<Path> files, int offset) throws IOException {
    List<Judged> out = new ArrayList<>();
    for (int i = offset; i < files.size(); i += 2) {
      Judged j =
          judge(files.get(i).getFileName().toString(), false, Files.readAllBytes(files.get(i)));
      if (j != null) {
        out.add(j);
      }
    }
    return out;
  }

  /** The test vectors' photos and Debian's wallpapers found on this machine, sorted. */
  public static List<Path> photoFiles(Path vectors) throws IOException {
    List<Path> roots = new ArrayList<>();
    roots.add(vectors.resolve("threatexchange/pdq"));
    roots.add(Path.of("/usr/share/backgrounds"));
    roots.add(Path.of("/usr/share/wallpapers"));
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png|webp)"))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  private Judged judge(String name, boolean page, byte[] bytes) {
    try {
      BufferedImage img = decoder.decodeWithWarnings(bytes, Path.of(name)).image();
      long t = System.nanoTime();
      PageLikeness.Verdict v = PagePlane.judge(ImageLuma.of(img), img);
      return new Judged(name, page, v, (System.nanoTime() - t) / 1e6);
    } catch (ImageDecodeException e) {
      return null; // not a picture this decoder reads: not part of the measure
    }
  }

  /** The counts of a set. */
  public static Score score(String set, List<Judged> judged) {
    int pages = 0;
    int found = 0;
    int photos = 0;
    int taken = 0;
    for (Judged j : judged) {
      if (j.page()) {
        pages++;
        found += j.verdict().page() ? 1 : 0;
      } else {
        photos++;
        taken += j.verdict().page() ? 1 : 0;
      }
    }
    return new Score(set, pages, found, photos, taken);
  }

  /** Prints the table, and with {@code verbose} every picture's features. */
  public static void print(List<Score> scores, List<Judged> all, boolean verbose, PrintStream out) {
    out.println(
        "| set | pages | pages found | photos | photos taken for pages | recall | precision |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Score s : scores) {
      out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %d | %d | %.3f | %.3f |%n",
          s.set(),
          s.pages(),
          s.pagesFound(),
          s.photos(),
          s.photosTaken(),
          s.recall(),
          s.precision());
    }
    double[] ms = all.stream().mapToDouble(Judged::millis).sorted().toArray();
    if (ms.length > 0) {
      out.printf(
          Locale.ROOT,
          "page test: median %.2f ms, 95th percentile %.2f ms a picture (after decoding)%n",
          ms[ms.length / 2],
          ms[(int) (ms.length * 0.95)]);
    }
    if (verbose) {
      for (Judged j : all) {
        out.printf(
            "%s %-40s %s%n",
            j.page() == j.verdict().page() ? "ok  " : "MISS", j.name(), j.verdict().describe());
      }
    }
  }
}
