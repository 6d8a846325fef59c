package org.okju.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.FileTimes;
import org.okju.casefile.Item;
import org.okju.casefile.ItemPath;
import org.okju.casefile.ItemProgress;
import org.okju.casefile.SourceId;
import org.okju.evidence.EvidenceException;
import org.okju.evidence.EvidenceMetadata;
import org.okju.evidence.PathBytes;
import org.okju.evidence.image.ByteRuns;
import org.okju.evidence.image.CarvedFile;
import org.okju.evidence.image.Carver;
import org.okju.evidence.image.DiskImage;
import org.okju.evidence.image.ImageEntry;
import org.okju.evidence.image.ImageFormat;
import org.okju.evidence.image.ImageListing;
import org.okju.evidence.image.ImageProblem;
import org.okju.evidence.image.MediaDigest;
import org.okju.evidence.image.MediaPass;
import org.okju.evidence.image.Partition;
import org.okju.evidence.image.UnallocatedSpool;
import org.okju.evidence.posix.FileStat;
import org.okju.evidence.posix.ReadOnlyFiles;
import org.okju.evidence.tool.ToolRunner;

/**
 * Turns a disk image (E01, raw, split raw) into items for the workers, on the calling thread: first
 * the image itself (its media hashed once, checked as {@code ewfverify} checks it, recorded in the
 * custody log), then every file The Sleuth Kit lists in its partitions, allocated and deleted
 * (orphans too), then what PhotoRec carves from its unallocated space. Items are named by their
 * stable path in the image ({@code p1/DCIM/a.jpg}, {@code carved/OFFSET.jpg}) and carry where they
 * came from as metadata ({@link EvidenceMetadata}). The image stays open until the workers are done
 * with it: close this after they stopped.
 */
final class ImageFeeder implements AutoCloseable {
  static final String STAGE = "image";

  private final CaseStore store;
  private final IngestSettings settings;
  private final ReadOnlyFiles files;
  private final SourceId source;
  private final byte[] root;
  private final ImageFormat format;
  private final BlockingQueue<IngestItem> queue;
  private final boolean resuming;
  private final List<Worker> workers;
  private final Custody custody;
  private DiskImage image;
  private MediaDigest digest;
  private long resumedDone;
  private long listed;
  private long listedBytes;

  ImageFeeder(
      CaseStore store,
      IngestSettings settings,
      ReadOnlyFiles files,
      SourceId source,
      byte[] root,
      ImageFormat format,
      BlockingQueue<IngestItem> queue,
      boolean resuming,
      List<Worker> workers) {
    this.store = store;
    this.settings = settings;
    this.files = files;
    this.source = source;
    this.root = root;
    this.format = format;
    this.queue = queue;
    this.resuming = resuming;
    this.workers = workers;
    this.custody = new Custody(store, settings);
  }

  /**
   * Appends the image's custody entry (its hashes and ewfverify's verdict), once the catalogue
   * writer has committed: the store takes one writer at a time.
   */
  void logCustody() {
    if (image != null && digest != null) {
      custody.imageRead(source, ItemPath.ofBytes(root), image, digest);
    }
  }

  long resumedDone() {
    return resumedDone;
  }

