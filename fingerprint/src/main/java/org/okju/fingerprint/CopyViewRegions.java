package org.okju.fingerprint;

import java.util.Locale;

/**
 * Where each copy view of {@link CopySignals} lies in its picture, so that two pictures whose views
 * matched can be compared pixel by pixel over the same content ({@link PictureThumbnail}): the
 * geometry is the one the views were cut with ({@link CopySignals#cropRectangle}, {@link
 * CropGrid}), on the plane {@link ReducedLumaPlane} reduces the picture to. Stateless.
 */
public final class CopyViewRegions {
  private CopyViewRegions() {}

  /**
   * The region of the view named {@code kindLabel} ({@code full}, {@code content}, {@code
   * center-90}, {@code crop-anchor-017}, {@code crop-probe-04}, ... as {@link
   * CopySignal#kindLabel()} names them) in a picture of {@code width} x {@code height} pixels whose
   * content box is {@code content}.
   *
   * @throws IllegalArgumentException for a label no view has
   */
  public static PictureRegion of(String kindLabel, int width, int height, PictureRegion content) {
    int[] plane = ReducedLumaPlane.size(width, height);
    int w = plane[0];
    int h = plane[1];
    if (kindLabel.startsWith(ANCHOR)) {
      double[] s = CropGrid.anchorSquare(cell(kindLabel, ANCHOR), w, h);
      return PictureRegion.ofPixels(s[0], s[1], s[2], s[2], w, h);
    }
    if (kindLabel.startsWith(PROBE)) {
      double[] s = CropGrid.probeSquare(cell(kindLabel, PROBE), w, h);
      return PictureRegion.ofPixels(s[0], s[1], s[2], s[2], w, h);
    }
    CopySignalKind kind;
    try {
      kind = CopySignalKind.valueOf(kindLabel.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("no copy view is called " + kindLabel, e);
    }
    return switch (kind) {
      case FULL -> PictureRegion.WHOLE;
      case CONTENT -> content;
      case CROP_ANCHOR, CROP_PROBE -> throw new IllegalArgumentException("no cell: " + kindLabel);
      default -> {
        int[] r = CopySignals.cropRectangle(kind, w, h);
        yield PictureRegion.ofPixels(r[0], r[1], r[2], r[3], w, h);
      }
    };
  }

  private static final String ANCHOR = "crop-anchor-";
  private static final String PROBE = "crop-probe-";

  private static int cell(String label, String prefix) {
    try {
      return Integer.parseInt(label.substring(prefix.length()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("no copy view is called " + label, e);
    }
  }
}
