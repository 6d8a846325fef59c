package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.testkit.ImageEdits;
import org.okju.testkit.ReferencePhotos;

/**
 * Copies as the README documents them: a tape's representative is its largest picture (pixels, then
 * bytes), and one rule names a relation, so the same edit has the same label in every tape.
 */
class CopiesPresentationTest {
  @TempDir Path tmp;

  @Test
  void theLargestPictureRepresentsItsTapeNotTheLargestFile() throws Exception {
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    Path original = CliRun.vectors().resolve("pdq/data/bridge-mods/aaa-orig.jpg");
    Files.copy(original, drive.resolve("b-original.jpg"));
    // A crop saved losslessly: fewer pixels, many more bytes than the JPEG it was cut from.
    BufferedImage crop = ImageEdits.crop(ImageIO.read(original.toFile()), 0.1, 0.1, 0.1, 0.1);
    Path cropped = drive.resolve("a-crop.png");
    Files.write(cropped, ImageEdits.png(crop));
    assertThat(Files.size(cropped)).isGreaterThan(Files.size(drive.resolve("b-original.jpg")));

    JsonNode tape = onlyTape(copies(drive));
    JsonNode rep = tape.get("members").get(0);
    assertThat(rep.get("relation").asText()).isEqualTo("representative");
    assertThat(rep.get("path").asText()).isEqualTo("b-original.jpg");
    assertThat(rep.get("evidence").get("reason").asText()).isEqualTo("largest image");
    BufferedImage o = ImageIO.read(original.toFile());
    assertThat(rep.get("evidence").get("pixels").asLong())
        .isEqualTo((long) o.getWidth() * o.getHeight());
    assertThat(tape.get("members").get(1).get("path").asText()).isEqualTo("a-crop.png");
  }

  @Test
  void aPlainResizeIsReEncodedInEveryTape() throws Exception {
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    for (String photo : ReferencePhotos.DISTINCT) {
      BufferedImage image =
          ImageEdits.rgb(
              ImageIO.read(CliRun.vectors().resolve("pdq/data").resolve(photo).toFile()));
      String name = Path.of(photo).getFileName().toString().replaceAll("\\.\\w+$", "");
      Files.write(drive.resolve(name + ".png"), ImageEdits.png(image));
      Files.write(
          drive.resolve(name + "-half.png"), ImageEdits.png(ImageEdits.resize(image, 0.75)));
    }
    JsonNode groups = copies(drive).get("groups");
    List<String> relations = new ArrayList<>();
    int tapes = 0;
    for (JsonNode g : groups) {
      if (g.get("members").size() < 2) {
        continue;
      }
      tapes++;
      for (JsonNode m : g.get("members")) {
        if (m.get("path").asText().endsWith("-half.png")) {
          relations.add(
              m.get("path").asText()
                  + " "
                  + m.get("relation").asText()
                  + " "
                  + m.get("evidence").get("view").asText());
        }
      }
    }
    assertThat(tapes)
        .as(groups.toString())
        .isGreaterThanOrEqualTo(ReferencePhotos.DISTINCT.size() - 2);
    assertThat(relations)
        .isNotEmpty()
        .allMatch(r -> r.endsWith(" re-encoded full"), "re-encoded full");
  }

  private JsonNode copies(Path drive) throws Exception {
    String kase = tmp.resolve("case").toString();
    CliRun ingest = CliRun.of("ingest", drive.toString(), "--case", kase);
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    CliRun copies = CliRun.of("copies", "--case", kase, "--json");
    assertThat(copies.exitCode()).as(copies.err()).isZero();
    return new ObjectMapper().readTree(copies.out());
  }

  private static JsonNode onlyTape(JsonNode root) {
    assertThat(root.get("groups")).hasSize(1);
    return root.get("groups").get(0);
  }
}
