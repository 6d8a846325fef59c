package org.okju.evidence.tool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code LD_PRELOAD} library that makes the forensic tools okju runs open evidence with {@code
 * O_NOATIME} (source: {@code evidence/src/main/c/okju_noatime.c}). The Sleuth Kit and libewf open
 * an image by its path with a plain {@code open(2)}; without this library every listing of an image
 * would move its access time (Linux's default {@code relatime} updates it whenever it is older than
 * the modification time or a day old), which okju's own reads never do.
 *
 * <p>The library is built with the jar when a C compiler is present and copied out of it once per
 * process into a private temporary directory. Where it is missing, tools run without it and {@link
 * #path()} is empty, so callers can say that the image's access time may have moved. Thread-safe.
 */
final class NoAtimePreload {
  private static final Logger LOG = LoggerFactory.getLogger(NoAtimePreload.class);
  private static final Optional<Path> PATH = extract();

  private NoAtimePreload() {}

  /** The library's file, if this build has one for this machine. */
  static Optional<Path> path() {
    return PATH;
  }

  private static Optional<Path> extract() {
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String resource = "/org/okju/evidence/native/libokju-noatime-" + arch + ".so";
    try (InputStream in = NoAtimePreload.class.getResourceAsStream(resource)) {
      if (in == null) {
        LOG.warn("no {} in this build: forensic tools may move an image's access time", resource);
        return Optional.empty();
      }
      Path dir =
          Files.createTempDirectory(
              "okju-noatime-",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Path lib = dir.resolve("libokju-noatime.so");
      Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
      lib.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return Optional.of(lib);
    } catch (IOException e) {
      LOG.warn("could not unpack {}: forensic tools may move an image's access time", resource, e);
      return Optional.empty();
    }
  }
}
