package org.okju.copies;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.okju.fingerprint.CopySignal;
import org.okju.fingerprint.CopySignals;
import org.okju.fingerprint.PdqHasher;
import org.okju.fingerprint.PdqScratch;
import org.okju.fingerprint.video.VpdqHasher;
import org.okju.fingerprint.video.VpdqOptions;

/** Test videos made with the ffmpeg command line, hashed as ingest hashes them. */
final class Videos {
  private Videos() {}

  static Path sample(String name) {
    return Pictures.vectors().resolve("tmk/sample-videos").resolve(name + ".mp4");
  }

  /** Runs {@code ffmpeg -y -loglevel error ARGS... OUT}. */
  static Path ffmpeg(Path out, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-y", "-loglevel", "error"));
    cmd.addAll(List.of(args));
    cmd.add(out.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("ffmpeg failed: " + String.join(" ", cmd) + "\n" + log);
    }
    return out;
  }

  static Media media(long item, Path video) throws Exception {
    CopySignals signals = new CopySignals(new PdqHasher());
    PdqScratch scratch = new PdqScratch();
    List<Media.View> views = new ArrayList<>();
    new VpdqHasher()
        .hash(
            video,
            VpdqOptions.everySeconds(1),
            4,
            (frame, luma, inVpdq) -> {
              // As ingest's VideoStage: every view on vPDQ frames, upright views in between.
              for (CopySignal s :
                  inVpdq ? signals.videoFrame(luma, scratch) : signals.upright(luma, scratch)) {
                views.add(Media.View.of(s, frame.frameNumber(), frame.timestampSeconds()));
              }
            });
    byte[] bytes = Files.readAllBytes(video);
    return new Media(
        item, video.getFileName().toString(), Pictures.sha256(bytes), bytes.length, true, views);
  }
}
