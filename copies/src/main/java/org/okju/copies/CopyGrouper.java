package org.okju.copies;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.okju.casefile.Progress;

/**
 * Groups images and videos into tapes: every copy of one recording in one group, each with its
 * relation to the group's representative and the evidence for it.
 *
 * <p>Steps: identical SHA-256 is a copy outright; one Hamming index over every view of every image
 * and hashed video frame finds pairs with a view in common ({@link PairFinder}); each pair is
 * decided by {@link EdgeClassifier} (pictures by their best view, low-information pictures by the
 * {@link PictureMatchPolicy}'s pixel comparison, videos by the temporal alignment of their frames);
 * {@link TapeBuilder} cuts the edges into tapes without chaining. Stateless and thread-safe.
 */
public final class CopyGrouper {
  private final GroupingSettings settings;
  private final PictureMatchPolicy policy;
  private final CropGridJoin grid;

  public CopyGrouper(GroupingSettings settings) {
    this(settings, PictureMatchPolicy.DEFAULT);
  }

  public CopyGrouper(GroupingSettings settings, PictureMatchPolicy policy) {
    this(settings, policy, CropGridJoin.SUBSTRING_TABLES);
  }

  /** The same, joining the crop grid by {@code grid} (for tests: every strategy gives the same). */
  CopyGrouper(GroupingSettings settings, PictureMatchPolicy policy, CropGridJoin grid) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.grid = Objects.requireNonNull(grid, "grid");
  }

  public GroupingSettings settings() {
    return settings;
  }

  public PictureMatchPolicy policy() {
    return policy;
  }

  /** The tapes of {@code media}, every medium in at least one tape; no thumbnails, no splits. */
  public List<Tape> group(List<Media> media) {
    return group(media, ThumbnailSource.NONE, TapeSplits.NONE, Progress.NONE);
  }

  /**
   * The tapes of {@code media}, comparing low-information pictures with the thumbnails of {@code
   * thumbnails} and keeping apart what reviewers split.
   */
  public List<Tape> group(List<Media> media, ThumbnailSource thumbnails, TapeSplits splits) {
    return group(media, thumbnails, splits, Progress.NONE);
  }

  /** The same, telling {@code progress} as each medium has been looked up. */
  public List<Tape> group(
      List<Media> media, ThumbnailSource thumbnails, TapeSplits splits, Progress progress) {
    progress.phase("finding copies", media.size());
    ViewTable views = ViewTables.of(media);
    Map<Long, List<PairFinder.Hit>> pairs =
        PairFinder.find(views, settings, progress, PairFinder.WIDE_SPLIT_ABOVE, grid);
    EdgeClassifier classifier = new EdgeClassifier(media, settings, policy, thumbnails);
    LayoutPairs.add(views, media, classifier::comparableByLayout, thumbnails, pairs, settings);
    List<Edge> edges = classifier.edges(pairs);
    return new TapeBuilder(
            media,
            edges,
            classifier.refused(),
            classifier::ordinary,
            classifier::throughMember,
            splits)
        .build();
  }
}
