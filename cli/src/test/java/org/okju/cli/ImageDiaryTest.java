package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.testkit.documents.CorpusDocument;
import org.okju.testkit.documents.DocumentCorpus;

/**
 * A seized pen drive arrives as an E01: the fictional diaries on it (one of them deleted) reach the
 * ledger and search through {@code okju ingest drive.E01}, are read again from inside the image by
 * {@code okju ledger extract --from-case} after an ingest without text, a picture on it gets its
 * report thumbnail through the image, {@code okju verify} holds, and the image's bytes never
 * change.
 */
class ImageDiaryTest {
  @TempDir Path tmp;

  private void sh(String script) throws Exception {
    ImageTools.sh(tmp, script);
  }

  private static String sha256(Path p) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }

  private void picture(Path file) throws IOException {
    BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, Color.ORANGE, 320, 240, Color.BLUE));
    g.fillRect(0, 0, 320, 240);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }

  @Test
  void aDiaryInsideAnE01ReachesTheLedgerSearchReportAndVerify() throws Exception {
    ImageTools.need("mkfs.fat", "mcopy", "mdel", "ewfacquire", "fiwalk", "icat", "photorec");
    List<CorpusDocument> corpus = DocumentCorpus.write(tmp.resolve("docs"));
    CorpusDocument docx = document(corpus, "diary.docx");
    CorpusDocument deleted = document(corpus, "diary-utf8.txt");
    picture(tmp.resolve("photo.png"));
    sh(
        "mkfs.fat -C -F 32 drive.dd 40960 >/dev/null && export MTOOLS_SKIP_CHECK=1"
            + " && mcopy -i drive.dd docs/diary.docx ::/diary.docx"
            + " && mcopy -i drive.dd docs/diary-utf8.txt ::/diary-utf8.txt"
            + " && mmd -i drive.dd ::/DCIM && mcopy -i drive.dd photo.png ::/DCIM/photo.png"
            + " && mdel -i drive.dd ::/diary-utf8.txt"
            + " && ewfacquire -u -q -t drive -c deflate:fast -d sha1 drive.dd >/dev/null");
    Path e01 = tmp.resolve("drive.E01");
    String before = sha256(e01);

    String kase = tmp.resolve("case").toString();
    CliRun ingest = CliRun.of("ingest", e01.toString(), "--case", kase, "--user", "inv1");
    assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
    assertThat(ingest.err()).contains("the ledger read ");

    // The diary's payment is a ledger fact whose provenance is its path in the image.
    assertThat(facts(kase)).anyMatch(f -> payment(f, docx.amount(), "p0/diary.docx"));
    // Both diaries are found by their words, the deleted one too (recovered from the image).
    assertThat(hits(kase, docx.marker()))
        .anyMatch(h -> h.get("document").asText().equals("p0/diary.docx"));
    List<JsonNode> fromDeleted = hits(kase, deleted.marker());
    assertThat(fromDeleted)
        .as("the deleted diary's marker " + deleted.marker())
        .anyMatch(h -> h.get("document").asText().startsWith("p0/"));

    // Ingested without text, the ledger reads the catalogued documents from inside the image.
    String bare = tmp.resolve("bare").toString();
    CliRun noText = CliRun.of("ingest", e01.toString(), "--case", bare, "--no-text");
    assertThat(noText.exitCode()).as(noText.err()).isZero();
    assertThat(facts(bare)).isEmpty();
    CliRun extract =
        CliRun.of("ledger", "extract", "--from-case", "--case", bare, "--user", "inv1");
    assertThat(extract.exitCode()).as(extract.out() + extract.err()).isZero();
    assertThat(extract.out()).contains("p0/diary.docx: ").doesNotContain("inside the disk image");
    assertThat(facts(bare)).anyMatch(f -> payment(f, docx.amount(), "p0/diary.docx"));

    // The report's thumbnail of the picture is read through the image.
    Path report = tmp.resolve("report.html");
    CliRun r =
        CliRun.of(
            "report",
            "--case",
            kase,
            "--out",
            report.toString(),
            "--thumbnails",
            "blurred",
            "--user",
            "inv1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(report)).containsPattern("item \\d+ p0/DCIM/photo.png");

    CliRun verify = CliRun.of("verify", "--case", kase, "--user", "inv1");
    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out()).contains("Everything checked holds.");
    assertThat(sha256(e01)).as("the image is never written").isEqualTo(before);
  }

  private static CorpusDocument document(List<CorpusDocument> corpus, String file) {
    return corpus.stream().filter(c -> c.file().equals(file)).findFirst().orElseThrow();
  }

  private static boolean payment(JsonNode f, long amount, String doc) {
    return f.get("amount").isObject()
        && f.get("amount").get("value").decimalValue().longValue() == amount
        && f.get("provenance").get(0).get("doc").asText().equals(doc);
  }

  private static List<JsonNode> facts(String kase) throws Exception {
    CliRun ledger = CliRun.of("ledger", "--case", kase, "--json");
    assertThat(ledger.exitCode()).as(ledger.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    new ObjectMapper().readTree(ledger.out()).get("facts").forEach(out::add);
    return out;
  }

  private static List<JsonNode> hits(String kase, String query) throws Exception {
    CliRun run = CliRun.of("search", query, "--case", kase, "--json", "--limit", "500");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    new ObjectMapper().readTree(run.out()).get("hits").forEach(out::add);
    return out;
  }
}
