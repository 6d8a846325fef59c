package org.okju.fingerprint;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much a picture holds beyond its hashes: what decides whether a PDQ match between two pictures
 * means one picture. Icons, logos, line art, text screenshots and flat gradients have few colours,
 * large smooth areas or transparency (which PDQ, reading colour without alpha as the references do,
 * does not see): pictures of that kind lie close in PDQ space whatever they show.
 *
 * @param width the picture's width in pixels
 * @param height its height
 * @param colours distinct colours among the visible sampled pixels, at 5 bits a channel
 * @param dominantShare share of the sampled pixels in the most common colour (transparent pixels
 *     count as one colour)
 * @param smoothShare share of the picture in blocks of about 1/64 of its long side without detail:
 *     flat or evenly shaded (no second difference of luma above {@link #SMOOTH_CURVATURE}), as the
 *     tiles of an icon, the page of a screenshot, a gradient or a clear sky are
 * @param transparentShare share of the sampled pixels at least half transparent
 * @param content the picture inside uniform bars or a border ({@link ContentBox}), or inside an
 *     app's screenshot or a meme's captions ({@link ScreenBox}); the whole picture when it has none
 * @param framed whether {@code content} is the picture inside an app's screenshot or a meme's
 *     captions: then it is the picture, and the frame around it (the same for every screenshot of
 *     one app) says nothing about which picture it is; its other numbers describe that picture
 */
public record PictureProfile(
    int width,
    int height,
    int colours,
    double dominantShare,
    double smoothShare,
    double transparentShare,
    PictureRegion content,
    boolean framed) {
  /**
   * Largest second difference of luma (between a pixel and the mean of its two neighbours, doubled)
   * in a block still counted as smooth: a gradient has none, JPEG noise on a flat area a few
   * levels, texture and edges tens.
   */
  static final float SMOOTH_CURVATURE = 4f;

  /** Samples taken along the long side for colours and transparency. */
  static final int SAMPLES = 128;

  public PictureProfile {
    Objects.requireNonNull(content, "content");
  }

  /**
   * The profile of {@code image}, whose luma was reduced to {@code plane} (the plane of {@link
   * CopySignals}).
   */
  public static PictureProfile of(BufferedImage image, ReducedLumaPlane plane) {
    return of(image, plane, PictureBoxes.of(plane));
  }

  /** The same, with the plane's boxes already found (for the picture's copy views too). */
  public static PictureProfile of(BufferedImage image, ReducedLumaPlane plane, PictureBoxes boxes) {
    int w = image.getWidth();
    int h = image.getHeight();
    ContentBox box = boxes.content();
    // A photo inside an app's screenshot or a meme's captions is a photo: its information is
    // measured on it, not on the app's flat background, which would make it a drawn picture whose
    // every match needs a pixel comparison of a picture a third of the screenshot's size.
    ContentBox measured =
        boxes.framed() ? box : new ContentBox(0, 0, plane.width(), plane.height());
    double scaleX = w / (double) plane.width();
    double scaleY = h / (double) plane.height();
    int x0 = (int) Math.floor(measured.x() * scaleX);
    int y0 = (int) Math.floor(measured.y() * scaleY);
    int x1 = Math.min(w, (int) Math.ceil((measured.x() + measured.width()) * scaleX));
    int y1 = Math.min(h, (int) Math.ceil((measured.y() + measured.height()) * scaleY));
    int step = Math.max(1, Math.max(x1 - x0, y1 - y0) / SAMPLES);
    boolean alpha = image.getColorModel().hasAlpha();
    Map<Integer, Integer> counts = new HashMap<>();
    int samples = 0;
    int transparent = 0;
    for (int y = y0 + step / 2; y < y1; y += step) {
      for (int x = x0 + step / 2; x < x1; x += step) {
        int argb = image.getRGB(x, y);
        samples++;
        int colour;
        if (alpha && (argb >>> 24) < 128) {
          transparent++;
          colour = TRANSPARENT;
        } else {
          colour = ((argb >> 19) & 0x1f) << 10 | ((argb >> 11) & 0x1f) << 5 | ((argb >> 3) & 0x1f);
        }
        counts.merge(colour, 1, Integer::sum);
      }
    }
    int dominant = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    int colours = counts.size() - (counts.containsKey(TRANSPARENT) ? 1 : 0);
    return new PictureProfile(
        w,
        h,
        colours,
        samples == 0 ? 1 : (double) dominant / samples,
        boxes.framed() ? insideSmoothShare(image, box) : smoothShare(plane, measured),
        samples == 0 ? 0 : (double) transparent / samples,
        PictureRegion.ofPixels(
            box.x(), box.y(), box.width(), box.height(), plane.width(), plane.height()),
        boxes.framed());
  }

  /**
   * The smooth share of a framed picture's inside, read from the picture at full resolution and
   * reduced as the photo alone would be: on the screenshot's own plane the inside is reduced three
   * times further, its blocks average its texture away, and a photo with a smooth background (0.22
   * alone) measured 0.69 inside a screenshot, a low-information picture whose every match needed a
   * pixel comparison of 18 thumbnail rows.
   */
  private static double insideSmoothShare(BufferedImage image, ContentBox box) {
    ReducedLumaPlane inside = ReducedLumaPlane.of(SourceRegion.of(ImageLuma.of(image), box));
    return smoothShare(inside, new ContentBox(0, 0, inside.width(), inside.height()));
  }

  /** Outside the 15-bit colours. */
  private static final int TRANSPARENT = -1;

  /** The smooth share of the blocks of {@code plane} inside {@code region}. */
  static double smoothShare(ReducedLumaPlane plane, ContentBox region) {
    int w = region.x() + region.width();
    int h = region.y() + region.height();
    int side = Math.max(2, Math.round(Math.max(region.width(), region.height()) / 64f));
    int blocks = 0;
    int smooth = 0;
    for (int by = region.y(); by + side <= h; by += side) {
      for (int bx = region.x(); bx + side <= w; bx += side) {
        blocks++;
        if (curvature(plane, bx, by, side) <= SMOOTH_CURVATURE) {
          smooth++;
        }
      }
    }
    return blocks == 0 ? 1 : (double) smooth / blocks;
  }

  /** The largest second difference of luma, across and down, inside one block. */
  private static float curvature(ReducedLumaPlane plane, int bx, int by, int side) {
    int w = plane.width();
    int h = plane.height();
    float worst = 0;
    for (int y = by; y < by + side; y++) {
      for (int x = bx; x < bx + side; x++) {
        float v = plane.at(x, y);
        if (x > 0 && x < w - 1) {
          worst = Math.max(worst, Math.abs(plane.at(x - 1, y) + plane.at(x + 1, y) - 2 * v));
        }
        if (y > 0 && y < h - 1) {
          worst = Math.max(worst, Math.abs(plane.at(x, y - 1) + plane.at(x, y + 1) - 2 * v));
        }
      }
    }
    return worst;
  }

  /** The picture's longer side in pixels. */
  public int longSide() {
    return Math.max(width, height);
  }
}
