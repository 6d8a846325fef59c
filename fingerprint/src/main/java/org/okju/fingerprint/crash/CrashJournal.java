package org.okju.fingerprint.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the rerun of a command get past a file that crashed a native decoder in the previous
 * process, without letting a kill -9 change the result.
 *
 * <p>Before a native decode, a thread writes in its slot of this run's journal file what it decodes
 * (stage, decoder, the content's SHA-256, its thread's name and kernel id); after, it writes its
 * slot idle. Two small positional writes, no fsync: a JVM crash keeps the page cache; a power loss
 * loses the line and the item is simply retried. A run that ends deletes its journal.
 *
 * <p>The next run (the caller holds the case's writer lock, so a journal left by another process is
 * a dead one) reads each such journal. A decode in flight that HotSpot's crash report ({@link
 * CrashReport}, written only on a crash) blames becomes a {@value CrashVerdict#CRASHED} verdict on
 * that content: the caller records the error and skips the decode, and catalogues everything else
 * about the item as usual. Without a report (kill -9, power loss, an abort() in the library, the
 * out-of-memory killer) the decode is retried, always: a kill at any moment, then the same command,
 * must give the result of an uninterrupted run, and three kills during one long video's decode are
 * not rare (a first version ruled such a content out after three deaths; `IngestResumeTest`'s three
 * kills then marked its video). Such a suspect is decoded alone (no other guarded decode runs
 * meanwhile), so a later death is its own, and after {@value #DEATHS_WITHOUT_REPORT} deaths in a
 * row a warning names its SHA-256 for the person running okju. A successful decode clears it.
 *
 * <p>Verdicts are kept in the journal folder for the case's life (the same bytes crash again
 * elsewhere); deleting {@code verdicts} there tries them again. Crash reports stay where the JVM
 * wrote them: they are the evidence of what crashed. Nothing here holds an item's path.
 *
 * <p>Thread-safe: the threads share one journal, each with its own slot ({@link #guard}).
 */
public final class CrashJournal implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CrashJournal.class);

  /** Deaths without a crash report, with the same content in flight, that are worth a warning. */
  public static final int DEATHS_WITHOUT_REPORT = 3;

  static final String MAGIC = "okju crash journal 1";
  static final int HEADER_BYTES = 4096;
  static final int SLOT_BYTES = 256;
  private static final Pattern WHITESPACE = Pattern.compile("\\s");
  private static final byte[] IDLE = slotRecord("idle");

  private final Path directory;
  private final long pid = ProcessHandle.current().pid();
  private final long startedMillis =
      ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
  private final Path runFile;
  private final CrashVerdicts verdicts;
  private final NativeFaultInjection faults = NativeFaultInjection.fromSystemProperty();
  // Guarded decodes share it; a suspect's decode takes it alone.
  private final ReadWriteLock decodes = new ReentrantReadWriteLock();
  private FileChannel channel;

  private CrashJournal(Path directory, CrashVerdicts verdicts) {
    this.directory = directory;
    this.verdicts = verdicts;
    this.runFile = directory.resolve("run-" + pid + "-" + System.nanoTime() + ".journal");
  }

  /**
   * The journal kept in {@code directory} (created, owner only, when missing), after reading what
   * the dead runs before it left there. The caller holds the lock that keeps any other live process
   * from using the same folder.
   *
   * @throws UncheckedIOException when the folder cannot be created or read, or its verdicts file is
   *     damaged (the message says to delete it)
   */
  public static CrashJournal open(Path directory) {
    try {
      if (!Files.isDirectory(directory)) {
        Files.createDirectories(
            directory,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      CrashJournal j = new CrashJournal(directory, CrashVerdicts.load(directory));
      j.readDeadRuns();
      return j;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the crash journal in " + directory, e);
    }
  }

  /** The view of the thread that owns slot {@code slot} (0, 1, … one per concurrent thread). */
  public Guard guard(int slot) {
    return new Guard(this, slot);
  }

  /** For decodes outside any case (distributed workers): nothing is journalled or refused. */
  public static Guard unguarded() {
    return new Guard(null, 0);
  }

  /** Marks the native decodes of one thread in flight. */
  public static final class Guard {
    private final CrashJournal journal;
    private final int slot;

    private Guard(CrashJournal journal, int slot) {
      this.journal = journal;
      this.slot = slot;
    }

    /**
     * Enters the guarded section of {@code stage} decoding the content whose SHA-256 is {@code
     * content} (lower-case hex) with {@code decoder}; close it when the decode returns. Its {@link
     * Section#refusal} is present when an earlier death rules the decode out: then nothing is in
     * flight and the caller must not decode. Without a digest nothing is journalled.
     *
     * @throws UncheckedIOException when the journal cannot be written (the disk, not the item)
     */
    public Section enter(String stage, NativeDecoder decoder, Optional<String> content) {
      if (journal == null || content.isEmpty()) {
        return new Section(null, 0, null, null, Optional.empty());
      }
      return journal.enter(slot, stage, decoder, content.get());
    }
  }

  /** One guarded decode; closing it marks the thread's slot idle. */
  public static final class Section implements AutoCloseable {
    private final CrashJournal journal;
    private final int slot;
    private final Lock lock;
    private final String suspectKey;
    private final Optional<CrashVerdict> refusal;

    private Section(
        CrashJournal journal,
        int slot,
        Lock lock,
        String suspectKey,
        Optional<CrashVerdict> refusal) {
      this.journal = journal;
      this.slot = slot;
      this.lock = lock;
      this.suspectKey = suspectKey;
      this.refusal = refusal;
    }

    /** Why the content must not be decoded, when an earlier process died decoding it. */
    public Optional<CrashVerdict> refusal() {
      return refusal;
    }

    @Override
    public void close() {
      if (journal == null) {
        return;
      }
      try {
        journal.writeSlot(slot, IDLE);
        if (suspectKey != null) {
          journal.cleared(suspectKey);
        }
      } finally {
        lock.unlock();
      }
    }
  }

  private Section enter(int slot, String stage, NativeDecoder decoder, String content) {
    String key = CrashVerdicts.Entry.key(stage, content);
    Optional<CrashVerdicts.Entry> known;
    synchronized (this) {
      known = verdicts.get(key);
    }
    Optional<CrashVerdict> verdict = known.flatMap(CrashVerdicts.Entry::verdict);
    if (verdict.isPresent()) {
      return new Section(null, slot, null, null, verdict);
    }
    boolean suspect = known.isPresent();
    Lock lock = suspect ? decodes.writeLock() : decodes.readLock();
    lock.lock();
    try {
      writeSlot(
          slot,
          slotRecord(
              String.join(
                  " ",
                  "in",
                  stage,
                  decoder.word(),
                  content,
                  WHITESPACE.matcher(Thread.currentThread().getName()).replaceAll("_"),
                  Long.toString(NativeThreadId.current()))));
    } catch (RuntimeException e) {
      lock.unlock();
      throw e;
    }
    if (faults != null) {
      faults.inGuardedSection(content);
    }
    return new Section(this, slot, lock, suspect ? key : null, Optional.empty());
  }

  // A slot's fixed-length line: the text, spaces, a newline.
  private static byte[] slotRecord(String line) {
    byte[] text = line.getBytes(StandardCharsets.UTF_8);
    byte[] record = new byte[SLOT_BYTES];
    Arrays.fill(record, (byte) ' ');
    System.arraycopy(text, 0, record, 0, Math.min(text.length, SLOT_BYTES - 1));
    record[SLOT_BYTES - 1] = '\n';
    return record;
  }

  // One positional write; concurrent threads write disjoint slots of one channel.
  private void writeSlot(int slot, byte[] record) {
    try {
      FileChannel c = channel();
      ByteBuffer b = ByteBuffer.wrap(record);
      long at = HEADER_BYTES + (long) slot * SLOT_BYTES;
      while (b.hasRemaining()) {
        at += c.write(b, at);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the crash journal " + runFile, e);
    }
  }

  // Created with the first guarded decode: a run without any writes no file.
  private synchronized FileChannel channel() throws IOException {
    if (channel == null) {
      StringBuilder header = new StringBuilder(MAGIC).append('\n');
      header.append("pid ").append(pid).append('\n');
      header.append("started ").append(startedMillis).append('\n');
      for (Path p : CrashReport.locationsOfThisJvm()) {
        String s = p.toString();
        if (s.indexOf('\n') < 0) {
          header.append("report ").append(s).append('\n');
        }
      }
      byte[] h = header.toString().getBytes(StandardCharsets.UTF_8);
      FileChannel c =
          FileChannel.open(runFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      ByteBuffer b = ByteBuffer.wrap(h, 0, Math.min(h.length, HEADER_BYTES));
      long at = 0;
      while (b.hasRemaining()) {
        at += c.write(b, at);
      }
      channel = c;
    }
    return channel;
  }

  private synchronized void cleared(String key) {
    if (verdicts.get(key).map(CrashVerdicts.Entry::suspect).orElse(false)) {
      verdicts.remove(key);
      try {
        verdicts.save();
      } catch (IOException e) {
        // It stays a suspect: decoded alone again next time, never ruled out by this.
        LOG.debug("could not save the crash verdicts", e);
      }
    }
  }

  /** Ends this run's journal: the run ended, so nothing of it is in flight at a death. */
  @Override
  public synchronized void close() {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
      Files.deleteIfExists(runFile);
    } catch (IOException e) {
      LOG.debug("could not delete the crash journal {}", runFile, e);
    }
    channel = null;
  }

  private void readDeadRuns() throws IOException {
    List<DeadRun> runs = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "run-*.journal")) {
      for (Path f : files) {
        DeadRun.read(f).filter(r -> !r.alive()).ifPresent(runs::add);
      }
    }
    // Oldest first, so that deaths count in the order they happened.
    runs.sort(Comparator.comparingLong(DeadRun::startedMillis));
    for (DeadRun run : runs) {
      judge(run);
      verdicts.save();
      Files.deleteIfExists(run.file());
    }
  }

  private void judge(DeadRun run) {
    if (run.inFlight().isEmpty()) {
      return;
    }
    Optional<CrashReport> report = CrashReport.find(run.reports(), run.pid(), run.startedMillis());
    List<DeadRun.InFlight> blamed = report.map(r -> r.blame(run.inFlight())).orElse(List.of());
    for (DeadRun.InFlight f : run.inFlight()) {
      String key = CrashVerdicts.Entry.key(f.stage(), f.content());
      Optional<CrashVerdicts.Entry> before = verdicts.get(key);
      if (before.isPresent() && !before.get().suspect()) {
        continue;
      }
      if (blamed.contains(f)) {
        Path file = report.get().file();
        verdicts.put(
            new CrashVerdicts.Entry(
                "crashed", f.stage(), f.content(), f.decoder(), run.pid() + "\t" + file));
        LOG.warn(
            "{} crashed an earlier okju process (pid {}) on an item: it is recorded as {} and"
                + " not decoded again; the JVM's crash report: {}",
            f.decoder().description(),
            run.pid(),
            CrashVerdict.CRASHED,
            file);
        continue;
      }
      int deaths = before.map(CrashVerdicts.Entry::deaths).orElse(0) + 1;
      verdicts.put(
          new CrashVerdicts.Entry(
              "suspect", f.stage(), f.content(), f.decoder(), Integer.toString(deaths)));
      if (deaths >= DEATHS_WITHOUT_REPORT) {
        LOG.warn(
            "okju died {} times in a row, without a crash report, while {} decoded the content"
                + " with SHA-256 {}: it is decoded again, alone (a kill never changes a result);"
                + " an abort() in the library or the out-of-memory killer leave no report",
            deaths,
            f.decoder().description(),
            f.content());
      } else {
        LOG.info(
            "an earlier okju process (pid {}) ended while {} decoded an item, without a crash"
                + " report (killed?): the item is decoded again",
            run.pid(),
            f.decoder().description());
      }
    }
  }
}
