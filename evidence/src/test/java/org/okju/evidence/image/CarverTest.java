package org.okju.evidence.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.evidence.EvidenceStream;
import org.okju.evidence.PathBytes;
import org.okju.evidence.posix.ReadOnlyFiles;
import org.okju.evidence.tool.ToolRunner;

/**
 * Files planted in a FAT32 drive's unallocated space (where no directory entry, deleted or not,
 * remembers them) are carved with their exact offsets and bytes; a planted file inside an allocated
 * file is not carved again.
 */
class CarverTest {
  @TempDir Path tmp;

  private static byte[] picture(String format, int width, int height) throws Exception {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.WHITE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  private static byte[] pdf() {
    String body =
        """
        %PDF-1.4
        1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
        2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
        3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj
        trailer<</Root 1 0 R>>
        %%EOF
        """;
    return body.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  @Test
  void picturesAndADocumentPlantedInUnallocatedSpaceAreCarvedAtTheirOffsets() throws Exception {
    TestImages.need("photorec");
    TestImages.Fat32 fat = TestImages.fat32(tmp);
    byte[] jpeg = picture("jpg", 320, 240);
    byte[] png = picture("png", 200, 150);
    byte[] pdf = pdf();
    // Near the end of the 40 MB file system: far past the few files mcopy placed at its start.
    long jpegAt = 30L << 20;
    long pngAt = (32L << 20) + 4096;
    long pdfAt = (34L << 20) + 512;
    try (RandomAccessFile f = new RandomAccessFile(fat.image().toFile(), "rw")) {
      f.seek(jpegAt);
      f.write(jpeg);
      f.seek(pngAt);
      f.write(png);
      f.seek(pdfAt);
      f.write(pdf);
    }
    ReadOnlyFiles files = new ReadOnlyFiles();
    try (DiskImage image =
        DiskImage.open(
            files,
            PathBytes.of(fat.image()),
            ImageFormat.RAW,
            tmp.resolve("work"),
            new ToolRunner())) {
      ImageListing l = image.list();
      Carver.Result r =
          new Carver(image, tmp.resolve("work")).carve(l.unallocated(), l.partitions());
      assertThat(r.problems()).isEmpty();
      assertCarved(image, r.files(), jpegAt, "jpg", jpeg);
      assertCarved(image, r.files(), pngAt, "png", png);
      assertCarved(image, r.files(), pdfAt, "pdf", pdf);
      assertThat(r.files()).allSatisfy(c -> assertThat(c.partition()).isEqualTo("p0"));
      assertThat(r.files()).extracting(CarvedFile::imagePath).contains("carved/" + jpegAt + ".jpg");

      // Ingest's way: the pass that hashes the media copies the unallocated space on its way, and
      // the carver reads nothing itself: the same files at the same offsets, the same hashes.
      Carver fromPass = new Carver(image, tmp.resolve("work2"));
      MediaDigest alone = image.digest(n -> {});
      UnallocatedSpool spool = UnallocatedSpool.create(fromPass.work(), l.unallocated());
      MediaPass pass = image.startDigest(n -> {}, spool);
      MediaDigest withSpool = pass.await();
      Carver.Result p = fromPass.carve(spool, l.partitions());
      assertThat(p.problems()).isEmpty();
      assertThat(p.files()).isEqualTo(r.files());
      assertThat(p.spooledBytes()).isEqualTo(r.spooledBytes());
      assertThat(withSpool.sha256()).isEqualTo(alone.sha256()).isPresent();
      assertThat(spool.directory()).doesNotExist();
    }
  }

  private static void assertCarved(
      DiskImage image, List<CarvedFile> carved, long at, String ext, byte[] want) throws Exception {
    CarvedFile c =
        carved.stream()
            .filter(f -> f.offset() == at)
            .findFirst()
            .orElseThrow(() -> new AssertionError("nothing carved at " + at + ": " + carved));
    assertThat(c.extension()).isEqualTo(ext);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EvidenceStream in = image.openRuns(c.runs(), c.size())) {
      byte[] b = new byte[8192];
      for (int n; (n = in.read(b, 0, b.length)) > 0; ) {
        out.write(b, 0, n);
      }
    }
    // PhotoRec ends a JPEG at its EOI marker and a PDF at its last %%EOF line: the planted bytes.
    assertThat(TestImages.sha256(java.util.Arrays.copyOf(out.toByteArray(), want.length)))
        .isEqualTo(TestImages.sha256(want));
  }
}
