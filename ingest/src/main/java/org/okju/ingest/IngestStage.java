package org.okju.ingest;

import java.util.Set;

/**
 * One step of ingest, run on every item by each worker. One instance per worker thread, so a stage
 * may keep scratch memory in fields. The order of stages is computed from {@link #requires()} and
 * {@link #provides()} and checked when ingest starts.
 *
 * <p>A problem with one item is recorded on it ({@link IngestItem#problem}) and never thrown; an
 * exception out of {@link #process} is an infrastructure failure that stops the run.
 */
public interface IngestStage extends AutoCloseable {
  /** The stage's name, recorded with the item errors it raises (e.g. {@code read}, {@code pdq}). */
  String name();

  /** Facts this stage needs before it runs. */
  Set<Fact> requires();

  /** Facts this stage adds. */
  Set<Fact> provides();

  /** Prepares the stage for a run. */
  void open(StageContext context);

  /** Processes one item. */
  void process(IngestItem item) throws InterruptedException;

  /** Releases what {@link #open} took. */
  @Override
  void close();
}
