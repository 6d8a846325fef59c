package org.okju.casefile;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A catalogue listing's row: what a page of the catalogue shows of an item, read as stored, without
 * building the whole {@link Item} (its other timestamps, raw path bytes and parsed digests).
 *
 * @param id its number in the case
 * @param path its path's display form ({@link ItemPath#display()}, stored beside the bytes)
 * @param mediaType the media type detected from content
 * @param size its size in bytes; empty until known
 * @param sha256 its SHA-256, lowercase hex as stored
 * @param status its outcome
 * @param modified its modification time
 * @param flag the value of the metadata name the listing was asked for, if the item has it
 */
public record CatalogueRow(
    ItemId id,
    String path,
    Optional<String> mediaType,
    OptionalLong size,
    Optional<String> sha256,
    ItemStatus status,
    Optional<Instant> modified,
    Optional<String> flag) {}
