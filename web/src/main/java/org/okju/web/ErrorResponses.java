package org.okju.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.okju.casefile.CaseStoreException;
import org.okju.web.pages.Chrome;
import org.okju.web.pages.ErrorPage;
import org.okju.web.store.ServerStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a status and a short message: an HTML page for browsers, {@code
 * {"error":…,"status":…}} under {@code /api/}. Never a stack trace, a server path or a database
 * message to the client; the log gets the detail.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
  private static final String HANDLED = "okju.error-handled";

  private final Pages pages;

  ErrorResponses(Pages pages) {
    this.pages = pages;
  }

  void register(RoutesConfig routes) {
    routes.exception(WebError.class, (e, ctx) -> send(ctx, e.status(), e.getMessage()));
    routes.exception(
        CaseStoreException.class,
        (e, ctx) -> {
          LOG.error("case store failed during {} {}", ctx.method().name(), ctx.path(), e);
          send(ctx, 503, "The case's database is unreachable; nothing was changed. Try again.");
        });
    routes.exception(
        ServerStoreException.class,
        (e, ctx) -> {
          LOG.error("server store failed during {} {}", ctx.method().name(), ctx.path(), e);
          send(ctx, 503, "The server's database is unreachable. Try again.");
        });
    routes.exception(
        HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), reason(e.getStatus())));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("request failed: {} {}", ctx.method().name(), ctx.path(), e);
          send(ctx, 500, "Something went wrong on the server; it has been logged.");
        });
    routes.error(404, ctx -> unlessHandled(ctx, 404));
    routes.error(405, ctx -> unlessHandled(ctx, 405));
    routes.error(413, ctx -> unlessHandled(ctx, 413));
  }

  private void unlessHandled(Context ctx, int status) {
    if (ctx.attribute(HANDLED) == null) {
      send(ctx, status, reason(status));
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 404 -> "Not found.";
      case 405 -> "Method not allowed.";
      case 413 -> "The request is too large.";
      case 400 -> "The request is malformed.";
      default -> "The request failed (" + status + ").";
    };
  }

  void send(Context ctx, int status, String message) {
    ctx.attribute(HANDLED, true);
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    if (ctx.path().startsWith("/api/")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", message);
      body.put("status", status);
      Json.send(ctx, body);
      return;
    }
    pages.render(
        ctx, "error.jte", new ErrorPage(Chrome.anonymous("Error " + status, ""), status, message));
  }
}
