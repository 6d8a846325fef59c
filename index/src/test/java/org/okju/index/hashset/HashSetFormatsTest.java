package org.okju.index.hashset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashSetFormatsTest {
  @TempDir Path dir;

  @Test
  void everyFormatIsFoundByServiceLoaderUnderItsName() {
    assertThat(HashSetFormats.all())
        .extracting(HashSetFormat::name)
        .containsExactly(
            "nsrl-v3",
            "vics-2.0",
            "vics-2.0-case",
            "vics-1.3",
            "nsrl-v2",
            "hma-json",
            "hma-csv",
            "te",
            "okju-pdq",
            "pdq-list",
            "hashdeep",
            "md5sum",
            "sha1sum",
            "sha256sum",
            "hex-list");
    assertThat(HashSetFormats.all())
        .filteredOn(HashSetFormat::canWrite)
        .extracting(HashSetFormat::name)
        .containsExactly(
            "vics-2.0",
            "vics-2.0-case",
            "hma-json",
            "hma-csv",
            "te",
            "pdq-list",
            "md5sum",
            "sha1sum",
            "sha256sum");
  }

  @ParameterizedTest(name = "a file starting \"{0}\" is detected as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "d41d8cd98f00b204e9800998ecf8427e  a.jpg|md5sum",
        "MD5 (a.jpg) = d41d8cd98f00b204e9800998ecf8427e|md5sum",
        "da39a3ee5e6b4b0d3255bfef95601890afd80709 *a|sha1sum",
        "SHA256 (a) = e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855|sha256sum",
        "D41D8CD98F00B204E9800998ECF8427E|hex-list",
        "pdq f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95|te",
        "pdq f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95 T-001|pdq-list",
        "video_md5 d41d8cd98f00b204e9800998ecf8427e|te",
        "vpdq [\"f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95,100,0.0\"]|te",
        "{\"video_md5\": \"d41d8cd98f00b204e9800998ecf8427e\", \"note\": \"T-001\"}|hma-json",
        "signal_type,signal_str,collab,category,tags|hma-csv",
        "\"SHA-1\",\"MD5\",\"CRC32\",\"FileName\"|nsrl-v2",
      })
  void formatsAreDetectedFromTheirFirstLine(String firstLine, String format) throws IOException {
    Path f = dir.resolve("list");
    Files.writeString(f, firstLine + "\n");
    assertThat(HashSetFormats.detect(f)).map(HashSetFormat::name).contains(format);
  }

  @Test
  void unknownTextIsNotDetectedAndReadOnlyFormatsRefuseToWrite() throws IOException {
    Path f = dir.resolve("notes.txt");
    Files.writeString(f, "meeting notes\n");
    assertThat(HashSetFormats.detect(f)).isEmpty();
    assertThatThrownBy(() -> new NsrlV2Format().write(f, java.util.stream.Stream.empty()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void hashValuesParseStrictlyAndNormaliseCase() {
    HashValue h = HashValue.parse(HashKind.MD5, "D41D8CD98F00B204E9800998ECF8427E");
    assertThat(h.toHex()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    assertThat(HashValue.parse(HashKind.MD5, h.toHex())).isEqualTo(h);
    assertThat(h).hasToString("md5:d41d8cd98f00b204e9800998ecf8427e");
    assertThatThrownBy(() -> HashValue.parse(HashKind.SHA1, h.toHex()))
        .hasMessageContaining("40-hex-digit SHA1");
    assertThatThrownBy(() -> HashValue.parse(HashKind.MD5, "g".repeat(32)))
        .hasMessageContaining("ggg");
    assertThatThrownBy(h::pdq).isInstanceOf(IllegalStateException.class);
  }
}
