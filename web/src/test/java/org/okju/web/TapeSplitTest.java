package org.okju.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.casefile.CustodyEntry;
import org.okju.copies.CaseCopies;
import org.okju.copies.GroupingSettings;
import org.okju.ingest.Ingest;
import org.okju.testkit.ImageEdits;

/**
 * A tape in the workbench: how each member joined, and a reviewer's split in one logged action on a
 * case ingested and grouped by the real engine (a generated picture and two edited copies).
 */
class TapeSplitTest {
  @TempDir static Path tmp;
  static Fixture f;
  static String tape;
  static long original;
  static long grey;

  @BeforeAll
  static void start() throws Exception {
    f = Fixture.start(tmp);
    Path drive = f.evidence.resolve("alpha").resolve("pictures");
    Files.createDirectories(drive);
    BufferedImage picture = picture(7);
    ImageIO.write(picture, "png", drive.resolve("original.png").toFile());
    ImageIO.write(ImageEdits.resize(picture, 0.6), "jpg", drive.resolve("smaller.jpg").toFile());
    ImageIO.write(ImageEdits.grey(picture), "png", drive.resolve("grey.png").toFile());
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("alpha")))) {
      Ingest.create(store, c -> c.provenance("investigator", "test", "test")).run(drive);
      new CaseCopies(store, GroupingSettings.DEFAULT).run("investigator", "test");
      Copies.Tape t =
          store.copies().tapes().stream()
              .filter(x -> x.members().size() == 3)
              .findFirst()
              .orElseThrow();
      tape = t.id();
      original = itemNamed(store, t, "original.png");
      grey = itemNamed(store, t, "grey.png");
    }
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private static long itemNamed(CaseStore store, Copies.Tape t, String name) {
    return t.members().stream()
        .map(Copies.Member::item)
        .filter(i -> store.items().find(i).orElseThrow().path().display().endsWith(name))
        .findFirst()
        .orElseThrow()
        .value();
  }

  // A busy fictional picture (coloured discs): an ordinary picture, far from low information.
  private static BufferedImage picture(long seed) {
    BufferedImage img = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    Random r = new Random(seed);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 480, 360);
    for (int i = 0; i < 220; i++) {
      g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
      int d = 10 + r.nextInt(80);
      g.fillOval(r.nextInt(480) - d / 2, r.nextInt(360) - d / 2, d, d);
    }
    g.dispose();
    return img;
  }

  @Test
  void theTapePageSaysHowEachMemberJoinedAndTheApiToo() throws Exception {
    Browser b = f.signedIn("auditor");
    Document page = Jsoup.parse(b.get("/cases/alpha/tapes/" + tape).body());
    assertThat(page.select("#members tr.member td.joined").eachText())
        .containsExactly("representative", "direct", "direct");
    // An auditor may read the tape but not split it: no form, no checkboxes.
    assertThat(page.select("form#split")).isEmpty();
    assertThat(page.select("input[name=item]")).isEmpty();
    JsonNode tapes =
        Json.MAPPER.readTree(
            new Api(f.base(), f.tokens.get("auditor")).get("/api/cases/alpha/tapes").body());
    JsonNode ours = null;
    for (JsonNode t : tapes.get("tapes")) {
      if (t.get("id").asText().equals(tape)) {
        ours = t;
      }
    }
    assertThat(ours).isNotNull();
    assertThat(ours.get("members").get(0).get("joined").asText()).isEqualTo("representative");
    assertThat(ours.get("related").isArray()).isTrue();
  }

  @Test
  void aTakedownOfficerSplitsAMemberOutInOneLoggedActionAndTheGroupingKeepsIt() throws Exception {
    Browser auditor = f.signedIn("auditor");
    auditor.get("/cases/alpha/tapes/" + tape);
    assertThat(
            auditor
                .submit(
                    "/cases/alpha/tapes/" + tape + "/split",
                    Map.of("item", String.valueOf(grey), "reason", "not the same"))
                .statusCode())
        .isEqualTo(403);

    Browser b = f.signedIn("takedown");
    Document page = Jsoup.parse(b.get("/cases/alpha/tapes/" + tape).body());
    assertThat(page.select("form#split")).hasSize(1);
    assertThat(page.select("input[name=item]")).hasSize(3);
    assertThat(
            b.submit(
                    "/cases/alpha/tapes/" + tape + "/split",
                    Map.of("item", String.valueOf(grey), "reason", " "))
                .statusCode())
        .isEqualTo(400);
    assertThat(
            b.submit(
                    "/cases/alpha/tapes/" + tape + "/split",
                    Map.of("item", "999999", "reason", "wrong"))
                .statusCode())
        .isEqualTo(400);

    HttpResponse<String> split =
        b.submit(
            "/cases/alpha/tapes/" + tape + "/split",
            Map.of("item", String.valueOf(grey), "reason", "a different recording, seen by eye"));
    assertThat(split.statusCode()).as(split.body()).isEqualTo(303);
    String location = split.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/cases/alpha/tapes/T-");

    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("alpha")))) {
      List<Copies.Tape> tapes = store.copies().tapes();
      Copies.Tape withGrey = tapeOf(tapes, grey);
      Copies.Tape withOriginal = tapeOf(tapes, original);
      assertThat(withGrey.id()).isNotEqualTo(withOriginal.id());
      assertThat(withGrey.members()).hasSize(1);
      assertThat(withOriginal.members()).hasSize(2);
      assertThat(location).endsWith("/" + withGrey.id());
      // The split removed the evidence between the two sides: not even related any more.
      assertThat(withOriginal.related()).noneMatch(r -> r.item().value() == grey);
      assertThat(store.copies().splits())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.user()).isEqualTo("takedown");
                assertThat(s.reason()).isEqualTo("a different recording, seen by eye");
              });
      List<CustodyEntry> logged =
          store.custody().page(0, 1000, Optional.of("tape-split"), Optional.empty());
      assertThat(logged).singleElement().extracting(CustodyEntry::user).isEqualTo("takedown");
      // The reason a reviewer typed stays in the case's table; the log holds its SHA-256 only.
      assertThat(logged.get(0).parametersJson())
          .contains("\"moved\":[" + grey + "]")
          .doesNotContain("seen by eye");

      // Every later grouping keeps the split.
      new CaseCopies(store, GroupingSettings.DEFAULT).run("investigator", "test");
      List<Copies.Tape> again = store.copies().tapes();
      assertThat(tapeOf(again, grey).id()).isNotEqualTo(tapeOf(again, original).id());
    }
  }

  private static Copies.Tape tapeOf(List<Copies.Tape> tapes, long item) {
    return tapes.stream()
        .filter(t -> t.members().stream().anyMatch(m -> m.item().value() == item))
        .findFirst()
        .orElseThrow();
  }
}
