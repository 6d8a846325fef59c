package org.okju.evidence.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.evidence.EvidenceAddress;
import org.okju.evidence.EvidenceException;
import org.okju.evidence.EvidenceMetadata;
import org.okju.evidence.EvidenceReader;
import org.okju.evidence.EvidenceStream;
import org.okju.evidence.PathBytes;
import org.okju.evidence.posix.ReadOnlyFiles;
import org.okju.evidence.tool.ToolRunner;

/**
 * A file inside a disk image is read again after ingest by the one evidence reader, from what the
 * catalogue keeps of it (partition offset, inode, byte runs): along its runs and through {@code
 * icat} it gives the bytes that were put on the drive, deleted or not, from a raw image and from an
 * E01, and the image is left as it was.
 */
class ImageFileReaderTest {
  @TempDir Path tmp;

  private final ReadOnlyFiles files = new ReadOnlyFiles();

  /** What ingest records of each file of {@code image}, by its path in the image. */
  private Map<String, Map<String, String>> catalogue(Path image) throws Exception {
    byte[] path = PathBytes.of(image);
    ImageFormat format = ImageDetector.detect(files, path).format().orElseThrow();
    Map<String, Map<String, String>> out = new HashMap<>();
    try (DiskImage d = DiskImage.open(files, path, format, tmp.resolve("work"), new ToolRunner())) {
      ImageListing l = d.list();
      for (Partition p : l.partitions()) {
        for (ImageEntry e : l.entries()) {
          if (e.kind() != ImageEntry.Kind.FILE || !e.partition().equals(p.name())) {
            continue;
          }
          Map<String, String> m = new HashMap<>();
          m.put(EvidenceMetadata.PARTITION, p.name());
          m.put(EvidenceMetadata.INODE, e.inode());
          m.put(EvidenceMetadata.DELETED, Boolean.toString(e.deleted()));
          m.put(EvidenceMetadata.PARTITION_OFFSET, Long.toString(p.offset()));
          m.put("size", Long.toString(e.size()));
          if (DiskImage.directlyReadable(e)) {
            ByteRuns.encode(e.runs()).ifPresent(r -> m.put(EvidenceMetadata.RUNS, r));
          }
          out.put(e.imagePath(), m);
        }
      }
    }
    return out;
  }

  private static String read(EvidenceReader reader, Path image, String path, Map<String, String> m)
      throws IOException {
    EvidenceAddress.ImageFile a =
        new EvidenceAddress.ImageFile(PathBytes.of(image), path, Long.parseLong(m.get("size")), m);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EvidenceStream in = reader.open(a)) {
      byte[] b = new byte[4096];
      for (int n; (n = in.read(b, 0, b.length)) > 0; ) {
        out.write(b, 0, n);
      }
    }
    return TestImages.sha256(out.toByteArray());
  }

  private static Map<String, String> without(Map<String, String> m, String key) {
    Map<String, String> copy = new HashMap<>(m);
    copy.remove(key);
    return copy;
  }

  @Test
  void filesOfARawImageAndOfItsE01AreReadAgainAlongTheirRunsAndThroughIcat() throws Exception {
    TestImages.Fat32 fat = TestImages.fat32(tmp);
    Path e01 = TestImages.e01(tmp, fat.image(), "drive");
    String rawBefore = TestImages.sha256(fat.image());
    String e01Before = TestImages.sha256(e01);
    EvidenceReader reader = new EvidenceReader(files);
    for (Path image : List.of(fat.image(), e01)) {
      Map<String, Map<String, String>> c = catalogue(image);
      Map<String, String> memo = c.get("p0/memo.txt");
      Map<String, String> clip = c.get("p0/DCIM/clip.bin");
      Map.Entry<String, Map<String, String>> tape =
          c.entrySet().stream()
              .filter(e -> "true".equals(e.getValue().get(EvidenceMetadata.DELETED)))
              .findFirst()
              .orElseThrow();
      assertThat(clip).as("a FAT file is stored as plain runs").containsKey(EvidenceMetadata.RUNS);

      assertThat(read(reader, image, "p0/memo.txt", memo)).isEqualTo(fat.memo());
      assertThat(read(reader, image, "p0/DCIM/clip.bin", clip)).isEqualTo(fat.clip());
      assertThat(read(reader, image, tape.getKey(), tape.getValue()))
          .as("the deleted tape, recovered")
          .isEqualTo(fat.tape());
      // Without runs in the catalogue the same bytes come through The Sleuth Kit's icat.
      assertThat(read(reader, image, "p0/DCIM/clip.bin", without(clip, EvidenceMetadata.RUNS)))
          .isEqualTo(fat.clip());
      assertThat(
              read(reader, image, tape.getKey(), without(tape.getValue(), EvidenceMetadata.RUNS)))
          .isEqualTo(fat.tape());

      // A row that does not say where the file lies is a typed error naming the file.
      Map<String, String> lost =
          without(without(clip, EvidenceMetadata.RUNS), "evidence.partition-offset");
      assertThatThrownBy(() -> read(reader, image, "p0/DCIM/clip.bin", lost))
          .isInstanceOf(EvidenceException.class)
          .hasMessageContaining("p0/DCIM/clip.bin")
          .satisfies(e -> assertThat(((EvidenceException) e).kind()).isEqualTo("not-located"));
    }
    assertThat(TestImages.sha256(fat.image())).isEqualTo(rawBefore);
    assertThat(TestImages.sha256(e01)).isEqualTo(e01Before);

    // An image replaced by something else is no image any more: a typed error, not wrong bytes.
    Path notImage = tmp.resolve("gone.E01");
    Files.writeString(notImage, "not an image");
    Map<String, String> memo = catalogue(fat.image()).get("p0/memo.txt");
    assertThatThrownBy(() -> read(reader, notImage, "p0/memo.txt", memo))
        .isInstanceOf(EvidenceException.class)
        .satisfies(e -> assertThat(((EvidenceException) e).kind()).isEqualTo("not-an-image"));
  }

  @Test
  void runsRoundTripAndADamagedRowIsATypedError() throws Exception {
    List<ByteRun> runs = List.of(new ByteRun(0, 4096, 1000, false), new ByteRun(1000, 0, 24, true));
    assertThat(ByteRuns.decode(ByteRuns.encode(runs).orElseThrow())).isEqualTo(runs);
    assertThatThrownBy(() -> ByteRuns.decode("0:12"))
        .isInstanceOf(EvidenceException.class)
        .satisfies(e -> assertThat(((EvidenceException) e).kind()).isEqualTo("catalogue-damaged"));
  }
}
