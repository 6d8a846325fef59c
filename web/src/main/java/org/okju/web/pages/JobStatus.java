package org.okju.web.pages;

import java.util.Optional;

/**
 * A job's status as the progress fragment shows it.
 *
 * @param percent per cent done; negative while the total is unknown
 */
public record JobStatus(
    String caseName,
    long id,
    String state,
    long done,
    long total,
    int percent,
    String message,
    Optional<String> result,
    boolean cancellable,
    String csrf) {
  /** Whether it is still queued or running. */
  public boolean active() {
    return state.equals("queued") || state.equals("running");
  }
}
