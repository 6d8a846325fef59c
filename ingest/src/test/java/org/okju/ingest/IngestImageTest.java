package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Item;
import org.okju.casefile.ItemError;
import org.okju.casefile.SourceStatus;
import org.okju.casefile.TestDatabases;
import org.okju.evidence.EvidenceMetadata;

/**
 * A fictional pen drive arrives as an E01 (FAT32 made with mkfs.fat and mtools, no root, no
 * mounting): its files, the tape deleted from it and a picture left in its unallocated space are
 * catalogued and hashed like a folder's files, the image's own hashes are checked and logged, and
 * the image is not changed.
 */
class IngestImageTest {
  private static final FileTime OLD = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

  @TempDir Path tmp;

  record Drive(Path raw, String memo, String tape, String photo, long photoAt) {}

  /** Skips the test without {@code tools}; on CI, where .ci/run installs them, fails it. */
  static void need(String... tools) {
    for (String t : tools) {
      boolean found =
          Stream.of("/usr/bin/", "/usr/sbin/", "/bin/", "/sbin/")
              .anyMatch(d -> Files.isExecutable(Path.of(d + t)));
      if ("true".equals(System.getenv("CI"))) {
        assertThat(found).as(t + " (.ci/run installs it)").isTrue();
      }
      assumeTrue(found, t + " is not installed");
    }
  }

  private Drive drive() throws Exception {
    need("mkfs.fat", "mcopy", "mdel", "ewfacquire", "fiwalk", "photorec");
    Path src = Files.createDirectories(tmp.resolve("src"));
    byte[] memo = "Fictional memo: the upload is on Friday.\n".getBytes(StandardCharsets.UTF_8);
    byte[] tape = new byte[400_000];
    new Random(7).nextBytes(tape);
    Files.write(src.resolve("memo.txt"), memo);
    Files.write(src.resolve("tape.mp4"), tape);
    Files.write(src.resolve("photo2.jpg"), photo(Color.CYAN));
    Path raw = tmp.resolve("drive.dd");
    // Both deleted after all were copied: a file copied after a deletion would take the deleted
    // one's directory entry and clusters, as FAT does.
    EvidenceTree.sh(
        tmp,
        "mkfs.fat -C -F 32 drive.dd 40960 >/dev/null && export MTOOLS_SKIP_CHECK=1"
            + " && mcopy -i drive.dd src/memo.txt ::/memo.txt"
            + " && mcopy -i drive.dd src/tape.mp4 ::/tape.mp4"
            + " && mcopy -i drive.dd src/photo2.jpg ::/photo2.jpg"
            + " && mdel -i drive.dd ::/tape.mp4 && mdel -i drive.dd ::/photo2.jpg");
    byte[] photo = photo(Color.YELLOW);
    long at = 30L << 20;
    try (RandomAccessFile f = new RandomAccessFile(raw.toFile(), "rw")) {
      f.seek(at);
      f.write(photo);
    }
    return new Drive(raw, sha256(memo), sha256(tape), sha256(photo), at);
  }

  private Path e01(Path raw, String name) throws Exception {
    return e01(raw, name, "deflate:fast");
  }

  private Path e01(Path raw, String name, String compression) throws Exception {
    EvidenceTree.sh(
        tmp,
        "ewfacquire -u -q -t "
            + name
            + " -c "
            + compression
            + " -C C-1 -E E-1 -e examiner -D drive"
            + " -N none -d sha1 "
            + raw
            + " >/dev/null");
    return tmp.resolve(name + ".E01");
  }

