package org.okju.web;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the browser may start an ingest from: an absolute path, with no {@code ..} and no NUL, that
 * exists and whose real path (symbolic links resolved) lies under one of the case's evidence roots
 * (registered with {@code okju server case add … --evidence-root}). Nothing else of the server's
 * file system is reachable from a request.
 */
final class EvidenceRoots {
  private EvidenceRoots() {}

  /**
   * The real path to ingest.
   *
   * @throws WebError 400 for a malformed or missing path, 403 for one outside every root
   */
  static Path resolve(String text, List<String> roots) {
    if (text == null || text.isBlank()) {
      throw WebError.badRequest("Give the path of the evidence on the server.");
    }
    if (text.indexOf('\0') >= 0 || text.length() > 4096) {
      throw WebError.badRequest("That is not a path.");
    }
    Path p;
    try {
      p = Path.of(text.strip());
    } catch (InvalidPathException e) {
      throw WebError.badRequest("That is not a path.");
    }
    if (!p.isAbsolute()) {
      throw WebError.badRequest("Give an absolute path (starting with /).");
    }
    for (Path part : p) {
      if (part.toString().equals("..")) {
        throw WebError.badRequest("A path with .. is not accepted.");
      }
    }
    if (roots.isEmpty()) {
      throw WebError.forbidden(
          "This case has no evidence root: an admin adds one with okju server case add … --evidence-root PATH.");
    }
    Path real;
    try {
      real = p.toRealPath();
    } catch (NoSuchFileException e) {
      throw WebError.badRequest("No such file or folder on the server.");
    } catch (IOException e) {
      throw WebError.badRequest("That path cannot be read.");
    }
    for (String root : roots) {
      try {
        if (real.startsWith(Path.of(root).toRealPath())) {
          return real;
        }
      } catch (IOException e) {
        // A root that vanished admits nothing.
      }
    }
    throw WebError.forbidden(
        "That path is outside this case's evidence roots: " + String.join(", ", roots));
  }
}
