package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Item;
import org.okju.testkit.LowInformationPictures;

/**
 * A drive of icons that share a badge, ingested and grouped: no tape joins two icons, each tape
 * member says how it joined, a reviewer splits a tape in one logged action that later groupings
 * keep, and a hash set holding one icon's PDQ does not match the others.
 */
class CopiesLowInformationTest {
  @TempDir Path tmp;
  private String kase;

  @BeforeEach
  void ingestADriveOfIcons() throws Exception {
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    for (int glyph = 0; glyph < 6; glyph++) {
      ImageIO.write(
          LowInformationPictures.icon(glyph, true, 64),
          "png",
          drive.resolve("icon-" + glyph + ".png").toFile());
      ImageIO.write(
          LowInformationPictures.icon(glyph, true, 128),
          "png",
          drive.resolve("icon-" + glyph + "-128.png").toFile());
    }
    kase = tmp.resolve("case").toString();
    CliRun ingest = CliRun.of("ingest", drive.toString(), "--case", kase);
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
  }

  private JsonNode copies() throws Exception {
    CliRun run = CliRun.of("copies", "--case", kase, "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out()).get("groups");
  }

  /** Tape id of every path. */
  private static Map<String, String> tapeOf(JsonNode groups) {
    Map<String, String> out = new HashMap<>();
    for (JsonNode g : groups) {
      g.get("members").forEach(m -> out.put(m.get("path").asText(), g.get("id").asText()));
    }
    return out;
  }

  private static long item(JsonNode groups, String path) {
    for (JsonNode g : groups) {
      for (JsonNode m : g.get("members")) {
        if (m.get("path").asText().equals(path)) {
          return m.get("item").asLong();
        }
      }
    }
    throw new AssertionError("no member " + path);
  }

  @Test
  void iconsSharingABadgeStayApartTheirSizesJoinAndEachMemberSaysHowItJoined() throws Exception {
    JsonNode groups = copies();
    Map<String, String> tape = tapeOf(groups);
    for (int glyph = 0; glyph < 6; glyph++) {
      assertThat(tape.get("icon-" + glyph + "-128.png"))
          .as("icon %d at two sizes", glyph)
          .isEqualTo(tape.get("icon-" + glyph + ".png"));
      for (int other = glyph + 1; other < 6; other++) {
        assertThat(tape.get("icon-" + other + ".png"))
            .isNotEqualTo(tape.get("icon-" + glyph + ".png"));
      }
    }
    for (JsonNode g : groups) {
      for (JsonNode m : g.get("members")) {
        assertThat(m.get("join").asText()).isIn("representative", "direct", "via-member");
        if (!m.get("join").asText().equals("representative")) {
          assertThat(m.get("evidence").get("information").asText()).isEqualTo("low");
        }
      }
      assertThat(g.get("related")).isNotNull();
    }
  }

  @Test
  void aReviewerSplitsATapeInOneLoggedActionThatLaterGroupingsKeep() throws Exception {
    JsonNode groups = copies();
    String tape = tapeOf(groups).get("icon-2.png");
    long small = item(groups, "icon-2.png");

    CliRun split =
        CliRun.of(
            "copies",
            "split",
            tape,
            String.valueOf(small),
            "--reason",
            "not the same icon",
            "--case",
            kase,
            "--user",
            "reviewer1");
    assertThat(split.exitCode()).as(split.err()).isZero();
    assertThat(split.out())
        .contains("taken out of " + tape)
        .contains("item " + small + " is now in");

    Map<String, String> after = tapeOf(copies());
    assertThat(after.get("icon-2.png")).isNotEqualTo(after.get("icon-2-128.png"));
    try (CaseStore store = CaseStore.open(CaseLocation.directory(Path.of(kase)));
        Stream<CustodyEntry> log = store.custody().stream()) {
      List<CustodyEntry> splits = log.filter(e -> e.action().equals("tape-split")).toList();
      assertThat(splits).hasSize(1);
      CustodyEntry e = splits.get(0);
      assertThat(e.user()).isEqualTo("reviewer1");
      assertThat(e.parametersJson()).contains("\"moved\":[" + small + "]").doesNotContain("icon-2");
      assertThat(e.parametersJson()).doesNotContain("not the same icon");
      assertThat(e.inputs()).containsKey("reason");
      assertThat(store.copies().splits()).hasSize(1);
    }
    CliRun verify = CliRun.of("verify", "--case", kase);
    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();

    assertThat(
            CliRun.of("copies", "split", "T-999", "1", "--reason", "x", "--case", kase).exitCode())
        .isEqualTo(2);
    String whole = after.get("icon-3.png");
    JsonNode now = copies();
    long a = item(now, "icon-3.png");
    long b = item(now, "icon-3-128.png");
    CliRun everything =
        CliRun.of(
            "copies",
            "split",
            whole,
            String.valueOf(a),
            String.valueOf(b),
            "--reason",
            "x",
            "--case",
            kase);
    assertThat(everything.exitCode()).isEqualTo(2);
    assertThat(everything.err()).contains("keeps the others");
  }

  @Test
  void aHashSetHoldingOneIconsPdqDoesNotFloodTheOthers() throws Exception {
    copies();
    String pdq;
    try (CaseStore store = CaseStore.open(CaseLocation.directory(Path.of(kase)));
        Stream<Item> items = store.items().streamAll()) {
      Item icon =
          items.filter(i -> i.path().display().equals("icon-4.png")).findFirst().orElseThrow();
      pdq = store.fingerprints().image(icon.id()).orElseThrow().pdq().toHex();
    }
    Path set =
        Files.writeString(tmp.resolve("partner.pdq"), "pdq " + pdq + "\n", StandardCharsets.UTF_8);
    assertThat(
            CliRun.of(
                    "hashset",
                    "import",
                    set.toString(),
                    "--name",
                    "partner",
                    "--kind",
                    "known-bad",
                    "--case",
                    kase)
                .exitCode())
        .isZero();
    CliRun match = CliRun.of("match", "--case", kase, "--json");
    assertThat(match.exitCode()).as(match.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(match.out());
    List<String> matched = new java.util.ArrayList<>();
    root.get("matches").forEach(m -> matched.add(m.get("path").asText()));
    assertThat(matched)
        .contains("icon-4.png")
        .doesNotContain("icon-0.png", "icon-1.png", "icon-2.png");
    assertThat(root.get("lowInformationStricter").asLong()).isPositive();
  }
}
