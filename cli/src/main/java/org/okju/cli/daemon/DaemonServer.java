package org.okju.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A resident okju: one JVM, started by the launcher, that runs the per-file verbs ({@code okju pdq
 * FILE}, {@code okju vpdq VIDEO}) for later launchers, so that a script calling okju once per file
 * pays for a JVM start and the JIT's warm-up once, not per file. Listens on the loopback interface
 * only; a connection runs a command only with the token of the resident's file, which only its
 * owner can read. Ends after an idle time, on {@code okju daemon stop}, or when the file no longer
 * names it.
 */
public final class DaemonServer {
  private static final Logger LOG = LoggerFactory.getLogger(DaemonServer.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How long a client has to open its output connections after its request. */
  private static final long ATTACH_MILLIS = 10_000;

  /** How long a connection may take to send its request. */
  private static final int REQUEST_MILLIS = 10_000;

  /** The command runner: {@code okju}'s main without its exit. */
  public interface Commands {
    int run(String... args);
  }

  private final Path infoFile;
  private final String jar;
  private final String locale;
  private final Duration idle;
  private final Set<String> verbs;
  private final Commands commands;
  private final BooleanSupplier outdated;
  private final String token = HexFormat.of().formatHex(randomBytes());
  private final Map<String, DaemonSession> waiting = new ConcurrentHashMap<>();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong lastActive = new AtomicLong(System.nanoTime());
  private final Semaphore slots;
  private final Charset charset = DaemonInfo.pathCharset();
  private final Instant started = Instant.now();
  private volatile boolean stopping;
  private volatile ServerSocket server;

  /**
   * Threads for connections and for each command's watch on its client, kept between commands (a
   * thread started per command is a measurable part of a small one's time).
   */
  private final ExecutorService connections =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "okju-resident");
            t.setDaemon(true);
            return t;
          });

  /**
   * @param infoFile where the launcher looks for this resident
   * @param verbs the verbs it runs; anything else is refused (the launcher then runs it itself)
   * @param outdated true once the jar no longer matches its sources: the resident then ends
   */
  public DaemonServer(
      Path infoFile,
      String jar,
      String locale,
      Duration idle,
      Set<String> verbs,
      Commands commands,
      BooleanSupplier outdated) {
    this.infoFile = infoFile;
    this.jar = jar;
    this.locale = locale;
    this.idle = idle;
    this.verbs = Set.copyOf(verbs);
    this.commands = commands;
    this.outdated = outdated;
    this.slots = new Semaphore(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
  }

  private static byte[] randomBytes() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return b;
  }

  /**
   * Serves until stopped or idle; false at once when another resident holds the file's lock.
   *
   * @throws IOException when the loopback port or the file cannot be had
   */
  public boolean serve() throws IOException {
    Path lockFile = infoFile.resolveSibling(infoFile.getFileName() + ".lock");
    try (FileChannel lockChannel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(lockChannel)) {
      if (lock == null) {
        return false;
      }
      ResidentStreams.Pair streams = ResidentStreams.install();
      try {
        acceptUntilIdle();
      } finally {
        streams.close();
      }
      return true;
    }
  }

  private void removeQuietly(DaemonInfo info) {
    try {
      info.removeIfOurs(infoFile);
    } catch (IOException e) {
      LOG.warn("could not remove the resident's file {}", infoFile, e);
    }
  }

  /** The lock, or null when another resident (another process, or this one) holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private void acceptUntilIdle() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 64, InetAddress.getLoopbackAddress())) {
      server = s;
      s.setSoTimeout((int) Math.max(100, Math.min(5_000, idle.toMillis() / 2)));
      DaemonInfo info =
          new DaemonInfo(s.getLocalPort(), token, ProcessHandle.current().pid(), jar, locale);
      info.write(infoFile);
      // A SIGTERM (the system shutting down, kill) runs shutdown hooks, not finally blocks.
      Thread removal = new Thread(() -> removeQuietly(info), "okju-resident-exit");
      Runtime.getRuntime().addShutdownHook(removal);
      LOG.info("resident okju listening on port {}", s.getLocalPort());
      try {
        acceptUntilStopped(s);
      } finally {
        removeQuietly(info);
        try {
          Runtime.getRuntime().removeShutdownHook(removal);
        } catch (IllegalStateException e) {
          // the JVM is shutting down: the hook runs, to no harm
        }
      }
    } finally {
      connections.shutdown();
      awaitCommands();
    }
  }

  private void acceptUntilStopped(ServerSocket s) throws IOException {
    while (!stopping) {
      if (outdated.getAsBoolean()) {
        LOG.info("the sources changed since the jar was built; ending");
        return;
      }
      Socket c;
      try {
        c = s.accept();
      } catch (SocketTimeoutException e) {
        if (running.get() == 0 && System.nanoTime() - lastActive.get() > idle.toNanos()) {
          LOG.info("resident okju idle for {}; ending", idle);
          return;
        }
        continue;
      } catch (IOException e) {
        if (stopping) {
          return;
        }
        throw e;
      }
      connections.execute(() -> handle(c));
    }
  }

  private void awaitCommands() {
    try {
      if (!connections.awaitTermination(1, TimeUnit.HOURS)) {
        LOG.warn("commands still running an hour after the stop; leaving them");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(Socket c) {
    boolean handedOver = false;
    try {
      c.setSoTimeout(REQUEST_MILLIS);
      InputStream in = new BufferedInputStream(c.getInputStream());
      if (!DaemonProtocol.authentic(in, token)) {
        return;
      }
      String kind = DaemonProtocol.field(in, StandardCharsets.US_ASCII);
      switch (kind) {
        case "run" -> run(c, in);
        case "out" -> handedOver = attach(c, in);
        case "status" -> answer(c, status());
        case "stop" -> {
          answer(c, "stopping");
          stop();
        }
        default -> answer(c, "refused");
      }
    } catch (IOException e) {
      LOG.debug("a connection to the resident failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (!handedOver) {
        DaemonSession.closeQuietly(c);
      }
    }
  }

  /** How many commands this resident has run to their end. */
  public long commandsServed() {
    return served.get();
  }

  /** Ends the resident as {@code okju daemon stop} does (for a signal's handler). */
  public void shutDown() {
    try {
      stop();
    } catch (IOException e) {
      LOG.warn("could not close the resident's port", e);
    }
  }

  /** No new command; the accept loop ends and the file is removed. */
  private void stop() throws IOException {
    stopping = true;
    ServerSocket s = server;
    if (s != null) {
      s.close();
    }
  }

  private String status() {
    return "running pid "
        + ProcessHandle.current().pid()
        + " since "
        + started
        + " commands "
        + served.get()
        + " running "
        + running.get();
  }

  private static void answer(Socket c, String line) throws IOException {
    OutputStream out = c.getOutputStream();
    out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private boolean attach(Socket c, InputStream in) throws IOException {
    String id = DaemonProtocol.field(in, StandardCharsets.US_ASCII);
    DaemonSession session = waiting.get(id);
    return session != null && session.attach(c);
  }

  private void run(Socket control, InputStream in) throws IOException, InterruptedException {
    String folder = DaemonProtocol.field(in, charset);
    int count = Integer.parseInt(DaemonProtocol.field(in, StandardCharsets.US_ASCII));
    if (count < 1 || count > DaemonProtocol.MAX_ARGUMENTS) {
      answer(control, "refused");
      return;
    }
    String[] args = new String[count];
    for (int i = 0; i < count; i++) {
      args[i] = DaemonProtocol.field(in, charset);
    }
    if (outdated.getAsBoolean()) {
      stop();
    }
    if (stopping || !verbs.contains(args[0]) || !Path.of(folder).isAbsolute()) {
      answer(control, "refused");
      return;
    }
    String id = HexFormat.of().formatHex(randomBytes(), 0, 16);
    DaemonSession session = new DaemonSession();
    waiting.put(id, session);
    Socket attached;
    try {
      answer(control, "session " + id);
      attached = session.await(ATTACH_MILLIS);
    } catch (TimeoutException e) {
      session.abandon();
      return;
    } finally {
      waiting.remove(id);
    }
    running.incrementAndGet();
    slots.acquire();
    try {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code;
      try {
        code = execute(control, attached, err, Path.of(folder), args);
      } finally {
        // Counted before the reply: a launcher that has its exit code finds its command counted
        // (counted after the flush, a fast command's launcher could ask before the count moved).
        served.incrementAndGet();
      }
      OutputStream reply = control.getOutputStream();
      reply.write(("exit " + code + " " + err.size() + "\n").getBytes(StandardCharsets.US_ASCII));
      err.writeTo(reply);
      reply.flush();
    } finally {
      slots.release();
      lastActive.set(System.nanoTime());
      running.decrementAndGet();
    }
  }

  private int execute(
      Socket control, Socket outSocket, OutputStream err, Path folder, String[] args)
      throws IOException {
    CommandThread command = new CommandThread(Thread.currentThread());
    control.setSoTimeout(0);
    try {
      // Ends when the command's end closes the control connection (handle's finally).
      connections.execute(() -> command.interruptWhenGone(control));
    } catch (RejectedExecutionException e) {
      // The resident is stopping: this command, accepted before, runs to its end unwatched.
    }
    int code;
    try (outSocket;
        OutputStream out = new BufferedOutputStream(outSocket.getOutputStream(), 1 << 16)) {
      ResidentStreams.bind(out, err);
      try {
        code = WorkingDirectory.within(folder, () -> commands.run(args));
      } catch (Exception e) {
        System.err.println("okju: " + e);
        code = 1;
      } finally {
        System.out.flush();
        System.err.flush();
        ResidentStreams.unbind();
      }
    } finally {
      command.finished();
    }
    return code;
  }

  /** The thread running a command, interrupted if its client goes away before the end. */
  private static final class CommandThread {
    private final Thread thread;
    private boolean finished;

    CommandThread(Thread thread) {
      this.thread = thread;
    }

    /** Waits on the control connection, on which a client sends nothing: its end is Ctrl-C. */
    void interruptWhenGone(Socket control) {
      try {
        if (control.getInputStream().read() < 0) {
          synchronized (this) {
            if (!finished) {
              thread.interrupt();
            }
          }
        }
      } catch (IOException e) {
        // closed by this side after the command's end
      }
    }

    /** The pooled thread goes on to other connections: no interrupt may reach it now. */
    synchronized void finished() {
      finished = true;
      Thread.interrupted();
    }
  }
}
