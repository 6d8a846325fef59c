package org.okju.casefile;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An ingested (or being ingested) evidence source.
 *
 * @param id its number in the case
 * @param givenPath the path the user gave, bytes-exact
 * @param started when the ingest started (UTC)
 * @param finished when it finished; empty while running or after an interruption
 * @param okjuVersion the okju version that started it
 * @param user who ran it
 * @param commandLine the command line as typed
 * @param manifest SHA-256 over the catalogue of the source (ingest defines the manifest form);
 *     empty until finished
 * @param itemCount number of items catalogued; empty until finished
 * @param status where the ingest stands
 */
public record Source(
    SourceId id,
    ItemPath givenPath,
    Instant started,
    Optional<Instant> finished,
    String okjuVersion,
    String user,
    String commandLine,
    Optional<Sha256> manifest,
    OptionalLong itemCount,
    SourceStatus status) {}
