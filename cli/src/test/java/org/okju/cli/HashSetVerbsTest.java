package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
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
import org.okju.conformance.Vics2Schema;
import org.okju.index.hashset.HashSetFormats;

/**
 * hashset import/list, match, export takedown and the report's tapes and hash-set sections, on a
 * case of three images: a photo, a smaller, brightened JPEG of it, and an unrelated photo.
 */
class HashSetVerbsTest {
  private static final String MD5_ABC = "900150983cd24fb0d6963f7d28e17f72";
  private static final String SHA1_ABC = "a9993e364706816aba3e25717850c26c9cd0d89d";
  private static final String SHA256_ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @TempDir Path tmp;
  String kase;
  Map<String, Item> items;

  @BeforeEach
  void ingestThreeImagesAndGroupThem() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("drive"));
    BufferedImage bridge =
        ImageIO.read(CliRun.vectors().resolve("pdq/data/bridge-mods/aaa-orig.jpg").toFile());
    ImageIO.write(scaled(bridge, 320, 240, 0), "png", src.resolve("bridge.png").toFile());
    ImageIO.write(scaled(bridge, 280, 210, 24), "jpg", src.resolve("bridge-near.jpg").toFile());
    Files.copy(
        CliRun.vectors().resolve("pdq/data/reg-test-input/pen-and-coaster.png"),
        src.resolve("pen.png"));
    kase = tmp.resolve("case").toString();
    assertThat(CliRun.of("ingest", src.toString(), "--case", kase).exitCode()).isZero();
    assertThat(CliRun.of("copies", "--case", kase).exitCode()).isZero();
    try (CaseStore store = store();
        Stream<Item> all = store.items().streamAll()) {
      items =
          all.collect(
              java.util.stream.Collectors.toMap(i -> i.path().display(), i -> i, (a, b) -> a));
    }
  }

  /** A resized copy, brightened by {@code lift} on every channel. */
  private static BufferedImage scaled(BufferedImage src, int w, int h, int lift) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(src, 0, 0, w, h, null);
    g.dispose();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        Color c = new Color(out.getRGB(x, y));
        out.setRGB(
            x,
            y,
            new Color(
                    Math.min(255, c.getRed() + lift),
                    Math.min(255, c.getGreen() + lift),
                    Math.min(255, c.getBlue() + lift))
                .getRGB());
      }
    }
    return out;
  }

  private CaseStore store() {
    return CaseStore.open(CaseLocation.directory(Path.of(kase)));
  }

  private String md5(String name) {
    return items.get(name).digests().md5().orElseThrow().toHex();
  }

  private String pdq(String name) {
    try (CaseStore store = store()) {
      return store.fingerprints().image(items.get(name).id()).orElseThrow().pdq().toHex();
    }
  }

  private Path file(String name, String content) throws Exception {
    return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
  }

  private CliRun importSet(Path file, String name, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("hashset", "import", file.toString(), "--name", name, "--case", kase));
    args.addAll(List.of(more));
    if (!args.contains("--kind")) {
      args.addAll(List.of("--kind", "known-bad"));
    }
    return CliRun.of(args.toArray(String[]::new));
  }

  private record Case(String file, String content, String format, int records, long badLine) {}

  @Test
  void importDetectsEveryFormatCountsRecordsAndReportsMalformedLinesByNumber() throws Exception {
    String pdq = "f".repeat(16) + "0".repeat(48);
    List<Case> cases =
        List.of(
            new Case(
                "a.md5", MD5_ABC + "  abc.txt\nnot a line\n" + MD5_ABC + " *b\n", "md5sum", 2, 2),
            new Case("a.sha1", "SHA1 (abc.txt) = " + SHA1_ABC + "\n", "sha1sum", 1, 0),
            new Case("a.sha256", SHA256_ABC + "  abc\n" + SHA256_ABC + "x  y\n", "sha256sum", 1, 2),
            new Case("a.txt", MD5_ABC + "\n" + SHA1_ABC + "\nxyz\n", "hex-list", 2, 3),
            new Case(
                "NSRLFile.txt",
                "\"SHA-1\",\"MD5\",\"CRC32\",\"FileName\",\"FileSize\",\"ProductCode\","
                    + "\"OpSystemCode\",\"SpecialCode\"\n\""
                    + SHA1_ABC.toUpperCase(Locale.ROOT)
                    + "\",\""
                    + MD5_ABC.toUpperCase(Locale.ROOT)
                    + "\",\"0\",\"abc\",3,1,\"a\",\"\"\n\"bad\",\"bad\",\"0\",\"x\",1,1,\"a\",\"\"\n",
                "nsrl-v2",
                1,
                3),
            new Case(
                "v13.json",
                "{\"odata.metadata\":\"http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml#Cases\","
                    + "\"value\":[{\"CaseID\":\"c1\",\"Media\":[{\"MediaID\":7,\"MD5\":\""
                    + MD5_ABC
                    + "\"}]}]}",
                "vics-1.3",
                1,
                0),
            new Case(
                "v2.json",
                "{\"@odata.context\":\"http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/"
                    + "Default/$metadata#Media\",\n\"value\":[\n{\"MediaID\":1,\"MD5\":\""
                    + MD5_ABC
                    + "\"},\n{\"MediaID\":2,\"MD5\":\"nothex\"}\n]}",
                "vics-2.0",
                1,
                4),
            // Bare "pdq HEX" lines are ThreatExchange local_file lines.
            new Case("a.pdq", "pdq " + pdq + "\npdq 123\n", "te", 1, 2),
            new Case(
                "a.csv",
                "signal_type,signal_str,collab\npdq," + pdq + ",x\nmd5,zz,x\n",
                "hma-csv",
                1,
                3));
    int n = 0;
    for (Case c : cases) {
      CliRun r = importSet(file(c.file(), c.content()), "set" + n++);
      assertThat(r.exitCode()).as(c.file() + r.out() + r.err()).isEqualTo(c.badLine() > 0 ? 3 : 0);
      assertThat(r.out())
          .as(c.file())
          .contains("(known-bad, " + c.format() + "): " + c.records() + " records")
          .contains((c.badLine() > 0 ? 1 : 0) + " malformed");
      if (c.badLine() > 0) {
        assertThat(r.out()).as(c.file()).contains("line " + c.badLine() + ": ");
      }
    }
    CliRun list = CliRun.of("hashset", "list", "--case", kase);
    assertThat(list.out())
        .contains("set0\tknown-bad\tmd5sum\t2\t1\t")
        .contains("set8\tknown-bad\thma-csv\t1\t1\t");
    try (CaseStore store = store();
        Stream<CustodyEntry> log = store.custody().stream()) {
      assertThat(log.filter(e -> e.action().equals("hashset-imported")).count()).isEqualTo(9);
    }
  }

  @Test
  void importOfAnNsrlV3DatabaseStreamsItsFileView() throws Exception {
    Path db = tmp.resolve("RDS.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE METADATA (sha256 TEXT, sha1 TEXT, md5 TEXT, file_name TEXT,"
              + " file_size INTEGER, package_id INTEGER)");
      s.execute(
          "CREATE VIEW FILE AS SELECT sha256, sha1, md5, file_name, file_size, package_id"
              + " FROM METADATA");
      s.execute(
          "INSERT INTO METADATA VALUES ('"
              + SHA256_ABC
              + "', '"
              + SHA1_ABC
              + "', '"
              + md5("pen.png")
              + "', 'abc', 3, 1)");
    }
    CliRun r = importSet(db, "nsrl", "--kind", "ignorable");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("(ignorable, nsrl-v3): 1 records, 3 hashes, 0 malformed");
    assertThat(importSet(db, "nsrl").err()).contains("already imported");
    assertThat(importSet(db, "x", "--kind", "evil").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void matchFindsDigestsExactlyAndANearDuplicateByPdqButNotAnotherPhoto() throws Exception {
    importSet(file("bad.md5", md5("bridge.png") + "  whatever.png\n"), "md5s");
    importSet(file("bad.pdq", "pdq " + pdq("bridge.png") + "\n"), "pdqs");
    CliRun run = CliRun.of("match", "--case", kase, "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    var matches =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("matches");
    List<String> got = new java.util.ArrayList<>();
    matches.forEach(
        m ->
            got.add(
                m.get("path").asText()
                    + " "
                    + m.get("set").asText()
                    + " "
                    + m.get("matchedBy").asText()
                    + " "
                    + m.get("tape").asText()));
    assertThat(got)
        .containsExactlyInAnyOrder(
            "bridge.png md5s md5 T-001",
            "bridge.png pdqs pdq T-001",
            "bridge-near.jpg pdqs pdq T-001");
    matches.forEach(m -> assertThat(m.get("distance").asInt()).isBetween(0, 31));

    CliRun text = CliRun.of("match", "--case", kase);
    assertThat(text.out())
        .contains("T-001\t")
        .contains("\tpdqs\tknown-bad\tpdq\t")
        .contains("3 matches, 2 files, 1 tapes");
    try (CaseStore store = store()) {
      assertThat(store.hashSets().matches()).hasSize(3);
    }

    Path report = tmp.resolve("report.html");
    assertThat(CliRun.of("report", "--case", kase, "--out", report.toString()).exitCode()).isZero();
    String html = Files.readString(report);
    assertThat(html)
        .contains("id=\"tapes\"")
        .contains("id=\"hash-set-matches\"")
        .contains("bridge-near.jpg")
        .contains("pdqs")
        .doesNotContain("Not run yet: grouping copies")
        .doesNotContain("Not run yet: no hash set");
  }

  @Test
  void takedownListsEveryCopyInEachFormatLabelledByTapeWithoutFileNames() throws Exception {
    Map<String, Integer> expected =
        Map.of("md5", 2, "pdq", 2, "te", 2, "hma", 2, "vics2", 2, "vics2-media", 2);
    for (var e : expected.entrySet()) {
      Path out = tmp.resolve("takedown." + e.getKey());
      CliRun r =
          CliRun.of(
              "export",
              "takedown",
              "--case",
              kase,
              "--tape",
              "T-001",
              "--format",
              e.getKey(),
              "--out",
              out.toString());
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).contains("1 tapes, 2 copies");
      String text = Files.readString(out);
      assertThat(text).doesNotContain("bridge").doesNotContain(".png").doesNotContain(".jpg");
      String reader =
          Map.of(
                  "md5", "md5sum",
                  "pdq", "pdq-list",
                  "te", "te",
                  "hma", "hma-json",
                  "vics2", "vics-2.0",
                  "vics2-media", "vics-2.0")
              .get(e.getKey());
      assertThat(HashSetFormats.detect(out).map(f -> f.name()))
          .as("detected " + e.getKey())
          .contains(e.getKey().equals("pdq") ? "te" : reader);
      HashSetFormats.Contents c =
          HashSetFormats.readAll(HashSetFormats.byName(reader).orElseThrow(), out);
      assertThat(c.problems()).as(e.getKey()).isEmpty();
      assertThat(c.entries()).as(e.getKey()).hasSize(e.getValue());
      List<String> hashes =
          c.entries().stream()
              .flatMap(x -> x.hashes().stream())
              .map(h -> h.kind() + ":" + h.toHex())
              .toList();
      if (List.of("md5", "vics2", "vics2-media").contains(e.getKey())) {
        assertThat(hashes).contains("MD5:" + md5("bridge.png"), "MD5:" + md5("bridge-near.jpg"));
        assertThat(hashes).doesNotContain("MD5:" + md5("pen.png"));
      }
      if (!e.getKey().equals("md5")) {
        assertThat(hashes).contains("PDQ:" + pdq("bridge.png"), "PDQ:" + pdq("bridge-near.jpg"));
      }
      if (e.getKey().equals("md5") || e.getKey().equals("hma")) {
        assertThat(c.entries())
            .extracting(x -> x.name().or(x::label).orElse(""))
            .containsOnly("T-001");
      }
      if (e.getKey().startsWith("vics2")) {
        assertThat(Vics2Schema.load().problems(out)).as(e.getKey()).isEmpty();
      }
      if (e.getKey().equals("vics2")) {
        assertThat(Files.readString(out)).contains("$metadata#Cases").contains("\"Media\"");
      }
    }
    Path all = tmp.resolve("all.md5");
    CliRun r =
        CliRun.of("export", "takedown", "--case", kase, "--format", "md5", "--out", all.toString());
    assertThat(r.out()).contains("2 tapes, 3 copies");
    try (CaseStore store = store();
        Stream<CustodyEntry> log = store.custody().stream()) {
      assertThat(log.filter(x -> x.action().equals("takedown-exported")).count()).isEqualTo(7);
    }
    assertThat(
            CliRun.of(
                    "export",
                    "takedown",
                    "--case",
                    kase,
                    "--tape",
                    "T-999",
                    "--format",
                    "md5",
                    "--out",
                    all.toString())
                .err())
        .contains("no tape T-999");
    assertThat(CliRun.of("export", "--case", kase).exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
