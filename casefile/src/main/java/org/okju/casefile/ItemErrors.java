package org.okju.casefile;

import java.util.List;
import java.util.stream.Stream;

/**
 * Per-item errors and warnings. One row per (item, stage, kind): recording the same again (a
 * resumed run) replaces its message and time. Thread-safe.
 *
 * <p>Every method throws {@link CaseStoreException} when the database fails.
 */
public interface ItemErrors {
  /** Records (or replaces) an error or warning. */
  void record(ItemError error);

  /** Forgets what a stage recorded for an item, before that stage runs on it again. */
  void clear(ItemId item, String stage);

  /** The errors and warnings of an item, by stage then kind. */
  List<ItemError> of(ItemId item);

  /** Number of rows of this severity in the case. */
  long count(ErrorSeverity severity);

  /** Every error and warning of the case by item, lazily. Close the stream. */
  Stream<ItemError> streamAll();
}
