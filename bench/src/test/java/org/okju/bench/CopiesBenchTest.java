package org.okju.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okju.testkit.ImageEdits;

class CopiesBenchTest {
  static Path data() {
    String configured = System.getProperty("okju.testvectors");
    Path base =
        configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "testvectors");
    return base.resolve("threatexchange/pdq/data").normalize();
  }

  @Test
  void theBenchGroupsEditsOfTwoPhotosAndPrintsRecallAndPrecisionPerTransform() throws Exception {
    CopiesBench.Result r =
        new CopiesBench()
            .run(
                List.of(
                    data().resolve("bridge-mods/aaa-orig.jpg"),
                    data().resolve("reg-test-input/pen-and-coaster.png")),
                1);
    int perPhoto =
        1 + ImageEdits.all(new java.util.Random()).size() + CopiesBench.RANDOM_CROPS_PER_PHOTO - 1;
    assertThat(r.pictures()).isEqualTo(2 * perPhoto);
    assertThat(r.wronglyJoined()).isEmpty();
    CopiesBench.Row all = r.rows().get(r.rows().size() - 1);
    assertThat(all.transform()).isEqualTo("all pairs");
    assertThat(all.precision()).isEqualTo(1.0);
    assertThat(r.rows())
        .filteredOn(
            row -> row.transform().equals("jpeg-q20") || row.transform().equals("flip-horizontal"))
        .allMatch(row -> row.recall() == 1.0 && row.truePairs() == 2);
    assertThat(r.rows())
        .filteredOn(row -> row.transform().equals("crop-random-0-10"))
        .singleElement()
        .matches(row -> row.truePairs() == 2L * CopiesBench.RANDOM_CROPS_PER_PHOTO)
        .matches(row -> row.recall() == 1.0, "every random crop found");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CopiesBench.print(r, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("| transform | true pairs | found | recall | precision |")
        .contains("| all pairs | " + 2 * perPhoto * (perPhoto - 1) / 2 + " |");
  }
}
