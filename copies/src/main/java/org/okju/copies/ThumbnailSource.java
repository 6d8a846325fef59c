package org.okju.copies;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.okju.fingerprint.PictureThumbnail;

/**
 * Where grouping gets the thumbnails of the few pictures whose matches need a pixel comparison
 * (low-information pictures and their candidates), so that the thumbnails of a whole case never
 * have to be in memory at once.
 */
@FunctionalInterface
public interface ThumbnailSource {
  /** The thumbnails of those of {@code items} (item numbers) that have one. */
  Map<Long, PictureThumbnail> thumbnails(Collection<Long> items);

  /** No thumbnails: low-information pictures are then judged as against a bare hash. */
  ThumbnailSource NONE = items -> Map.of();

  /** Thumbnails held in memory, by item number. */
  static ThumbnailSource of(Map<Long, PictureThumbnail> byItem) {
    Map<Long, PictureThumbnail> copy = Map.copyOf(byItem);
    return items -> {
      Map<Long, PictureThumbnail> out = new HashMap<>();
      for (long item : items) {
        PictureThumbnail t = copy.get(item);
        if (t != null) {
          out.put(item, t);
        }
      }
      return out;
    };
  }
}
