package org.okju.casefile;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Copy grouping: okju's perceptual views of every image and hashed video frame (written by ingest)
 * and the groups of copies ("tapes") found from them. Thread-safe.
 *
 * <p>Every method throws {@link CaseStoreException} when the database fails.
 */
public interface Copies {
  /** Frame number that marks an image's signal (an image has no frames). */
  long IMAGE = -1;

  /**
   * One view of a picture: a PDQ hash of the whole picture or of a part of it, in one orientation.
   *
   * @param frameNumber the video frame, or {@link #IMAGE}
   * @param timestampSeconds the frame's presentation time; 0 for an image
   * @param kind which part was hashed ({@code full}, {@code content}, {@code center-90}, ...)
   * @param orientation the dihedral label ({@code orig}, {@code rot90}, {@code flipx}, ...)
   * @param pdq the hash
   * @param quality PDQ quality, 0-100
   */
  record Signal(
      long frameNumber,
      double timestampSeconds,
      String kind,
      String orientation,
      PdqHex pdq,
      int quality) {
    public Signal {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(orientation, "orientation");
      Objects.requireNonNull(pdq, "pdq");
    }
  }

  /** A signal with the item it belongs to. */
  record ItemSignal(ItemId item, Signal signal) {}

  /**
   * A member of a tape.
   *
   * @param relation {@code representative}, {@code identical}, {@code re-encoded}, {@code
   *     transformed}, {@code trimmed}, {@code excerpt}, {@code compilation} or {@code still}
   * @param evidence why it is a copy, a JSON object
   */
  record Member(ItemId item, String relation, String evidence) {}

  /** A group of copies of one recording, its representative first among its members. */
  record Tape(String id, String kind, ItemId representative, List<Member> members) {
    public Tape {
      members = List.copyOf(members);
    }
  }

  /** Stores the signals of an item, replacing any stored before. */
  void putSignals(ItemId item, List<Signal> signals);

  /** The signals of an item, by frame, kind and orientation. */
  List<Signal> signals(ItemId item);

  /** Every signal in item and frame order, lazily (to build a Hamming index). Close it. */
  Stream<ItemSignal> streamSignals();

  /** Replaces every stored tape by {@code tapes} (grouping is recomputed as a whole). */
  void replaceTapes(List<Tape> tapes);

  /** The stored tapes in id order; empty when grouping has not run. */
  List<Tape> tapes();
}
