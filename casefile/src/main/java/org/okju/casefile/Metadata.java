package org.okju.casefile;

import java.util.Map;
import java.util.SortedMap;

/**
 * Metadata worth having, as name/value text per item: EXIF date taken, camera, GPS position; video
 * duration, codec, resolution; document author and dates. Names are dotted lower-case words chosen
 * by ingest (e.g. {@code exif.date-taken}, {@code video.codec}). Thread-safe.
 *
 * <p>Every method throws {@link CaseStoreException} when the database fails.
 */
public interface Metadata {
  /** Stores these entries for an item, replacing the values of names already stored. */
  void put(ItemId item, Map<String, String> entries);

  /** The metadata of an item by name; empty when none. */
  SortedMap<String, String> of(ItemId item);
}
