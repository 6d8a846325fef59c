package org.okju.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.okju.casefile.Batch;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ItemError;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemProgress;

/**
 * The one thread that writes the catalogue: items arrive from the workers and are written in
 * batches, each batch one transaction, committed every {@code batchSize} items or {@code
 * commitIntervalMillis}. An item's row, errors, fingerprints and metadata commit together with its
 * {@code done} marker, so a kill leaves every item either fully catalogued or absent; an archive's
 * own row is marked done only after its members (it is submitted after them).
 *
 * <p>A database failure here is an infrastructure failure: the run stops.
 */
final class CatalogueWriter implements Runnable {
  /** What the workers send: a finished item, or an archive to register before its members. */
  private sealed interface Job permits Finished, Register, End {}

  private record Finished(IngestItem item) implements Job {}

  private record Register(IngestItem item, CompletableFuture<ItemId> id) implements Job {}

  private record End() implements Job {}

  private final CaseStore store;
  private final IngestSettings settings;
  private final Set<String> stageNames;
  // A fresh source has no error rows to replace: skipping the deletes halves the statements.
  private final boolean resuming;
  private final BlockingQueue<Job> queue;
  private final ItemRows rows = new ItemRows();
  private final AtomicLong written = new AtomicLong();
  // Items whose bytes were read: an unreadable or skipped file is catalogued, not "read".
  private final AtomicLong read = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private volatile Throwable failure;
  private Thread thread;

  CatalogueWriter(
      CaseStore store, IngestSettings settings, Set<String> stageNames, boolean resuming) {
    this.store = store;
    this.resuming = resuming;
    this.settings = settings;
    this.stageNames = stageNames;
    this.queue = new ArrayBlockingQueue<>(Math.max(64, settings.batchSize() * 2));
  }

  void start() {
    thread = new Thread(this, "okju-ingest-writer");
    thread.start();
  }

  /** Queues a finished item; blocks while the writer is behind (bounded memory). */
  void submit(IngestItem item) throws InterruptedException {
    Throwable f = failure;
    if (f != null) {
      throw new IngestException("writing the catalogue failed: " + f.getMessage(), f);
    }
    queue.put(new Finished(item));
  }

  /**
   * Writes an archive's row now (not yet done) and returns its id, so that its members can name it
   * as their parent. Goes through the writer because on SQLite the writer's open transaction holds
   * the database's one write lock.
   */
  ItemId register(IngestItem archive) throws InterruptedException {
    CompletableFuture<ItemId> id = new CompletableFuture<>();
    queue.put(new Register(archive, id));
    try {
      return id.get();
    } catch (ExecutionException e) {
      throw new IngestException(
          "writing the catalogue failed: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** Stops the writer because a worker died. */
  void abort(Throwable cause) {
    if (failure == null) {
      failure = cause;
    }
    thread.interrupt();
  }

  /**
   * Writes what is queued, commits, and stops; an interrupt meanwhile does not stop it (the commit
   * of what the workers finished is what a resume relies on). Returns whether one came.
   */
  boolean finishUninterruptibly() {
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(new End());
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (failure != null) {
      throw new IngestException("writing the catalogue failed: " + failure.getMessage(), failure);
    }
    return interrupted;
  }

  long written() {
    return written.get();
  }

  long read() {
    return read.get();
  }

  long bytes() {
    return bytes.get();
  }

  @Override
  public void run() {
    List<IngestItem> pending = new ArrayList<>();
    try (Batch batch = store.batch()) {
      long deadline =
          System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.commitIntervalMillis());
      while (true) {
        long wait = Math.max(0, deadline - System.nanoTime());
        Job job = queue.poll(wait, TimeUnit.NANOSECONDS);
        if (job instanceof End) {
          commit(batch, pending);
          return;
        }
        if (job instanceof Finished f) {
          write(batch, f.item());
          pending.add(f.item());
        } else if (job instanceof Register r) {
          try {
            r.id().complete(batch.items().upsert(rows.row(r.item(), ItemProgress.HASHED)));
          } catch (RuntimeException e) {
            r.id().completeExceptionally(e);
            throw e;
          }
        }
        if (pending.size() >= settings.batchSize() || System.nanoTime() >= deadline) {
          commit(batch, pending);
          deadline =
              System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.commitIntervalMillis());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      failPending();
    }
  }

  private void failPending() {
    for (Job job : queue) {
      if (job instanceof Register r) {
        r.id()
            .completeExceptionally(
                failure != null ? failure : new IllegalStateException("writer stopped"));
      }
    }
  }

  private void commit(Batch batch, List<IngestItem> pending) {
    if (pending.isEmpty()) {
      return;
    }
    batch.commit();
    for (IngestItem item : pending) {
      written.incrementAndGet();
      if (item.read().isPresent()) {
        read.incrementAndGet();
      }
      long size = Math.max(0, item.declaredSize());
      bytes.addAndGet(item.read().isPresent() ? size : 0);
      settings.observer().catalogued(size, item.depth() == 0);
    }
    pending.clear();
  }

  private void write(Batch batch, IngestItem item) {
    ItemId id = batch.items().upsert(rows.row(item, ItemProgress.DONE));
    if (resuming || item.registeredId().isPresent()) {
      for (String stage : stageNames) {
        batch.itemErrors().clear(id, stage);
      }
      batch.itemErrors().clear(id, EntryChecks.STAGE);
    }
    Instant now = Instant.now();
    for (Problem p : item.problems()) {
      batch
          .itemErrors()
          .record(new ItemError(id, p.stage(), p.kind(), p.severity(), p.message(), now));
    }
    item.pdq().ifPresent(pdq -> batch.fingerprints().putImage(id, pdq));
    if (!item.frames().isEmpty()) {
      batch.fingerprints().putVideo(id, item.frames());
    }
    if (!item.copySignals().isEmpty()) {
      batch.copies().putSignals(id, item.copySignals());
    }
    item.picture().ifPresent(p -> batch.copies().putPicture(id, p));
    if (!item.metadata().isEmpty()) {
      batch.metadata().put(id, item.metadata());
    }
    if (item.text().isPresent()) {
      batch.texts().put(ItemTextRows.row(id, item.text().get(), now));
    } else if (resuming || item.registeredId().isPresent()) {
      batch.texts().remove(id); // an earlier, interrupted run's reading must not linger
    }
  }
}
