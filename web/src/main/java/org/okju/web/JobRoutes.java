package org.okju.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.okju.index.hashset.HashSetFormat;
import org.okju.index.hashset.HashSetFormats;
import org.okju.web.auth.Permission;
import org.okju.web.jobs.CaseJobs;
import org.okju.web.jobs.JobProgress;
import org.okju.web.pages.JobPage;
import org.okju.web.pages.JobRow;
import org.okju.web.pages.JobStatus;
import org.okju.web.pages.JobsPage;
import org.okju.web.store.JobRecords;
import org.okju.web.store.ServerStore;

/**
 * Jobs from the browser: start (one route per kind, each with its permission), follow live
 * (server-sent events), cancel, and fetch a finished job's result.
 */
final class JobRoutes {
  static final List<String> KINDS =
      List.of("ingest", "copies", "match", "ledger", "hashset", "report", "export");

  private final ServerStore store;
  private final Pages pages;
  private final CaseJobs jobs;
  private final JobKinds kinds;

  JobRoutes(ServerStore store, Pages pages, CaseJobs jobs, JobKinds kinds) {
    this.store = store;
    this.pages = pages;
    this.jobs = jobs;
    this.kinds = kinds;
  }

  void register(Router router) {
    router.casePage("GET", "/cases/{name}/jobs", Permission.READ, this::list);
    for (String kind : KINDS) {
      router.casePage(
          "POST",
          "/cases/{name}/jobs/" + kind,
          JobKinds.permission(kind),
          (ctx, s) -> start(ctx, s, kind));
    }
    router.casePage("GET", "/cases/{name}/jobs/{job}", Permission.READ, this::show);
    router.casePage("GET", "/cases/{name}/jobs/{job}/events", Permission.READ, this::events);
    router.casePage("POST", "/cases/{name}/jobs/{job}/cancel", Permission.READ, this::cancel);
    router.casePage("GET", "/cases/{name}/jobs/{job}/result", Permission.READ, this::result);
  }

  private void list(Context ctx, CaseScope scope) {
    List<JobRow> rows = JobViews.rowsOf(store, scope, 100);
    pages.render(
        ctx,
        "jobs.jte",
        new JobsPage(
            pages.chrome(scope, "Jobs", "jobs"),
            rows,
            scope.may(Permission.JOB_INGEST),
            scope.may(Permission.JOB_ANALYSE),
            scope.may(Permission.JOB_REPORT),
            scope.may(Permission.JOB_EXPORT),
            scope.registered().evidenceRoots(),
            HashSetFormats.all().stream().map(HashSetFormat::name).sorted().toList()));
  }

  private void start(Context ctx, CaseScope scope, String kind) throws IOException {
    JobKinds.Prepared p = kinds.prepare(kind, ctx, scope);
    long id;
    try {
      id =
          jobs.start(
              scope.registered().id(),
              scope.name(),
              scope.store(),
              p.kind(),
              p.parameters().toString(),
              scope.caller().name(),
              p.work());
    } catch (IllegalStateException e) {
      throw WebError.conflict("That job is already queued or running.");
    }
    ctx.redirect("/cases/" + scope.name() + "/jobs/" + id, HttpStatus.SEE_OTHER);
  }

  private JobRecords.Job job(Context ctx, CaseScope scope) {
    String text = ctx.pathParam("job");
    if (!text.matches("[1-9][0-9]{0,17}")) {
      throw WebError.notFound();
    }
    return store
        .jobs()
        .find(Long.parseLong(text))
        .filter(j -> j.caseId() == scope.registered().id())
        .orElseThrow(WebError::notFound);
  }