  private static byte[] photo(Color colour) throws Exception {
    BufferedImage img = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.DARK_GRAY);
    g.fillRect(0, 0, 240, 160);
    g.setColor(colour);
    g.fillRect(40, 30, 120, 80);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }

  @Test
  void anE01IsCataloguedWithItsDeletedTapeAndACarvedPictureAndIsNotChanged() throws Exception {
    Drive d = drive();
    Path e01 = e01(d.raw(), "pendrive");
    String before = sha256(Files.readAllBytes(e01));
    Files.getFileAttributeView(e01, BasicFileAttributeView.class).setTimes(null, OLD, null);
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp.resolve("case")))) {
      IngestSummary s = IngestCatalogueTest.ingest(store, e01);
      assertThat(s.status()).as(s.problems().toString()).isEqualTo(SourceStatus.COMPLETE);
      List<Item> items = IngestCatalogueTest.items(store);
      Item image = IngestCatalogueTest.find(items, "pendrive.E01");
      Map<String, String> im = store.metadata().of(image.id());
      assertThat(im).containsEntry(EvidenceMetadata.FORMAT, "ewf");
      assertThat(im).containsEntry("evidence.image.sha256", sha256(Files.readAllBytes(d.raw())));
      assertThat(im).containsEntry("evidence.image.verified", "true");

      Item memo = IngestCatalogueTest.find(items, "p0/memo.txt");
      assertThat(memo.digests().sha256().orElseThrow().toHex()).isEqualTo(d.memo());
      assertThat(store.metadata().of(memo.id())).containsEntry(EvidenceMetadata.DELETED, "false");

      Item tape = IngestCatalogueTest.find(items, "p0/_ape.mp4");
      assertThat(tape.digests().sha256().orElseThrow().toHex()).isEqualTo(d.tape());
      assertThat(store.metadata().of(tape.id()))
          .containsEntry(EvidenceMetadata.DELETED, "true")
          .containsEntry(EvidenceMetadata.PARTITION, "p0")
          .containsKey(EvidenceMetadata.INODE);

      Item carved = IngestCatalogueTest.find(items, "carved/" + d.photoAt() + ".jpg");
      assertThat(carved.mediaType()).contains("image/jpeg");
      assertThat(store.metadata().of(carved.id()))
          .containsEntry(EvidenceMetadata.CARVED, "true")
          .containsEntry(EvidenceMetadata.OFFSET, Long.toString(d.photoAt()));
      // PhotoRec ends a JPEG at its end-of-image marker: exactly the bytes planted.
      assertThat(carved.digests().sha256().orElseThrow().toHex()).isEqualTo(d.photo());

      // The deleted photo is both recovered by TSK and carved by PhotoRec: one file found twice.
      Item deletedPhoto = IngestCatalogueTest.find(items, "p0/_hoto2.jpg");
      Item carvedPhoto =
          items.stream()
              .filter(
                  i ->
                      "p0/_hoto2.jpg"
                          .equals(store.metadata().of(i.id()).get(EvidenceMetadata.CARVED_COPY_OF)))
              .findFirst()
              .orElseThrow();
      assertThat(carvedPhoto.digests().sha256()).isEqualTo(deletedPhoto.digests().sha256());

      List<CustodyEntry> custody;
      try (Stream<CustodyEntry> c = store.custody().stream()) {
        custody = c.filter(e -> e.action().startsWith("image-")).toList();
      }
      assertThat(custody)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.action()).isEqualTo("image-verified");
                assertThat(e.outputs().get("media").toHex())
                    .isEqualTo(sha256(Files.readAllBytes(d.raw())));
              });
    }
    assertThat(Files.getLastModifiedTime(e01)).isNotNull();
    assertThat(
            Files.readAttributes(e01, java.nio.file.attribute.BasicFileAttributes.class)
                .lastAccessTime())
        .isEqualTo(OLD);
    assertThat(sha256(Files.readAllBytes(e01))).isEqualTo(before);
  }

  @Test
  void anE01WhoseStoredHashIsWrongIsAPartialSourceWhoseFilesAreStillCatalogued() throws Exception {
    Drive d = drive();
    Path e01 = e01(d.raw(), "tampered");
    String md5 =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(d.raw())));
    changeStoredMd5(e01, md5);
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp.resolve("case")))) {
      IngestSummary s = IngestCatalogueTest.ingest(store, e01);
      assertThat(s.status()).isEqualTo(SourceStatus.PARTIAL);
      List<Item> items = IngestCatalogueTest.items(store);
      Item image = IngestCatalogueTest.find(items, "tampered.E01");
      assertThat(store.itemErrors().of(image.id()))
          .extracting(ItemError::kind)
          .contains("image-hash-mismatch");
      Item memo = IngestCatalogueTest.find(items, "p0/memo.txt");
      assertThat(memo.digests().sha256().orElseThrow().toHex()).isEqualTo(d.memo());
    }
  }

  @Test
  void aTruncatedE01IsAPartialSourceAndTheCaseKeepsWhatItHeld() throws Exception {
    Drive d = drive();
    // Uncompressed: the first half of the E01 holds the first half of the drive, memo.txt in it.
    byte[] whole = Files.readAllBytes(e01(d.raw(), "whole", "none"));
    Path cut = Files.write(tmp.resolve("cut.E01"), Arrays.copyOf(whole, whole.length / 2));
    // libewf (through which The Sleuth Kit reads an E01) refuses an EWF without its closing
    // sections: okju hashes what is there and says where it ends, but lists no file of it.
    assertThat(ingestDamagedBesideAFolder(d, cut, "image-unreadable", false)).contains("truncated");
  }

  @Test
  void anE01WithACorruptChunkIsAPartialSourceAndItsIntactFilesAreCatalogued() throws Exception {
    Drive d = drive();
    Path e01 = e01(d.raw(), "corrupt");
    // The tape is random bytes, which EWF stores as they are: flip one inside its chunk, whose
    // Adler-32 then no longer holds.
    byte[] tape = new byte[400_000];
    new Random(7).nextBytes(tape);
    byte[] b = Files.readAllBytes(e01);
    int at = indexOf(b, Arrays.copyOfRange(tape, 100_000, 100_064));
    assertThat(at).as("the tape's bytes stored in the E01").isPositive();
    b[at + 10] ^= 0x01;
    Files.write(e01, b);
    assertThat(ingestDamagedBesideAFolder(d, e01, "image-damaged", true)).contains("damaged");
  }

  /**
   * Ingests a folder, then the damaged {@code image}, into one case: the image's source is partial,
   * its item carries {@code kind}, memo.txt (at the drive's intact start) is catalogued with its
   * hash when {@code listed}, the folder's file is still there, and the image's bytes and times are
   * unchanged. Returns the errors on the image's item.
   */
  private String ingestDamagedBesideAFolder(Drive d, Path image, String kind, boolean listed)
      throws Exception {
    Path notes = Files.createDirectories(tmp.resolve("notes"));
    byte[] alibi = "Fictional note: at the cinema on Friday.\n".getBytes(StandardCharsets.UTF_8);
    Files.write(notes.resolve("alibi.txt"), alibi);
    String before = sha256(Files.readAllBytes(image));
    Files.getFileAttributeView(image, BasicFileAttributeView.class).setTimes(null, OLD, null);
    FileTime modified = Files.getLastModifiedTime(image);
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp.resolve("case")))) {
      IngestSummary folder = IngestCatalogueTest.ingest(store, notes);
      assertThat(folder.status()).isEqualTo(SourceStatus.COMPLETE);
      int held = IngestCatalogueTest.items(store).size();

      IngestSummary s = IngestCatalogueTest.ingest(store, image);
      assertThat(s.status()).as(s.problems().toString()).isEqualTo(SourceStatus.PARTIAL);
      List<Item> items = IngestCatalogueTest.items(store);
      assertThat(items.size()).isGreaterThan(held);
      Item note =
          items.stream()
              .filter(i -> i.path().display().endsWith("alibi.txt"))
              .findFirst()
              .orElseThrow();
      assertThat(note.digests().sha256().orElseThrow().toHex()).isEqualTo(sha256(alibi));
      Item self = IngestCatalogueTest.find(items, image.getFileName().toString());
      List<ItemError> errors = store.itemErrors().of(self.id());
      assertThat(errors).extracting(ItemError::kind).contains(kind);
      if (listed) {
        Item memo = IngestCatalogueTest.find(items, "p0/memo.txt");
        assertThat(memo.digests().sha256().orElseThrow().toHex()).isEqualTo(d.memo());
      } else {
        assertThat(items).noneMatch(i -> i.path().display().startsWith("p0/"));
      }
      assertThat(s.problems()).anySatisfy(p -> assertThat(p.kind()).isEqualTo(kind));
      return errors.toString();
    } finally {
      assertThat(
              Files.readAttributes(image, java.nio.file.attribute.BasicFileAttributes.class)
                  .lastAccessTime())
          .isEqualTo(OLD);
      assertThat(Files.getLastModifiedTime(image)).isEqualTo(modified);
      assertThat(sha256(Files.readAllBytes(image))).isEqualTo(before);
    }
  }

  private static int indexOf(byte[] in, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= in.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (in[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void aZeroByteFileNamedLikeAnImageIsAnErrorNotASilentFile() throws Exception {
    Path empty = Files.createFile(tmp.resolve("seized.E01"));
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp.resolve("case")))) {
      IngestSummary s = IngestCatalogueTest.ingest(store, empty);
      assertThat(s.status()).isEqualTo(SourceStatus.PARTIAL);
      Item item = IngestCatalogueTest.find(IngestCatalogueTest.items(store), "seized.E01");
      assertThat(store.itemErrors().of(item.id()))
          .anySatisfy(
              e -> {
                assertThat(e.kind()).isEqualTo("not-a-disk-image");
                assertThat(e.message()).contains("empty (0 bytes)");
              });
    }
  }

  // Flips a byte of the stored MD5 in the hash and digest sections, keeping their checksums valid.
  private static void changeStoredMd5(Path e01, String md5) throws Exception {
    byte[] b = Files.readAllBytes(e01);
    byte[] want = HexFormat.of().parseHex(md5);
    int changed = 0;
    for (int i = 76; i + 16 <= b.length; i++) {
      if (!java.util.Arrays.equals(b, i, i + 16, want, 0, 16)) {
        continue;
      }
      String type = new String(b, i - 76, 16, java.nio.charset.StandardCharsets.US_ASCII);
      int covered = type.startsWith("hash") ? 32 : type.startsWith("digest") ? 76 : -1;
      if (covered > 0) {
        b[i] ^= (byte) 0xff;
        Adler32 a = new Adler32();
        a.update(b, i, covered);
        ByteBuffer.wrap(b, i + covered, 4)
            .order(ByteOrder.LITTLE_ENDIAN)
            .putInt((int) a.getValue());
        changed++;
      }
    }
    assertThat(changed).isPositive();
    Files.write(e01, b);
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
