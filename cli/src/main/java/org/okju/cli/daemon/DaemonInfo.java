package org.okju.cli.daemon;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/**
 * The file that tells the launcher where a resident okju listens: its port and token, its process
 * id, the jar it runs and the locale it was started in (the launcher uses it only for the same jar
 * and locale). Readable by its owner only: the token is what lets a connection run commands.
 *
 * <p>Three lines, so that the launcher reads them with shell built-ins: {@code port token pid}, the
 * jar's path, the locale.
 */
public record DaemonInfo(int port, String token, long pid, String jar, String locale) {
  public DaemonInfo {
    if (port <= 0 || port > 65_535 || !token.matches("[0-9a-f]{64}") || jar.contains("\n")) {
      throw new IllegalArgumentException("not a resident's address: port " + port);
    }
  }

  /** Writes the file at {@code path}, whole or not at all (a private name, then a rename). */
  void write(Path path) throws IOException {
    Path tmp = path.resolveSibling(path.getFileName() + "." + pid);
    Files.deleteIfExists(tmp);
    Files.createFile(
        tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    String text = port + " " + token + " " + pid + "\n" + jar + "\n" + locale + "\n";
    Files.write(tmp, text.getBytes(pathCharset()));
    try {
      Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The resident named at {@code path}, if the file is there and whole. */
  public static Optional<DaemonInfo> read(Path path) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, pathCharset());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (lines.size() < 3) {
      return Optional.empty();
    }
    String[] first = lines.get(0).split(" ", -1);
    if (first.length != 3) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new DaemonInfo(
              Integer.parseInt(first[0]),
              first[1],
              Long.parseLong(first[2]),
              lines.get(1),
              lines.get(2)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Removes the file if it still names this resident (a newer one may have replaced it). */
  void removeIfOurs(Path path) throws IOException {
    if (read(path).filter(i -> i.token.equals(token)).isPresent()) {
      Files.deleteIfExists(path);
    }
  }

  /** Paths and arguments as the JVM reads them from the system: its file-name encoding. */
  static Charset pathCharset() {
    String jnu = System.getProperty("sun.jnu.encoding");
    return jnu == null ? Charset.defaultCharset() : Charset.forName(jnu);
  }
}
