package org.okju.cli.daemon;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The folder that a command's relative paths are relative to. A process's own working directory for
 * a command run in it; the client's for a command a resident okju runs for a launcher started
 * elsewhere, since a JVM has one working directory for all its threads. Threads a command starts
 * inherit its folder.
 */
public final class WorkingDirectory {
  private static final InheritableThreadLocal<Path> CLIENT = new InheritableThreadLocal<>();

  private WorkingDirectory() {}

  /** {@code given} as the command's files are opened: relative to the client's folder if any. */
  public static Path resolve(Path given) {
    Path client = CLIENT.get();
    return client == null ? given : client.resolve(given);
  }

  /** Runs {@code command} with relative paths resolved against {@code folder} (absolute). */
  static <T> T within(Path folder, Callable<T> command) throws Exception {
    if (!folder.isAbsolute()) {
      throw new IllegalArgumentException("a client's folder is absolute: " + folder);
    }
    Path before = CLIENT.get();
    CLIENT.set(folder);
    try {
      return command.call();
    } finally {
      CLIENT.set(before);
    }
  }
}
