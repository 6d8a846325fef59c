package org.okju.web.pages;

import java.util.Optional;

/**
 * What every page's frame shows: the title, who is signed in, the case and its tabs, the user's own
 * media-view counts, and the CSRF token htmx sends with every request.
 *
 * @param active the tab to mark ({@code dashboard}, {@code items}, {@code tapes}, {@code ledger},
 *     {@code custody}, {@code jobs})
 */
public record Chrome(
    String title,
    Optional<String> user,
    String role,
    String csrf,
    Optional<String> caseName,
    String active,
    Optional<ViewCounts> counts) {

  /**
   * A user's media views.
   *
   * @param today views since midnight UTC
   * @param inCase views in this case ever
   */
  public record ViewCounts(long today, long inCase) {}

  /** A page for someone not signed in. */
  public static Chrome anonymous(String title, String csrf) {
    return new Chrome(title, Optional.empty(), "", csrf, Optional.empty(), "", Optional.empty());
  }

  /** The {@code class} of a tab: {@code active} for the current one. */
  public String tab(String name) {
    return name.equals(active) ? "active" : "";
  }

  /** htmx's settings: no inline styles or eval, so the Content-Security-Policy holds. */
  public String htmxConfig() {
    return "{\"includeIndicatorStyles\":false,\"allowEval\":false,\"allowScriptTags\":false,"
        + "\"selfRequestsOnly\":true}";
  }

  /** The headers htmx adds to every request: the session's CSRF token. */
  public String htmxHeaders() {
    return "{\"X-CSRF-Token\":\"" + csrf + "\"}";
  }
}
