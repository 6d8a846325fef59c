package org.okju.casefile;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
   * An item's stored copy-signal record, not yet decoded: a caller that reads a whole case decodes
   * each in turn and can report a damaged one and go on.
   */
  final class ItemSignalPack {
    private final ItemId item;
    private final byte[] record;

    public ItemSignalPack(ItemId item, byte[] record) {
      this.item = Objects.requireNonNull(item, "item");
      this.record = Objects.requireNonNull(record, "record");
    }

    public ItemId item() {
      return item;
    }

    /**
     * The decoded record.
     *
     * @throws CorruptSignalPackException naming the item when it cannot be read
     */
    public CopySignalPack pack() {
      return CopySignalPack.decode(record, "item " + item.value());
    }
  }

  /**
   * What an image holds beyond its hashes, and a 64x64 thumbnail of it: what copy grouping needs to
   * judge matches between pictures with little information (icons, flat gradients, screenshots).
   *
   * @param colours distinct colours (5 bits a channel) among the visible pixels sampled
   * @param dominantShare share of the sampled pixels in the most common colour
   * @param smoothShare share of blocks without detail (flat or evenly shaded)
   * @param transparentShare share of the sampled pixels at least half transparent
   * @param content the picture inside uniform bars or a border: {@code {x0, y0, x1, y1}} in shares
   *     of width and height
   * @param luma the thumbnail's 4096 luma values, rows top to bottom
   * @param alpha its 4096 alpha values; empty for an opaque picture
   * @param chroma its colour: 16x16 Cb then 16x16 Cr values (512); empty for a picture stored
   *     before colour was kept
   * @param framed whether {@code content} is the picture inside an app's screenshot or a meme's
   *     captions (false for a picture stored before frames were told apart)
   */
  // The arrays are copied in and out and equals/hashCode compare their contents, so the record is
  // immutable and compares by value: what ArrayRecordComponent asks for.
  @SuppressWarnings("ArrayRecordComponent")
  record Picture(
      int width,
      int height,
      int colours,
      double dominantShare,
      double smoothShare,
      double transparentShare,
      double[] content,
      byte[] luma,
      byte[] alpha,
      byte[] chroma,
      boolean framed) {
    public Picture {
      if (content.length != 4) {
        throw new IllegalArgumentException("a content box has 4 coordinates");
      }
      content = content.clone();
      luma = luma.clone();
      alpha = alpha.clone();
      chroma = chroma.clone();
    }

    @Override
    public double[] content() {
      return content.clone();
    }

    @Override
    public byte[] luma() {
      return luma.clone();
    }

    @Override
    public byte[] alpha() {
      return alpha.clone();
    }

    @Override
    public byte[] chroma() {
      return chroma.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Picture p
          && width == p.width
          && height == p.height
          && colours == p.colours
          && Double.compare(dominantShare, p.dominantShare) == 0
          && Double.compare(smoothShare, p.smoothShare) == 0
          && Double.compare(transparentShare, p.transparentShare) == 0
          && java.util.Arrays.equals(content, p.content)
          && java.util.Arrays.equals(luma, p.luma)
          && java.util.Arrays.equals(alpha, p.alpha)
          && java.util.Arrays.equals(chroma, p.chroma)
          && framed == p.framed;
    }

    @Override
    public int hashCode() {
      return Objects.hash(width, height, colours, java.util.Arrays.hashCode(luma));
    }

    @Override
    public String toString() {
      return "Picture[" + width + "x" + height + ", " + colours + " colours]";
    }
  }

  /** A picture's profile with the item it belongs to. */
  record ItemPicture(ItemId item, Picture picture) {}

  /**
   * A member of a tape.
   *
   * @param relation {@code representative}, {@code identical}, {@code re-encoded}, {@code
   *     transformed}, {@code trimmed}, {@code excerpt}, {@code compilation} or {@code still}
   * @param joined how it joined: {@code representative}, {@code direct} (evidence against the
   *     representative), {@code via-member} (against a member, within the threshold) or {@code
   *     compilation}
   * @param evidence why it is a copy, a JSON object
   */
  record Member(ItemId item, String relation, String joined, String evidence) {
    public Member {
      Objects.requireNonNull(joined, "joined");
    }

    /** A member that joined directly (or the representative, by its relation). */
    public Member(ItemId item, String relation, String evidence) {
      this(
          item,
          relation,
          relation.equals("representative") || relation.equals("compilation") ? relation : "direct",
          evidence);
    }
  }

  /**
   * An item outside a tape with evidence against one of its members but not its representative:
   * shown beside the tape, never merged into it.
   *
   * @param item the related item
   * @param member the member of the tape it has evidence against
   * @param inTape the tape the related item is in itself
   * @param relation what the evidence says it is to that member
   * @param evidence the evidence, a JSON object
   */
  record Related(ItemId item, ItemId member, String inTape, String relation, String evidence) {}

  /** A group of copies of one recording, its representative first among its members. */
  record Tape(
      String id, String kind, ItemId representative, List<Member> members, List<Related> related) {
    public Tape {
      members = List.copyOf(members);
      related = List.copyOf(related);
    }

    public Tape(String id, String kind, ItemId representative, List<Member> members) {
      this(id, kind, representative, members, List.of());
    }
  }

  /**
   * A reviewer's decision that items of a tape are not copies of the rest: grouping keeps the two
   * sides apart from then on.
   *
   * @param id the decision's number (0 before it is stored)
   * @param tape the tape's id when it was split
   * @param moved the items taken out
   * @param kept the items left in
   */
  record Split(
      long id,
      String tape,
      String user,
      Instant decidedAt,
      String reason,
      Set<ItemId> moved,
      Set<ItemId> kept) {
    public Split {
      Objects.requireNonNull(tape, "tape");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(decidedAt, "decidedAt");
      Objects.requireNonNull(reason, "reason");
      moved = Set.copyOf(moved);
      kept = Set.copyOf(kept);
    }
  }

  /**
   * Stores the signals of an item as one {@link CopySignalPack}, replacing any stored before.
   *
   * @throws IllegalArgumentException when two signals share frame, kind and orientation
   */
  void putSignals(ItemId item, List<Signal> signals);

  /**
   * The signals of an item, by frame, kind and orientation.
   *
   * @throws CorruptSignalPackException when the item's record cannot be read
   */
  List<Signal> signals(ItemId item);

  /**
   * Every signal in item and frame order, lazily. Close it.
   *
   * @throws CorruptSignalPackException when an item's record cannot be read
   */
  Stream<ItemSignal> streamSignals();

  /**
   * Every item's copy-signal record in item order, lazily, one {@link CopySignalPack} each: what
   * grouping reads a whole case through. Close it.
   */
  Stream<ItemSignalPack> streamSignalPacks();

  /** Stores the picture profile and thumbnail of an image, replacing any stored before. */
  void putPicture(ItemId item, Picture picture);

  /**
   * Every stored picture profile in item order, lazily; the thumbnails are left out (empty arrays)
   * so that a whole case's profiles fit in memory. Close it.
   */
  Stream<ItemPicture> streamProfiles();

  /** The full pictures (with thumbnails) of those of {@code items} that have one. */
  Map<ItemId, Picture> pictures(Collection<ItemId> items);

  /** Replaces every stored tape by {@code tapes} (grouping is recomputed as a whole). */
  void replaceTapes(List<Tape> tapes);

  /** The stored tapes in id order, with their related items; empty when grouping has not run. */
  List<Tape> tapes();

  /** Stores a reviewer's split and returns its number. */
  long addSplit(Split split);

  /** Every split in the order they were decided. */
  List<Split> splits();
}
