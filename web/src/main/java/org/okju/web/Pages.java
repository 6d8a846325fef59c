package org.okju.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.okju.web.pages.Chrome;

/**
 * Renders the precompiled jte templates (compiled at build time by jte-maven-plugin; nothing is
 * compiled at run time) and builds each page's frame. Thread-safe.
 */
final class Pages {
  /** The custody action of a media view. */
  static final String MEDIA_VIEWED = "media-viewed";

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.okju.web.pages.jte");
  private final java.time.Clock clock;

  Pages(java.time.Clock clock) {
    this.clock = clock;
  }

  /** Renders {@code template} with its one parameter as the response. */
  void render(Context ctx, String template, Object page) {
    ctx.html(html(template, page));
  }

  /** Renders {@code template} to a string. */
  String html(String template, Object page) {
    StringOutput out = new StringOutput();
    engine.render(template, page, out);
    return out.toString();
  }

  /** The frame of a page outside a case. */
  Chrome chrome(Caller caller, String title) {
    return new Chrome(
        title,
        Optional.of(caller.name()),
        caller.role().code(),
        caller.csrfToken().orElse(""),
        Optional.empty(),
        "",
        Optional.empty());
  }

  /** The frame of a page of a case, with the caller's own media-view counts. */
  Chrome chrome(CaseScope scope, String title, String tab) {
    Caller caller = scope.caller();
    return new Chrome(
        title,
        Optional.of(caller.name()),
        caller.role().code(),
        caller.csrfToken().orElse(""),
        Optional.of(scope.name()),
        tab,
        Optional.of(counts(scope)));
  }

  /** The caller's media views today (UTC) and in the case. */
  Chrome.ViewCounts counts(CaseScope scope) {
    Optional<String> user = Optional.of(scope.caller().name());
    var custody = scope.store().custody();
    return new Chrome.ViewCounts(
        custody.count(MEDIA_VIEWED, user, Optional.of(startOfToday())),
        custody.count(MEDIA_VIEWED, user, Optional.empty()));
  }

  Instant startOfToday() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
