package org.okju.copies;

import org.okju.fingerprint.PictureThumbnail;

/**
 * How much of a picture is of each lightness and each colour, read from its {@link
 * PictureThumbnail}: 32 bins of luma over its 64x64 cells and 8x8 bins of (Cb, Cr) over its 16x16
 * colour cells. It does not say where anything is, so a crop at uneven offsets, which moves a dense
 * fine pattern's every strip far from its photo's (copies/README.md, session 33), leaves it nearly
 * as it was, and a box over a sixth of the picture moves at most a sixth of it.
 *
 * <p>A candidate finder only ({@link TonePairs}): pictures of one palette are not one picture, and
 * the overlay comparison decides.
 */
final class ToneHistogram {
  static final int LUMA_BINS = 32;

  /** Bins a side of the (Cb, Cr) plane. */
  static final int CHROMA_SIDE = 8;

  private static final int LUMA_SHIFT = 3;

  private static final int CHROMA_SHIFT = 5;

  private static final int LUMA_CELLS = PictureThumbnail.SIDE * PictureThumbnail.SIDE;

  private static final int COLOUR_CELLS =
      PictureThumbnail.COLOUR_SIDE * PictureThumbnail.COLOUR_SIDE;

  /**
   * Cells in each bin: luma first, then colour (all zero for a thumbnail without colour, so two
   * such pictures compare by lightness alone and one against a coloured picture pays half).
   */
  private final short[] counts;

  private ToneHistogram(short[] counts) {
    this.counts = counts;
  }

  static ToneHistogram of(PictureThumbnail thumbnail) {
    short[] counts = new short[LUMA_BINS + CHROMA_SIDE * CHROMA_SIDE];
    for (byte b : thumbnail.luma()) {
      counts[(b & 0xff) >> LUMA_SHIFT]++;
    }
    if (thumbnail.hasColour()) {
      byte[] chroma = thumbnail.chroma();
      for (int i = 0; i < COLOUR_CELLS; i++) {
        int cb = (chroma[i] & 0xff) >> CHROMA_SHIFT;
        int cr = (chroma[COLOUR_CELLS + i] & 0xff) >> CHROMA_SHIFT;
        counts[LUMA_BINS + cb * CHROMA_SIDE + cr]++;
      }
    }
    return new ToneHistogram(counts);
  }

  /**
   * The share of the luma cells that would have to change bin for the two to agree plus that of the
   * colour cells, in hundredths: 0 to 200.
   */
  int distance(ToneHistogram other) {
    long luma = 0;
    for (int i = 0; i < LUMA_BINS; i++) {
      luma += Math.abs(counts[i] - other.counts[i]);
    }
    long colour = 0;
    for (int i = LUMA_BINS; i < counts.length; i++) {
      colour += Math.abs(counts[i] - other.counts[i]);
    }
    // Each moved cell counts twice in a sum of differences (once where it left, once where it
    // went).
    return (int) Math.round(50.0 * luma / LUMA_CELLS + 50.0 * colour / COLOUR_CELLS);
  }
}
