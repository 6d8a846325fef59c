package org.okju.cli.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * {@code System.out} or {@code System.err} of a resident okju: the bytes a command writes go to the
 * stream of the client it runs for (threads it starts inherit it), everything else to the
 * resident's own log. Unbuffered, so that no command's bytes wait in a buffer another writes to.
 */
final class ResidentStreams extends OutputStream {
  /** The streams of the client the calling thread works for; none on the resident's own. */
  private static final InheritableThreadLocal<Client> CLIENT = new InheritableThreadLocal<>();

  private record Client(OutputStream out, OutputStream err) {}

  private final OutputStream own;
  private final boolean error;

  private ResidentStreams(OutputStream own, boolean error) {
    this.own = own;
    this.error = error;
  }

  /**
   * Replaces {@code System.out} and {@code System.err} until the pair is closed; returns the pair
   * to bind clients to.
   */
  static Pair install() {
    PrintStream ownOut = System.out;
    PrintStream ownErr = System.err;
    ResidentStreams out = new ResidentStreams(ownOut, false);
    ResidentStreams err = new ResidentStreams(ownErr, true);
    // The JVM's own encoding for the standard streams, as a command run in a process of its own
    // would print with (the launcher uses a resident only when its locale is the client's).
    System.setOut(new PrintStream(out, true));
    System.setErr(new PrintStream(err, true));
    return new Pair(out, err, ownOut, ownErr);
  }

  /** The two standard streams of a resident, and the JVM's own, put back on close. */
  record Pair(ResidentStreams out, ResidentStreams err, PrintStream ownOut, PrintStream ownErr)
      implements AutoCloseable {
    @Override
    public void close() {
      System.setOut(ownOut);
      System.setErr(ownErr);
    }
  }

  /** Sends the calling thread's (and its new threads') output and error to a client's. */
  static void bind(OutputStream out, OutputStream err) {
    CLIENT.set(new Client(out, err));
  }

  static void unbind() {
    CLIENT.remove();
  }

  private OutputStream target() {
    Client c = CLIENT.get();
    if (c == null) {
      return own;
    }
    return error ? c.err() : c.out();
  }

  @Override
  public void write(int b) throws IOException {
    target().write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    target().write(b, off, len);
  }

  @Override
  public void flush() throws IOException {
    target().flush();
  }
}
