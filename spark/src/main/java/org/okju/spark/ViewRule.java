package org.okju.spark;

import java.io.Serializable;
import org.okju.copies.GroupingSettings;

/**
 * Which pairs of views count as a match, as copy grouping decides them ({@link GroupingSettings}):
 * two whole upright pictures (the interoperable PDQ: an image's hash, a vPDQ frame, a partner's
 * PDQ) within the match distance; when either side is one of okju's own views (a flip, a rotation,
 * the picture inside bars, a centre crop) within the stricter view radius, and only when the other
 * side is a view a picture is looked up by (upright whole, content or centre) — each extra view is
 * another chance for unrelated pictures to collide. The crop grid is left out at cluster scale
 * (README: its 250 extra hashes a picture and its radius 36 beyond the banded join's exact range).
 *
 * @param distance the largest distance between two whole pictures ({@code --distance}, 31)
 * @param viewRadius the largest distance when either side is one of okju's own views
 * @param minQuality views below this PDQ quality are not matched; -1 keeps all ({@code
 *     --min-quality})
 */
record ViewRule(int distance, int viewRadius, int minQuality) implements Serializable {
  private static final long serialVersionUID = 1L;

  ViewRule {
    if (distance < 0 || distance > 256) {
      throw new IllegalArgumentException("distance must be 0..256: " + distance);
    }
  }

  /** The rule for {@code --distance D [--min-quality Q]} with copy grouping's view radius. */
  static ViewRule of(int distance, int minQuality) {
    return new ViewRule(
        distance, Math.min(distance, GroupingSettings.DEFAULT.viewRadius()), minQuality);
  }

  static boolean canonical(String kind, String orientation) {
    return kind.equals("full") && orientation.equals("orig");
  }

  /** Views a picture is looked up by: upright whole picture, its content, its central crops. */
  static boolean lookup(String kind, String orientation) {
    return orientation.equals("orig")
        && (kind.equals("full")
            || kind.equals("content")
            || kind.equals("center-90")
            || kind.equals("center-80"));
  }

  /**
   * Views matched at all: every view but the crop grid's squares and the halves (a half matches
   * only the same half, a rule the banded join does not have; left to {@code okju copies}).
   */
  static boolean matched(String kind) {
    return !kind.startsWith("crop-probe-")
        && !kind.startsWith("crop-anchor-")
        && !kind.startsWith("half-");
  }

  /** The radius a query view is searched with. */
  int searchRadius(boolean lookup) {
    return lookup ? distance : viewRadius;
  }

  /** Whether two views {@code d} bits apart match. */
  boolean accepts(int d, boolean qCanonical, boolean qLookup, boolean rCanonical, boolean rLookup) {
    if (!qLookup && !rLookup) {
      return false;
    }
    return d <= (qCanonical && rCanonical ? distance : viewRadius);
  }

  /** Whether a view of this quality takes part (-1: unknown, a partner's PDQ without one). */
  boolean qualityOk(int quality) {
    return minQuality < 0 || quality < 0 || quality >= minQuality;
  }
}