  void feed(FileStat rootStat) throws InterruptedException {
    IngestItem self = imageItem(rootStat);
    try {
      image =
          DiskImage.open(
              files, root, format, settings.workDirectory().resolve("image"), new ToolRunner());
    } catch (EvidenceException e) {
      self.problem(
          STAGE, e.kind(), ErrorSeverity.ERROR, "cannot open the image: " + e.getMessage());
      offer(self);
      settings.observer().walkFinished(listed, listedBytes);
      return;
    }
    ImageListing listing = image.list();
    Carver carver = new Carver(image, settings.workDirectory().resolve("carving"));
    Carver.Result carved = Carver.Result.NONE;
    UnallocatedSpool spool = null;
    if (settings.carving()) {
      try {
        spool = UnallocatedSpool.create(carver.work(), listing.unallocated());
      } catch (IOException e) {
        carved = Carver.failed("carving: " + e.getMessage());
      }
    }
    // One pass hashes the media while the files are read: they follow it and share its chunks,
    // and it copies the unallocated space for carving on the way.
    MediaPass pass = spool == null ? image.startDigest(n -> {}) : image.startDigest(n -> {}, spool);
    try {
      Map<String, Partition> partitions = new HashMap<>();
      listing.partitions().forEach(p -> partitions.put(p.name(), p));
      for (ImageEntry e : inMediaOrder(listing, partitions.keySet())) {
        offer(entryItem(partitions.get(e.partition()), e, listing));
      }
      this.digest = pass.await();
      if (spool != null) {
        carved = carver.carve(spool, listing.partitions());
      }
      Map<Long, String> starts = new HashMap<>();
      for (ImageEntry e : listing.entries()) {
        if (e.kind() == ImageEntry.Kind.FILE && e.deleted() && e.firstOffset() >= 0) {
          starts.putIfAbsent(e.firstOffset(), e.imagePath());
        }
      }
      for (CarvedFile c : carved.files()) {
        IngestItem item = carvedItem(c);
        String same = starts.get(c.offset());
        if (same != null) {
          item.metadata().put(EvidenceMetadata.CARVED_COPY_OF, same);
        }
        offer(item);
      }
    } finally {
      pass.stop();
      if (spool != null) {
        spool.close();
      }
    }
    // The image's own item comes last: it carries what the pass, the listing and carving found.
    digestProblems(self, digest);
    for (ImageProblem p : listing.problems()) {
      self.problem(
          STAGE, p.kind(), p.error() ? ErrorSeverity.ERROR : ErrorSeverity.WARNING, p.message());
    }
    for (ImageProblem p : carved.problems()) {
      self.problem(STAGE, p.kind(), ErrorSeverity.WARNING, p.message());
    }
    offer(self);
    settings.observer().walkFinished(listed, listedBytes);
  }

  // The files of every listed partition, by where their content starts in the media (the order
  // the pass reads it); those without content there (empty, read through icat) last.
  private static List<ImageEntry> inMediaOrder(ImageListing listing, Set<String> partitions) {
    List<ImageEntry> files = new ArrayList<>();
    for (ImageEntry e : listing.entries()) {
      if (e.kind() == ImageEntry.Kind.FILE && partitions.contains(e.partition())) {
        files.add(e);
      }
    }
    files.sort(
        Comparator.comparingLong(
            (ImageEntry e) -> e.firstOffset() < 0 ? Long.MAX_VALUE : e.firstOffset()));
    return files;
  }

  // The image file itself: hashed (its media) by the pass, so not read again.
  private IngestItem imageItem(FileStat stat) {
    ItemPath path = ItemPath.ofBytes(PathBytes.name(root));
    IngestItem item =
        new IngestItem(
            source,
            Optional.empty(),
            path,
            path.display(),
            0,
            stat.size(),
            Times.of(stat.times()),
            () -> {
              throw new EvidenceException("not-read", "the image is read through its media");
            },
            ContentReader.Budget.NONE);
    // Not read as a file (its media was read and hashed above), yet not skipped: it is catalogued.
    item.unreadable();
    item.metadata().put(EvidenceMetadata.FORMAT, format.word());
    return item;
  }

  private void digestProblems(IngestItem self, MediaDigest d) {
    d.md5().ifPresent(v -> self.metadata().put(EvidenceMetadata.IMAGE_MD5, v));
    d.sha1().ifPresent(v -> self.metadata().put(EvidenceMetadata.IMAGE_SHA1, v));
    d.sha256().ifPresent(v -> self.metadata().put(EvidenceMetadata.IMAGE_SHA256, v));
    d.storedMd5().ifPresent(v -> self.metadata().put(EvidenceMetadata.IMAGE_STORED_MD5, v));
    d.storedSha1().ifPresent(v -> self.metadata().put(EvidenceMetadata.IMAGE_STORED_SHA1, v));
    self.metadata().put(EvidenceMetadata.IMAGE_VERIFIED, Boolean.toString(d.verified()));
    d.failure()
        .ifPresent(
            f -> self.problem(STAGE, "image-unreadable", ErrorSeverity.ERROR, "the image: " + f));
    if (d.storedHashDiffers()) {
      self.problem(
          STAGE,
          "image-hash-mismatch",
          ErrorSeverity.ERROR,
          "the hash stored in the image ("
              + d.storedMd5().orElse("-")
              + ") is not the hash of its media ("
              + d.md5().orElse("-")
              + ")");
    }
    if (!d.damage().isEmpty()) {
      self.problem(
          STAGE,
          "image-damaged",
          ErrorSeverity.ERROR,
          d.damage().size()
              + " damaged: "
              + String.join("; ", d.damage().subList(0, Math.min(5, d.damage().size()))));
    }
  }

