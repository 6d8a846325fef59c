package org.okju.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.copies.CaseCopies;
import org.okju.copies.GroupingSettings;
import org.okju.copies.Media;
import org.okju.ingest.Ingest;

/**
 * A payload read from a capture is fingerprinted in memory exactly as ingest fingerprints the same
 * bytes from a file: the same copy views (every orientation, crop grid, video frames), the same
 * picture profile, the same picture size; a video is decoded by FFmpeg from a memory file.
 */
class WebMediaHasherTest {
  @TempDir Path tmp;

  @Test
  void aPayloadHasTheViewsAndProfileIngestGivesTheSameFile() throws Exception {
    Path seized = MonitorCase.seizedFolder(tmp);
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("case")))) {
      Ingest.create(store, c -> c.provenance("t", "t", "t")).run(seized);
      List<Media> ingested = new CaseCopies(store, GroupingSettings.DEFAULT).load();
      WebMediaHasher hasher = new WebMediaHasher();
      for (String name : List.of("photo-a.jpg", "photo-b.jpg", "photo-c.png", "clip.mp4")) {
        Media onDrive =
            ingested.stream().filter(m -> m.path().endsWith(name)).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(seized.resolve(name));
        WebMediaHasher.Fingerprint web =
            hasher.of(
                name.endsWith(".mp4") ? PayloadKind.VIDEO : PayloadKind.IMAGE, Payload.of(bytes));
        assertThat(web.media().sha256()).isEqualTo(onDrive.sha256());
        assertThat(web.media().video()).isEqualTo(onDrive.video());
        assertThat(web.media().views()).as(name).hasSize(onDrive.views().size());
        assertThat(new HashSet<>(web.media().views()))
            .as(name)
            .isEqualTo(new HashSet<>(onDrive.views()));
        assertThat(web.media().profile()).as(name).isEqualTo(onDrive.profile());
        if (!onDrive.video()) {
          assertThat(web.media().pixels()).isEqualTo(onDrive.pixels());
          assertThat(web.thumbnail()).isPresent();
          assertThat(web.pdq()).isPresent();
        } else {
          assertThat(web.frames()).hasSizeGreaterThanOrEqualTo(11);
        }
      }
    }
  }
}
