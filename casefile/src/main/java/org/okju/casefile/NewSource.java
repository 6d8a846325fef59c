package org.okju.casefile;

import java.time.Instant;

/**
 * An evidence source as an ingest starts on it.
 *
 * @param givenPath the path the user gave, bytes-exact
 * @param started when the ingest started (UTC)
 * @param okjuVersion the okju version running it
 * @param user the operating-system or workbench user running it
 * @param commandLine the command line as typed, for reproducibility
 */
public record NewSource(
    ItemPath givenPath, Instant started, String okjuVersion, String user, String commandLine) {}
