package org.okju.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.okju.ledger.EntityType;
import org.okju.ledger.FactCorrection;
import org.okju.ledger.LedgerCase;
import org.okju.ledger.LedgerView;
import org.okju.ledger.Money;
import org.okju.ledger.MoneyNetwork;
import org.okju.ledger.Timeline;
import org.okju.report.Privacy;
import org.okju.web.auth.Permission;
import org.okju.web.pages.FactRow;
import org.okju.web.pages.LedgerPage;

/**
 * The ledger review queue, its decisions (each a custody entry, through the ledger's own {@link
 * LedgerCase}), and the money network and timeline figures of the confirmed facts.
 */
final class LedgerRoutes {
  private static final java.util.Set<String> STATUSES =
      java.util.Set.of("suggested", "confirmed", "rejected", "all");

  private final Pages pages;
  private final String okjuVersion;

  LedgerRoutes(Pages pages, String okjuVersion) {
    this.pages = pages;
    this.okjuVersion = okjuVersion;
  }

  void register(Router router) {
    router.casePage("GET", "/cases/{name}/ledger", Permission.READ, this::queue);
    router.casePage("GET", "/cases/{name}/ledger/network.svg", Permission.READ, this::network);
    router.casePage("GET", "/cases/{name}/ledger/timeline.svg", Permission.READ, this::timeline);
    router.casePage(
        "POST",
        "/cases/{name}/ledger/facts/{fact}/confirm",
        Permission.LEDGER_REVIEW,
        (ctx, s) -> decide(ctx, s, true));
    router.casePage(
        "POST",
        "/cases/{name}/ledger/facts/{fact}/reject",
        Permission.LEDGER_REVIEW,
        (ctx, s) -> decide(ctx, s, false));
    router.casePage(
        "POST", "/cases/{name}/ledger/facts/{fact}/edit", Permission.LEDGER_REVIEW, this::edit);
    router.casePage("POST", "/cases/{name}/ledger/merge", Permission.LEDGER_REVIEW, this::merge);
  }

  private LedgerCase ledger(CaseScope scope) {
    return new LedgerCase(scope.store(), okjuVersion, java.time.Clock.systemUTC());
  }

  private static FactRow row(CaseScope scope, LedgerView.FactView f, Privacy privacy) {
    return new FactRow(
        scope.name(),
        scope.may(Permission.LEDGER_REVIEW),
        f.id(),
        f.type().code(),
        f.status(),
        privacy.text(f.subject().orElse("")),
        privacy.text(f.object().orElse("")),
        f.amount().map(m -> m.value().toPlainString() + " " + m.currency()).orElse(""),
        f.percent().map(p -> p.stripTrailingZeros().toPlainString() + "%").orElse(""),
        f.date().orElse(""),
        privacy.text(f.place().orElse("")),
        String.format(Locale.ROOT, "%.2f", f.confidence()),
        String.join(", ", f.flags()),
        privacy.text(f.provenance().doc()),
        "p. " + f.provenance().page() + ", line " + f.provenance().line(),
        privacy.text(f.provenance().text().strip()));
  }

  private void queue(Context ctx, CaseScope scope) {
    String status = CatalogueRequest.param(ctx, "status").orElse("suggested");
    if (!STATUSES.contains(status)) {
      throw WebError.badRequest("status is suggested, confirmed, rejected or all");
    }
    LedgerView view = LedgerView.load(scope.store().ledger());
    Privacy privacy = CasePrivacy.forItems(scope.store(), List.of());
    Map<String, Long> counts =
        view.facts().stream()
            .collect(
                Collectors.groupingBy(
                    LedgerView.FactView::status, TreeMap::new, Collectors.counting()));
    List<FactRow> facts =
        view.facts().stream()
            .filter(f -> status.equals("all") || f.status().equals(status))
            .map(f -> row(scope, f, privacy))
            .toList();
    List<LedgerPage.Entity> people =
        view.entities().stream()
            .filter(e -> e.type() == EntityType.PERSON)
            .map(
                e ->
                    new LedgerPage.Entity(
                        e.id(),
                        privacy.text(e.value())
                            + (view.doubtful(e.id()) ? " ?" : "")
                            // a reviewer decided about them; no reading finds them any more
                            + (view.noLongerFound(e.id()) ? " (no longer found)" : "")))
            .toList();
    pages.render(
        ctx,
        "ledger.jte",
        new LedgerPage(
            pages.chrome(scope, "Ledger", "ledger"),
            status,
            counts.entrySet().stream()
                .map(e -> new LedgerPage.Count(e.getKey(), e.getValue()))
                .toList(),
            facts,
            people,
            scope.may(Permission.LEDGER_REVIEW)));
  }

