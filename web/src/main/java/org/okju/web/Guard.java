package org.okju.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.okju.web.auth.Access;
import org.okju.web.auth.Permission;
import org.okju.web.auth.Secrets;
import org.okju.web.store.CaseAccess;
import org.okju.web.store.Cases;
import org.okju.web.store.ServerStore;
import org.okju.web.store.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request's checks, in the contract's order: authentication (API: 401; pages: a redirect to
 * {@code /login}), membership of the case (404, so a case's existence is not revealed), the CSRF
 * token of a state-changing page request (403), then the permission (403). Every refusal is logged
 * on {@code org.okju.web.access}. Thread-safe.
 */
final class Guard {
  static final Logger ACCESS = LoggerFactory.getLogger("org.okju.web.access");
  private static final Pattern BEARER = Pattern.compile("Bearer ([A-Za-z0-9_-]{20,200})");
  // Session activity is written at most this often: a page with a dozen htmx requests is one
  // write.
  private static final java.time.Duration TOUCH_EVERY = java.time.Duration.ofSeconds(60);

  /** A handler for a route outside a case. */
  @FunctionalInterface
  interface CallerHandler {
    void handle(Context ctx, Caller caller) throws Exception;
  }

  /** A handler for a route inside a case, after the checks. */
  @FunctionalInterface
  interface CaseHandler {
    void handle(Context ctx, CaseScope scope) throws Exception;
  }

  private final ServerStore store;
  private final WorkbenchConfig.Settings settings;
  private final OpenCases cases;

  Guard(ServerStore store, WorkbenchConfig.Settings settings, OpenCases cases) {
    this.store = store;
    this.settings = settings;
    this.cases = cases;
  }

  /** The signed-in caller of a browser request, if its session is live. */
  Optional<Caller> sessionCaller(Context ctx) {
    return liveSession(ctx, this::sessionWithUser).map(Guard::caller);
  }

  // A session and its user, with no case: what a page outside any case needs.
  private Optional<CaseAccess.SessionAnswer> sessionWithUser(String sessionId) {
    Optional<Sessions.Session> session = store.sessions().find(sessionId);
    if (session.isEmpty()) {
      return Optional.empty();
    }
    return store
        .users()
        .find(session.get().userId())
        .map(
            account ->
                new CaseAccess.SessionAnswer(
                    session.get(), new CaseAccess.Answer(account, Optional.empty())));
  }

  // The session of a browser request found by lookup (with its caller, and the case a case page
  // names), if it is live: an idle or too old session is deleted, an active one touched.
  private Optional<CaseAccess.SessionAnswer> liveSession(
      Context ctx, Function<String, Optional<CaseAccess.SessionAnswer>> lookup) {
    Optional<String> cookie = SessionCookie.read(ctx);
    if (cookie.isEmpty()) {
      return Optional.empty();
    }
    String id = Secrets.sha256(cookie.get());
    Optional<CaseAccess.SessionAnswer> found = lookup.apply(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Instant now = settings.clock().instant();
    Sessions.Session s = found.get().session();
    if (s.lastSeen().plus(settings.idleTimeout()).isBefore(now)
        || s.created().plus(settings.absoluteTimeout()).isBefore(now)) {
      store.sessions().delete(id);
      return Optional.empty();
    }
    if (s.lastSeen().plus(TOUCH_EVERY).isBefore(now)) {
      store.sessions().touch(id, now);
    }
    return found;
  }

  private static Caller caller(CaseAccess.SessionAnswer found) {
    return new Caller(found.answer().account(), Optional.of(found.session().csrfToken()));
  }

  /** The caller of an API request, by its Bearer token. */
  Optional<Caller> apiCaller(Context ctx) {
    return bearer(ctx)
        .flatMap(token -> store.tokens().userOf(Secrets.sha256(token)))
        .flatMap(id -> store.users().find(id))
        .map(account -> new Caller(account, Optional.empty()));
  }

  /** A page outside any case, for signed-in users. */
  Handler page(CallerHandler handler) {
    return ctx -> {
      Optional<Caller> caller = sessionCaller(ctx);
      if (caller.isEmpty()) {
        toLogin(ctx);
        return;
      }
      checkCsrf(ctx, caller.get());
      handler.handle(ctx, caller.get());
    };
  }

  /** An API route outside any case. */
  Handler api(CallerHandler handler) {
    return ctx -> handler.handle(ctx, requireApiCaller(ctx));
  }

  /** A page of one case. */
  Handler casePage(Optional<Permission> permission, CaseHandler handler) {
    return ctx -> {
      // One lookup answers the session, its user and whether they may open the case (CaseAccess).
      Optional<CaseAccess.SessionAnswer> found =
          liveSession(ctx, id -> store.access().bySession(id, caseName(ctx)));
      if (found.isEmpty()) {
        toLogin(ctx);
        return;
      }
      Caller caller = caller(found.get());
      CaseScope scope = scope(ctx, caller, found.map(CaseAccess.SessionAnswer::answer));
      checkCsrf(ctx, caller);
      checkPermission(ctx, scope, permission);
      handler.handle(ctx, scope);
    };
  }

  /** An API route of one case. */
  Handler caseApi(Optional<Permission> permission, CaseHandler handler) {
    return ctx -> {
      CaseScope scope = apiScope(ctx);
      checkPermission(ctx, scope, permission);
      handler.handle(ctx, scope);
    };
  }

  private static Optional<String> bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null) {
      return Optional.empty();
    }
    var m = BEARER.matcher(header.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private Caller requireApiCaller(Context ctx) {
    Optional<Caller> caller = apiCaller(ctx);
    if (caller.isEmpty()) {
      throw refuseApi(ctx);
    }
    return caller.get();
  }

  private static WebError refuseApi(Context ctx) {
    deny(ctx, null, 401, "no valid API token");
    ctx.header("WWW-Authenticate", "Bearer realm=\"okju\"");
    return new WebError(401, "An API token is required: Authorization: Bearer TOKEN.");
  }

  // One lookup answers who is calling and whether they may open the case (CaseAccess).
  private CaseScope apiScope(Context ctx) {
    Optional<String> token = bearer(ctx);
    Optional<CaseAccess.Answer> answer =
        token.flatMap(t -> store.access().byToken(Secrets.sha256(t), caseName(ctx)));
    if (answer.isEmpty()) {
      throw refuseApi(ctx);
    }
    Caller caller = new Caller(answer.get().account(), Optional.empty());
    return scope(ctx, caller, answer);
  }

  private static String caseName(Context ctx) {
    String name = ctx.pathParam("name");
    // A malformed name is no case; the lookup is still made, for the caller's sake only.
    return Cases.NAME.matcher(name).matches() ? name : "";
  }

  private CaseScope scope(Context ctx, Caller caller, Optional<CaseAccess.Answer> answer) {
    Optional<Cases.Registered> opened = answer.flatMap(CaseAccess.Answer::opened);
    if (opened.isEmpty()) {
      deny(ctx, caller, 404, "no such case, or not a member of it");
      throw WebError.notFound();
    }
    return new CaseScope(opened.get(), cases.store(opened.get()), caller);
  }

  private static void checkPermission(
      Context ctx, CaseScope scope, Optional<Permission> permission) {
    if (permission.isPresent() && !Access.allows(scope.caller().role(), permission.get())) {
      deny(ctx, scope.caller(), 403, "role may not " + permission.get());
      throw WebError.forbidden("Your role (" + scope.caller().role().code() + ") may not do this.");
    }
  }

  private static void checkCsrf(Context ctx, Caller caller) {
    String method = ctx.method().name();
    if (method.equals("GET") || method.equals("HEAD")) {
      return;
    }
    String sent = ctx.header("X-CSRF-Token");
    if (sent == null) {
      sent = ctx.formParam("csrf");
    }
    if (!Secrets.same(sent, caller.csrfToken().orElse(null))) {
      deny(ctx, caller, 403, "missing or wrong CSRF token");
      throw WebError.forbidden("The form's security token is missing or stale: reload the page.");
    }
  }

  private static void toLogin(Context ctx) {
    deny(ctx, null, 302, "not signed in");
    if (ctx.header("HX-Request") != null) {
      ctx.header("HX-Redirect", "/login");
      ctx.status(401);
      return;
    }
    ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** Logs a refused request (who, what, why). */
  static void deny(Context ctx, Caller caller, int status, String why) {
    ACCESS.warn(
        "denied {} {} user={} ip={} status={}: {}",
        ctx.method().name(),
        ctx.path(),
        caller == null ? "-" : caller.name(),
        ctx.ip(),
        status,
        why);
  }
}
