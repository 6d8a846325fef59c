package org.okju.casefile;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What ingest knows about an item when it writes it. The key is (source, parent, path): writing the
 * same key again updates the row instead of adding one, so a resumed ingest never duplicates.
 *
 * <p>Build with {@link #listed} and the {@code with…} methods.
 *
 * @param source the source it belongs to
 * @param parent the archive it is a member of; empty for a file of the source itself
 * @param path its path, bytes-exact: relative to the source, or to the archive for a member
 * @param size its size in bytes; empty until known
 * @param times its timestamps
 * @param mediaType the media type detected from content (e.g. {@code image/jpeg}); empty until
 *     detected
 * @param extensionMismatch whether the file name's extension contradicts the detected content
 * @param digests its digests
 * @param status its outcome
 * @param progress how far ingest got with it
 */
public record NewItem(
    SourceId source,
    Optional<ItemId> parent,
    ItemPath path,
    OptionalLong size,
    FileTimes times,
    Optional<String> mediaType,
    boolean extensionMismatch,
    Digests digests,
    ItemStatus status,
    ItemProgress progress) {

  /** An item just found by the walk: nothing read, status ok, progress {@code LISTED}. */
  public static NewItem listed(SourceId source, Optional<ItemId> parent, ItemPath path) {
    return new NewItem(
        source,
        parent,
        path,
        OptionalLong.empty(),
        FileTimes.none(),
        Optional.empty(),
        false,
        Digests.none(),
        ItemStatus.OK,
        ItemProgress.LISTED);
  }

  /** This item with its size and timestamps. */
  public NewItem withFileInfo(long size, FileTimes times) {
    return new NewItem(
        source,
        parent,
        path,
        OptionalLong.of(size),
        times,
        mediaType,
        extensionMismatch,
        digests,
        status,
        progress);
  }

  /** This item with its detected type. */
  public NewItem withMediaType(String mediaType, boolean extensionMismatch) {
    return new NewItem(
        source,
        parent,
        path,
        size,
        times,
        Optional.of(mediaType),
        extensionMismatch,
        digests,
        status,
        progress);
  }

  /** This item with its digests. */
  public NewItem withDigests(Digests digests) {
    return new NewItem(
        source, parent, path, size, times, mediaType, extensionMismatch, digests, status, progress);
  }

  /** This item with another outcome and progress. */
  public NewItem withState(ItemStatus status, ItemProgress progress) {
    return new NewItem(
        source, parent, path, size, times, mediaType, extensionMismatch, digests, status, progress);
  }
}
