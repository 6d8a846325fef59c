package org.okju.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the command-line benches find okju's launcher, the reference tools and their inputs. */
final class ReferenceTools {
  private ReferenceTools() {}

  /** The okju launcher this okju was started by. */
  static Path launcher() {
    String home = System.getProperty("okju.home");
    if (home == null) {
      throw CliException.usage("not started by the okju launcher (./okju): okju.home is unset");
    }
    return Path.of(home, "okju").toAbsolutePath();
  }

  /** The first executable file named {@code name} on PATH, or null. */
  static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(":", -1)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate.toAbsolutePath();
        }
      }
    }
    return null;
  }

  /**
   * Stops the bench with one line when the ffmpeg command line (needed to make media) is absent.
   */
  static void requireFfmpeg() {
    if (onPath("ffmpeg") == null || onPath("ffprobe") == null) {
      throw CliException.failure("ffmpeg and ffprobe are needed on PATH (apt-get install ffmpeg)");
    }
  }

  /** Two ordinary photographs of the reference test vectors (a landscape, objects), if present. */
  static List<Path> seedPhotos() {
    List<Path> seeds = new ArrayList<>();
    try {
      Path data = TestVectorLocation.pdqData();
      for (String p :
          List.of(
              "reg-test-input/dih/bridge-1-original.jpg",
              "reg-test-input/exif-rotn/exif-rotn-1.jpg")) {
        if (Files.isRegularFile(data.resolve(p))) {
          seeds.add(data.resolve(p));
        }
      }
    } catch (IllegalStateException e) {
      // No test vectors here: the generated sources alone make the corpus.
    }
    return seeds;
  }

  /** {@code java -cp <the jar holding main> <main>}: the same JDK as this run, nothing else. */
  static List<String> floorJava(Class<?> main) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path jar;
    try {
      jar = Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return List.of(
        java.toString(), "-Djava.awt.headless=true", "-cp", jar.toString(), main.getName());
  }
}
