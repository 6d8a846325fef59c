package org.okju.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseLock;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ItemPath;
import org.okju.casefile.NewSource;
import org.okju.casefile.Source;
import org.okju.casefile.SourceId;
import org.okju.casefile.SourceStatus;
import org.okju.evidence.PathBytes;
import org.okju.evidence.image.ImageDetector;
import org.okju.evidence.image.ImageFormat;
import org.okju.evidence.posix.FileKind;
import org.okju.evidence.posix.FileStat;
import org.okju.evidence.posix.PosixException;
import org.okju.evidence.posix.ReadOnlyFiles;
import org.okju.fingerprint.crash.CrashJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests evidence sources into a case: walks each source read-only, reads every file once
 * (digests, type, kept bytes), opens archives, fingerprints images and videos, extracts metadata,
 * and records the source with its manifest and a custody entry.
 *
 * <p><b>Threads.</b> The calling thread walks; {@code threads} workers each run every stage on the
 * items they take (so one core hashes while the other decodes, whatever the mix of files); one
 * writer thread commits the results in batches. Queues between them are bounded, so memory does not
 * grow with the tree.
 *
 * <p><b>Resume.</b> A run holds the case's writer lock ({@link CaseStore#lock}), so a source still
 * {@code running} in the case is one whose ingest was interrupted, never one another process is
 * ingesting now (that process holds the lock: this run fails with {@link
 * org.okju.casefile.CaseBusyException}). The same command finds it by its path and goes on: files
 * whose row is {@code done} with the same size and modification time are not read again; everything
 * else is (re)written by key, so rows never duplicate.
 *
 * <p>Not thread-safe: one run at a time per instance.
 */
public final class Ingest {
  private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

  private final CaseStore store;
  private final IngestConfig config;

  private Ingest(CaseStore store, IngestConfig config) {
    this.store = store;
    this.config = config;
  }

  /** An ingest into {@code store} configured by {@code config}. */
  public static Ingest create(CaseStore store, Consumer<IngestConfig> config) {
    IngestConfig c = new IngestConfig();
    config.accept(c);
    return new Ingest(store, c);
  }

