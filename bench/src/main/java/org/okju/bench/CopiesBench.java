package org.okju.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.okju.copies.CopyGrouper;
import org.okju.copies.GroupingSettings;
import org.okju.copies.Media;
import org.okju.copies.Tape;
import org.okju.copies.TapeSplits;
import org.okju.testkit.ImageEdits;

/**
 * Copy-grouping accuracy: every source photo (scaled to 480 px wide) and each of its {@link
 * ImageEdits}, hashed as ingest hashes them, grouped by {@link CopyGrouper}; pairs of pictures from
 * one source are true, pairs in one tape are predicted. Prints pair recall and precision per
 * transform (the original paired with its edited copy) and over all pairs. Deterministic for a
 * seed. Not thread-safe.
 */
public final class CopiesBench {
  /** Random crops drawn per photo: one draw says little about crops at arbitrary offsets. */
  static final int RANDOM_CROPS_PER_PHOTO = 8;

  private final PhotoCorpus corpus = new PhotoCorpus();

  /** One transform's (or the whole corpus's) figures. */
  public record Row(String transform, long truePairs, long found, long predicted, long correct) {
    /** Share of true pairs grouped together. */
    public double recall() {
      return truePairs == 0 ? 1 : (double) found / truePairs;
    }

    /** Share of predicted pairs that are true. */
    public double precision() {
      return predicted == 0 ? 1 : (double) correct / predicted;
    }
  }

  /** The figures and the corpus size. */
  public record Result(
      int sources,
      int pictures,
      int tapes,
      List<Row> rows,
      Map<String, String> missedBySource,
      List<String> wronglyJoined,
      Map<String, Integer> excludedLowQuality,
      int randomCrops,
      int randomCropsMetDirectly) {}

