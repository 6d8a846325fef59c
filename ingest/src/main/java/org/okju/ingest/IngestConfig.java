package org.okju.ingest;

import java.nio.file.Path;

/**
 * How to run an ingest: {@code Ingest.create(store, cfg -> cfg.threads(2).fingerprints(false))}.
 * Read once when the run starts, then frozen into {@link IngestSettings}. Not thread-safe.
 */
public final class IngestConfig {
  // Both cores: each worker reads, hashes and decodes its own items (see Ingest).
  private int threads = Runtime.getRuntime().availableProcessors();
  // PDQ/vPDQ/metadata; off for a crypto-hash-only catalogue (bench against hashdeep).
  private boolean fingerprints = true;
  // The text of documents and OCR of pictures of pages; off for a catalogue without text.
  private boolean text = true;
  // Carving a disk image's unallocated space with PhotoRec: slow on a big image, not always wanted.
  private boolean carving = true;
  // vPDQ samples one frame a second by default: the reference's -r 1 used by partners.
  private double videoSecondsPerHash = 1.0;
  // Where spool files (videos, large archives) go; never under a source. Default: case dir/work.
  private Path workDirectory;
  private String user = System.getProperty("user.name", "unknown");
  private String commandLine = "";
  private String okjuVersion = "dev";
  private IngestObserver observer = IngestObserver.NONE;
  private final Expert expert = new Expert();

  IngestConfig() {}

  public IngestConfig threads(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + n);
    }
    this.threads = n;
    return this;
  }

  public IngestConfig fingerprints(boolean on) {
    this.fingerprints = on;
    return this;
  }

  public IngestConfig text(boolean on) {
    this.text = on;
    return this;
  }

  /** Whether a disk image's unallocated space is carved for deleted pictures, videos, documents. */
  public IngestConfig carving(boolean on) {
    this.carving = on;
    return this;
  }

  public IngestConfig videoSecondsPerHash(double seconds) {
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("seconds per hash must be >= 0: " + seconds);
    }
    this.videoSecondsPerHash = seconds;
    return this;
  }

  public IngestConfig workDirectory(Path dir) {
    this.workDirectory = dir;
    return this;
  }

  /** Who runs it and how, for the source record and the custody log. */
  public IngestConfig provenance(String user, String commandLine, String okjuVersion) {
    this.user = user;
    this.commandLine = commandLine;
    this.okjuVersion = okjuVersion;
    return this;
  }

  public IngestConfig observer(IngestObserver observer) {
    this.observer = observer;
    return this;
  }

  /** Limits that protect the run from hostile archives and huge items. */
  public Expert expert() {
    return expert;
  }

  /** Risky knobs: the defaults are what a pen drive needs. */
  public static final class Expert {
    // A zip inside a zip inside ... deeper than this is catalogued but not opened.
    private int maxArchiveDepth = 5;
    // Total bytes all members of one top-level archive may expand to.
    private long maxExpandedBytes = 16L << 30;
    // Members may expand to this many times their compressed size once past expansionRatioPast
    // bytes (zip bomb). Not from the first MiB: a phone backup's SQLite databases and a zipped disk
    // image are mostly zeros, compress hundreds of times, and are evidence; the total above bounds
    // what a flat bomb of many such members costs.
    private int maxExpansionRatio = 200;
    private long expansionRatioPast = 64L << 20;
    // Items kept in memory up to this size for decoders and archive readers; larger ones spool.
    private int memoryPerItem = 64 << 20;
    // Rows per transaction, and how long a partial batch may wait before it is committed.
    private int batchSize = 256;
    private long commitIntervalMillis = 250;

    Expert() {}

    public Expert maxArchiveDepth(int depth) {
      this.maxArchiveDepth = depth;
      return this;
    }

    public Expert maxExpandedBytes(long bytes) {
      this.maxExpandedBytes = bytes;
      return this;
    }

    public Expert maxExpansionRatio(int ratio) {
      if (ratio < 1) {
        throw new IllegalArgumentException("the expansion ratio must be at least 1: " + ratio);
      }
      this.maxExpansionRatio = ratio;
      return this;
    }

    public Expert expansionRatioPast(long bytes) {
      this.expansionRatioPast = bytes;
      return this;
    }

    public Expert memoryPerItem(int bytes) {
      this.memoryPerItem = bytes;
      return this;
    }

    public Expert batch(int size, long intervalMillis) {
      this.batchSize = size;
      this.commitIntervalMillis = intervalMillis;
      return this;
    }
  }

  IngestSettings freeze(Path defaultWorkDirectory) {
    return new IngestSettings(
        threads,
        fingerprints,
        text,
        carving,
        videoSecondsPerHash,
        workDirectory != null ? workDirectory : defaultWorkDirectory,
        user,
        commandLine,
        okjuVersion,
        observer,
        expert.maxArchiveDepth,
        expert.maxExpandedBytes,
        expert.maxExpansionRatio,
        expert.expansionRatioPast,
        expert.memoryPerItem,
        expert.batchSize,
        expert.commitIntervalMillis);
  }
}
