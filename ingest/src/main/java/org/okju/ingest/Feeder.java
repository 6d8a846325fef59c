package org.okju.ingest;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.Item;
import org.okju.casefile.ItemPath;
import org.okju.casefile.ItemProgress;
import org.okju.casefile.SourceId;
import org.okju.evidence.EvidenceException;
import org.okju.evidence.EvidenceStream;
import org.okju.evidence.folder.FolderWalker;
import org.okju.evidence.posix.FileKind;
import org.okju.evidence.posix.FileStat;
import org.okju.evidence.posix.OpenedFile;
import org.okju.evidence.posix.PosixException;
import org.okju.evidence.posix.ReadOnlyFiles;

/**
 * Turns the walk into items for the workers, on the calling thread; on a resumed run it leaves out
 * the files an earlier run finished (row {@code done}, same size and modification time).
 */
final class Feeder {
  private final CaseStore store;
  private final IngestSettings settings;
  private final ReadOnlyFiles posix;
  private final SourceId source;
  private final byte[] root;
  private final BlockingQueue<IngestItem> queue;
  private final boolean resuming;
  private final List<Worker> workers;
  private final EntryChecks checks;
  private long resumedDone;
  private long listed;
  private long listedBytes;

  Feeder(
      CaseStore store,
      IngestSettings settings,
      ReadOnlyFiles posix,
      SourceId source,
      byte[] root,
      BlockingQueue<IngestItem> queue,
      boolean resuming,
      List<Worker> workers) {
    this.store = store;
    this.settings = settings;
    this.posix = posix;
    this.source = source;
    this.root = root;
    this.queue = queue;
    this.resuming = resuming;
    this.workers = workers;
    this.checks = new EntryChecks(posix, root);
  }

  private String notAnImage;

  /**
   * Says that the single-file source is named like a disk image ({@code .E01}, {@code .dd} …) but
   * holds none ({@code what} the content is): its item gets an error, so the run ends with exit 3
   * rather than a silent catalogue of one opaque file.
   */
  void notAnImage(String what) {
    this.notAnImage = what;
  }

  long resumedDone() {
    return resumedDone;
  }

  void feed(FileStat rootStat) throws InterruptedException {
    if (rootStat.kind() == FileKind.DIRECTORY) {
      new FolderWalker(posix)
          .walk(
              root,
              new FolderWalker.Visitor() {
                @Override
                public void entry(FolderWalker.Entry e) throws InterruptedException {
                  IngestItem item = offer(e);
                  if (item != null) {
                    put(item);
                  }
                }

                @Override
                public void unlistable(byte[] relative, byte[] absolute, PosixException why)
                    throws InterruptedException {
                  IngestItem item =
                      item(relative, absolute, -1, org.okju.casefile.FileTimes.none());
                  item.skip();
                  item.problem(
                      EntryChecks.STAGE,
                      why.kind(),
                      ErrorSeverity.ERROR,
                      "cannot list or stat: " + why.getMessage());
                  put(item);
                }
              });
    } else {
      int slash = lastSlash(root);
      byte[] name = java.util.Arrays.copyOfRange(root, slash + 1, root.length);
      IngestItem item = offer(new FolderWalker.Entry(name, root, rootStat));
      if (item != null && notAnImage != null) {
        item.problem(
            ImageFeeder.STAGE,
            "not-a-disk-image",
            ErrorSeverity.ERROR,
            "named like a disk image; content: " + notAnImage + "; catalogued as a file");
      }
      if (item != null) {
        put(item);
      }
    }
    settings.observer().walkFinished(listed, listedBytes);
  }

  // The item for a listed entry, or null when a resumed run finished it before.
  private IngestItem offer(FolderWalker.Entry e) {
    listed++;
    listedBytes += e.stat().kind() == FileKind.REGULAR ? e.stat().size() : 0;
    ItemPath path = ItemPath.ofBytes(e.relative());
    settings.observer().listed(path.display(), e.stat().size());
    if (resuming && done(path, e.stat())) {
      resumedDone++;
      settings.observer().catalogued(e.stat().size(), true);
      return null;
    }
    IngestItem item = item(e.relative(), e.absolute(), e.stat().size(), Times.of(e.stat().times()));
    checks.check(e, item);
    return item;
  }

  private boolean done(ItemPath path, FileStat stat) {
    Optional<Item> row = store.items().find(source, Optional.empty(), path);
    return row.isPresent()
        && row.get().progress() == ItemProgress.DONE
        && row.get().size().orElse(-1) == stat.size()
        && row.get().times().modified().equals(stat.times().modified());
  }

  private IngestItem item(
      byte[] relative, byte[] absolute, long size, org.okju.casefile.FileTimes times) {
    ItemPath path = ItemPath.ofBytes(relative);
    return new IngestItem(
        source,
        Optional.empty(),
        path,
        path.display(),
        0,
        size,
        times,
        () -> open(absolute),
        ContentReader.Budget.NONE);
  }

  private EvidenceStream open(byte[] absolute) throws java.io.IOException {
    OpenedFile f = posix.openFile(absolute);
    if (f.stat().kind() != FileKind.REGULAR) {
      f.close();
      throw new EvidenceException(
          "not-regular", "was a regular file when listed, is now a " + f.stat().kind().word());
    }
    return f;
  }

  private void put(IngestItem item) throws InterruptedException {
    put(queue, workers, item);
  }

  /** Hands {@code item} to the workers, failing the run when a worker has failed. */
  static void put(BlockingQueue<IngestItem> queue, List<Worker> workers, IngestItem item)
      throws InterruptedException {
    while (!queue.offer(item, 200, TimeUnit.MILLISECONDS)) {
      for (Worker w : workers) {
        if (w.failure() != null) {
          throw new IngestException(
              "an ingest worker failed: " + w.failure().getMessage(), w.failure());
        }
      }
    }
  }

  private static int lastSlash(byte[] b) {
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] == '/') {
        return i;
      }
    }
    return -1;
  }
}
