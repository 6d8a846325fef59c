package org.okju.casefile;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * PDQ fingerprints of images and vPDQ frame hashes of videos. Thread-safe.
 *
 * <p>Every method throws {@link CaseStoreException} when the database fails.
 */
public interface Fingerprints {
  /** An image's fingerprint with the item it belongs to. */
  record ItemImage(ItemId item, ImagePdq pdq) {}

  /** Stores (or replaces) the fingerprint of an image item. */
  void putImage(ItemId item, ImagePdq pdq);

  /** The fingerprint of an image item, if stored. */
  Optional<ImagePdq> image(ItemId item);

  /** Stores the frame hashes of a video item, replacing any stored before. */
  void putVideo(ItemId item, List<VideoFrame> frames);

  /** The frame hashes of a video item in frame order; empty when none. */
  List<VideoFrame> video(ItemId item);

  /** Every image fingerprint in item order, lazily (to build a Hamming index). Close it. */
  Stream<ItemImage> streamImages();
}
