package org.okju.casefile;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A catalogued item as stored: a file of a source, or a member of an archive item.
 *
 * @param id its number in the case
 * @param source the source it belongs to
 * @param parent the archive it is a member of; empty for a file of the source itself
 * @param path its path, bytes-exact (see {@link ItemPath#display()} for people)
 * @param size its size in bytes; empty until known
 * @param times its timestamps
 * @param mediaType the media type detected from content
 * @param extensionMismatch whether the extension contradicts the content
 * @param digests its digests
 * @param status its outcome
 * @param progress how far ingest got with it
 */
public record Item(
    ItemId id,
    SourceId source,
    Optional<ItemId> parent,
    ItemPath path,
    OptionalLong size,
    FileTimes times,
    Optional<String> mediaType,
    boolean extensionMismatch,
    Digests digests,
    ItemStatus status,
    ItemProgress progress) {}
