package org.okju.web;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.okju.web.auth.Login;
import org.okju.web.auth.LoginThrottle;
import org.okju.web.auth.Passwords;
import org.okju.web.auth.PreLoginSessions;
import org.okju.web.jobs.CaseJobs;
import org.okju.web.media.EvidencePixels;
import org.okju.web.store.ServerStore;

/**
 * The team's workbench: server-rendered pages (jte, htmx) and a JSON API over the cases a {@link
 * ServerStore} registers, for its users by role and case membership, on Javalin (Jetty 12).
 *
 * <pre>{@code
 * try (ServerStore store = ServerStore.open(dir);
 *     Workbench wb = Workbench.create(store, cfg -> cfg.port(8080)).start()) {
 *   System.out.println(wb.url());
 *   ...
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close} stops the server, cancels running jobs (an ingest stays resumable)
 * and closes the cases it opened; the store stays the caller's.
 */
public final class Workbench implements AutoCloseable {
  private final WorkbenchConfig.Settings settings;
  private final ServerStore store;
  private final OpenCases cases = new OpenCases();
  private final CaseJobs jobs;
  private final Javalin app;
  private final List<RouteSpec> routes;

  private Workbench(ServerStore store, WorkbenchConfig.Settings settings) {
    this.store = store;
    this.settings = settings;
    Pages pages = new Pages(settings.clock());
    Guard guard = new Guard(store, settings, cases);
    Passwords passwords = new Passwords();
    Login login =
        new Login(store, passwords, settings.lockAfter(), settings.lockFor(), settings.clock());
    LoginThrottle throttle =
        new LoginThrottle(
            settings.loginAttemptsPerMinute(), Duration.ofMinutes(1), settings.clock());
    PreLoginSessions preLogin = new PreLoginSessions(Duration.ofHours(1), settings.clock());
    StaticAssets assets = new StaticAssets();
    ErrorResponses errors = new ErrorResponses(pages);
    JobViews jobViews = new JobViews(store);
    EvidencePixels pixels = new EvidencePixels(store.location().directory().resolve("work"));
    pixels.clearSpool();
    this.jobs = new CaseJobs(store, settings.clock());
    try {
      java.nio.file.Files.createDirectories(store.location().uploads());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot create " + store.location().uploads(), e);
    }
    JobKinds kinds =
        new JobKinds(
            settings.okjuVersion(),
            store.location().uploads(),
            store.location().outputs(),
            new CaseReports(settings.reportSections()));
    Router[] router = new Router[1];
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = 64 * 1024;
              config.jetty.multipartConfig.maxFileSize(
                  settings.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
              config.jetty.multipartConfig.maxTotalRequestSize(
                  settings.maxUploadBytes() + 65536, io.javalin.config.SizeUnit.BYTES);
              config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
              config.jetty.multipartConfig.cacheDirectory(store.location().uploads().toString());
              config.jetty.threadPool = RequestThreads.pool();
              config.jetty.host = settings.bind();
              config.jetty.port = settings.port();
              config.routes.before(ctx -> SecurityHeaders.apply(ctx, settings.behindTls()));
              errors.register(config.routes);
              Router r = new Router(config.routes, guard);
              r.publicRoute("GET", "/static/{file}", assets::serve);
              new LoginRoutes(store, settings, guard, pages, login, throttle, preLogin).register(r);
              new CaseRoutes(store, pages, jobViews).register(r);
              MediaPolicy media = new MediaPolicy();
              new ItemRoutes(pages, media).register(r);
              new TapeRoutes(pages, store.location().outputs(), settings.okjuVersion()).register(r);
              new LedgerRoutes(pages, settings.okjuVersion()).register(r);
              new CustodyRoutes(pages, settings.okjuVersion()).register(r);
              new MediaRoutes(
                      pages,
                      new MediaViews(pixels, settings.okjuVersion()),
                      new ViewTickets(settings.clock()))
                  .register(r);
              new JobRoutes(store, pages, jobs, kinds).register(r);
              router[0] = r;
            });
    this.routes = router[0].specs();
  }

  /** A workbench over {@code store}, configured by {@code config}; not started yet. */
  public static Workbench create(ServerStore store, Consumer<WorkbenchConfig> config) {
    WorkbenchConfig c = new WorkbenchConfig();
    config.accept(c);
    return new Workbench(store, c.freeze());
  }

  /** Starts listening. */
  public Workbench start() {
    store.jobs().interruptLeftovers(settings.clock().instant());
    app.start();
    return this;
  }

  /** The port it listens on (the one picked when configured with 0). */
  public int port() {
    return app.port();
  }

  /** Where to point a browser. */
  public URI url() {
    String host = settings.bind();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "127.0.0.1";
    }
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Every route the workbench serves, with how it is guarded. */
  public List<RouteSpec> routes() {
    return routes;
  }

  @Override
  public void close() {
    jobs.close();
    app.stop();
    cases.close();
  }
}
