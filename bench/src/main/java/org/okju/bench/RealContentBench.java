package org.okju.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.okju.copies.CopyGrouper;
import org.okju.copies.GroupingSettings;
import org.okju.copies.Media;
import org.okju.copies.PictureMatchPolicy;
import org.okju.copies.Tape;
import org.okju.copies.TapeSplits;
import org.okju.copies.ThumbnailSource;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.testkit.ImageEdits;

/**
 * Copy-grouping precision on content nobody here made: icons of a Debian icon theme mixed with
 * photos and their edits, wallpapers and their edits, the test vectors' videos and text pages
 * rendered from Debian's documentation, grouped together. Two files are one picture when they have
 * one identity (the same source photo, icon name, video recording or text) or when their pixels say
 * so ({@link PixelTruth}); a predicted pair is a pair in one tape. Prints pair precision, the tapes
 * that mix different pictures and the largest of them, beside recall on the edits okju must keep
 * finding. Each icon theme is one run; the thresholds were tuned on one theme (the development set)
 * and the others are held out. Not thread-safe.
 */
public final class RealContentBench {
  /** An icon theme and what it is for in the measurement. */
  public record IconSet(String name, String role, Path theme) {}

  /**
   * What to build the corpus from.
   *
   * @param photos source photos, each edited as by {@code okju bench copies}
   * @param wallpapers wallpapers, edited likewise (a second edit corpus)
   * @param videos videos, grouped by their file name's first word (one recording each)
   * @param documents where packages' copyright files are ({@code /usr/share/doc})
   * @param pages text pages rendered from them
   * @param iconNames icon names drawn from each theme
   * @param sizesPerName sizes of each icon included
   */
  public record Options(
      List<Path> photos,
      List<Path> wallpapers,
      List<Path> videos,
      Path documents,
      int pages,
      List<IconSet> iconSets,
      int iconNames,
      int sizesPerName,
      long seed) {}

  /** Share of true pairs found. */
  public record Recall(long pairs, long found) {
    public double share() {
      return pairs == 0 ? 1 : (double) found / pairs;
    }
  }

  /** The figures of one icon theme's run. */
  public record Run(
      IconSet icons,
      int iconPictures,
      int pictures,
      int tapes,
      int multiMemberTapes,
      long predictedPairs,
      long wrongPairs,
      int mixingTapes,
      List<String> largestWrongTape,
      List<List<String>> wrongTapes,
      Map<String, Recall> recall) {
    public double precision() {
      return predictedPairs == 0 ? 1 : 1 - (double) wrongPairs / predictedPairs;
    }
  }

  /** One picture or video of the corpus and what it really is. */
  private record Sample(
      Media media,
      PictureThumbnail thumbnail,
      String corpus,
      String identity,
      String transform,
      BufferedImage small) {}

  private final BenchMedia hashing = new BenchMedia();
  private final GroupingSettings settings;
  private final PictureMatchPolicy policy;

  public RealContentBench(GroupingSettings settings, PictureMatchPolicy policy) {
    this.settings = settings;
    this.policy = policy;
  }

  /** The common corpus (photos, wallpapers, videos, pages): hashed once, shared by every run. */
  public static final class Corpus {
    private final List<Sample> samples = new ArrayList<>();
    private long nextItem = 1;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    public Map<String, Integer> counts() {
      return counts;
    }
  }

  public Corpus common(Options o) throws IOException {
    Corpus c = new Corpus();
    Random random = new Random(o.seed());
    edited(c, "photos", o.photos(), random);
    edited(c, "wallpapers", o.wallpapers(), random);
    for (Path v : o.videos()) {
      String family = v.getFileName().toString().split("[-_.]", -1)[0];
      c.samples.add(new Sample(hashing.video(c.nextItem++, v), null, "videos", family, "", null));
      c.counts.merge("videos", 1, Integer::sum);
    }
    if (o.documents() != null && Files.isDirectory(o.documents())) {
      for (DocumentPages.Page p : DocumentPages.render(o.documents(), o.pages(), o.seed())) {
        BenchMedia.Picture pic = hashing.picture(c.nextItem++, p.image());
        c.samples.add(
            new Sample(
                pic.media(), pic.thumbnail(), "pages", "text:" + p.text().hashCode(), "", null));
        c.counts.merge("pages", 1, Integer::sum);
      }
    }
    return c;
  }

