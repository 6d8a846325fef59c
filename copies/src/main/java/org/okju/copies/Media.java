package org.okju.copies;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.okju.fingerprint.CopySignal;
import org.okju.fingerprint.Pdq256;
import org.okju.fingerprint.PictureProfile;

/**
 * One image or video of a case as copy grouping sees it: who it is and its perceptual views.
 *
 * <p>Immutable; a media read from a case reads its views from a shared {@link ViewTable}.
 */
public final class Media {
  private final long item;
  private final String path;
  private final String sha256;
  private final long size;
  private final boolean video;
  private final List<View> views;
  private final long pixels;
  private final Optional<PictureProfile> profile;
  private final int quality;
  private final double durationSeconds;

  /**
   * Media with its views in memory.
   *
   * @param item the case's item number
   * @param path its display path (shown to investigators, never exported in takedown lists)
   * @param sha256 its content digest, lower-case hex
   * @param size its size in bytes (after pixels, the tie-break for a group's representative)
   * @param video whether it is a video (its views then belong to hashed frames)
   * @param views its views; for a video, every view of every hashed frame
   * @param pixels width times height of the picture (an image's, a video's frame), 0 when unknown:
   *     a tape's representative is its largest picture, so a crop saved in more bytes does not
   *     stand for its original
   * @param profile for an image, what it holds beyond its hashes (colours, flat areas,
   *     transparency, size), which decides how far a perceptual match with it is trusted ({@link
   *     PictureMatchPolicy}); empty for a video and for an image ingested before profiles were kept
   */
  public Media(
      long item,
      String path,
      String sha256,
      long size,
      boolean video,
      List<View> views,
      long pixels,
      Optional<PictureProfile> profile) {
    this.item = item;
    this.path = Objects.requireNonNull(path, "path");
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.size = size;
    this.video = video;
    this.views = views instanceof ViewTable.Slice ? views : List.copyOf(views);
    this.pixels = pixels;
    this.profile = Objects.requireNonNull(profile, "profile");
    // Computed once: grouping asks for both per pair and per comparison, and a mapped media's
    // views are decoded on every read.
    this.quality = quality(this.views);
    this.durationSeconds = durationSeconds(video, this.views);
  }

  private Media(
      long item,
      String path,
      String sha256,
      long size,
      boolean video,
      ViewTable table,
      int m,
      long pixels,
      Optional<PictureProfile> profile) {
    this.item = item;
    this.path = Objects.requireNonNull(path, "path");
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.size = size;
    this.video = video;
    this.views = table.viewsOf(m);
    this.pixels = pixels;
    this.profile = Objects.requireNonNull(profile, "profile");
    int q = -1;
    Duration d = new Duration();
    for (long v = table.firstView(m); v < table.endView(m); v++) {
      if (table.canonical(v)) {
        if (q < 0 && table.frame(v) == 0) {
          q = table.quality(v);
        }
        d.add(table.seconds(v));
      }
    }
    this.quality = Math.max(0, q);
    this.durationSeconds = video ? d.seconds() : 0;
  }

  /**
   * Media whose views are media {@code m} of {@code table}, read from the mapped table as needed
   * (the other arguments as for the public constructor): how a case of a million images is grouped
   * without an object per view.
   */
  public static Media of(
      ViewTable table,
      int m,
      long item,
      String path,
      String sha256,
      long size,
      boolean video,
      long pixels,
      Optional<PictureProfile> profile) {
    return new Media(item, path, sha256, size, video, table, m, pixels, profile);
  }

  public long item() {
    return item;
  }

  public String path() {
    return path;
  }

  public String sha256() {
    return sha256;
  }

  public long size() {
    return size;
  }

  public boolean video() {
    return video;
  }

  /** Its views; for media read from a case, decoded from the mapped view table as read. */
  public List<View> views() {
    return views;
  }

  public long pixels() {
    return pixels;
  }

  public Optional<PictureProfile> profile() {
    return profile;
  }

  /** Media whose picture size and profile are unknown (the file size then decides). */
  public Media(long item, String path, String sha256, long size, boolean video, List<View> views) {
    this(item, path, sha256, size, video, views, 0, Optional.empty());
  }

