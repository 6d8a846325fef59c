package org.okju.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader re-opens a folder's file and a single-file source, and refuses to hand out a disk
 * image's own bytes as a file inside it.
 */
class EvidenceReaderTest {
  @TempDir Path tmp;

  private final EvidenceReader reader = new EvidenceReader();

  @Test
  void aSingleFileSourceIsReadAsItsOnlyItem() throws Exception {
    Path f = Files.writeString(tmp.resolve("notes.txt"), "fictional notes");
    byte[] read =
        reader.readSmall(
            new EvidenceAddress.FolderFile(
                PathBytes.of(f), "notes.txt".getBytes(StandardCharsets.UTF_8)),
            1 << 20);
    assertThat(new String(read, StandardCharsets.UTF_8)).isEqualTo("fictional notes");
  }

  @Test
  void aFileInsideADiskImageSourceIsNeverReadAsTheImageItself() throws Exception {
    Path image = Files.write(tmp.resolve("drive.dd"), new byte[4096]);
    EvidenceAddress inside =
        new EvidenceAddress.FolderFile(
            PathBytes.of(image), "p0/DCIM/a.jpg".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.sha256(inside))
        .isInstanceOf(EvidenceException.class)
        .hasMessageContaining("inside the disk image")
        .satisfies(e -> assertThat(((EvidenceException) e).kind()).isEqualTo("inside-image"));
  }
}