  private void edited(Corpus c, String corpus, List<Path> sources, Random random)
      throws IOException {
    for (Path p : sources) {
      BufferedImage photo = PhotoCorpus.source(p);
      BenchMedia.Picture original = hashing.picture(c.nextItem, photo);
      if (original.media().quality() < settings.minQuality()) {
        continue; // as okju bench copies: grouping ignores views below the floor by design
      }
      c.nextItem++;
      c.samples.add(sample(original, corpus, p.toString(), "original"));
      c.counts.merge(corpus, 1, Integer::sum);
      for (Map.Entry<String, UnaryOperator<BufferedImage>> e : ImageEdits.all(random).entrySet()) {
        int draws = e.getKey().startsWith("crop-random") ? CopiesBench.RANDOM_CROPS_PER_PHOTO : 1;
        for (int d = 0; d < draws; d++) {
          BenchMedia.Picture edited = hashing.picture(c.nextItem++, e.getValue().apply(photo));
          c.samples.add(sample(edited, corpus, p.toString(), e.getKey()));
          c.counts.merge(corpus, 1, Integer::sum);
        }
      }
    }
  }

  private static Sample sample(BenchMedia.Picture p, String corpus, String identity, String t) {
    return new Sample(p.media(), p.thumbnail(), corpus, identity, t, null);
  }

  /** Groups {@code common} with {@code set}'s icons and scores the tapes. */
  public Run run(Corpus common, IconSet set, Options o, Path work) throws IOException {
    return score(prepare(common, set, o, work), policy);
  }

  /**
   * The common corpus with {@code set}'s icons, hashed: grouped again with other policies by {@link
   * #score(Prepared, PictureMatchPolicy)} without hashing anything twice (for tuning).
   */
  public static final class Prepared {
    private final IconSet set;
    private final List<Sample> samples;
    private final int icons;

    private Prepared(IconSet set, List<Sample> samples, int icons) {
      this.set = set;
      this.samples = samples;
      this.icons = icons;
    }
  }

  /** Groups the prepared corpus with {@code with} and scores the tapes. */
  public Run score(Prepared p, PictureMatchPolicy with) {
    return score(p.samples, p.set, p.icons, with);
  }

  /** Hashes {@code set}'s icons beside {@code common}. */
  public Prepared prepare(Corpus common, IconSet set, Options o, Path work) throws IOException {
    List<Sample> samples = new ArrayList<>(common.samples);
    long item = common.nextItem;
    int icons = 0;
    for (IconThemes.Icon icon :
        IconThemes.sample(set.theme(), o.iconNames(), o.sizesPerName(), 16, o.seed())) {
      Optional<IconThemes.Decoded> d = IconThemes.decode(icon, work);
      if (d.isEmpty()) {
        continue;
      }
      BufferedImage image = d.get().image();
      BenchMedia.Picture pic =
          hashing.picture(item++, d.get().file().toString(), image, d.get().bytes());
      BufferedImage small =
          image.getWidth() <= PixelTruth.SIDE ? image : smaller(image, PixelTruth.SIDE);
      samples.add(
          new Sample(
              pic.media(),
              pic.thumbnail(),
              "icons",
              set.name() + ":" + icon.picture(),
              String.valueOf(icon.size()),
              small));
      icons++;
    }
    return new Prepared(set, samples, icons);
  }

