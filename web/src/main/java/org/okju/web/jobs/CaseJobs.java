package org.okju.web.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.okju.casefile.CaseStore;
import org.okju.web.store.ServerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs started from the browser: one at a time per case (each case has one job thread; later
 * jobs queue), each recorded in the server store, its progress heard by the pages, cancellable. The
 * same job (kind and parameters) cannot be queued twice. Thread-safe.
 */
public final class CaseJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CaseJobs.class);

  private record Running(JobProgress progress, Future<?> future, String key, long caseId) {}

  private final ServerStore store;
  private final Clock clock;
  private final Map<Long, ExecutorService> threads = new ConcurrentHashMap<>();
  private final Map<Long, Running> jobs = new ConcurrentHashMap<>();

  public CaseJobs(ServerStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Where a case's job results go. */
  public Path outputs(String caseName) {
    return store.location().outputs().resolve(caseName);
  }

  /**
   * Queues a job; returns its id.
   *
   * @throws IllegalStateException when the same job is already queued or running
   */
  public synchronized long start(
      long caseId,
      String caseName,
      CaseStore caseStore,
      String kind,
      String parametersJson,
      String user,
      JobWork work) {
    String key = caseId + "\n" + kind + "\n" + parametersJson;
    for (Running r : jobs.values()) {
      if (r.key().equals(key) && !r.progress().current().ended()) {
        throw new IllegalStateException("the same " + kind + " job is already queued or running");
      }
    }
    long id = store.jobs().queue(caseId, kind, parametersJson, user, clock.instant());
    JobProgress progress = new JobProgress();
    ExecutorService thread =
        threads.computeIfAbsent(
            caseId,
            c ->
                Executors.newSingleThreadExecutor(
                    r -> {
                      Thread t = new Thread(r, "okju-job-" + caseName);
                      t.setDaemon(true);
                      return t;
                    }));
    Future<?> future = thread.submit(() -> run(id, caseName, caseStore, kind, work, progress));
    jobs.put(id, new Running(progress, future, key, caseId));
    return id;
  }

  private void run(
      long id,
      String caseName,
      CaseStore caseStore,
      String kind,
      JobWork work,
      JobProgress progress) {
    if (Thread.currentThread().isInterrupted()) {
      return;
    }
    store.jobs().started(id, clock.instant());
    progress.running(0, -1, "started");
    LOG.info("job {} ({}) of case {} started", id, kind, caseName);
    try {
      JobOutcome outcome = work.run(caseStore, progress);
      Optional<String> result = outcome.file().map(f -> outputs(caseName).relativize(f).toString());
      finish(id, progress, "done", outcome.message(), result);
    } catch (InterruptedException e) {
      finish(
          id,
          progress,
          "cancelled",
          "cancelled"
              + (kind.equals("ingest")
                  ? "; the source stays resumable: start the same ingest again"
                  : ""),
          Optional.empty());
    } catch (Exception | Error e) {
      LOG.warn("job {} ({}) of case {} failed", id, kind, caseName, e);
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      finish(id, progress, "failed", "failed: " + oneLine(message), Optional.empty());
    }
  }

  private void finish(
      long id, JobProgress progress, String state, String message, Optional<String> result) {
    store.jobs().finished(id, state, message, result, clock.instant());
    JobProgress.Snapshot last = progress.current();
    progress.set(
        new JobProgress.Snapshot(
            state, last.done(), last.total(), message, result.map(r -> "result")));
    LOG.info("job {} {}: {}", id, state, message);
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ").strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  /** The progress of a job this server started, if it still knows it. */
  public Optional<JobProgress> progress(long id) {
    return Optional.ofNullable(jobs.get(id)).map(Running::progress);
  }

  /**
   * Cancels a queued or running job (a running one is interrupted: it stops at its next safe
   * point). Returns false when the job is not active here.
   */
  public boolean cancel(long id) {
    Running r = jobs.get(id);
    if (r == null || r.progress().current().ended()) {
      return false;
    }
    boolean queued = r.progress().current().state().equals("queued");
    r.future().cancel(true);
    if (queued) {
      finish(id, r.progress(), "cancelled", "cancelled before it started", Optional.empty());
    }
    return true;
  }

  /** Stops every case's job thread (running jobs are interrupted). */
  @Override
  public void close() {
    threads.values().forEach(ExecutorService::shutdownNow);
    for (ExecutorService t : threads.values()) {
      try {
        t.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
