package org.okju.copies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.index.MultiIndexHashIndex;

/**
 * Looks up a picture or video from outside the case (a copy found on the web) among the case's
 * media with copy grouping's own detector: the same views, indexes, radii and centre check ({@link
 * PairFinder}) and the same decision on each pair ({@link EdgeClassifier}: plain PDQ, okju's views,
 * the crop grid, the {@link PictureMatchPolicy}'s pixel check of low-information pictures, temporal
 * alignment of videos), so a letterboxed, cropped, flipped, re-encoded or trimmed copy is found as
 * it would be on the drive, and an icon or logo is not found through a near-by hash. Nothing is
 * grouped: the case's tapes stay as they are.
 *
 * <p>Grouping finds a pair from both sides (each picture looks the other's views up), so the lookup
 * does too: the outsider's query views among the case's indexed views and anchors, and the
 * outsider's indexed views and anchors among the case's query views and probes. The second side is
 * searched exactly where grouping's capped probes are approximate, so it can find a little more
 * than grouping would, never less.
 *
 * <p>Immutable once built; {@link #find} may be called from many threads.
 */
public final class CopyLookup {
  /** The index number the outsider takes beside the case's media in a classified pair. */
  private static final int OUTSIDER = 1;

  private final List<Media> media;
  private final GroupingSettings settings;
  private final PictureMatchPolicy policy;
  private final ThumbnailSource thumbnails;
  private final ViewIndex views;
  private final ViewIndex anchors;
  private final ViewIndex queries;
  private final ViewIndex probes;
  private final List<Map<Long, Media.View>> centres;

  private CopyLookup(
      List<Media> media,
      GroupingSettings settings,
      PictureMatchPolicy policy,
      ThumbnailSource thumbnails) {
    this.media = List.copyOf(media);
    this.settings = Objects.requireNonNull(settings, "settings");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.thumbnails = Objects.requireNonNull(thumbnails, "thumbnails");
    // The split grouping's main index takes for as many views.
    this.views =
        ViewIndex.of(this.media, v -> PairFinder.indexed(v, settings), PairFinder::mainSubstrings);
    this.anchors = ViewIndex.of(this.media, v -> PairFinder.anchor(v, settings));
    this.queries = ViewIndex.of(this.media, v -> PairFinder.looksUp(v, settings) && !v.cropProbe());
    // Grouping joins the crop grid by indexing the probes with the split an index of the anchors
    // has (PairFinder), so at probe radius 0 a probe and an anchor meet on the same substrings
    // from either side.
    this.probes =
        ViewIndex.of(
            this.media,
            v -> PairFinder.looksUp(v, settings) && v.cropProbe(),
            n -> MultiIndexHashIndex.defaultSubstrings(Math.max(1, anchors.size())));
    List<Map<Long, Media.View>> c = new ArrayList<>(this.media.size());
    this.media.forEach(m -> c.add(PairFinder.centres(m)));
    this.centres = c;
  }

  /**
   * A lookup over {@code media} (typically every image and video of the case) without thumbnails:
   * low-information pictures are then judged as against a bare hash.
   */
  public static CopyLookup of(List<Media> media, GroupingSettings settings) {
    return new CopyLookup(media, settings, PictureMatchPolicy.DEFAULT, ThumbnailSource.NONE);
  }

  /**
   * A lookup over {@code media} deciding low-information pictures with {@code policy} over the
   * case's {@code thumbnails}, as {@link CopyGrouper} does.
   */
  public static CopyLookup of(
      List<Media> media,
      GroupingSettings settings,
      PictureMatchPolicy policy,
      ThumbnailSource thumbnails) {
    return new CopyLookup(media, settings, policy, thumbnails);
  }

  /** The media the lookup searches. */
  public List<Media> media() {
    return media;
  }

  /**
   * A case medium the outsider is a copy of.
   *
   * @param member the case's medium
   * @param relation what the outsider is to it: {@code identical}, {@code re-encoded}, {@code
   *     transformed}, {@code trimmed}, {@code excerpt} or {@code still}, as grouping names a member
   * @param evidence why (distance, view and orientation, frame shares, offset), with the threshold
   * @param weight how strong: matched frames for videos, 256 minus the distance for pictures
   */
  public record Found(Media member, String relation, Map<String, Object> evidence, double weight) {
    public Found {
      evidence = Map.copyOf(evidence);
    }
  }

