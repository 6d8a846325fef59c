package org.okju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sign-in contract: CSRF bound to the pre-login session, cookie attributes, lockout, limits.
 */
class LoginTest {
  @TempDir Path tmp;

  @Test
  void aSignInReplacesThePreLoginCookieWithAnHttpOnlyStrictSessionCookie() throws Exception {
    try (Fixture f = Fixture.start(tmp)) {
      Browser b = f.browser();
      HttpResponse<String> form = b.get("/login");
      String preLogin = b.cookie;
      assertThat(form.statusCode()).isEqualTo(200);
      assertThat(form.headers().firstValue("Set-Cookie").orElseThrow())
          .contains("HttpOnly")
          .contains("SameSite=Strict");
      HttpResponse<String> r =
          b.post(
              "/login",
              Map.of("csrf", b.csrf, "username", "reviewer", "password", Fixture.PASSWORD));
      assertThat(r.statusCode()).isEqualTo(303);
      assertThat(r.headers().firstValue("Location")).hasValue("/cases");
      String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(setCookie)
          .startsWith("okju_session=")
          .contains("HttpOnly")
          .contains("SameSite=Strict");
      assertThat(setCookie).doesNotContain("Secure");
      assertThat(b.cookie).isNotEqualTo(preLogin);
      assertThat(b.get("/cases").body()).contains("alpha").doesNotContain("beta");
    }
  }

  @Test
  void behindTlsTheSessionCookieIsSecure() throws Exception {
    try (Fixture f = Fixture.start(tmp, c -> c.behindTls(true))) {
      Browser b = f.browser();
      b.get("/login");
      HttpResponse<String> r =
          b.post(
              "/login", Map.of("csrf", b.csrf, "username", "admin", "password", Fixture.PASSWORD));
      assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).contains("; Secure");
      assertThat(r.headers().firstValue("Strict-Transport-Security")).isPresent();
    }
  }

  @Test
  void aMissingOrForeignCsrfTokenFailsEvenWithTheRightPassword() throws Exception {
    try (Fixture f = Fixture.start(tmp)) {
      Browser b = f.browser();
      b.get("/login");
      assertThat(
              b.post("/login", Map.of("username", "admin", "password", Fixture.PASSWORD))
                  .statusCode())
          .isEqualTo(403);
      Browser other = f.browser();
      other.get("/login");
      // Another visitor's token with this visitor's cookie: bound to the wrong session.
      assertThat(
              b.post(
                      "/login",
                      Map.of("csrf", other.csrf, "username", "admin", "password", Fixture.PASSWORD))
                  .statusCode())
          .isEqualTo(403);
      assertThat(b.get("/cases").statusCode()).isEqualTo(303);
    }
  }

  @Test
  void aWrongPasswordFailsAndFiveLockTheUserUntilFifteenMinutesPass() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    try (Fixture f = Fixture.start(tmp, c -> c.clock(clock))) {
      Browser b = f.browser();
      assertThat(b.login("takedown", "wrong password!").statusCode()).isEqualTo(401);
      for (int i = 0; i < 4; i++) {
        b.login("takedown", "wrong password!");
      }
      HttpResponse<String> locked = b.login("takedown", Fixture.PASSWORD);
      assertThat(locked.statusCode()).isEqualTo(401);
      assertThat(locked.body()).contains("locked");
      clock.advance(Duration.ofMinutes(14));
      assertThat(b.login("takedown", Fixture.PASSWORD).statusCode()).isEqualTo(401);
      clock.advance(Duration.ofMinutes(2));
      assertThat(b.login("takedown", Fixture.PASSWORD).statusCode()).isEqualTo(303);
    }
  }

  @Test
  void aSuccessResetsTheCountOfWrongPasswords() throws Exception {
    try (Fixture f = Fixture.start(tmp)) {
      Browser b = f.browser();
      for (int i = 0; i < 4; i++) {
        b.login("auditor", "wrong password!");
      }
      assertThat(f.browser().login("auditor", Fixture.PASSWORD).statusCode()).isEqualTo(303);
      for (int i = 0; i < 4; i++) {
        b.login("auditor", "wrong password!");
      }
      assertThat(f.browser().login("auditor", Fixture.PASSWORD).statusCode()).isEqualTo(303);
    }
  }

  @Test
  void loginsFromOneAddressAreRateLimited() throws Exception {
    try (Fixture f = Fixture.start(tmp, c -> c.loginAttemptsPerMinute(5))) {
      Browser b = f.browser();
      for (int i = 0; i < 5; i++) {
        assertThat(b.login("nobody", "whatever password").statusCode()).isEqualTo(401);
      }
      HttpResponse<String> limited = b.login("admin", Fixture.PASSWORD);
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    }
  }

  @Test
  void anIdleSessionEndsAndACookieFromAnotherServerIsNoSession() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    try (Fixture f = Fixture.start(tmp, c -> c.clock(clock).idleTimeout(Duration.ofMinutes(30)))) {
      Browser b = f.signedIn("admin");
      assertThat(b.get("/cases").statusCode()).isEqualTo(200);
      clock.advance(Duration.ofMinutes(31));
      HttpResponse<String> r = b.get("/cases");
      assertThat(r.statusCode()).isEqualTo(303);
      assertThat(r.headers().firstValue("Location")).hasValue("/login");
      Browser forged = f.browser();
      forged.cookie = "okju_session=" + "A".repeat(43);
      assertThat(forged.get("/cases").statusCode()).isEqualTo(303);
    }
  }

  // A case page finds its session, user and case in one lookup: the same timeouts apply, and a
  // session kept active by case pages stays live.
  @Test
  void aCasePageKeepsASessionLiveAndAnIdleOneEndsThere() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    try (Fixture f = Fixture.start(tmp, c -> c.clock(clock).idleTimeout(Duration.ofMinutes(30)))) {
      Browser b = f.signedIn("reviewer");
      for (int i = 0; i < 3; i++) {
        clock.advance(Duration.ofMinutes(20));
        assertThat(b.get("/cases/alpha/items").statusCode()).isEqualTo(200);
      }
      clock.advance(Duration.ofMinutes(31));
      HttpResponse<String> r = b.get("/cases/alpha/items");
      assertThat(r.statusCode()).isEqualTo(303);
      assertThat(r.headers().firstValue("Location")).hasValue("/login");
    }
  }

  @Test
  void signingOutNeedsTheTokenAndEndsTheSession() throws Exception {
    try (Fixture f = Fixture.start(tmp)) {
      Browser b = f.signedIn("reviewer");
      assertThat(b.post("/logout", Map.of()).statusCode()).isEqualTo(403);
      assertThat(b.submit("/logout", Map.of()).statusCode()).isEqualTo(303);
      assertThat(b.get("/cases").statusCode()).isEqualTo(303);
    }
  }

  @Test
  void everyResponseCarriesAContentSecurityPolicyWithoutInlineScript() throws Exception {
    try (Fixture f = Fixture.start(tmp)) {
      HttpResponse<String> r = f.browser().get("/login");
      String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
      assertThat(r.body()).doesNotContainPattern("<script>[^<]");
      assertThat(r.body()).doesNotContain(" on" + "click=").doesNotContain("style=");
    }
  }

  /** A clock tests move forward. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    synchronized void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
