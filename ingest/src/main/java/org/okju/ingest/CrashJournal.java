package org.okju.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;
import org.okju.casefile.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the rerun of an ingest get past a file that crashed a native decoder in the previous
 * process, without letting a kill -9 change the result.
 *
 * <p>Before a native decode, a worker writes in its slot of this run's journal file what it decodes
 * (stage, decoder, the content's SHA-256, its thread); after, it writes its slot idle. Two small
 * positional writes, no fsync: a JVM crash keeps the page cache; a power loss loses the line and
 * the item is simply retried. A run that ends deletes its journal.
 *
 * <p>The next run (it holds the case's writer lock, so a journal left by another process is a dead
 * one) reads each such journal. A decode in flight that HotSpot's crash report ({@link
 * CrashReport}, written only on a crash) blames becomes a {@code decoder-crashed} verdict on that
 * content: the stage records the error and skips the decode; the item's digests, type, metadata and
 * text are catalogued as usual. Without a report (kill -9, power loss) the decode is retried. As a
 * second net, for crashes that leave no report (an abort() in the library, the out-of-memory
 * killer), a content in flight at {@value #DEATHS_WITHOUT_REPORT} deaths in a row becomes a {@code
 * decoder-stopped-run} verdict; such a suspect is decoded alone (no other guarded decode runs
 * meanwhile), so a death while it decodes is its own. A successful decode clears it.
 *
 * <p>Verdicts are kept in the journal folder for the case's life (the same bytes crash again in
 * another source); delete {@code verdicts} there to try them again. Crash reports are left where
 * the JVM wrote them: they are the evidence of what crashed. Nothing here holds an item's path.
 *
 * <p>Thread-safe: the workers share one journal, each with its own slot.
 */