  /** Every case medium {@code outsider} is a copy of, in the case's media order. */
  public List<Found> find(Media outsider) {
    return find(outsider, Optional.empty());
  }

  /**
   * The same, with the outsider's thumbnail for the pixel check of low-information pictures. The
   * outsider's item number must not be one of the case's.
   */
  public List<Found> find(Media outsider, Optional<PictureThumbnail> outsiderThumbnail) {
    Map<Long, Media.View> outsiderCentres = PairFinder.centres(outsider);
    Map<Integer, List<PairFinder.Hit>> hits = new LinkedHashMap<>();
    for (Media.View q : outsider.views()) {
      if (PairFinder.looksUp(q, settings)) {
        for (ViewIndex.Match m : PairFinder.lookUp(q, views, anchors, settings)) {
          Media.View h = m.owner().view();
          add(
              hits,
              m.owner().media(),
              PairFinder.hit(
                  q,
                  h,
                  false,
                  m.distance(),
                  outsiderCentres.get(q.frame()),
                  centres.get(m.owner().media()).get(h.frame()),
                  settings));
        }
      }
      // The case's query views and probes looking this view up, as grouping would.
      List<ViewIndex.Match> reverse = new ArrayList<>();
      if (PairFinder.indexed(q, settings)) {
        reverse.addAll(
            queries.near(q, Math.max(settings.canonicalRadius(), settings.viewRadius()), true, 0));
      }
      if (PairFinder.anchor(q, settings)) {
        reverse.addAll(probes.near(q, settings.cropRadius(), false, PairFinder.GRID_PROBE_RADIUS));
      }
      for (ViewIndex.Match m : reverse) {
        Media.View caseView = m.owner().view();
        add(
            hits,
            m.owner().media(),
            PairFinder.hit(
                caseView,
                q,
                true,
                m.distance(),
                centres.get(m.owner().media()).get(caseView.frame()),
                outsiderCentres.get(q.frame()),
                settings));
      }
    }
    Map<Integer, Found> found = new LinkedHashMap<>();
    for (int i = 0; i < media.size(); i++) {
      if (media.get(i).sha256().equals(outsider.sha256())) {
        found.put(i, classify(i, outsider, outsiderThumbnail, List.of()));
      }
    }
    hits.forEach(
        (i, pairHits) -> {
          if (!found.containsKey(i)) {
            Found f = classify(i, outsider, outsiderThumbnail, pairHits);
            if (f != null) {
              found.put(i, f);
            }
          }
        });
    List<Found> out = new ArrayList<>();
    new TreeMap<>(found).values().forEach(out::add);
    return out;
  }

  private static void add(Map<Integer, List<PairFinder.Hit>> hits, int m, PairFinder.Hit hit) {
    if (hit != null) {
      hits.computeIfAbsent(m, k -> new ArrayList<>()).add(hit);
    }
  }

  /** Grouping's decision on the pair (case medium {@code i}, outsider), or null for none. */
  private Found classify(
      int i,
      Media outsider,
      Optional<PictureThumbnail> outsiderThumbnail,
      List<PairFinder.Hit> hits) {
    Media member = media.get(i);
    List<Media> pair = List.of(member, outsider);
    Map<Long, List<PairFinder.Hit>> pairs = new HashMap<>();
    if (!hits.isEmpty()) {
      pairs.put((long) OUTSIDER, hits);
    }
    // The case's thumbnail of the member, the outsider's own.
    ThumbnailSource both =
        items -> {
          Map<Long, PictureThumbnail> out =
              new HashMap<>(thumbnails.thumbnails(List.of(member.item())));
          outsiderThumbnail.ifPresent(t -> out.put(outsider.item(), t));
          out.keySet().retainAll(items);
          return out;
        };
    Edge best = null;
    for (Edge e : new EdgeClassifier(pair, settings, policy, both).edges(pairs)) {
      if (best == null || e.weight() > best.weight()) {
        best = e;
      }
    }
    if (best == null) {
      return null;
    }
    return new Found(
        member,
        StarCover.relation(best, OUTSIDER),
        new LinkedHashMap<>(best.evidence()),
        best.weight());
  }
}
