package org.okju.web.pages;

import java.util.Optional;

/**
 * A job as pages list it.
 *
 * @param result the link to its result, when it wrote one
 * @param cancellable whether the viewer may cancel it now
 */
public record JobRow(
    long id,
    String kind,
    String summary,
    String user,
    String state,
    String queued,
    String message,
    Optional<String> result,
    boolean cancellable) {
  /** Whether the job is waiting or running. */
  public boolean active() {
    return state.equals("queued") || state.equals("running");
  }
}
