package org.okju.copies;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okju.fingerprint.CopySignal;
import org.okju.fingerprint.CopySignals;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.ImageDecoder;
import org.okju.fingerprint.ImageLuma;
import org.okju.fingerprint.LumaSource;
import org.okju.fingerprint.PdqDihedralResult;
import org.okju.fingerprint.PdqHasher;
import org.okju.fingerprint.PdqScratch;
import org.okju.fingerprint.PictureBoxes;
import org.okju.fingerprint.PictureProfile;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.fingerprint.ReducedLumaPlane;
import org.okju.testkit.ImageEdits;

/** Test pictures from the shared vectors and the Java2D edits re-posters make. */
final class Pictures {
  private static final PdqHasher HASHER = new PdqHasher();
  private static final CopySignals SIGNALS = new CopySignals(HASHER);

  private Pictures() {}

  static Path vectors() {
    String configured = System.getProperty("okju.testvectors");
    Path base =
        configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "testvectors");
    return base.resolve("threatexchange").normalize();
  }

  static BufferedImage photo(String relative) {
    try {
      return ImageEdits.rgb(
          new ImageDecoder().decode(vectors().resolve("pdq/data").resolve(relative)));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + relative, e);
    }
  }

  /** Distinct photos of the vectors (different scenes, some alike: outdoor, street, objects). */
  static final List<String> DISTINCT = org.okju.testkit.ReferencePhotos.DISTINCT;

  /** The picture as copy grouping sees it, hashed as ingest hashes it. */
  static Media media(long item, String name, BufferedImage image) {
    LumaSource luma = ImageLuma.of(image);
    PdqScratch scratch = new PdqScratch();
    PdqDihedralResult full = HASHER.dihedral(luma, EnumSet.allOf(Dihedral.class), scratch);
    List<Media.View> views = new ArrayList<>();
    for (CopySignal s : SIGNALS.of(luma, full, scratch)) {
      views.add(Media.View.of(s, 0, 0));
    }
    byte[] png = ImageEdits.png(image);
    return new Media(item, name, sha256(png), png.length, false, views);
  }

  /**
   * The picture as ingest hashes it, with its profile; its thumbnail goes into {@code thumbnails}
   * (as the case keeps it apart from the views).
   */
  static Media profiled(
      long item, String name, BufferedImage image, Map<Long, PictureThumbnail> thumbnails) {
    LumaSource luma = ImageLuma.of(image);
    PdqScratch scratch = new PdqScratch();
    PdqDihedralResult full = HASHER.dihedral(luma, EnumSet.allOf(Dihedral.class), scratch);
    ReducedLumaPlane plane = ReducedLumaPlane.of(luma);
    PictureBoxes boxes = PictureBoxes.of(plane);
    List<Media.View> views = new ArrayList<>();
    for (CopySignal s : SIGNALS.of(luma, plane, boxes, full, scratch)) {
      views.add(Media.View.of(s, 0, 0));
    }
    thumbnails.put(item, PictureThumbnail.of(image, plane));
    byte[] png = ImageEdits.png(image);
    return new Media(
        item,
        name,
        sha256(png),
        png.length,
        false,
        views,
        Optional.of(PictureProfile.of(image, plane, boxes)));
  }

  /** The picture as {@link PictureMatchPolicy} judges it: profiled, with its thumbnail. */
  static PictureMatchPolicy.Picture judgeable(long item, BufferedImage image) {
    Map<Long, PictureThumbnail> thumbnails = new java.util.HashMap<>();
    Media m = profiled(item, "p" + item, image, thumbnails);
    return new PictureMatchPolicy.Picture(
        m.profile(), m.quality(), Optional.of(thumbnails.get(item)));
  }

  /** What the overlay rule decides for {@code copy} against {@code original}, as grouping asks. */
  static PictureMatchPolicy.Decision judgedAsOverlay(BufferedImage copy, BufferedImage original) {
    return PictureMatchPolicy.DEFAULT.judgeOverlay(
        judgeable(1, copy),
        judgeable(2, original),
        new PictureMatchPolicy.ViewMatch(LayoutPairs.OVERLAY_VIEW, LayoutPairs.OVERLAY_VIEW, 0, 0));
  }

  /**
   * The tapes grouping makes of {@code media} with the thumbnails {@link #profiled} kept, each as
   * its items' ids in order.
   */
  static List<List<Long>> tapes(List<Media> media, Map<Long, PictureThumbnail> thumbnails) {
    List<List<Long>> tapes = new ArrayList<>();
    for (Tape t :
        new CopyGrouper(GroupingSettings.DEFAULT)
            .group(media, ThumbnailSource.of(thumbnails), TapeSplits.NONE)) {
      tapes.add(t.members().stream().map(m -> m.media().item()).sorted().toList());
    }
    return tapes;
  }

  /**
   * The tapes grouping makes of {@code pictures}, each profiled as ingest would (items 1, 2, ... in
   * the order given), each as its items' ids in order.
   */
  static List<List<Long>> tapesOf(BufferedImage... pictures) {
    Map<Long, PictureThumbnail> thumbnails = new java.util.HashMap<>();
    List<Media> media = new ArrayList<>();
    for (int i = 0; i < pictures.length; i++) {
      media.add(profiled(i + 1, "picture " + (i + 1), pictures[i], thumbnails));
    }
    return tapes(media, thumbnails);
  }

  /**
   * Wavy black (20) and white (235) stripes a few pixels wide, as dense and as sharp as a zebra's,
   * drawn at 256×256 (as the LabelMe photos are) and scaled to 480×480 as the bench does; each seed
   * draws other stripes.
   */
  static BufferedImage zebra(int seed) {
    int side = 256;
    double a = 5 + seed;
    double b = 17 + 3 * seed;
    double c = 29 + 2 * seed;
    BufferedImage small = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        double wave =
            Math.sin(
                x / a
                    + 2.5 * Math.sin(y / b + seed)
                    + 1.5 * Math.sin(x / c)
                    + 0.8 * Math.sin((x + y) / 13.0 + seed));
        int grey = wave > 0 ? 235 : 20;
        small.setRGB(x, y, grey << 16 | grey << 8 | grey);
      }
    }
    return ImageEdits.resize(small, 480.0 / side);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Path write(BufferedImage image, Path file) throws IOException {
    Files.write(file, ImageEdits.png(image));
    return file;
  }
}
