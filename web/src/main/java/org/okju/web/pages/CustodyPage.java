package org.okju.web.pages;

import java.util.List;
import java.util.Optional;

/**
 * The custody log, newest first, filterable by action and user; the verification's outcome when one
 * was just run; everyone's media-view counts for those who may see them.
 */
public record CustodyPage(
    Chrome chrome,
    String action,
    String user,
    List<String> actions,
    List<CustodyRow> entries,
    Optional<String> older,
    Optional<String> newest,
    boolean mayVerify,
    List<String> verification,
    List<ViewerCount> viewers) {
  public CustodyPage {
    actions = List.copyOf(actions);
    entries = List.copyOf(entries);
    verification = List.copyOf(verification);
    viewers = List.copyOf(viewers);
  }

  /** A user's media views today and in the case. */
  public record ViewerCount(String user, long today, long inCase) {}
}
