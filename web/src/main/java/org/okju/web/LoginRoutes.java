package org.okju.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.okju.web.auth.Login;
import org.okju.web.auth.LoginThrottle;
import org.okju.web.auth.PreLoginSessions;
import org.okju.web.auth.Secrets;
import org.okju.web.pages.Chrome;
import org.okju.web.pages.LoginPage;
import org.okju.web.store.ServerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in and out. The login form's CSRF token is bound to a pre-login session (a cookie of its
 * own); a successful login replaces that cookie with a new session id, so a session fixed before
 * login is worthless after it.
 */
final class LoginRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(LoginRoutes.class);

  private final ServerStore store;
  private final WorkbenchConfig.Settings settings;
  private final Guard guard;
  private final Pages pages;
  private final Login login;
  private final LoginThrottle throttle;
  private final PreLoginSessions preLogin;

  LoginRoutes(
      ServerStore store,
      WorkbenchConfig.Settings settings,
      Guard guard,
      Pages pages,
      Login login,
      LoginThrottle throttle,
      PreLoginSessions preLogin) {
    this.store = store;
    this.settings = settings;
    this.guard = guard;
    this.pages = pages;
    this.login = login;
    this.throttle = throttle;
    this.preLogin = preLogin;
  }

  void register(Router router) {
    router.publicRoute("GET", "/", ctx -> ctx.redirect("/cases", HttpStatus.SEE_OTHER));
    router.publicRoute("GET", "/login", this::form);
    router.publicRoute("POST", "/login", this::submit);
    router.page("POST", "/logout", this::logout);
  }

  private void form(Context ctx) {
    if (guard.sessionCaller(ctx).isPresent()) {
      ctx.redirect("/cases", HttpStatus.SEE_OTHER);
      return;
    }
    showForm(ctx, "", Optional.empty(), 200);
  }

  private void showForm(Context ctx, String username, Optional<String> message, int status) {
    String csrf = preLoginToken(ctx);
    ctx.status(status);
    pages.render(
        ctx,
        "login.jte",
        new LoginPage(Chrome.anonymous("Sign in", csrf), csrf, username, message));
  }

  // The visitor's pre-login session, made when missing: its token goes into the form.
  private String preLoginToken(Context ctx) {
    Optional<String> cookie = SessionCookie.read(ctx);
    if (cookie.isPresent()) {
      Optional<String> token = preLogin.csrfToken(Secrets.sha256(cookie.get()));
      if (token.isPresent()) {
        return token.get();
      }
    }
    String id = Secrets.token();
    String csrf = Secrets.token();
    preLogin.put(Secrets.sha256(id), csrf);
    SessionCookie.set(ctx, id, secure(ctx));
    return csrf;
  }

  private void submit(Context ctx) {
    String username = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
    if (!throttle.tryAcquire(ctx.ip())) {
      Guard.deny(ctx, null, 429, "login rate limit");
      ctx.header("Retry-After", "60");
      showForm(ctx, "", Optional.of("Too many sign-in attempts: wait a minute."), 429);
      return;
    }
    Optional<String> cookie = SessionCookie.read(ctx);
    Optional<String> expected = cookie.flatMap(c -> preLogin.csrfToken(Secrets.sha256(c)));
    if (expected.isEmpty() || !Secrets.same(ctx.formParam("csrf"), expected.get())) {
      Guard.deny(ctx, null, 403, "login without the pre-login session's CSRF token");
      showForm(
          ctx,
          "",
          Optional.of("The sign-in form was stale or not from this server: try again."),
          403);
      return;
    }
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    Login.Outcome outcome = login.attempt(username, password);
    if (outcome instanceof Login.Failure f) {
      Guard.deny(ctx, null, 401, "failed login for " + printable(username));
      showForm(
          ctx,
          username,
          Optional.of(
              f.locked()
                  ? "Too many wrong passwords: this user is locked for a while."
                  : "Wrong user name or password."),
          401);
      return;
    }
    var account = ((Login.Success) outcome).account();
    preLogin.remove(Secrets.sha256(cookie.get()));
    String id = Secrets.token();
    store
        .sessions()
        .create(Secrets.sha256(id), account.id(), Secrets.token(), settings.clock().instant());
    SessionCookie.set(ctx, id, secure(ctx));
    LOG.info("user {} signed in from {}", account.name(), ctx.ip());
    ctx.redirect("/cases", HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx, Caller caller) {
    SessionCookie.read(ctx).ifPresent(c -> store.sessions().delete(Secrets.sha256(c)));
    SessionCookie.clear(ctx, secure(ctx));
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  private boolean secure(Context ctx) {
    return settings.behindTls() || "https".equals(ctx.scheme());
  }

  // A user name in a log line: what was typed, without line breaks (no log forging).
  private static String printable(String name) {
    String s = name.replaceAll("[\\p{Cntrl}]", "?");
    return s.length() > 64 ? s.substring(0, 64) + "…" : s;
  }
}
