package org.okju.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.PdqHex;
import org.okju.casefile.Sha256;
import org.okju.casefile.WebCaptures;
import org.okju.fingerprint.crash.CrashJournal;
import org.okju.fingerprint.crash.CrashVerdict;
import org.okju.fingerprint.crash.NativeDecoder;
import org.okju.fingerprint.video.VpdqFrame;

/**
 * One capture being read: the reader hands each record here on its thread; images and videos are
 * fingerprinted and looked up, and pages parsed for links, on a pool of workers (at most two tasks
 * a worker in flight, so memory stays bounded while the reader runs ahead). Each distinct payload
 * is fingerprinted once, and not at all when an earlier import already did. Not thread-safe apart
 * from the workers' own results.
 */
final class CaptureReading implements CaptureSink {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebMatcher matcher;
  private final Set<Sha256> known;
  private final ExecutorService workers;
  private final Semaphore inFlight;
  private final int permits;
  private final StreamHold hold;
  private final ThreadLocal<WebMediaHasher> hashers = ThreadLocal.withInitial(WebMediaHasher::new);
  // One journal slot for each worker thread (the pool's threads live as long as the reading).
  private final AtomicInteger slots = new AtomicInteger();
  private final ThreadLocal<CrashJournal.Guard> guards;

  private final List<ReadRecord> records = new ArrayList<>();
  private final Map<Sha256, PayloadKind> kinds = new ConcurrentHashMap<>();
  private final Map<Sha256, WebCaptures.Media> media = new ConcurrentHashMap<>();
  private final List<WebCaptures.Match> matches = Collections.synchronizedList(new ArrayList<>());
  private final List<WebCaptures.Problem> problems =
      Collections.synchronizedList(new ArrayList<>());
  private final Map<String, List<WebCaptures.Link>> pageLinks = new ConcurrentHashMap<>();
  private final Map<String, List<String>> stylesheetUrls = new ConcurrentHashMap<>();
  private long payloadBytes;

  CaptureReading(
      WebMatcher matcher, MonitorConfig config, Set<Sha256> known, CrashJournal journal) {
    this.matcher = matcher;
    this.guards = ThreadLocal.withInitial(() -> journal.guard(slots.getAndIncrement()));
    this.known = known;
    this.workers =
        Executors.newFixedThreadPool(
            config.threads(),
            r -> {
              Thread t = new Thread(r, "okju-monitor-hash");
              t.setDaemon(true);
              return t;
            });
    this.permits = config.threads() * 2;
    this.inFlight = new Semaphore(permits);
    this.hold = new StreamHold(config.keepLimit());
  }

  /**
   * Reads the whole capture and waits for the workers to finish what it gave them; the workers stay
   * for the streams ({@link #fingerprint}) until {@link #finish}.
   */
  void read(CaptureSource source) throws IOException {
    try {
      source.read(this);
      awaitIdle();
    } catch (IOException | RuntimeException e) {
      finish();
      throw e;
    }
    if (hold.overBudget()) {
      problems.add(
          new WebCaptures.Problem(
              "",
              -1,
              ErrorSeverity.WARNING,
              "stream-memory",
              "more stream parts than the memory limit allows: the rest were hashed one by one"));
    }
  }

  /** Waits until no task is in flight. */
  private void awaitIdle() throws IOException {
    try {
      inFlight.acquire(permits);
      inFlight.release(permits);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fingerprinting", e);
    }
  }

  /** The payloads held back as possible parts of streams. */
  StreamHold hold() {
    return hold;
  }

  /** Waits for every worker and frees what is still held. */
  void finish() throws IOException {
    try {
      workers.shutdown();
      awaitWorkers();
    } finally {
      hold.close();
    }
  }

  private void awaitWorkers() throws IOException {
    try {
      while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
        // a long video is still being hashed
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fingerprinting", e);
    }
  }

  @Override
  public void problem(WebCaptures.Problem problem) {
    problems.add(problem);
  }