  private IngestItem entryItem(Partition p, ImageEntry e, ImageListing listing) {
    IngestItem item = item(e.imagePath(), e.size(), times(e), () -> image.open(p, e));
    item.metadata().put(EvidenceMetadata.PARTITION, p.name());
    item.metadata().put(EvidenceMetadata.IMAGE_PATH, e.path());
    item.metadata().put(EvidenceMetadata.INODE, e.inode());
    // Where it lies, so the evidence reader can read it again (report, workbench, ledger).
    item.metadata().put(EvidenceMetadata.PARTITION_OFFSET, Long.toString(p.offset()));
    if (DiskImage.directlyReadable(e)) {
      ByteRuns.encode(e.runs()).ifPresent(r -> item.metadata().put(EvidenceMetadata.RUNS, r));
    }
    item.metadata().put(EvidenceMetadata.DELETED, Boolean.toString(e.deleted()));
    if (e.firstOffset() >= 0) {
      item.metadata().put(EvidenceMetadata.OFFSET, Long.toString(e.firstOffset()));
    }
    e.uid().ifPresent(v -> item.metadata().put(EvidenceMetadata.UID, Long.toString(v)));
    e.gid().ifPresent(v -> item.metadata().put(EvidenceMetadata.GID, Long.toString(v)));
    listing
        .overwrite(e)
        .ifPresent(
            o -> {
              item.metadata().put(EvidenceMetadata.OVERWRITTEN, o.bytes() + "/" + o.of());
              item.problem(
                  STAGE,
                  o.whole() ? "overwritten" : "partially-overwritten",
                  ErrorSeverity.WARNING,
                  o.bytes()
                      + " of its "
                      + o.of()
                      + " recoverable bytes now belong to "
                      + o.byPath()
                      + ": what is recovered there is not this file's");
            });
    return item;
  }

  private IngestItem carvedItem(CarvedFile c) {
    IngestItem item =
        item(c.imagePath(), c.size(), FileTimes.none(), () -> image.openRuns(c.runs(), c.size()));
    item.metadata().put(EvidenceMetadata.CARVED, "true");
    ByteRuns.encode(c.runs()).ifPresent(r -> item.metadata().put(EvidenceMetadata.RUNS, r));
    item.metadata().put(EvidenceMetadata.OFFSET, Long.toString(c.offset()));
    if (!c.partition().isEmpty()) {
      item.metadata().put(EvidenceMetadata.PARTITION, c.partition());
    }
    return item;
  }

  private static FileTimes times(ImageEntry e) {
    return Times.of(e.times());
  }

  private IngestItem item(String path, long size, FileTimes times, IngestItem.Opener opener) {
    ItemPath p = ItemPath.ofBytes(path.getBytes(StandardCharsets.UTF_8));
    return new IngestItem(
        source,
        Optional.empty(),
        p,
        p.display(),
        0,
        size,
        times,
        opener,
        ContentReader.Budget.NONE);
  }

  private void offer(IngestItem item) throws InterruptedException {
    listed++;
    listedBytes += Math.max(0, item.declaredSize());
    settings.observer().listed(item.displayPath(), item.declaredSize());
    if (resuming && done(item.path())) {
      resumedDone++;
      settings.observer().catalogued(item.declaredSize(), true);
      return;
    }
    Feeder.put(queue, workers, item);
  }

  // A kill -9 leaves the image's items catalogued up to a point; their paths are stable.
  private boolean done(ItemPath path) {
    Optional<Item> row = store.items().find(source, Optional.empty(), path);
    return row.isPresent() && row.get().progress() == ItemProgress.DONE;
  }

  @Override
  public void close() {
    if (image != null) {
      image.close();
    }
  }
}
