package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code okju ingest drive.E01}, {@code okju files --json} and {@code okju verify} on an E01 of a
 * fictional FAT32 pen drive made at test time: the deleted file is listed as deleted, verify
 * re-checks the image and finds a changed byte of it.
 */
class ImageIngestTest {
  @TempDir Path tmp;

  private void sh(String script) throws Exception {
    ImageTools.sh(tmp, script);
  }

  @Test
  void anE01IsIngestedListedWithItsDeletedFileAndVerifiedThroughTheImage() throws Exception {
    ImageTools.need("mkfs.fat", "mcopy", "mdel", "ewfacquire", "fiwalk", "photorec");
    byte[] tape = new byte[300_000];
    new Random(11).nextBytes(tape);
    Files.write(tmp.resolve("tape.mp4"), tape);
    Files.writeString(tmp.resolve("memo.txt"), "Fictional memo for an image test.\n");
    sh(
        "mkfs.fat -C -F 32 drive.dd 40960 >/dev/null && export MTOOLS_SKIP_CHECK=1"
            + " && mcopy -i drive.dd memo.txt ::/memo.txt && mcopy -i drive.dd tape.mp4 ::/tape.mp4"
            + " && mdel -i drive.dd ::/tape.mp4"
            + " && ewfacquire -u -q -t drive -c deflate:fast -d sha1 drive.dd >/dev/null");
    String kase = tmp.resolve("case").toString();
    Path e01 = tmp.resolve("drive.E01");
    CliRun ingest = CliRun.of("ingest", e01.toString(), "--case", kase, "--user", "inv1");
    assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();

    CliRun files = CliRun.of("files", "--json", "--case", kase);
    assertThat(files.exitCode()).isZero();
    List<JsonNode> rows = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : files.out().lines().toList()) {
      rows.add(json.readTree(line));
    }
    JsonNode deleted =
        rows.stream().filter(r -> r.get("deleted").asBoolean()).findFirst().orElseThrow();
    assertThat(deleted.get("path").asText()).isEqualTo("p0/_ape.mp4");
    assertThat(deleted.get("partition").asText()).isEqualTo("p0");
    assertThat(deleted.get("imagePath").asText()).isEqualTo("_ape.mp4");
    assertThat(deleted.get("carved").asBoolean()).isFalse();
    assertThat(deleted.get("offset").asLong()).isPositive();
    assertThat(deleted.get("size").asLong()).isEqualTo(300_000);
    JsonNode memo =
        rows.stream()
            .filter(r -> r.get("path").asText().equals("p0/memo.txt"))
            .findFirst()
            .orElseThrow();
    assertThat(memo.get("deleted").asBoolean()).isFalse();

    CliRun verify = CliRun.of("verify", "--case", kase, "--user", "inv1");
    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out()).contains("Everything checked holds.");

    // One byte of the acquired data changed: the image no longer verifies.
    try (RandomAccessFile f = new RandomAccessFile(e01.toFile(), "rw")) {
      long at = f.length() / 2;
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ 0x01);
    }
    CliRun after = CliRun.of("verify", "--case", kase, "--user", "inv1");
    assertThat(after.exitCode()).as(after.out()).isNotZero();
    assertThat(after.out()).contains("drive.E01");
  }
}
