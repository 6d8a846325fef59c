package org.okju.cli.daemon;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A command waiting for its client's output connection. */
final class DaemonSession {
  private final CompletableFuture<Socket> out = new CompletableFuture<>();

  /** Hands over the output connection; false if the session has one or gave up. */
  boolean attach(Socket connection) {
    return out.complete(connection);
  }

  Socket await(long millis) throws InterruptedException, TimeoutException {
    try {
      return out.get(millis, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("never completed exceptionally", e);
    }
  }

  /** Closes the connection if it comes after all (the client gave up before the command). */
  void abandon() {
    if (!out.cancel(false)) {
      closeQuietly(out.getNow(null));
    }
  }

  static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // nothing more to tell a client that is gone
    }
  }
}
