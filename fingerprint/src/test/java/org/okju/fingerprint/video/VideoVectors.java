package org.okju.fingerprint.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.okju.fingerprint.TestVectors;

/**
 * The ThreatExchange vPDQ vectors under {@code shared/testvectors/threatexchange}, and our own
 * hashes of the sample videos, computed once per JVM and shared by the tests that compare them.
 */
final class VideoVectors {
  static final String DERIVED = "derived/vpdq-cpp-ffmpeg5.1";

  private static final Map<String, List<VpdqFrame>> OURS = new ConcurrentHashMap<>();

  private VideoVectors() {}

  static Path root() {
    return TestVectors.root();
  }

  static Path video(String name) {
    return root().resolve("tmk/sample-videos").resolve(name + ".mp4");
  }

  /** The {@code .txt} files of a directory of expected hashes, in name order. */
  static List<Path> hashFiles(String relativeDir) {
    try (Stream<Path> s = Files.list(root().resolve(relativeDir))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Our hashes of a sample video, cached across tests. */
  static List<VpdqFrame> ours(String videoName, VpdqOptions options) {
    String key = videoName + "|" + options;
    List<VpdqFrame> cached = OURS.get(key);
    if (cached != null) {
      return cached;
    }
    try {
      List<VpdqFrame> frames = List.copyOf(new VpdqHasher().hash(video(videoName), options));
      OURS.put(key, frames);
      return frames;
    } catch (VideoDecodeException e) {
      throw new AssertionError("cannot hash sample video " + videoName + ": " + e.getMessage(), e);
    }
  }

  static List<VpdqFrame> read(Path file) {
    try {
      return VpdqText.read(file);
    } catch (VpdqFormatException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
