package org.okju.ingest;

import java.nio.file.Path;

/** The frozen {@link IngestConfig} of one run (see there for what each value means). */
record IngestSettings(
    int threads,
    boolean fingerprints,
    boolean text,
    boolean carving,
    double videoSecondsPerHash,
    Path workDirectory,
    String user,
    String commandLine,
    String okjuVersion,
    IngestObserver observer,
    int maxArchiveDepth,
    long maxExpandedBytes,
    int maxExpansionRatio,
    long expansionRatioPast,
    int memoryPerItem,
    int batchSize,
    long commitIntervalMillis) {}