  /**
   * Starts reading Tika's type rules and container detectors (about a quarter of a second of one
   * core, interpreted) on a thread of their own, so that a caller that opens the case next overlaps
   * the two; the workers would otherwise read them before their first file. Optional: without it
   * the workers read them themselves, and a failure here is met again there and reported.
   */
  public static void prepareTypeDetection() {
    Thread t = new Thread(TypeDetector::new, "okju-type-rules");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Ingests one source: a directory tree or a single file.
   *
   * @throws IllegalArgumentException when the source does not exist, or the case or the work
   *     directory lies inside it (ingest would write into the evidence)
   * @throws IngestException when the case store fails
   * @throws org.okju.casefile.CaseBusyException when another process or store is writing to the
   *     case
   */
  public IngestSummary run(Path sourcePath) throws InterruptedException {
    IngestSettings settings = config.freeze(defaultWorkDirectory());
    // Nested when the caller (the CLI) already holds it for this store.
    CaseLock lock = store.lock("okju ingest", settings.user());
    try {
      return runLocked(sourcePath, settings);
    } finally {
      lock.close();
    }
  }

  private IngestSummary runLocked(Path sourcePath, IngestSettings settings)
      throws InterruptedException {
    Instant started = Instant.now();
    Path source = sourcePath.toAbsolutePath().normalize();
    refuseWritesInside(source, settings);
    clearWorkDirectory(settings.workDirectory());
    ReadOnlyFiles posix = new ReadOnlyFiles();
    byte[] root = PathBytes.of(source);
    FileStat rootStat;
    try {
      rootStat = posix.statFollowing(root);
    } catch (PosixException e) {
      throw new IllegalArgumentException("cannot read source " + source + ": " + e.getMessage(), e);
    }
    ItemPath given = ItemPath.ofBytes(root);
    List<Source> earlier = store.sources().findByPath(given);
    Optional<Source> running =
        earlier.stream().filter(s -> s.status() == SourceStatus.RUNNING).findFirst();
    Optional<Source> finished =
        earlier.stream().filter(s -> s.status() != SourceStatus.RUNNING).reduce((a, b) -> b);
    if (running.isEmpty() && finished.isPresent()) {
      return summary(finished.get().id(), given, true, new RunCounts(), started);
    }
    SourceId id;
    boolean resuming = running.isPresent();
    if (resuming) {
      id = running.get().id();
      LOG.info("resuming the interrupted ingest of source {}", id.value());
    } else {
      id =
          store
              .sources()
              .start(
                  new NewSource(
                      given,
                      started,
                      settings.okjuVersion(),
                      settings.user(),
                      settings.commandLine()));
    }
    new Custody(store, settings).started(id, given, resuming);
    RunCounts counts = pipeline(settings, posix, id, root, rootStat, resuming);
    IngestSummary summary = summary(id, given, false, counts, started);
    store
        .sources()
        .finish(
            id,
            summary.status(),
            org.okju.casefile.Sha256.parse(summary.manifestSha256()),
            summary.items(),
            Instant.now());
    new Custody(store, settings).finished(id, given, summary);
    clearWorkDirectory(settings.workDirectory());
    return summary;
  }

  private RunCounts pipeline(
      IngestSettings settings,
      ReadOnlyFiles posix,
      SourceId id,
      byte[] root,
      FileStat rootStat,
      boolean resuming)
      throws InterruptedException {
    Set<String> stageNames = new LinkedHashSet<>();
    stages(settings).forEach(s -> stageNames.add(s.name()));
    CrashJournal journal;
    try {
      journal = CrashJournal.open(crashJournalDirectory());
    } catch (java.io.UncheckedIOException e) {
      throw new IngestException(e.getMessage(), e);
    }
    try (journal) {
      return pipeline(settings, posix, id, root, rootStat, resuming, stageNames, journal);
    }
  }

  private RunCounts pipeline(
      IngestSettings settings,
      ReadOnlyFiles posix,
      SourceId id,
      byte[] root,
      FileStat rootStat,
      boolean resuming,
      Set<String> stageNames,
      CrashJournal journal)
      throws InterruptedException {
    CatalogueWriter writer = new CatalogueWriter(store, settings, stageNames, resuming);
    writer.start();
    BlockingQueue<IngestItem> queue = new ArrayBlockingQueue<>(settings.threads() * 4);
    List<Worker> workers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < settings.threads(); i++) {
      Worker w = new Worker(settings, () -> stages(settings), queue, writer, journal.guard(i));
      Thread t = new Thread(w, "okju-ingest-" + i);
      workers.add(w);
      threads.add(t);
      t.start();
    }
    Optional<ImageDetector.Detection> detected = detect(posix, root, rootStat);
    Optional<ImageFormat> image = detected.flatMap(ImageDetector.Detection::format);
    Feeder feeder = new Feeder(store, settings, posix, id, root, queue, resuming, workers);
    if (detected.isPresent() && image.isEmpty() && ImageDetector.namedLikeImage(root)) {
      feeder.notAnImage(detected.get().what());
    }
    ImageFeeder images =
        image.isEmpty()
            ? null
            : new ImageFeeder(
                store, settings, posix, id, root, image.get(), queue, resuming, workers);
    boolean stopped = false;
    try {
      if (images != null) {
        images.feed(rootStat);
      } else {
        feeder.feed(rootStat);
      }
    } catch (InterruptedException e) {
      stopped = true;
      throw e;
    } finally {
      // Runs to its end even when the stop comes now, while the workers finish the queue (a web
      // job cancelled, Ctrl-C): the writer commits what the workers finished and ends, and no
      // worker or writer thread outlives the run or its writer lock.
      boolean stopNow = drainUninterruptibly(queue, threads, writer, stopped);
      if (images != null) {
        images.close();
      }
      if (stopNow && !stopped) {
        Thread.currentThread().interrupt(); // keeps the stop for the check below
      }
    }
    if (Thread.interrupted()) {
      throw new InterruptedException("ingest stopped; the source stays resumable");
    }
    for (Worker w : workers) {
      if (w.failure() != null) {
        throw new IngestException(
            "an ingest worker failed: " + w.failure().getMessage(), w.failure());
      }
    }
    if (images != null) {
      images.logCustody();
    }
    return new RunCounts(
        images != null ? images.resumedDone() : feeder.resumedDone(),
        writer.read(),
        writer.bytes(),
        posix.atimeNotPreserved());
  }

