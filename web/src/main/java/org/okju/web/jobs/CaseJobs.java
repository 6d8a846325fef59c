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
import org.okju.casefile.CaseBusyException;
import org.okju.casefile.CaseLock;
import org.okju.casefile.CaseStore;
import org.okju.casefile.LockHolder;
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

  private record Running(
      JobProgress progress, Future<?> future, String key, long caseId, Life life) {}

  /**
   * Where a job is in its life: queued (also while it waits for the case's writer lock), started,
   * ended. Whoever moves it on records it, so a job ends exactly once: a cancel that meets a job
   * the case's thread is just starting either stops it before it starts or leaves it to end as a
   * running job does, never both.
   */
  private static final class Life {
    private boolean started;
    private boolean ended;

    synchronized boolean start() {
      if (ended) {
        return false;
      }
      started = true;
      return true;
    }

    synchronized boolean end() {
      if (ended) {
        return false;
      }
      ended = true;
      return true;
    }

    synchronized boolean queued() {
      return !started && !ended;
    }
  }

  // How often a job waiting for another process's writer lock looks again.
  private static final long LOCK_POLL_MILLIS = 500;

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
    Life life = new Life();
    Future<?> future =
        thread.submit(() -> run(id, caseName, caseStore, kind, user, work, progress, life));
    jobs.put(id, new Running(progress, future, key, caseId, life));
    return id;
  }

  private void run(
      long id,
      String caseName,
      CaseStore caseStore,
      String kind,
      String user,
      JobWork work,
      JobProgress progress,
      Life life) {
    CaseLock lock;
    try {
      lock = writerLock(caseStore, kind, user, progress, life);
    } catch (InterruptedException e) {
      finish(id, life, progress, "cancelled", "cancelled before it started", Optional.empty());
      return;
    } catch (RuntimeException e) {
      LOG.warn("job {} ({}) of case {} could not lock the case", id, kind, caseName, e);
      finish(id, life, progress, "failed", "failed: " + oneLine(message(e)), Optional.empty());
      return;
    }
    try (lock) {
      if (!life.start()) {
        return; // cancelled while it waited: already recorded
      }
      store.jobs().started(id, clock.instant());
      progress.running(0, -1, "started");
      LOG.info("job {} ({}) of case {} started", id, kind, caseName);
      JobOutcome outcome = work.run(caseStore, progress);
      Optional<String> result = outcome.file().map(f -> outputs(caseName).relativize(f).toString());
      finish(id, life, progress, "done", outcome.message(), result);
    } catch (InterruptedException e) {
      finish(
          id,
          life,
          progress,
          "cancelled",
          "cancelled"
              + (kind.equals("ingest")
                  ? "; the source stays resumable: start the same ingest again"
                  : ""),
          Optional.empty());
    } catch (Exception | Error e) {
      LOG.warn("job {} ({}) of case {} failed", id, kind, caseName, e);
      finish(id, life, progress, "failed", "failed: " + oneLine(message(e)), Optional.empty());
    }
  }

  /**
   * Takes the case's writer lock for the job, as the CLI's verbs do, so a job never writes beside
   * an {@code okju ingest} run from a terminal (nor the reverse: that run is refused while the job
   * holds it). While another process holds it, the job stays queued and says for whom it waits.
   */
  private static CaseLock writerLock(
      CaseStore caseStore, String kind, String user, JobProgress progress, Life life)
      throws InterruptedException {
    String command = "okju serve (" + kind + " job)";
    while (true) {
      if (Thread.currentThread().isInterrupted() || !life.queued()) {
        throw new InterruptedException();
      }
      try {
        return caseStore.lock(command, user);
      } catch (CaseBusyException e) {
        String holder = e.holder().map(LockHolder::describe).orElse("another okju process");
        progress.set(
            new JobProgress.Snapshot(
                "queued", 0, -1, "waiting for " + holder + " to finish", Optional.empty()));
        Thread.sleep(LOCK_POLL_MILLIS);
      }
    }
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private void finish(
      long id,
      Life life,
      JobProgress progress,
      String state,
      String message,
      Optional<String> result) {
    if (!life.end()) {
      return;
    }
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
    // A queued job (or one waiting for the writer lock) ends here, recorded once; the case's thread
    // then finds it ended and skips it. A started one is interrupted and records its own end.
    synchronized (r.life()) {
      if (r.life().queued()) {
        finish(
            id,
            r.life(),
            r.progress(),
            "cancelled",
            "cancelled before it started",
            Optional.empty());
      }
    }
    r.future().cancel(true);
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
