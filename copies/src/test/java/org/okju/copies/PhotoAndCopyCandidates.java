package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okju.casefile.Progress;
import org.okju.fingerprint.PictureThumbnail;

/**
 * The candidate pairs grouping finds for one vector photo (media 0) and its bench {@code
 * box-crop-random} copy (media 1) alone: those of the views, then with every layout stage's added
 * ({@link LayoutPairs#add}), and the edges the judgement makes of them. The pair's key is 1.
 *
 * @param byViews the views' candidates alone (a copy)
 * @param all the candidates once the layout stages have added theirs
 * @param edges the edges the classifier makes of {@code all}
 */
record PhotoAndCopyCandidates(
    Map<Long, List<PairFinder.Hit>> byViews,
    Map<Long, List<PairFinder.Hit>> all,
    List<Edge> edges) {

  /**
   * The one candidate hit between the photo and its copy, asserting that no view proposed the pair
   * and that no other pair was proposed.
   */
  PairFinder.Hit onlyLayoutHit() {
    assertThat(byViews).isEmpty();
    assertThat(all).containsOnlyKeys(1L);
    assertThat(all.get(1L)).hasSize(1);
    return all.get(1L).get(0);
  }

  static PhotoAndCopyCandidates of(String photo, int draw) {
    Map<Long, PictureThumbnail> thumbnails = new HashMap<>();
    Media original =
        Pictures.profiled(1, "photo", OneCopyAmongDistinctPhotos.resized(photo), thumbnails);
    Media copy =
        Pictures.profiled(
            2, "copy", OneCopyAmongDistinctPhotos.boxCropRandomCopy(photo, draw), thumbnails);
    List<Media> media = List.of(original, copy);
    GroupingSettings settings = GroupingSettings.DEFAULT;
    ViewTable views = ViewTables.of(media);
    Map<Long, List<PairFinder.Hit>> pairs = PairFinder.find(views, settings, Progress.NONE);
    Map<Long, List<PairFinder.Hit>> byViews = Map.copyOf(pairs);
    EdgeClassifier classifier =
        new EdgeClassifier(
            media, settings, PictureMatchPolicy.DEFAULT, ThumbnailSource.of(thumbnails));
    LayoutPairs.add(
        views,
        media,
        classifier::comparableByLayout,
        ThumbnailSource.of(thumbnails),
        pairs,
        settings);
    return new PhotoAndCopyCandidates(byViews, pairs, classifier.edges(pairs));
  }
}
