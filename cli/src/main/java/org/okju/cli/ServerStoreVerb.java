package org.okju.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.okju.web.store.ServerStore;
import org.okju.web.store.ServerStoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * An {@code okju server ...} verb that works on an existing server directory (its first parameter):
 * opens its store, or says why it cannot and exits with a usage error.
 */
abstract class ServerStoreVerb implements Callable<Integer> {
  /** The verb's work on the open store; returns the exit code. */
  @FunctionalInterface
  interface StoreWork {
    int run(ServerStore store) throws IOException;
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The server directory.")
  Path dir;

  /** Runs {@code work} on the opened store and closes it. */
  final int withStore(StoreWork work) throws IOException {
    Optional<ServerStore> opened = open(spec, dir);
    if (opened.isEmpty()) {
      return ExitCode.USAGE;
    }
    try (ServerStore store = opened.get()) {
      return work.run(store);
    }
  }

  final int usage(String message) {
    return usage(spec, message);
  }

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Prints {@code line} on standard output and returns {@link ExitCode#OK}. */
  final int done(String line) {
    out().println(line);
    out().flush();
    return ExitCode.OK;
  }

  static Optional<ServerStore> open(CommandSpec spec, Path dir) {
    try {
      return Optional.of(ServerStore.open(dir));
    } catch (ServerStoreException e) {
      spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
      spec.commandLine().getErr().flush();
      return Optional.empty();
    }
  }

  static int usage(CommandSpec spec, String message) {
    spec.commandLine().getErr().println(spec.qualifiedName() + ": " + message);
    spec.commandLine().getErr().flush();
    return ExitCode.USAGE;
  }
}