final class CrashJournal implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CrashJournal.class);

  /** Deaths without a crash report, with the same content in flight, that rule it out. */
  static final int DEATHS_WITHOUT_REPORT = 3;

  private static final String MAGIC = "okju crash journal 1";
  private static final int HEADER_BYTES = 4096;
  private static final int SLOT_BYTES = 256;
  private static final String VERDICTS = "verdicts";
  private static final Pattern WHITESPACE = Pattern.compile("\\s");
  private static final byte[] IDLE = slotRecord("idle");

  private final Path directory;
  private final long pid = ProcessHandle.current().pid();
  private final long startedMillis =
      ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
  private final Path runFile;
  private final Map<String, Entry> verdicts = new LinkedHashMap<>();
  private final NativeFaultInjection faults = NativeFaultInjection.fromSystemProperty();
  // Guarded decodes share it; a suspect's decode takes it alone.
  private final ReadWriteLock decodes = new ReentrantReadWriteLock();
  private FileChannel channel;

  private CrashJournal(Path directory) {
    this.directory = directory;
    this.runFile = directory.resolve("run-" + pid + "-" + System.nanoTime() + ".journal");
  }

  /**
   * The journal of a case whose journal folder is {@code directory}, after reading what the dead
   * runs before it left there.
   *
   * @throws IngestException when the folder cannot be created or read
   */
  static CrashJournal open(Path directory) {
    CrashJournal j = new CrashJournal(directory);
    try {
      if (!Files.isDirectory(directory)) {
        Files.createDirectories(
            directory,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      j.loadVerdicts();
      j.readDeadRuns();
    } catch (IOException e) {
      throw new IngestException("cannot read the crash journal in " + directory, e);
    }
    return j;
  }

  /** A decode in flight in a dead run. */
  record InFlight(String stage, NativeDecoder decoder, String content, String thread) {}

  // A verdict or a suspect, as stored in the verdicts file (one tab-separated line each).
  private record Entry(
      String state, String stage, String content, NativeDecoder decoder, String detail) {
    String key() {
      return key(stage, content);
    }

    static String key(String stage, String content) {
      return stage + " " + content;
    }

    String line() {
      return String.join("\t", state, stage, content, decoder.word(), detail);
    }

    Optional<CrashVerdict> verdict() {
      return switch (state) {
        case "crashed" ->
            Optional.of(
                new CrashVerdict(
                    CrashVerdict.CRASHED,
                    decoder.description()
                        + " crashed okju while decoding this content (process "
                        + detail.substring(0, Math.max(0, detail.indexOf('\t')))
                        + "), so it is not decoded again; the JVM's crash report: "
                        + detail.substring(detail.indexOf('\t') + 1)));
        case "stopped" ->
            Optional.of(
                new CrashVerdict(
                    CrashVerdict.STOPPED_RUN,
                    "okju died "
                        + detail
                        + " times in a row without a crash report while "
                        + decoder.description()
                        + " decoded this content (an abort in the library or the out-of-memory killer"
                        + " leaves none), so it is not decoded again"));
        default -> Optional.empty();
      };
    }
  }

  /** A worker's view: its slot in this run's journal. */
  Guard guard(int slot) {
    return new Guard(this, slot);
  }

  /** For stages run without a case (distributed workers): nothing is journalled. */
  static Guard unguarded() {
    return new Guard(null, 0);
  }

  /** Marks native decodes of one worker in flight. */
  static final class Guard {
    private final CrashJournal journal;
    private final int slot;

    private Guard(CrashJournal journal, int slot) {
      this.journal = journal;
      this.slot = slot;
    }

    /**
     * Enters the guarded section of {@code stage} decoding {@code item} with {@code decoder}; close
     * it when the decode returns. Its {@link Section#refusal} is present when an earlier crash
     * rules the decode out: then nothing is in flight and the stage must not decode.
     */
    Section enter(IngestItem item, String stage, NativeDecoder decoder) {
      Optional<Sha256> content = item.read().flatMap(r -> r.digests().sha256());
      if (journal == null || content.isEmpty()) {
        return new Section(null, 0, null, null, Optional.empty());
      }
      return journal.enter(slot, stage, decoder, content.get().toHex());
    }
  }

  /** One guarded decode; closing it marks the worker's slot idle. */
  static final class Section implements AutoCloseable {
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
    Optional<CrashVerdict> refusal() {
      return refusal;
    }

    @Override
    public void close() {
      if (journal == null || lock == null) {
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
    String key = Entry.key(stage, content);
    Entry known;
    synchronized (this) {
      known = verdicts.get(key);
    }
    if (known != null && known.verdict().isPresent()) {
      return new Section(null, slot, null, null, known.verdict());
    }
    boolean suspect = known != null;
    Lock lock = suspect ? decodes.writeLock() : decodes.readLock();
    lock.lock();
    try {
      writeSlot(
          slot,
          String.join(
              " ",
              "in",
              stage,
              decoder.word(),
              content,
              WHITESPACE.matcher(Thread.currentThread().getName()).replaceAll("_")));
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

  private void writeSlot(int slot, String line) {
    writeSlot(slot, slotRecord(line));
  }

  // One positional write; concurrent workers write disjoint slots of one channel.
  private void writeSlot(int slot, byte[] record) {
    try {
      FileChannel c = channel();
      ByteBuffer b = ByteBuffer.wrap(record);
      long at = HEADER_BYTES + (long) slot * SLOT_BYTES;
      while (b.hasRemaining()) {
        at += c.write(b, at);
      }
    } catch (IOException e) {
      throw new IngestException("cannot write the crash journal " + runFile, e);
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
      if (h.length > HEADER_BYTES) {
        h = Arrays.copyOf(h, HEADER_BYTES);
      }
      FileChannel c =
          FileChannel.open(
              runFile,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE,
              StandardOpenOption.READ);
      ByteBuffer b = ByteBuffer.wrap(h);
      long at = 0;
      while (b.hasRemaining()) {
        at += c.write(b, at);
      }
      channel = c;
    }
    return channel;
  }

  private synchronized void cleared(String key) {
    Entry e = verdicts.get(key);
    if (e != null && e.state().equals("suspect")) {
      verdicts.remove(key);
      try {
        saveVerdicts();
      } catch (IOException ex) {
        // It stays a suspect: decoded alone again next time, never ruled out by this.
        LOG.debug("could not save the crash verdicts", ex);
      }
    }
  }

  /** Ends this run's journal: it finished, so nothing of it was in flight at a death. */
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

  private void loadVerdicts() throws IOException {
    Path file = directory.resolve(VERDICTS);
    if (!Files.exists(file)) {
      return;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 5);
      if (f.length < 5) {
        continue;
      }
      Optional<NativeDecoder> d = NativeDecoder.ofWord(f[3]);
      if (d.isPresent()) {
        Entry e = new Entry(f[0], f[1], f[2], d.get(), f[4]);
        verdicts.put(e.key(), e);
      }
    }
  }

  // Written whole to a new file, synced and renamed over the old: rare (after deaths only).
  private void saveVerdicts() throws IOException {
    Path tmp = directory.resolve(VERDICTS + ".new");
    StringBuilder out = new StringBuilder();
    for (Entry e : verdicts.values()) {
      out.append(e.line()).append('\n');
    }
    try (FileChannel c =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer b = ByteBuffer.wrap(out.toString().getBytes(StandardCharsets.UTF_8));
      while (b.hasRemaining()) {
        c.write(b);
      }
      c.force(true);
    }
    Files.move(
        tmp,
        directory.resolve(VERDICTS),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  // A run's journal as read back: who wrote it, where its crash report would be, what was in
  // flight.
  private record DeadRun(
      Path file, long pid, long startedMillis, List<Path> reports, List<InFlight> inFlight) {}

  private void readDeadRuns() throws IOException {
    List<DeadRun> runs = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "run-*.journal")) {
      for (Path f : files) {
        DeadRun r = parse(f);
        if (r != null && !alive(r)) {
          runs.add(r);
        }
      }
    }
    // Oldest first, so that deaths count in the order they happened.
    runs.sort(Comparator.comparingLong(DeadRun::startedMillis));
    for (DeadRun run : runs) {
      judge(run);
      saveVerdicts();
      Files.deleteIfExists(run.file());
    }
  }

  // The lock rules out another live ingest of this case; this only guards against a journal of a
  // live process reaching here by another way (a copied case folder).
  private static boolean alive(DeadRun r) {
    return ProcessHandle.of(r.pid())
        .flatMap(h -> h.info().startInstant())
        .map(i -> Math.abs(i.toEpochMilli() - r.startedMillis()) < 1000)
        .orElse(false);
  }

  private void judge(DeadRun run) {
    if (run.inFlight().isEmpty()) {
      return;
    }
    Optional<CrashReport> report = CrashReport.find(run.reports(), run.pid(), run.startedMillis());
    List<InFlight> blamed = report.map(r -> r.blame(run.inFlight())).orElse(List.of());
    for (InFlight f : run.inFlight()) {
      String key = Entry.key(f.stage(), f.content());
      Entry before = verdicts.get(key);
      if (before != null && !before.state().equals("suspect")) {
        continue;
      }
      if (blamed.contains(f)) {
        verdicts.put(
            key,
            new Entry(
                "crashed",
                f.stage(),
                f.content(),
                f.decoder(),
                run.pid() + "\t" + report.get().file()));
        LOG.warn(
            "{} crashed an earlier okju process (pid {}) on an item: it is recorded as {} and"
                + " not decoded again; the JVM's crash report: {}",
            f.decoder().description(),
            run.pid(),
            CrashVerdict.CRASHED,
            report.get().file());
        continue;
      }
      int deaths = before == null ? 1 : Integer.parseInt(before.detail()) + 1;
      String state = deaths >= DEATHS_WITHOUT_REPORT ? "stopped" : "suspect";
      verdicts.put(
          key, new Entry(state, f.stage(), f.content(), f.decoder(), Integer.toString(deaths)));
      if (state.equals("stopped")) {
        LOG.warn(
            "okju died {} times in a row while {} decoded the same item, with no crash report:"
                + " it is recorded as {} and not decoded again",
            deaths,
            f.decoder().description(),
            CrashVerdict.STOPPED_RUN);
      } else {
        LOG.info(
            "an earlier okju process (pid {}) ended while {} decoded an item, without a crash"
                + " report (killed?): the item is decoded again",
            run.pid(),
            f.decoder().description());
      }
    }
  }

  private static DeadRun parse(Path file) throws IOException {
    byte[] all = Files.readAllBytes(file);
    String header = new String(all, 0, Math.min(all.length, HEADER_BYTES), StandardCharsets.UTF_8);
    String[] lines = header.split("\n");
    if (lines.length < 3 || !lines[0].equals(MAGIC)) {
      return null;
    }
    long pid = -1;
    long started = 0;
    List<Path> reports = new ArrayList<>();
    for (String l : lines) {
      if (l.startsWith("pid ")) {
        pid = Long.parseLong(l.substring(4).trim());
      } else if (l.startsWith("started ")) {
        started = Long.parseLong(l.substring(8).trim());
      } else if (l.startsWith("report ")) {
        reports.add(Path.of(l.substring(7)));
      }
    }
    List<InFlight> inFlight = new ArrayList<>();
    for (int at = HEADER_BYTES; at + SLOT_BYTES <= all.length; at += SLOT_BYTES) {
      String[] f = new String(all, at, SLOT_BYTES, StandardCharsets.UTF_8).trim().split(" ");
      if (f.length == 5 && f[0].equals("in")) {
        Optional<NativeDecoder> d = NativeDecoder.ofWord(f[2]);
        d.ifPresent(decoder -> inFlight.add(new InFlight(f[1], decoder, f[3], f[4])));
      }
    }
    return new DeadRun(file, pid, started, reports, inFlight);
  }
}
