package org.okju.casefile;

import java.time.Instant;

/**
 * A per-item failure or caveat, recorded as data so the run goes on.
 *
 * @param item the item concerned
 * @param stage the ingest stage that found it (e.g. {@code digest}, {@code pdq}, {@code unzip})
 * @param kind what happened, a stable machine-readable word (e.g. {@code truncated}, {@code
 *     zip-bomb}, {@code vanished})
 * @param severity warning or error
 * @param message the human-readable detail
 * @param recorded when it was recorded (UTC)
 */
public record ItemError(
    ItemId item,
    String stage,
    String kind,
    ErrorSeverity severity,
    String message,
    Instant recorded) {}
