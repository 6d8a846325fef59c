package org.okju.web;

import io.javalin.http.Context;

/**
 * Headers on every response: a Content-Security-Policy with no inline script (pages load only
 * okju's own files), no framing, no sniffing, no referrer, and nothing cached (pages and media
 * carry case data; the static assets lift this for themselves).
 */
final class SecurityHeaders {
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private SecurityHeaders() {}

  static void apply(Context ctx, boolean behindTls) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
    if (behindTls) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
  }
}
