package org.okju.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.okju.cli.daemon.WorkingDirectory;

/**
 * Expands the paths given on a command line into regular files. A path that does not exist is a
 * mistyped command line, for every verb: exit 2 before anything is done ({@link CliException}). A
 * directory that cannot be listed is reported and counted (the verb's exit code is then 3).
 */
final class InputFiles {
  /**
   * The files found as the user named them ({@code files}, for output) and as they are opened
   * ({@code opened}: the same, or for a resident okju, resolved against its client's folder), and
   * how many given directories could not be listed.
   */
  record Expanded(List<Path> files, List<Path> opened, int missing) {}

  private InputFiles() {}

  /**
   * The files of {@code given}: files as they are, directories searched recursively in name order.
   *
   * @throws CliException (exit 2) when a given path does not exist
   */
  static Expanded expand(List<Path> given, PrintWriter err, String verb) {
    List<String> absent =
        given.stream()
            .filter(p -> !Files.exists(WorkingDirectory.resolve(p), LinkOption.NOFOLLOW_LINKS))
            .map(Path::toString)
            .toList();
    if (!absent.isEmpty()) {
      throw CliException.usage("no such file: " + String.join(", ", absent));
    }
    List<Path> files = new ArrayList<>();
    List<Path> opened = new ArrayList<>();
    int missing = 0;
    for (Path p : given) {
      Path open = WorkingDirectory.resolve(p);
      if (Files.isDirectory(open, LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> walk = Files.walk(open)) {
          walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
              .map(f -> new Path[] {p.resolve(open.relativize(f)), f})
              .sorted(Comparator.comparing((Path[] pair) -> pair[0]))
              .forEach(
                  pair -> {
                    files.add(pair[0]);
                    opened.add(pair[1]);
                  });
        } catch (IOException | UncheckedIOException e) {
          err.println("okju " + verb + ": " + p + ": cannot list directory: " + e.getMessage());
          missing++;
        }
      } else {
        files.add(p);
        opened.add(open);
      }
    }
    return new Expanded(files, opened, missing);
  }
}
