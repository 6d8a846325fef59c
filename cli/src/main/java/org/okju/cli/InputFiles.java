package org.okju.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths given on a command line into regular files; reports those that are not. */
final class InputFiles {
  /** The files found, and how many given paths were missing or unreadable. */
  record Expanded(List<Path> files, int missing) {}

  private InputFiles() {}

  static Expanded expand(List<Path> given, PrintWriter err, String verb) {
    List<Path> files = new ArrayList<>();
    int missing = 0;
    for (Path p : given) {
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
              .sorted()
              .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          err.println("okju " + verb + ": " + p + ": cannot list directory: " + e.getMessage());
          missing++;
        }
      } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        files.add(p);
      } else {
        err.println("okju " + verb + ": " + p + ": no such file");
        missing++;
      }
    }
    return new Expanded(files, missing);
  }
}