  private static BufferedImage smaller(BufferedImage in, int side) {
    BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
    var g = out.createGraphics();
    g.drawImage(in.getScaledInstance(side, side, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
    g.dispose();
    return out;
  }

  private Run score(List<Sample> samples, IconSet set, int icons, PictureMatchPolicy with) {
    List<Media> media = new ArrayList<>();
    Map<Long, PictureThumbnail> thumbnails = new HashMap<>();
    Map<Long, Sample> byItem = new HashMap<>();
    for (Sample s : samples) {
      media.add(s.media());
      byItem.put(s.media().item(), s);
      if (s.thumbnail() != null) {
        thumbnails.put(s.media().item(), s.thumbnail());
      }
    }
    List<Tape> tapes =
        new CopyGrouper(settings, with)
            .group(media, ThumbnailSource.of(thumbnails), TapeSplits.NONE);
    Map<Long, String> tapeOf = new HashMap<>();
    long predicted = 0;
    long wrong = 0;
    int mixing = 0;
    int multi = 0;
    List<String> largest = List.of();
    List<List<String>> mixed = new ArrayList<>();
    for (Tape t : tapes) {
      t.members().forEach(m -> tapeOf.put(m.media().item(), t.id()));
      int k = t.members().size();
      if (k < 2) {
        continue;
      }
      multi++;
      long tapeWrong = 0;
      for (int i = 0; i < k; i++) {
        for (int j = i + 1; j < k; j++) {
          predicted++;
          if (!samePicture(
              byItem.get(t.members().get(i).media().item()),
              byItem.get(t.members().get(j).media().item()))) {
            tapeWrong++;
          }
        }
      }
      wrong += tapeWrong;
      if (tapeWrong > 0) {
        mixing++;
        TreeSet<String> names = new TreeSet<>();
        t.members().forEach(m -> names.add(shortName(byItem.get(m.media().item()))));
        mixed.add(List.copyOf(names));
        if (names.size() > largest.size()) {
          largest = List.copyOf(names);
        }
      }
    }
    Map<String, Recall> recall = new LinkedHashMap<>();
    for (String corpus : List.of("photos", "wallpapers")) {
      recall.put(corpus, editRecall(samples, corpus, tapeOf));
    }
    recall.put("videos", sameIdentityRecall(samples, "videos", tapeOf));
    recall.put("icons (same name)", sameIdentityRecall(samples, "icons", tapeOf));
    return new Run(
        set,
        icons,
        samples.size(),
        tapes.size(),
        multi,
        predicted,
        wrong,
        mixing,
        largest,
        mixed,
        recall);
  }

  private static String shortName(Sample s) {
    String id = s.identity();
    int slash = id.lastIndexOf('/');
    return s.corpus() + ":" + (slash >= 0 ? id.substring(slash + 1) : id);
  }

  /** (Original, edited copy) pairs of {@code corpus} in one tape. */
  private static Recall editRecall(List<Sample> samples, String corpus, Map<Long, String> tapeOf) {
    Map<String, Long> originalOf = new HashMap<>();
    for (Sample s : samples) {
      if (s.corpus().equals(corpus) && s.transform().equals("original")) {
        originalOf.put(s.identity(), s.media().item());
      }
    }
    long pairs = 0;
    long found = 0;
    for (Sample s : samples) {
      if (s.corpus().equals(corpus) && !s.transform().equals("original")) {
        pairs++;
        if (tapeOf.get(s.media().item()).equals(tapeOf.get(originalOf.get(s.identity())))) {
          found++;
        }
      }
    }
    return new Recall(pairs, found);
  }

  /** Pairs of {@code corpus} with one identity (one recording; one icon name) in one tape. */
  private static Recall sameIdentityRecall(
      List<Sample> samples, String corpus, Map<Long, String> tapeOf) {
    Map<String, List<Long>> byIdentity = new HashMap<>();
    for (Sample s : samples) {
      if (s.corpus().equals(corpus)) {
        byIdentity.computeIfAbsent(s.identity(), k -> new ArrayList<>()).add(s.media().item());
      }
    }
    long pairs = 0;
    long found = 0;
    for (List<Long> items : byIdentity.values()) {
      for (int i = 0; i < items.size(); i++) {
        for (int j = i + 1; j < items.size(); j++) {
          pairs++;
          if (tapeOf.get(items.get(i)).equals(tapeOf.get(items.get(j)))) {
            found++;
          }
        }
      }
    }
    return new Recall(pairs, found);
  }

  private final Map<String, Boolean> pixelTruth = new HashMap<>();

  /** Whether two samples are one picture: one identity, the same bytes, or pixels that agree. */
  private boolean samePicture(Sample a, Sample b) {
    if (a.media().sha256().equals(b.media().sha256())) {
      return true;
    }
    if (!a.corpus().equals(b.corpus())) {
      return false;
    }
    if (a.identity().equals(b.identity())) {
      return true;
    }
    if (a.small() == null || b.small() == null) {
      return false;
    }
    String key = a.media().item() + "/" + b.media().item();
    return pixelTruth.computeIfAbsent(key, k -> PixelTruth.same(a.small(), b.small()));
  }

  /** The table, one row per icon theme, and each run's largest wrong tape. */
  public static void print(Corpus common, List<Run> runs, PrintStream out) {
    out.println(
        "real-content copy grouping: "
            + common.counts()
            + " (photos and wallpapers with their edits), each run with one icon theme");
    out.println(
        "| icon theme | role | icons | pictures | tapes > 1 | predicted pairs | wrong pairs |"
            + " pair precision | tapes mixing pictures | largest wrong tape | photo edits |"
            + " wallpaper edits | video pairs | same-name icon pairs |");
    out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Run r : runs) {
      out.printf(
          Locale.ROOT,
          "| %s | %s | %d | %d | %d | %d | %d | %.4f | %d | %d | %s | %s | %s | %s |%n",
          r.icons().name(),
          r.icons().role(),
          r.iconPictures(),
          r.pictures(),
          r.multiMemberTapes(),
          r.predictedPairs(),
          r.wrongPairs(),
          r.precision(),
          r.mixingTapes(),
          r.largestWrongTape().size(),
          recall(r.recall().get("photos")),
          recall(r.recall().get("wallpapers")),
          recall(r.recall().get("videos")),
          recall(r.recall().get("icons (same name)")));
    }
    for (Run r : runs) {
      if (!r.largestWrongTape().isEmpty()) {
        out.println("largest wrong tape with " + r.icons().name() + ": " + r.largestWrongTape());
      }
      for (List<String> t : r.wrongTapes()) {
        out.println("tape mixing pictures with " + r.icons().name() + ": " + t);
      }
    }
  }

  private static String recall(Recall r) {
    return r.pairs() == 0
        ? "-"
        : String.format(Locale.ROOT, "%d/%d (%.3f)", r.found(), r.pairs(), r.share());
  }
}
