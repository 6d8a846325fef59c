package org.okju.web;

import io.javalin.http.Context;

/**
 * The session cookie: {@code HttpOnly} (no script reads it), {@code SameSite=Strict} (no other
 * site's request carries it), {@code Secure} over TLS, no expiry (it dies with the browser; the
 * server ends it sooner when idle). Written by hand so every attribute is exactly this.
 */
final class SessionCookie {
  static final String NAME = "okju_session";

  private SessionCookie() {}

  static void set(Context ctx, String value, boolean secure) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            NAME
                + "="
                + value
                + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : ""));
  }

  static void clear(Context ctx, boolean secure) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
  }

  /** The cookie's value when it looks like one of ours (43 base64url characters). */
  static java.util.Optional<String> read(Context ctx) {
    String v = ctx.cookie(NAME);
    if (v == null || !v.matches("[A-Za-z0-9_-]{43}")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(v);
  }
}