  /** Groups the sources and their edits and measures pairs. */
  public Result run(List<Path> sources, long seed) throws IOException {
    Random random = new Random(seed);
    List<Media> media = new ArrayList<>();
    Map<String, Integer> excluded = new java.util.TreeMap<>();
    Map<Long, String> source = new HashMap<>();
    Map<Long, String> transform = new HashMap<>();
    long id = 1;
    int randomCrops = 0;
    int metDirectly = 0;
    for (Path p : sources) {
      BufferedImage photo = PhotoCorpus.source(p);
      Media original = corpus.media(id, photo);
      int quality = PhotoCorpus.canonicalQuality(original);
      if (quality < GroupingSettings.DEFAULT.minQuality()) {
        // Grouping leaves out views below the quality floor by design (flat pictures collide).
        excluded.put(p.getFileName().toString(), quality);
        continue;
      }
      media.add(original);
      source.put(id, p.toString());
      transform.put(id++, "original");
      for (Map.Entry<String, UnaryOperator<BufferedImage>> e : ImageEdits.all(random).entrySet()) {
        int draws = e.getKey().startsWith("crop-random") ? RANDOM_CROPS_PER_PHOTO : 1;
        for (int draw = 0; draw < draws; draw++) {
          Media edited = corpus.media(id, e.getValue().apply(photo));
          if (e.getKey().startsWith("crop-random")) {
            randomCrops++;
            if (closestProbeToAnchor(original, edited) <= GroupingSettings.DEFAULT.cropRadius()) {
              metDirectly++;
            }
          }
          media.add(edited);
          source.put(id, p.toString());
          transform.put(id++, e.getKey());
        }
      }
    }
    List<Tape> tapes =
        new CopyGrouper(GroupingSettings.DEFAULT)
            .group(media, corpus.thumbnails(), TapeSplits.NONE);
    Map<Long, String> tapeOf = new HashMap<>();
    for (Tape t : tapes) {
      t.members().forEach(m -> tapeOf.put(m.media().item(), t.id()));
    }
    Map<String, long[]> per = new LinkedHashMap<>();
    Map<String, String> missed = new java.util.TreeMap<>();
    long[] all = new long[4];
    for (int i = 0; i < media.size(); i++) {
      for (int j = i + 1; j < media.size(); j++) {
        long a = media.get(i).item();
        long b = media.get(j).item();
        boolean truth = source.get(a).equals(source.get(b));
        boolean predicted = tapeOf.get(a).equals(tapeOf.get(b));
        count(all, truth, predicted);
        String ta = transform.get(a);
        String tb = transform.get(b);
        if (truth && (ta.equals("original") || tb.equals("original"))) {
          String t = ta.equals("original") ? tb : ta;
          count(per.computeIfAbsent(t, k -> new long[4]), true, predicted);
          if (!predicted) {
            missed.merge(Path.of(source.get(a)).getFileName().toString(), t, (x, y) -> x + " " + y);
          }
        }
        if (predicted && !truth) {
          // A wrong grouping counts against the transform of each edited side.
          for (String t : new java.util.LinkedHashSet<>(List.of(ta, tb))) {
            if (!t.equals("original")) {
              per.computeIfAbsent(t, k -> new long[4])[2]++;
            }
          }
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, long[]> e : per.entrySet()) {
      long[] c = e.getValue();
      // Per transform, predicted pairs are its pairs with the original found plus the false pairs
      // an edited copy of this transform was put in.
      rows.add(new Row(e.getKey(), c[0], c[1], c[2], c[3]));
    }
    rows.add(new Row("all pairs", all[0], all[1], all[2], all[3]));
    List<String> wrong = new ArrayList<>();
    for (Tape t : tapes) {
      java.util.Set<String> photos = new java.util.TreeSet<>();
      t.members().forEach(m -> photos.add(name(source.get(m.media().item()))));
      if (photos.size() > 1) {
        wrong.add(t.id() + " joins " + photos);
        // The edges that cross photos: each member's evidence names the member it matched.
        Map<String, Long> itemBySha = new HashMap<>();
        t.members().forEach(m -> itemBySha.put(m.media().sha256(), m.media().item()));
        for (Tape.Member m : t.members()) {
          Object via = m.evidence().get("via");
          long item = m.media().item();
          Long other = via == null ? t.representative().item() : itemBySha.get(via.toString());
          if (other != null && !source.get(other).equals(source.get(item))) {
            wrong.add(
                String.format(
                    Locale.ROOT,
                    "  %s %s -> %s %s: %s %s",
                    name(source.get(item)),
                    transform.get(item),
                    name(source.get(other)),
                    transform.get(other),
                    m.relation(),
                    m.evidence()));
          }
        }
      }
    }
    return new Result(
        sources.size() - excluded.size(),
        media.size(),
        tapes.size(),
        rows,
        missed,
        wrong,
        excluded,
        randomCrops,
        metDirectly);
  }

  /**
   * The closest crop probe of {@code copy} to a crop anchor of {@code original}, both above the
   * grid's quality floor: whether the crop is found on its own, not through other copies.
   */
  private static int closestProbeToAnchor(Media original, Media copy) {
    int floor = GroupingSettings.DEFAULT.cropMinQuality();
    int best = Integer.MAX_VALUE;
    for (Media.View a : original.views()) {
      if (a.kind().startsWith("crop-anchor") && a.quality() >= floor) {
        for (Media.View p : copy.views()) {
          if (p.kind().startsWith("crop-probe") && p.quality() >= floor) {
            best = Math.min(best, a.hash().distance(p.hash()));
          }
        }
      }
    }
    return best;
  }

  private static String name(String path) {
    return Path.of(path).getFileName().toString();
  }

  // c[0] true pairs, c[1] true pairs found, c[2] predicted pairs, c[3] predicted and true.
  private static void count(long[] c, boolean truth, boolean predicted) {
    if (truth) {
      c[0]++;
      if (predicted) {
        c[1]++;
      }
    }
    if (predicted) {
      c[2]++;
      if (truth) {
        c[3]++;
      }
    }
  }

  /** The table: per transform, then all pairs. */
  public static void print(Result r, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "copy grouping: %d source photos, %d pictures, %d tapes%n",
        r.sources(),
        r.pictures(),
        r.tapes());
    r.excludedLowQuality()
        .forEach(
            (src, q) ->
                out.println(
                    "left out "
                        + src
                        + ": PDQ quality "
                        + q
                        + " (grouping ignores views below "
                        + GroupingSettings.DEFAULT.minQuality()
                        + "; identical bytes still group)"));
    out.println("| transform | true pairs | found | recall | precision |");
    out.println("|---|---:|---:|---:|---:|");
    for (Row row : r.rows()) {
      out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %.3f | %.3f |%n",
          row.transform(),
          row.truePairs(),
          row.found(),
          row.recall(),
          row.precision());
    }
    out.printf(
        Locale.ROOT,
        "random crops whose own probes meet an anchor of their original (no help from other"
            + " copies): %d of %d (%.3f)%n",
        r.randomCropsMetDirectly(),
        r.randomCrops(),
        r.randomCrops() == 0 ? 1.0 : (double) r.randomCropsMetDirectly() / r.randomCrops());
    r.missedBySource().forEach((src, edits) -> out.println("missed for " + src + ": " + edits));
    r.wronglyJoined().forEach(line -> out.println("wrongly joined: " + line));
  }
}
