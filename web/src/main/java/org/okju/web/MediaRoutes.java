package org.okju.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Optional;
import org.okju.casefile.Item;
import org.okju.web.auth.Permission;
import org.okju.web.pages.MediaView;

/**
 * Seeing media, victim first: a reason for every view, greyscale and blurred unless the role may
 * lift them, rendered on the server, logged before it is sent, never cached. Any member may ask;
 * what they get depends on their role (see {@link MediaViews}).
 */
final class MediaRoutes {
  private final Pages pages;
  private final MediaViews views;
  private final ViewTickets tickets;

  MediaRoutes(Pages pages, MediaViews views, ViewTickets tickets) {
    this.pages = pages;
    this.views = views;
    this.tickets = tickets;
  }

  void register(Router router) {
    router.casePage("POST", "/cases/{name}/items/{id}/view", Permission.READ, this::viewPage);
    router.casePage("GET", "/cases/{name}/media/{ticket}", Permission.READ, this::fetch);
    router.caseApi("POST", "/api/cases/{name}/items/{id}/view", Permission.READ, this::viewApi);
  }

  private static MediaPolicy.Mode checked(
      Context ctx, CaseScope scope, String reason, String mode) {
    try {
      return MediaViews.check(scope, reason, mode);
    } catch (WebError e) {
      if (e.status() == 403) {
        Guard.deny(ctx, scope.caller(), 403, "media mode " + mode + " not allowed");
      }
      throw e;
    }
  }

  private void viewApi(Context ctx, CaseScope scope) {
    JsonNode body = Json.object(ctx);
    String reason = text(body, "reason");
    String mode = text(body, "mode");
    MediaPolicy.Mode m = checked(ctx, scope, reason, mode);
    Item item = ItemRoutes.item(ctx, scope);
    MediaViews.View v = views.view(scope, item, m, reason, "api");
    sendJpeg(ctx, v.jpeg());
  }

  private static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw WebError.badRequest(field + " is a string");
    }
    return n.asText();
  }

  private void viewPage(Context ctx, CaseScope scope) {
    String reason = ctx.formParam("reason");
    MediaPolicy.Mode m = checked(ctx, scope, reason, ctx.formParam("mode"));
    Item item = ItemRoutes.item(ctx, scope);
    MediaViews.View v = views.view(scope, item, m, reason, "web");
    String ticket = tickets.put(v.jpeg(), scope.caller().account().id(), scope.name());
    Optional<String> liftBlur = lift(scope, MediaPolicy.Mode.of(m.grey, false), m);
    Optional<String> liftGrey = lift(scope, MediaPolicy.Mode.of(false, m.blur), m);
    MediaView view =
        new MediaView(
            scope.name(),
            item.id().value(),
            "/cases/" + scope.name() + "/media/" + ticket,
            MediaPolicy.kind(item).orElse("image"),
            m.code,
            v.entry().seq(),
            Display.time(v.entry().time()),
            scope.caller().name(),
            pages.counts(scope),
            liftBlur,
            liftGrey,
            scope.caller().csrfToken().orElse(""));
    ctx.html(pages.html("mediaview.jte", view));
  }

  private static Optional<String> lift(
      CaseScope scope, MediaPolicy.Mode to, MediaPolicy.Mode from) {
    return to != from && scope.may(to.permission) ? Optional.of(to.code) : Optional.empty();
  }

  private void fetch(Context ctx, CaseScope scope) {
    String ticket = ctx.pathParam("ticket");
    if (!ticket.matches("[A-Za-z0-9_-]{43}")) {
      throw WebError.notFound();
    }
    byte[] jpeg =
        tickets
            .take(ticket, scope.caller().account().id(), scope.name())
            .orElseThrow(WebError::notFound);
    sendJpeg(ctx, jpeg);
  }

  private static void sendJpeg(Context ctx, byte[] jpeg) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("Pragma", "no-cache");
    ctx.header("Content-Disposition", "inline");
    ctx.contentType("image/jpeg").result(jpeg);
  }
}