  private JobStatus status(CaseScope scope, JobRecords.Job j) {
    JobRow row = JobViews.row(scope, j);
    Optional<JobProgress.Snapshot> live = jobs.progress(j.id()).map(JobProgress::current);
    String state = live.map(JobProgress.Snapshot::state).orElse(j.state());
    boolean active = state.equals("queued") || state.equals("running");
    return new JobStatus(
        scope.name(),
        j.id(),
        state,
        live.map(JobProgress.Snapshot::done).orElse(0L),
        live.map(JobProgress.Snapshot::total).orElse(-1L),
        live.map(JobProgress.Snapshot::percent).orElse(-1),
        live.filter(s -> !s.ended())
            .map(JobProgress.Snapshot::message)
            .orElse(j.message().orElse(live.map(JobProgress.Snapshot::message).orElse(""))),
        live.flatMap(JobProgress.Snapshot::result).isPresent() || j.result().isPresent()
            ? Optional.of("/cases/" + scope.name() + "/jobs/" + j.id() + "/result")
            : Optional.empty(),
        active && row.cancellable(),
        scope.caller().csrfToken().orElse(""));
  }

  private void show(Context ctx, CaseScope scope) {
    JobRecords.Job j = job(ctx, scope);
    pages.render(
        ctx,
        "job.jte",
        new JobPage(
            pages.chrome(scope, "Job " + j.id(), "jobs"),
            JobViews.row(scope, j),
            status(scope, j)));
  }

  // The job's status as HTML fragments: "progress" while it runs, "done" when it ends.
  private void events(Context ctx, CaseScope scope) throws Exception {
    JobRecords.Job j = job(ctx, scope);
    Optional<JobProgress> progress = jobs.progress(j.id());
    new SseHandler(
            client -> {
              client.keepAlive();
              if (progress.isEmpty() || progress.get().current().ended()) {
                send(client, "done", scope, j.id());
                client.close();
                return;
              }
              AtomicBoolean ended = new AtomicBoolean();
              Runnable stop =
                  progress
                      .get()
                      .listen(
                          s -> {
                            if (!s.ended()) {
                              send(client, "progress", scope, j.id());
                            } else if (ended.compareAndSet(false, true)) {
                              send(client, "done", scope, j.id());
                              client.close();
                            }
                          });
              client.onClose(stop);
              // The job may have ended between the check above and listening: then no listener
              // hears its end, so look once more now that one listens.
              if (!progress.get().current().ended()) {
                send(client, "progress", scope, j.id());
              } else if (ended.compareAndSet(false, true)) {
                send(client, "done", scope, j.id());
                client.close();
              }
            })
        .handle(ctx);
  }

  private void send(SseClient client, String event, CaseScope scope, long id) {
    JobRecords.Job j = store.jobs().find(id).orElseThrow();
    String html = pages.html("jobstatus.jte", status(scope, j)).replaceAll("\\s*\\n\\s*", " ");
    client.sendEvent(event, html);
  }

  private void cancel(Context ctx, CaseScope scope) {
    JobRecords.Job j = job(ctx, scope);
    if (!j.user().equals(scope.caller().name()) && !scope.may(Permission.JOB_CANCEL_ANY)) {
      Guard.deny(ctx, scope.caller(), 403, "cancel another user's job");
      throw WebError.forbidden("Only who started a job, or an admin, may cancel it.");
    }
    jobs.cancel(j.id());
    ctx.redirect("/cases/" + scope.name() + "/jobs/" + j.id(), HttpStatus.SEE_OTHER);
  }

  private void result(Context ctx, CaseScope scope) throws IOException {
    JobRecords.Job j = job(ctx, scope);
    Path dir = jobs.outputs(scope.name()).toAbsolutePath().normalize();
    Path file =
        j.result()
            .map(r -> dir.resolve(r).normalize())
            .filter(p -> p.startsWith(dir) && Files.isRegularFile(p))
            .orElseThrow(WebError::notFound);
    String name = file.getFileName().toString();
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType(
        name.endsWith(".pdf")
            ? "application/pdf"
            : name.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream");
    try (InputStream in = Files.newInputStream(file)) {
      ctx.result(in.readAllBytes());
    }
  }
}
