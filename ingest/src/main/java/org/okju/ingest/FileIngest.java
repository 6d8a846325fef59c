package org.okju.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.okju.casefile.FileTimes;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemPath;
import org.okju.casefile.SourceId;
import org.okju.evidence.EvidenceException;
import org.okju.evidence.EvidenceStream;
import org.okju.evidence.folder.FolderWalker;
import org.okju.evidence.posix.FileKind;
import org.okju.evidence.posix.FileStat;
import org.okju.evidence.posix.OpenedFile;
import org.okju.evidence.posix.PosixException;
import org.okju.evidence.posix.ReadOnlyFiles;
import org.okju.fingerprint.crash.CrashJournal;

/**
 * Ingest's per-file work without a case: the same walk checks, one read (digests, type), archive
 * members, metadata, PDQ with copy views and vPDQ as {@link Ingest} runs on each item, handed to a
 * consumer instead of the catalogue writer. For workers of a distributed run (Spark executors) that
 * get {@link SourceListing} entries from a driver.
 *
 * <p>One instance per thread (its stages keep scratch memory); not thread-safe. Close it to release
 * the stages and the spool directory's files.
 */
public final class FileIngest implements AutoCloseable {
  // Items outside a case have no source row; the stages never look at it.
  private static final SourceId NO_SOURCE = new SourceId(Long.MAX_VALUE);

  private final IngestSettings settings;
  private final List<IngestStage> stages;
  private final ReadOnlyFiles posix = new ReadOnlyFiles();
  private final Deque<Consumer<IngestedItem>> sinks = new ArrayDeque<>();
  private final Deque<String> parents = new ArrayDeque<>();
  private long containers;

  private FileIngest(IngestSettings settings) {
    this.settings = settings;
    this.stages = StageOrder.sort(Ingest.stages(settings));
    Context context = new Context();
    stages.forEach(s -> s.open(context));
  }

  /**
   * A file ingest configured as {@link Ingest#create} is; the work directory (spool files of videos
   * and large archives) must be set and must not lie under any evidence.
   *
   * @throws IllegalArgumentException when no work directory is set
   */
  public static FileIngest create(Consumer<IngestConfig> config) {
    IngestConfig c = new IngestConfig();
    config.accept(c);
    IngestSettings s = c.freeze(null);
    if (s.workDirectory() == null) {
      throw new IllegalArgumentException("a file ingest needs a work directory for spool files");
    }
    try {
      Files.createDirectories(s.workDirectory());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot create work directory " + s.workDirectory(), e);
    }
    return new FileIngest(s);
  }

  /**
   * Ingests one listed entry and, for an archive, its members (depth-first, members before their
   * archive, as the catalogue writer receives them). Every item reaches {@code out}, also one that
   * could not be read (its problems say why).
   */
  public void run(SourceListing.Entry entry, Consumer<IngestedItem> out)
      throws InterruptedException {
    ItemPath path = ItemPath.ofBytes(entry.relative());
    byte[] absolute = entry.absolute();
    IngestItem item;
    if (entry.unlistable().isPresent()) {
      item = item(path, absolute, -1, FileTimes.none());
      item.skip();
      Problem p = entry.unlistable().get();
      item.problem(p.stage(), p.kind(), p.severity(), p.message());
      out.accept(IngestedItem.of(item, Optional.empty()));
      return;
    }
    FileStat stat;
    try {
      stat = posix.lstat(absolute);
    } catch (PosixException e) {
      item = item(path, absolute, -1, FileTimes.none());
      item.skip();
      item.problem(
          EntryChecks.STAGE,
          e.kind(),
          org.okju.casefile.ErrorSeverity.ERROR,
          "cannot stat: " + e.getMessage());
      out.accept(IngestedItem.of(item, Optional.empty()));
      return;
    }
    item = item(path, absolute, stat.size(), Times.of(stat.times()));
    new EntryChecks(posix, entry.root())
        .check(new FolderWalker.Entry(entry.relative(), absolute, stat), item);
    sinks.push(out);
    try {
      process(item);
    } finally {
      sinks.pop();
    }
  }

  private IngestItem item(ItemPath path, byte[] absolute, long size, FileTimes times) {
    return new IngestItem(
        NO_SOURCE,
        Optional.empty(),
        path,
        path.display(),
        0,
        size,
        times,
        () -> open(absolute),
        ContentReader.Budget.NONE);
  }

  private EvidenceStream open(byte[] absolute) throws IOException {
    OpenedFile f = posix.openFile(absolute);
    if (f.stat().kind() != FileKind.REGULAR) {
      f.close();
      throw new EvidenceException(
          "not-regular", "was a regular file when listed, is now a " + f.stat().kind().word());
    }
    return f;
  }

  private void process(IngestItem item) throws InterruptedException {
    try {
      for (IngestStage stage : stages) {
        stage.process(item);
      }
    } finally {
      item.release();
      if (item.registeredId().isPresent()) {
        parents.pop();
      }
    }
    sinks.peek().accept(IngestedItem.of(item, Optional.ofNullable(parents.peek())));
  }

  /** How many files this instance could not preserve the access time of (not the owner). */
  public long atimeNotPreserved() {
    return posix.atimeNotPreserved();
  }

  /** What the stages see: this run's settings, and archives whose members run right here. */
  private final class Context implements StageContext {
    @Override
    public IngestSettings settings() {
      return settings;
    }

    @Override
    public ItemId registerContainer(IngestItem item) {
      // No catalogue: the id only marks the archive as open while its members run.
      ItemId id = new ItemId(++containers);
      item.registeredId(id);
      parents.push(item.displayPath());
      return id;
    }

    @Override
    public void processMember(IngestItem member) throws InterruptedException {
      process(member);
    }

    @Override
    public CrashJournal.Guard decoderGuard() {
      // No case to keep a journal in: a crash fails the distributed task, which its scheduler
      // retries and then gives up on.
      return CrashJournal.unguarded();
    }
  }

  @Override
  public void close() {
    stages.forEach(IngestStage::close);
  }
}
