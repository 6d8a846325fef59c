package org.okju.ingest;

import org.okju.casefile.ErrorSeverity;

/**
 * A per-item failure or caveat, before it is stored as an {@code item_error} row.
 *
 * @param stage the stage that found it
 * @param kind a stable word (e.g. {@code truncated}, {@code zip-bomb}, {@code vanished})
 * @param severity warning (catalogued with a caveat) or error (could not be fully processed)
 * @param message the detail, for people
 */
public record Problem(String stage, String kind, ErrorSeverity severity, String message) {}