  /** Media with its picture size and no picture profile. */
  public Media(
      long item,
      String path,
      String sha256,
      long size,
      boolean video,
      List<View> views,
      long pixels) {
    this(item, path, sha256, size, video, views, pixels, Optional.empty());
  }

  /** Media with a picture profile and an unknown picture size. */
  public Media(
      long item,
      String path,
      String sha256,
      long size,
      boolean video,
      List<View> views,
      Optional<PictureProfile> profile) {
    this(item, path, sha256, size, video, views, 0, profile);
  }

  /**
   * One view of an image or of one video frame.
   *
   * @param frame the frame number (0 for an image)
   * @param seconds the frame's timestamp (0 for an image)
   * @param kind the part of the picture hashed: {@code full}, {@code content}, {@code center-90}...
   * @param orientation the dihedral label: {@code orig}, {@code rot90}, {@code flipx}...
   */
  public record View(
      long frame, double seconds, String kind, String orientation, Pdq256 hash, int quality) {
    public View {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(orientation, "orientation");
      Objects.requireNonNull(hash, "hash");
    }

    /** The view grouping sees for a copy signal of {@code frame} (0 and 0 for an image). */
    public static View of(CopySignal signal, long frame, double seconds) {
      return new View(
          frame,
          seconds,
          signal.kindLabel(),
          signal.orientation().label(),
          signal.hash(),
          signal.quality());
    }

    /** The whole picture, upright: the interoperable PDQ (for an image). */
    public boolean canonical() {
      return kind.equals("full") && orientation.equals("orig");
    }

    /**
     * Views a picture is looked up by, upright: the whole picture, its content, its central 90% and
     * 80% (which leave out the corners and edges where logos, watermarks and captions go), its
     * halves (which leave out a sticker over the other half); and its crop probes in every
     * orientation stored.
     */
    boolean query() {
      // Probes are kept turned too (a mirrored crop turned back is a crop): every one looks up.
      return cropProbe()
          || (orientation.equals("orig")
              && (kind.equals("full")
                  || kind.equals("content")
                  || kind.equals("center-90")
                  || kind.equals("center-80")
                  || half()));
    }

    /**
     * A half of the picture inside its bars ({@code half-top}, ...). Half a picture holds half the
     * detail, so a half matches only the same half of another picture: never a whole, a crop or
     * another half.
     */
    boolean half() {
      return kind.startsWith(HALF);
    }

    /** Views in the main index: all but the crop grid's (anchors have an index of their own). */
    boolean indexed() {
      return !cropProbe() && !cropAnchor();
    }

    boolean cropProbe() {
      return kind.startsWith(CROP_PROBE);
    }

    boolean cropAnchor() {
      return kind.startsWith(CROP_ANCHOR);
    }

    private static final String CROP_PROBE = "crop-probe-";
    private static final String CROP_ANCHOR = "crop-anchor-";
    private static final String HALF = "half-";

    String label() {
      return kind + "/" + orientation;
    }
  }

  /** The PDQ quality of an image's whole upright picture (its interoperable PDQ); 0 without one. */
  public int quality() {
    return quality;
  }

  static int quality(List<View> views) {
    for (View v : views) {
      if (v.canonical() && v.frame() == 0) {
        return v.quality();
      }
    }
    return 0;
  }

  /** Short form for logs and assertion messages (the views are many). */
  @Override
  public String toString() {
    return (video ? "video " : "image ") + item + " " + path + " (" + views.size() + " views)";
  }

  /** A video's length: its last hashed frame's timestamp plus one frame spacing; 0 for an image. */
  public double durationSeconds() {
    return durationSeconds;
  }

  static double durationSeconds(boolean video, List<View> views) {
    if (!video) {
      return 0;
    }
    Duration d = new Duration();
    for (View v : views) {
      if (v.canonical()) {
        d.add(v.seconds());
      }
    }
    return d.seconds();
  }

  /** A video's length from the timestamps of its canonical views, added one at a time. */
  static final class Duration {
    private double last;
    private double first = Double.MAX_VALUE;
    private long frames;

    void add(double seconds) {
      last = Math.max(last, seconds);
      first = Math.min(first, seconds);
      frames++;
    }

    double seconds() {
      if (frames == 0) {
        return 0;
      }
      double spacing = frames > 1 ? (last - first) / (frames - 1) : 1.0;
      return last + spacing;
    }
  }
}
