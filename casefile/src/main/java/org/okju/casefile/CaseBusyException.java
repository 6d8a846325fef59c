package org.okju.casefile;

import java.util.Optional;

/**
 * Another process (or another store in this one) holds the case's writer lock. Carries the holder
 * when it could be read, so the message can say who: {@code case busy: okju ingest (pid 4711,
 * started …)}.
 */
public final class CaseBusyException extends CaseStoreException {
  private static final long serialVersionUID = 1L;

  private final transient Optional<LockHolder> holder;

  CaseBusyException(String location, Optional<LockHolder> holder) {
    super(
        location,
        "case busy: " + holder.map(LockHolder::describe).orElse("another okju process is writing"),
        null);
    this.holder = holder;
  }

  /** Who holds the lock, when known. */
  public Optional<LockHolder> holder() {
    return holder;
  }
}
