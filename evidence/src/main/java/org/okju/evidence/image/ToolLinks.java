package org.okju.evidence.image;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

/**
 * Plain names the tools can be given for an image's segments: symbolic links in a private directory
 * of okju's work directory ({@code image.E01 → /evidence/증거.E01}, {@code image.E02 → …}). A command
 * line is text in the JVM's charset, while an evidence path is any bytes; libewf and The Sleuth Kit
 * find the later segments of a set by the first one's name, so each gets a link. Only links in
 * okju's own directory are made; the evidence is not touched. Not thread-safe.
 */
final class ToolLinks implements AutoCloseable {
  private interface LibC extends Library {
    int symlink(byte[] target, byte[] link) throws LastErrorException;
  }

  private static final LibC LIBC = Native.load("c", LibC.class);

  private final Path dir;
  private final Path first;

  private ToolLinks(Path dir, Path first) {
    this.dir = dir;
    this.first = first;
  }

  /**
   * Links for {@code segments} (raw path bytes, first to last) in a new directory under {@code
   * work}.
   */
  static ToolLinks create(Path work, List<byte[]> segments) throws IOException {
    Files.createDirectories(work);
    Path dir =
        Files.createTempDirectory(
            work,
            "image-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Path first = null;
    for (byte[] segment : segments) {
      String name = "image" + extension(segment);
      Path link = dir.resolve(name);
      byte[] linkBytes = link.toString().getBytes(StandardCharsets.UTF_8);
      try {
        LIBC.symlink(cString(segment), cString(linkBytes));
      } catch (LastErrorException e) {
        throw new IOException("cannot link " + link + " for the tools: errno " + e.getErrorCode());
      }
      if (first == null) {
        first = link;
      }
    }
    return new ToolLinks(dir, first);
  }

  /** The name to give the tools. */
  String first() {
    return first.toString();
  }

  @Override
  public void close() {
    try (var links = Files.list(dir)) {
      for (Path p : links.toList()) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // A leftover link in the work directory; ingest clears the directory on its next run.
    }
  }

  // The segment's own extension when it names a segment (.E01, .001), else .raw.
  private static String extension(byte[] path) {
    int dot = -1;
    for (int i = path.length - 1; i >= 0 && path[i] != '/'; i--) {
      if (path[i] == '.') {
        dot = i;
        break;
      }
    }
    if (dot < 0) {
      return ".raw";
    }
    String ext = new String(path, dot, path.length - dot, StandardCharsets.ISO_8859_1);
    return ext.matches("\\.[A-Za-z0-9]{1,4}") ? ext : ".raw";
  }

  private static byte[] cString(byte[] b) {
    return Arrays.copyOf(b, b.length + 1);
  }
}
