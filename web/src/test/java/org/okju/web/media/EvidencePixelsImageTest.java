package org.okju.web.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.SourceId;
import org.okju.ingest.Ingest;
import org.okju.ingest.IngestSummary;

/**
 * The workbench's media view reads a picture that lies inside an E01 (a deleted one too) through
 * the image, as it reads a folder's file: the pixels that were put on the drive.
 */
class EvidencePixelsImageTest {
  @TempDir Path tmp;

  private static boolean installed(String tool) {
    boolean found =
        Stream.of("/usr/bin/", "/usr/sbin/").anyMatch(d -> Files.isExecutable(Path.of(d + tool)));
    if ("true".equals(System.getenv("CI"))) {
      assertThat(found).as(tool + " (.ci/run installs it)").isTrue();
    }
    return found;
  }

  private void sh(String script) throws Exception {
    Process p =
        new ProcessBuilder("bash", "-c", script)
            .directory(tmp.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(script + "\n" + out).isZero();
  }

  private void picture(Path file, Color colour) throws Exception {
    BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, 320, 240);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }

  @Test
  void aPictureInsideAnE01AndADeletedOneAreShownFromTheImage() throws Exception {
    for (String t : new String[] {"mkfs.fat", "mcopy", "mdel", "ewfacquire", "fiwalk"}) {
      assumeTrue(installed(t), t + " is not installed");
    }
    picture(tmp.resolve("kept.png"), Color.ORANGE);
    picture(tmp.resolve("gone.png"), Color.BLUE);
    sh(
        "mkfs.fat -C -F 32 drive.dd 40960 >/dev/null && export MTOOLS_SKIP_CHECK=1"
            + " && mcopy -i drive.dd kept.png ::/kept.png && mcopy -i drive.dd gone.png ::/gone.png"
            + " && mdel -i drive.dd ::/gone.png"
            + " && ewfacquire -u -q -t drive -c deflate:fast drive.dd >/dev/null");
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("case")))) {
      IngestSummary s =
          Ingest.create(store, c -> c.text(false).carving(false)).run(tmp.resolve("drive.E01"));
      EvidencePixels pixels = new EvidencePixels(tmp.resolve("spool"));
      BufferedImage kept = pixels.picture(store, item(store, s, "p0/kept.png"));
      assertThat(kept.getWidth()).isEqualTo(320);
      assertThat(new Color(kept.getRGB(10, 10))).isEqualTo(Color.ORANGE);
      BufferedImage gone = pixels.picture(store, item(store, s, "p0/_one.png"));
      assertThat(new Color(gone.getRGB(10, 10))).isEqualTo(Color.BLUE);
    }
  }

  private static Item item(CaseStore store, IngestSummary s, String path) {
    try (Stream<Item> items = store.items().stream(new SourceId(s.sourceId()))) {
      return items
          .filter(i -> i.path().display().equals(path))
          .findFirst()
          .orElseThrow(() -> new AssertionError(path + " not catalogued"));
    }
  }
}
