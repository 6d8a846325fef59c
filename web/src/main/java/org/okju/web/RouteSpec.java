package org.okju.web;

import java.util.Optional;
import org.okju.web.auth.Permission;

/**
 * One route of the workbench, as the guard enforces it and the authorisation test walks it.
 *
 * @param method {@code GET} or {@code POST}
 * @param path Javalin's path pattern ({@code /cases/{name}/items})
 * @param kind who may reach it at all
 * @param permission what a member must be allowed inside the case; empty for routes outside a case,
 *     or inside one for any member
 */
public record RouteSpec(String method, String path, Kind kind, Optional<Permission> permission) {
  /** How a route authenticates. */
  public enum Kind {
    /** Anyone (the login page, static files). */
    PUBLIC,
    /** A signed-in browser; otherwise a redirect to {@code /login}. */
    PAGE,
    /** A Bearer token; otherwise 401. */
    API
  }

  /** Whether the route belongs to one case ({@code {name}} in its path). */
  public boolean perCase() {
    return path.contains("{name}");
  }
}
