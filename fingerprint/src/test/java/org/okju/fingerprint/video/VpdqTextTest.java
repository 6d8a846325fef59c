package org.okju.fingerprint.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VpdqTextTest {
  @Test
  @DisplayName("reading and writing a reference hash file reproduces it byte for byte")
  void roundTripsAReferenceFile() throws Exception {
    for (Path file : VideoVectors.hashFiles("vpdq/sample-hashes")) {
      StringBuilder sb = new StringBuilder();
      VpdqText.write(VpdqText.read(file), sb);
      assertThat(sb.toString())
          .as("%s", file.getFileName())
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
  }

  @Test
  @DisplayName("timestamps are rounded from their binary value with ties to even, as printf")
  void timestampsRoundAsPrintf() {
    assertThat(VpdqText.formatTimestamp(0)).isEqualTo("0.000");
    assertThat(VpdqText.formatTimestamp(1f / (float) 29.97)).isEqualTo("0.033");
    assertThat(VpdqText.formatTimestamp(0.0625)).isEqualTo("0.062");
    assertThat(VpdqText.formatTimestamp(0.1875)).isEqualTo("0.188");
  }

  @Test
  @DisplayName("a malformed or empty hash file is a format error naming the line")
  void malformedFilesAreRejected(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.txt"), "0,100,abc\n");
    assertThatThrownBy(() -> VpdqText.read(bad))
        .isInstanceOf(VpdqFormatException.class)
        .hasMessageContaining("line 1");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    assertThatThrownBy(() -> VpdqText.read(empty))
        .isInstanceOf(VpdqFormatException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> VpdqText.read(dir.resolve("missing.txt")))
        .isInstanceOf(VpdqFormatException.class)
        .hasMessageContaining("no such file");
    assertThat(List.of(bad, empty)).allMatch(Files::exists);
  }
}
