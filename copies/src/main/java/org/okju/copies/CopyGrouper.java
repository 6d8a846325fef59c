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
 * decided by {@link EdgeClassifier} (pictures by their best view, videos by the temporal alignment
 * of their frames); {@link TapeBuilder} groups the edges. Stateless and thread-safe.
 */
public final class CopyGrouper {
  private final GroupingSettings settings;

  public CopyGrouper(GroupingSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public GroupingSettings settings() {
    return settings;
  }

  /** The tapes of {@code media}, every medium in at least one tape. */
  public List<Tape> group(List<Media> media) {
    return group(media, Progress.NONE);
  }

  /** The same, telling {@code progress} as each medium has been looked up. */
  public List<Tape> group(List<Media> media, Progress progress) {
    progress.phase("finding copies", media.size());
    Map<Long, List<PairFinder.Hit>> pairs = PairFinder.find(media, settings, progress);
    List<Edge> edges = new EdgeClassifier(media, settings).edges(pairs);
    return new TapeBuilder(media, edges).build();
  }
}
