package org.okju.text;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A loopback port that notes whether anything connected within three seconds: the address of an
 * external entity that no parser may fetch. Close it before asking {@link #fetched()}.
 */
final class FetchTrap implements AutoCloseable {
  private final ServerSocket server;
  private final AtomicBoolean fetched = new AtomicBoolean();
  private final Thread listener;

  FetchTrap() throws IOException {
    server = new ServerSocket(0);
    server.setSoTimeout(3_000);
    listener = new Thread(this::listen);
    listener.start();
  }

  private void listen() {
    try {
      server.accept().close();
      fetched.set(true);
    } catch (SocketTimeoutException e) {
      // nobody came: what the tests want
    } catch (IOException e) {
      // closed
    }
  }

  /** An http address on the trap. */
  String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** Whether anything connected (waits for the listening window to end). */
  boolean fetched() throws InterruptedException {
    listener.join();
    return fetched.get();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
