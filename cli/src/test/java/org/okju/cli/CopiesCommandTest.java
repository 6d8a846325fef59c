package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopiesCommandTest {
  @TempDir Path tmp;

  @Test
  void copiesGroupsAnIngestedFolderIntoStableTapesAndLogsTheRun() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("drive"));
    BufferedImage bridge =
        ImageIO.read(CliRun.vectors().resolve("pdq/data/bridge-mods/aaa-orig.jpg").toFile());
    BufferedImage small = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = small.createGraphics();
    g.drawImage(bridge, 0, 0, 320, 240, null);
    g.dispose();
    ImageIO.write(small, "png", src.resolve("a.png").toFile());
    Files.copy(src.resolve("a.png"), src.resolve("same-bytes.png"));
    BufferedImage flipped = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D f = flipped.createGraphics();
    f.drawImage(small, 320, 0, -320, 240, null);
    f.dispose();
    ImageIO.write(flipped, "jpg", src.resolve("flipped.jpg").toFile());
    Files.copy(
        CliRun.vectors().resolve("pdq/data/reg-test-input/pen-and-coaster.png"),
        src.resolve("other.png"));
    String kase = tmp.resolve("case").toString();
    assertThat(CliRun.of("ingest", src.toString(), "--case", kase).exitCode()).isZero();

    CliRun run = CliRun.of("copies", "--case", kase, "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode groups = new ObjectMapper().readTree(run.out()).get("groups");
    assertThat(groups).hasSize(2);
    List<String> relations = new ArrayList<>();
    for (JsonNode group : groups) {
      assertThat(group.get("id").asText()).matches("T-00[12]");
      group
          .get("members")
          .forEach(m -> relations.add(m.get("path").asText() + "=" + m.get("relation").asText()));
    }
    assertThat(relations)
        .contains("other.png=representative", "flipped.jpg=transformed")
        .anyMatch(r -> r.endsWith("=identical"));

    CliRun again = CliRun.of("copies", "--case", kase);
    assertThat(again.out()).contains("T-001").contains("2 tapes, 2 copies");
    CliRun verify = CliRun.of("verify", "--case", kase);
    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
  }
}
