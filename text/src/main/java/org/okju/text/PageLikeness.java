package org.okju.text;

/**
 * Whether a picture is of a page of text (a scan, a photographed diary page) and worth OCR, from a
 * grey plane the image decoder already made: a cheap test (a few milliseconds) so that OCR, which
 * costs seconds, runs on pages and not on every photo of a seized drive.
 *
 * <p>A page is paper and ink: most pixels are one light level, a few percent are much darker, and
 * little lies between (Otsu's between-class share of the variance is high); the ink comes in lines
 * of text, so rows with ink alternate with blank rows between the lines, in some vertical strip of
 * the picture even when a photographed page lies on a table; and paper is nearly colourless. A
 * photo of people or places has many grey levels, no such row rhythm and more colour. The
 * thresholds were set on a development set of rendered and photographed-looking pages against the
 * test-vector photos and Debian's wallpapers, and scored on a held-out set (see the text module's
 * README).
 *
 * <p>Stateless and thread-safe.
 */
public final class PageLikeness {
  /** The longer side of the plane this test wants; {@link #sampleStep} gives the step to it. */
  public static final int SIDE = 800;

  /**
   * What the test measured.
   *
   * @param bimodality Otsu's between-class variance over the total variance, 0..1
   * @param ink the share of pixels darker than Otsu's threshold
   * @param contrast the paper's mean grey level minus the ink's, 0..255
   * @param textLines the most alternations between inked and blank rows in one vertical strip
   * @param saturation the mean colour saturation, 0..1
   */
  public record Features(
      double bimodality, double ink, double contrast, int textLines, double saturation) {}

  /**
   * The test's answer.
   *
   * @param page whether to read the picture by OCR
   * @param features what it was decided on
   */
  public record Verdict(boolean page, Features features) {
    /** A one-line account for the catalogue ({@code image.page-likeness}). */
    public String describe() {
      Features f = features;
      return String.format(
          java.util.Locale.ROOT,
          "%s bimodality=%.2f ink=%.3f contrast=%.0f lines=%d saturation=%.2f",
          page ? "page" : "not-page",
          f.bimodality(),
          f.ink(),
          f.contrast(),
          f.textLines(),
          f.saturation());
    }
  }

  /** Thresholds: see the class comment for how they were chosen. */
  static final double LEAST_BIMODALITY = 0.80;

  static final double LEAST_INK = 0.01;
  static final double MOST_INK = 0.35;
  static final double LEAST_CONTRAST = 70;
  static final int LEAST_LINES = 4;
  static final double MOST_SATURATION = 0.25;

  private static final int STRIPS = 4;

  private PageLikeness() {}

  /** The sampling step that brings a picture's longer side down to about {@link #SIDE}. */
  public static int sampleStep(int width, int height) {
    return Math.max(1, (Math.max(width, height) + SIDE - 1) / SIDE);
  }

  /**
   * Judges a grey plane.
   *
   * @param grey row-major grey levels 0..255, {@code width * height} of them (sampled, not
   *     averaged: averaging turns thin strokes into grey)
   * @param saturation the picture's mean colour saturation, 0..1 (0 for a grey picture)
   */
  public static Verdict judge(float[] grey, int width, int height, double saturation) {
    Features f = measure(grey, width, height, saturation);
    boolean page =
        f.bimodality() >= LEAST_BIMODALITY
            && f.ink() >= LEAST_INK
            && f.ink() <= MOST_INK
            && f.contrast() >= LEAST_CONTRAST
            && f.textLines() >= LEAST_LINES
            && f.saturation() <= MOST_SATURATION;
    return new Verdict(page, f);
  }

  static Features measure(float[] grey, int width, int height, double saturation) {
    int n = width * height;
    if (n < 64) {
      return new Features(0, 0, 0, 0, saturation);
    }
    long[] histogram = new long[256];
    for (int i = 0; i < n; i++) {
      histogram[Math.max(0, Math.min(255, (int) grey[i]))]++;
    }
    Otsu o = Otsu.of(histogram, n);
    int lines = lines(grey, width, height, o.threshold());
    return new Features(o.bimodality(), o.belowShare(), o.contrast(), lines, saturation);
  }

  /**
   * The most alternations between inked rows and blank rows (a text line and the space below it) in
   * any of {@link #STRIPS} vertical strips: a photographed page need not fill the picture.
   */
  static int lines(float[] grey, int width, int height, int threshold) {
    int best = 0;
    int stripWidth = Math.max(1, width / STRIPS);
    for (int s = 0; s < STRIPS; s++) {
      int x0 = s * stripWidth;
      int x1 = s == STRIPS - 1 ? width : x0 + stripWidth;
      int span = x1 - x0;
      int alternations = 0;
      boolean inked = false;
      for (int y = 0; y < height; y++) {
        int dark = 0;
        int row = y * width;
        for (int x = x0; x < x1; x++) {
          if (grey[row + x] < threshold) {
            dark++;
          }
        }
        double share = (double) dark / span;
        // A row is blank below 0.5% ink and inked above 2%; in between it keeps its state, so
        // noise does not count as lines.
        if (!inked && share > 0.02) {
          inked = true;
        } else if (inked && share < 0.005) {
          inked = false;
          alternations++;
        }
      }
      best = Math.max(best, alternations);
    }
    return best;
  }

  /** Otsu's threshold over a histogram and what it says about the two classes. */
  record Otsu(int threshold, double bimodality, double belowShare, double contrast) {
    static Otsu of(long[] h, long n) {
      double total = 0;
      double totalSquares = 0;
      for (int i = 0; i < 256; i++) {
        total += (double) i * h[i];
        totalSquares += (double) i * i * h[i];
      }
      double mean = total / n;
      double variance = totalSquares / n - mean * mean;
      long below = 0;
      double belowSum = 0;
      double bestBetween = -1;
      int best = 0;
      long bestBelow = 0;
      double bestBelowSum = 0;
      for (int t = 1; t < 256; t++) {
        below += h[t - 1];
        belowSum += (double) (t - 1) * h[t - 1];
        long above = n - below;
        if (below == 0 || above == 0) {
          continue;
        }
        double m0 = belowSum / below;
        double m1 = (total - belowSum) / above;
        double between = (double) below * above / ((double) n * n) * (m1 - m0) * (m1 - m0);
        if (between > bestBetween) {
          bestBetween = between;
          best = t;
          bestBelow = below;
          bestBelowSum = belowSum;
        }
      }
      if (bestBetween <= 0 || variance <= 0) {
        return new Otsu(128, 0, 0, 0);
      }
      double inkMean = bestBelowSum / bestBelow;
      double paperMean = (total - bestBelowSum) / (n - bestBelow);
      return new Otsu(best, bestBetween / variance, (double) bestBelow / n, paperMean - inkMean);
    }
  }
}
