package org.okju.ingest;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;
import org.okju.casefile.ItemId;
import org.okju.fingerprint.crash.CrashJournal;

/**
 * One ingest worker: takes items from the walk, runs every stage on each (archive members too,
 * depth-first, in this worker) and hands the results to the writer. Its stages are its own
 * instances. Runs on one thread.
 */
final class Worker implements Runnable, StageContext {
  static final IngestItem END =
      new IngestItem(null, java.util.Optional.empty(), null, "", 0, 0, null, null, null);

  private final IngestSettings settings;
  private final List<IngestStage> stages;
  private final BlockingQueue<IngestItem> input;
  private final CatalogueWriter writer;
  private final CrashJournal.Guard decoderGuard;
  private volatile Throwable failure;

  Worker(
      IngestSettings settings,
      Supplier<List<IngestStage>> stageFactory,
      BlockingQueue<IngestItem> input,
      CatalogueWriter writer,
      CrashJournal.Guard decoderGuard) {
    this.settings = settings;
    this.decoderGuard = decoderGuard;
    this.stages = StageOrder.sort(stageFactory.get());
    this.input = input;
    this.writer = writer;
  }

  Throwable failure() {
    return failure;
  }

  @Override
  public void run() {
    try {
      stages.forEach(s -> s.open(this));
      while (true) {
        IngestItem item = input.take();
        if (item == END) {
          return;
        }
        long start = System.nanoTime();
        process(item);
        settings
            .observer()
            .processed(
                MediaKinds.kind(item.mediaType().orElse("")),
                Math.max(0, item.declaredSize()),
                System.nanoTime() - start);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      failure = e;
      writer.abort(e);
    } finally {
      stages.forEach(IngestStage::close);
    }
  }

  private void process(IngestItem item) throws InterruptedException {
    try {
      for (IngestStage stage : stages) {
        stage.process(item);
      }
    } finally {
      item.release();
    }
    writer.submit(item);
  }

  @Override
  public IngestSettings settings() {
    return settings;
  }

  @Override
  public ItemId registerContainer(IngestItem item) throws InterruptedException {
    ItemId id = writer.register(item);
    item.registeredId(id);
    return id;
  }

  @Override
  public CrashJournal.Guard decoderGuard() {
    return decoderGuard;
  }

  @Override
  public void processMember(IngestItem member) throws InterruptedException {
    process(member);
  }
}
