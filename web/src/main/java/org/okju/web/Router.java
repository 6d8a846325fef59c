package org.okju.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okju.web.auth.Permission;

/**
 * Registers each route with Javalin behind its {@link Guard} check and keeps the list, so the
 * authorisation test walks exactly what the server serves.
 */
final class Router {
  private final RoutesConfig routes;
  private final Guard guard;
  private final List<RouteSpec> specs = new ArrayList<>();

  Router(RoutesConfig routes, Guard guard) {
    this.routes = routes;
    this.guard = guard;
  }

  List<RouteSpec> specs() {
    return List.copyOf(specs);
  }

  void publicRoute(String method, String path, Handler handler) {
    add(method, path, RouteSpec.Kind.PUBLIC, Optional.empty(), handler);
  }

  void page(String method, String path, Guard.CallerHandler handler) {
    add(method, path, RouteSpec.Kind.PAGE, Optional.empty(), guard.page(handler));
  }

  void casePage(String method, String path, Permission permission, Guard.CaseHandler handler) {
    Optional<Permission> p =
        permission == Permission.READ ? Optional.empty() : Optional.of(permission);
    Guard.CaseHandler h =
        CaseWrites.writer(method, permission)
            .map(command -> CaseWrites.locked(command, handler))
            .orElse(handler);
    add(method, path, RouteSpec.Kind.PAGE, p, guard.casePage(p, h));
  }

  void api(String method, String path, Guard.CallerHandler handler) {
    add(method, path, RouteSpec.Kind.API, Optional.empty(), guard.api(handler));
  }

  void caseApi(String method, String path, Permission permission, Guard.CaseHandler handler) {
    Optional<Permission> p =
        permission == Permission.READ ? Optional.empty() : Optional.of(permission);
    Guard.CaseHandler h =
        CaseWrites.writer(method, permission)
            .map(command -> CaseWrites.locked(command, handler))
            .orElse(handler);
    add(method, path, RouteSpec.Kind.API, p, guard.caseApi(p, h));
  }

  private void add(
      String method,
      String path,
      RouteSpec.Kind kind,
      Optional<Permission> permission,
      Handler handler) {
    specs.add(new RouteSpec(method, path, kind, permission));
    switch (method) {
      case "GET" -> routes.get(path, handler);
      case "POST" -> routes.post(path, handler);
      default -> throw new IllegalArgumentException("unsupported method " + method);
    }
  }
}
