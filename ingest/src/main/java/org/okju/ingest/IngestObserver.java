package org.okju.ingest;

/**
 * Hears about an ingest as it goes (the CLI's progress bar). Called from the walker and writer
 * threads: implementations must be thread-safe and quick.
 */
public interface IngestObserver {
  /** Does nothing. */
  IngestObserver NONE = new IngestObserver() {};

  /** The walk found an entry; its bytes are about to be read. Display path only. */
  default void listed(String displayPath, long size) {}

  /** The walk finished: totals are now known. */
  default void walkFinished(long items, long bytes) {}

  /**
   * A worker finished a file of the source (members included) of this kind ({@link MediaKinds}) in
   * {@code nanos} of its time. For per-type throughput figures.
   */
  default void processed(String kind, long bytes, long nanos) {}

  /** An item (file or member) was catalogued. {@code size} is its byte count. */
  default void catalogued(long size, boolean topLevel) {}
}
