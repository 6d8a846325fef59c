package org.okju.fingerprint;

import java.util.Locale;
import java.util.Objects;

/**
 * One perceptual view of a picture used to find its copies: a PDQ hash of the whole picture or of a
 * part of it, in one orientation. Only {@link CopySignalKind#FULL} in {@link Dihedral#ORIGINAL} is
 * the interoperable PDQ; the others are okju's own and are computed on a reduced plane.
 *
 * @param cell the view's place in its {@link CropGrid} (anchor or probe number), or {@link
 *     #NO_CELL}
 */
public record CopySignal(
    CopySignalKind kind, Dihedral orientation, Pdq256 hash, int quality, int cell) {
  /** The cell of every view that is not part of a crop grid. */
  public static final int NO_CELL = -1;

  public CopySignal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(orientation, "orientation");
    Objects.requireNonNull(hash, "hash");
  }

  public CopySignal(CopySignalKind kind, Dihedral orientation, Pdq256 hash, int quality) {
    this(kind, orientation, hash, quality, NO_CELL);
  }

  /**
   * The view's name as the case stores it: {@code center-90}, and with the grid cell for the crop
   * grid ({@code crop-anchor-017}, {@code crop-probe-04}).
   */
  public String kindLabel() {
    String name = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (kind) {
      case CROP_ANCHOR -> String.format(Locale.ROOT, "%s-%03d", name, cell);
      case CROP_PROBE -> String.format(Locale.ROOT, "%s-%02d", name, cell);
      default -> name;
    };
  }
}