  @Override
  public void record(ReadRecord r) {
    if (r.payload().isEmpty()) {
      records.add(r);
      return;
    }
    Payload p = r.payload().get();
    payloadBytes += p.size();
    PayloadKind kind;
    try {
      kind =
          p.kept()
              ? PayloadKind.of(p.head(), r.contentType())
              : PayloadKind.declared(r.contentType());
    } catch (IOException e) {
      kind = PayloadKind.declared(r.contentType());
    }
    records.add(withDigestsOnly(r));
    PayloadKind first = kinds.putIfAbsent(p.sha256(), kind);
    StreamHold.Role role;
    try {
      role = p.kept() ? StreamHold.role(r, p, kind) : StreamHold.Role.NONE;
    } catch (IOException e) {
      role = StreamHold.Role.NONE;
    }
    if (hold.hold(r, p, kind, role)) {
      // A playlist, manifest, segment or Range piece: reassembled once the capture is read.
      return;
    }
    if (kind == PayloadKind.PAGE) {
      // Every page is parsed against its own URL (relative links differ between URLs).
      page(r, p);
      return;
    }
    if (kind == PayloadKind.OTHER && p.kept() && CssUrls.stylesheet(r.url(), r.contentType())) {
      stylesheet(r, p);
    }
    if (first != null || known.contains(p.sha256())) {
      // Seen before (in this capture or an earlier one): its page links or fingerprints are known.
      p.close();
      return;
    }
    switch (kind) {
      case IMAGE, VIDEO -> fingerprint(r.member(), r.offset(), p, kind);
      default -> p.close();
    }
  }

  private static ReadRecord withDigestsOnly(ReadRecord r) {
    return r.withPayload(r.payload().map(Payload::withoutContent));
  }

  /**
   * Fingerprints a payload on a worker and looks it up; problems name {@code member@offset}. The
   * payload is closed when done.
   */
  void fingerprint(String member, long offset, Payload p, PayloadKind kind) {
    if (!p.kept()) {
      store(p, kind, OptionalInt.empty(), Optional.empty(), List.of());
      matches.addAll(matcher.matchesByDigest(p, kind == PayloadKind.VIDEO));
      return;
    }
    submit(
        p,
        () -> {
          try {
            WebMediaHasher.Fingerprint f;
            // A native decoder's crash on these bytes in an earlier process is journalled: here it
            // is this record's error, and the payload is kept by its digests only.
            try (CrashJournal.Section section =
                guards
                    .get()
                    .enter(stageOf(kind), decoderOf(kind, p), Optional.of(p.sha256().toHex()))) {
              if (section.refusal().isPresent()) {
                CrashVerdict v = section.refusal().get();
                problems.add(
                    new WebCaptures.Problem(
                        member, offset, ErrorSeverity.ERROR, v.kind(), v.message()));
                store(p, kind, OptionalInt.empty(), Optional.empty(), List.of());
                matches.addAll(matcher.matchesByDigest(p, kind == PayloadKind.VIDEO));
                return;
              }
              f = hashers.get().of(kind, p);
            }
            f.pdq()
                .ifPresentOrElse(
                    pdq ->
                        store(
                            p,
                            kind,
                            OptionalInt.of(pdq.quality()),
                            Optional.of(PdqHex.parse(pdq.hash().toHex())),
                            List.of()),
                    () -> store(p, kind, OptionalInt.empty(), Optional.empty(), f.frames()));
            if (!f.warnings().isEmpty()) {
              problems.add(
                  new WebCaptures.Problem(
                      member,
                      offset,
                      ErrorSeverity.WARNING,
                      "damaged-" + kind.code(),
                      "decoded with damage: " + String.join("; ", f.warnings())));
            }
            matches.addAll(matcher.matches(p, f.media(), f.thumbnail()));
          } catch (WebMediaHasher.UnhashableException e) {
            problems.add(
                new WebCaptures.Problem(
                    member,
                    offset,
                    ErrorSeverity.ERROR,
                    "undecodable-" + kind.code(),
                    String.valueOf(e.getMessage())));
            store(p, kind, OptionalInt.empty(), Optional.empty(), List.of());
            matches.addAll(matcher.matchesByDigest(p, kind == PayloadKind.VIDEO));
          }
        });
  }