  private static long fact(Context ctx) {
    String text = ctx.pathParam("fact");
    if (!text.matches("[1-9][0-9]{0,17}")) {
      throw WebError.notFound();
    }
    return Long.parseLong(text);
  }

  private void decide(Context ctx, CaseScope scope, boolean confirm) {
    long id = fact(ctx);
    requireFact(scope, id);
    if (confirm) {
      ledger(scope).confirm(id, scope.caller().name());
    } else {
      ledger(scope).reject(id, scope.caller().name());
    }
    answer(ctx, scope, id);
  }

  private static void requireFact(CaseScope scope, long id) {
    if (scope.store().ledger().fact(id).isEmpty()) {
      throw WebError.notFound();
    }
  }

  // htmx swaps the fact's row in place; a plain form goes back to the queue.
  private void answer(Context ctx, CaseScope scope, long id) {
    if (ctx.header("HX-Request") == null) {
      ctx.redirect("/cases/" + scope.name() + "/ledger", HttpStatus.SEE_OTHER);
      return;
    }
    LedgerView view = LedgerView.load(scope.store().ledger());
    Privacy privacy = CasePrivacy.forItems(scope.store(), List.of());
    LedgerView.FactView f =
        view.facts().stream().filter(x -> x.id() == id).findFirst().orElseThrow(WebError::notFound);
    ctx.html(pages.html("factrow.jte", row(scope, f, privacy)));
  }

  private void edit(Context ctx, CaseScope scope) {
    long id = fact(ctx);
    requireFact(scope, id);
    Optional<String> date = form(ctx, "date");
    if (date.isPresent()) {
      try {
        LocalDate.parse(date.get());
      } catch (DateTimeParseException e) {
        throw WebError.badRequest("date is yyyy-mm-dd");
      }
    }
    String currency = form(ctx, "currency").orElse("KRW").toUpperCase(Locale.ROOT);
    if (!currency.matches("[A-Z]{3}")) {
      throw WebError.badRequest("currency is an ISO 4217 code such as KRW");
    }
    FactCorrection c =
        new FactCorrection(
            form(ctx, "subject"),
            form(ctx, "object"),
            number(ctx, "amount").map(a -> new Money(a, currency)),
            number(ctx, "percent"),
            date,
            form(ctx, "place"));
    ledger(scope).edit(id, c, scope.caller().name());
    answer(ctx, scope, id);
  }

  private void merge(Context ctx, CaseScope scope) {
    long from =
        number(ctx, "from")
            .map(BigDecimal::longValue)
            .orElseThrow(() -> WebError.badRequest("from is an entity id"));
    long into =
        number(ctx, "into")
            .map(BigDecimal::longValue)
            .orElseThrow(() -> WebError.badRequest("into is an entity id"));
    try {
      ledger(scope).merge(from, into, scope.caller().name());
    } catch (IllegalArgumentException e) {
      throw WebError.badRequest(e.getMessage());
    }
    ctx.redirect("/cases/" + scope.name() + "/ledger", HttpStatus.SEE_OTHER);
  }

  private static Optional<String> form(Context ctx, String name) {
    String v = ctx.formParam(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    if (v.length() > 500 || v.indexOf('\0') >= 0) {
      throw WebError.badRequest(name + " is at most 500 characters");
    }
    return Optional.of(v.strip());
  }

  private static Optional<BigDecimal> number(Context ctx, String name) {
    Optional<String> v = form(ctx, name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      BigDecimal n = new BigDecimal(v.get().replace(",", ""));
      if (n.signum() < 0 || n.precision() > 30) {
        throw WebError.badRequest(name + " is a positive number");
      }
      return Optional.of(n);
    } catch (NumberFormatException e) {
      throw WebError.badRequest(name + " is a number");
    }
  }

  private void network(Context ctx, CaseScope scope) {
    svg(ctx, scope, MoneyNetwork.of(LedgerView.load(scope.store().ledger())).svg());
  }

  private void timeline(Context ctx, CaseScope scope) {
    svg(ctx, scope, Timeline.of(LedgerView.load(scope.store().ledger())).svg());
  }

  private static void svg(Context ctx, CaseScope scope, String svg) {
    Privacy privacy = CasePrivacy.forItems(scope.store(), List.of());
    ctx.contentType("image/svg+xml; charset=utf-8").result(privacy.text(svg));
  }
}