  /**
   * Ends the workers and the writer without giving up on an interrupt: a stop (before or during)
   * drops the items not yet started, which stay for the resume, and lets the workers finish and the
   * writer commit only what they hold. Returns whether a stop came while it ran.
   */
  private static boolean drainUninterruptibly(
      BlockingQueue<IngestItem> queue,
      List<Thread> threads,
      CatalogueWriter writer,
      boolean stoppedBefore) {
    boolean stopped = Thread.interrupted();
    if (stopped || stoppedBefore) {
      queue.clear();
    }
    for (int ended = 0; ended < threads.size(); ) {
      try {
        queue.put(Worker.END);
        ended++;
      } catch (InterruptedException e) {
        stopped = true;
        queue.clear();
      }
    }
    for (Thread t : threads) {
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          stopped = true;
          // Items still queued behind the ENDs are dropped; each worker still finds its END.
          dropUnstarted(queue, threads.size());
        }
      }
    }
    return writer.finishUninterruptibly() || stopped;
  }

  // Removes the queued items that no worker has taken, keeping one END per live worker.
  private static void dropUnstarted(BlockingQueue<IngestItem> queue, int workers) {
    int ends = 0;
    List<IngestItem> drained = new ArrayList<>();
    queue.drainTo(drained);
    for (IngestItem item : drained) {
      if (item == Worker.END) {
        ends++;
      }
    }
    for (int i = 0; i < Math.min(ends, workers); i++) {
      queue.add(Worker.END);
    }
  }

  // A single-file source whose content is a disk image (E01, raw, split raw's first segment) is
  // read as the disk it holds; anything else is catalogued as the file it is.
  private static Optional<ImageDetector.Detection> detect(
      ReadOnlyFiles posix, byte[] root, FileStat rootStat) {
    if (rootStat.kind() != FileKind.REGULAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(ImageDetector.detect(posix, root));
    } catch (PosixException e) {
      // Unreadable: the read of the file itself reports it.
      return Optional.empty();
    }
  }

  static List<IngestStage> stages(IngestSettings settings) {
    List<IngestStage> stages = new ArrayList<>();
    stages.add(new ReadStage());
    stages.add(new ArchiveStage());
    if (settings.fingerprints()) {
      stages.add(new VideoStage());
      stages.add(new MetadataStage());
      stages.add(new ImagePdqStage());
    }
    if (settings.text()) {
      stages.add(new TextStage(settings.fingerprints()));
    }
    return stages;
  }

  /** What this run did, as opposed to what the catalogue holds. */
  record RunCounts(long resumedDone, long read, long bytes, long atimeNotPreserved) {
    RunCounts() {
      this(0, 0, 0, 0);
    }
  }

  private IngestSummary summary(
      SourceId id, ItemPath given, boolean already, RunCounts counts, Instant started) {
    CatalogueAudit audit = new CatalogueAudit(store, id).run();
    SourceStatus status = audit.allOk() ? SourceStatus.COMPLETE : SourceStatus.PARTIAL;
    if (already) {
      status = store.sources().find(id).map(Source::status).orElse(status);
    }
    return new IngestSummary(
        id.value(),
        given.display(),
        status,
        already,
        audit.items(),
        audit.bytes(),
        audit.byStatus(),
        audit.byKind(),
        audit.mismatches(),
        counts.resumedDone(),
        counts.read(),
        counts.bytes(),
        Duration.between(started, Instant.now()),
        audit.manifest().toHex(),
        audit.problems(),
        audit.problemCount(),
        counts.atimeNotPreserved());
  }

  /** Where the case's crash journal lives: see {@link CaseLocation#localWorkDirectory}. */
  private Path crashJournalDirectory() {
    return store.location().localWorkDirectory().resolve("crash-journal");
  }

  private Path defaultWorkDirectory() {
    if (store.location() instanceof CaseLocation.Directory d) {
      return d.path().toAbsolutePath().resolve("work");
    }
    return Path.of(
        System.getProperty("java.io.tmpdir"), "okju-work-" + ProcessHandle.current().pid());
  }

  private void refuseWritesInside(Path source, IngestSettings settings) {
    if (!Files.exists(source)) {
      throw new IllegalArgumentException("no such source: " + source);
    }
    List<Path> ours = new ArrayList<>();
    ours.add(settings.workDirectory());
    if (store.location() instanceof CaseLocation.Directory d) {
      ours.add(d.path());
    }
    for (Path p : ours) {
      Path real = realOrNormal(p);
      Path src = realOrNormal(source);
      if (real.startsWith(src)) {
        throw new IllegalArgumentException(
            "the case or work directory "
                + p
                + " is inside the source "
                + source
                + ": okju never writes under evidence");
      }
    }
  }

  private static Path realOrNormal(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException e) {
      Path parent = abs.getParent();
      return parent == null ? abs : realOrNormal(parent).resolve(abs.getFileName());
    }
  }

  private static void clearWorkDirectory(Path work) {
    try (var files = Files.list(work)) {
      for (Path p : files.toList()) {
        if (p.getFileName().toString().endsWith(".spool")) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      LOG.debug("could not clear the work directory", e);
    }
  }
}