  // The stage words ingest journals its decodes under: a content that crashed one is known to
  // both.
  private static String stageOf(PayloadKind kind) {
    return kind == PayloadKind.VIDEO ? "vpdq" : "pdq";
  }

  private static NativeDecoder decoderOf(PayloadKind kind, Payload p) {
    if (kind == PayloadKind.VIDEO) {
      return NativeDecoder.FFMPEG;
    }
    byte[] head;
    try {
      head = p.head();
    } catch (IOException e) {
      head = new byte[0];
    }
    return NativeDecoder.forImage(head);
  }

  private void store(
      Payload p,
      PayloadKind kind,
      OptionalInt quality,
      Optional<PdqHex> pdq,
      List<VpdqFrame> frames) {
    Optional<String> framesJson = Optional.empty();
    if (!frames.isEmpty()) {
      ArrayNode a = JSON.createArrayNode();
      for (VpdqFrame f : frames) {
        a.addArray()
            .add(f.frameNumber())
            .add(f.pdq().quality())
            .add(f.pdq().hash().toHex())
            .add(f.timestampSeconds());
      }
      framesJson = Optional.of(a.toString());
    }
    media.put(
        p.sha256(),
        new WebCaptures.Media(
            p.sha256(), p.md5(), p.sha1(), p.size(), kind.code(), pdq, quality, framesJson));
  }

  private void page(ReadRecord r, Payload p) {
    if (!p.kept()) {
      p.close();
      return;
    }
    submit(
        p,
        () -> {
          try {
            pageLinks.put(r.url(), PageLinks.of(r.url(), p.content()));
          } catch (PageLinks.NotHtmlException | IOException e) {
            problems.add(
                new WebCaptures.Problem(
                    r.member(), r.offset(), ErrorSeverity.WARNING, "not-html", e.getMessage()));
          }
        });
  }

  /** A stylesheet's backgrounds, read on this thread (stylesheets are small). */
  private void stylesheet(ReadRecord r, Payload p) {
    try {
      stylesheetUrls.put(
          r.url(), CssUrls.of(r.url(), new String(p.content(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      problems.add(
          new WebCaptures.Problem(
              r.member(),
              r.offset(),
              ErrorSeverity.WARNING,
              "unreadable-stylesheet",
              e.getMessage()));
    }
  }

  private void submit(Payload p, Runnable task) {
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.close();
      throw new IllegalStateException("interrupted", e);
    }
    workers.execute(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            // A decoder's bug on hostile bytes is this record's problem, never the run's.
            problems.add(
                new WebCaptures.Problem(
                    "", -1, ErrorSeverity.ERROR, "internal-error", String.valueOf(e)));
          } finally {
            p.close();
            inFlight.release();
          }
        });
  }

  /** Every record read (payload digests kept, content dropped), in capture order. */
  List<ReadRecord> records() {
    return records;
  }

  /** What each payload read is (by SHA-256). */
  Map<Sha256, PayloadKind> kinds() {
    return kinds;
  }

  /** The links of each page parsed, by the page's URL. */
  Map<String, List<WebCaptures.Link>> pageLinks() {
    return pageLinks;
  }

  /** The URLs each stylesheet of this capture names ({@code url(...)}), by its URL. */
  Map<String, List<String>> stylesheetUrls() {
    return stylesheetUrls;
  }

  List<WebCaptures.Media> media() {
    return new ArrayList<>(new java.util.TreeMap<>(media).values());
  }

  List<WebCaptures.Match> matches() {
    List<WebCaptures.Match> out = new ArrayList<>(matches);
    out.sort(
        (a, b) ->
            a.media().equals(b.media())
                ? Long.compare(a.item().value(), b.item().value())
                : a.media().compareTo(b.media()));
    return out;
  }

  List<WebCaptures.Problem> problems() {
    return new ArrayList<>(problems);
  }

  long payloadBytes() {
    return payloadBytes;
  }
}
