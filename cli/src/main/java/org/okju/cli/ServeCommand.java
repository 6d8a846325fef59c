package org.okju.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.okju.web.Workbench;
import org.okju.web.store.ServerStore;
import org.okju.web.store.ServerStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju serve DIR}: runs the team's workbench in the foreground until SIGTERM or Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the workbench of the server directory DIR (okju server init) and prints its URL.",
      "Runs in the foreground; SIGTERM or Ctrl-C stops it (a running ingest stays resumable).",
      "Listens on 127.0.0.1 unless --bind says otherwise."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The server directory.")
  Path dir;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "The port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "The address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String bind = "127.0.0.1";

  @Option(
      names = "--behind-tls",
      description = "A TLS proxy fronts the server: session cookies get Secure, pages send HSTS.")
  boolean behindTls;

  @Override
  public Integer call() throws InterruptedException {
    ServerStore store;
    try {
      store = ServerStore.open(dir);
    } catch (ServerStoreException e) {
      spec.commandLine().getErr().println("okju serve: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCode.USAGE;
    }
    try (store) {
      return serve(
          spec.commandLine().getOut(), spec.commandLine().getErr(), store, port, bind, behindTls);
    }
  }

  /** Runs the workbench over {@code store} until the process is told to stop. */
  static int serve(
      PrintWriter out, PrintWriter err, ServerStore store, int port, String bind, boolean tls)
      throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Workbench wb;
    try {
      wb =
          Workbench.create(
                  store,
                  c ->
                      c.port(port)
                          .bind(bind)
                          .behindTls(tls)
                          .okjuVersion(OkjuVersion.current())
                          .reportSections(
                              (plugins, cs) ->
                                  CopiesReportSections.addTo(
                                      LedgerReportSections.addTo(plugins, cs), cs)))
              .start();
    } catch (RuntimeException e) {
      err.println("okju serve: cannot start on " + bind + ":" + port + ": " + e.getMessage());
      err.flush();
      return ExitCode.FAILURE;
    }
    // SIGTERM and Ctrl-C end the wait instead of killing the JVM mid-request, so the server
    // stops cleanly and the exit code is 0.
    Interrupts.handle(Interrupts.Signal.TERM, stop::countDown);
    Interrupts.handle(Interrupts.Signal.INT, stop::countDown);
    try (wb) {
      out.println(wb.url());
      out.flush();
      err.println(
          "okju serve: workbench of "
              + store.location().directory()
              + " at "
              + wb.url()
              + " (SIGTERM or Ctrl-C stops it)");
      err.flush();
      stop.await();
    }
    err.println("okju serve: stopped");
    err.flush();
    return ExitCode.OK;
  }
}
