package org.okju.copies;

/**
 * The decision thresholds of copy grouping, frozen; each member's evidence names the one used.
 *
 * @param canonicalRadius largest PDQ distance between two whole, upright pictures for a copy: 31,
 *     the threshold ThreatExchange partners use
 * @param viewRadius largest distance when either side is one of okju's own views (content box,
 *     crop, rotation or flip); stricter, because every extra view is another chance for unrelated
 *     pictures to collide (measured in the README)
 * @param cropRadius largest distance between a crop probe of one picture and a crop anchor of
 *     another (the crop grid, for crops at arbitrary offsets): looser than {@code viewRadius}
 *     because the grid leaves up to half a step of misalignment; unrelated photos measured above 86
 *     over the whole grid (copies/README.md)
 * @param centreRadius largest distance between the central 80% views of two pictures whose whole
 *     upright views matched: beyond it the match came from their margins, as when pictures with
 *     little structure of their own carry the same logo and caption, and it is dropped
 * @param minQuality views of lower PDQ quality (black or flat frames, which match everything) are
 *     neither indexed nor looked up
 * @param cropMinQuality the same floor for the crop grid's views, which only match each other
 *     (probe to anchor) and whose squares leave out the margins, so a lower floor lets pictures
 *     with little detail be found cropped (measured on the wallpaper corpus, copies/README.md)
 * @param fullShare share of a video's hashed frames that must align for it to count as matched
 * @param minRunSeconds shortest aligned run that makes an excerpt or a compilation part
 * @param offsetToleranceSeconds how far a frame pair may sit from the dominant offset and still
 *     count as aligned (frames are hashed once a second)
 */
public record GroupingSettings(
    int canonicalRadius,
    int viewRadius,
    int cropRadius,
    int centreRadius,
    int minQuality,
    int cropMinQuality,
    double fullShare,
    double minRunSeconds,
    double offsetToleranceSeconds) {
  /** The defaults, as measured by {@code okju bench copies}. */
  public static final GroupingSettings DEFAULT =
      new GroupingSettings(31, 24, 36, 48, 50, 30, 0.6, 5.0, 1.5);
}
