package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.SourceStatus;
import org.okju.casefile.TestDatabases;
import org.okju.evidence.EvidenceMetadata;

/**
 * A fictional pen drive formatted NTFS (made at test time with ntfs-3g, no root, no mounting): its
 * files in folders, a small file NTFS keeps inside its MFT record, and a tape deleted from it are
 * catalogued with their paths and hashes, the deleted one as deleted, and the image is not changed.
 */
class IngestNtfsTest {
  private static final FileTime OLD = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

  @TempDir Path tmp;

  @Test
  void anNtfsDriveIsCataloguedWithItsFoldersAndItsDeletedTapeAndIsNotChanged() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    // Under ~700 bytes: NTFS keeps it resident (in the MFT record), with no clusters of its own.
    byte[] memo = "Fictional memo: the upload is on Friday.\n".getBytes(StandardCharsets.UTF_8);
    byte[] zone = "[ZoneTransfer]\nZoneId=3\n".getBytes(StandardCharsets.US_ASCII);
    byte[] clip = random(21, 200_000);
    byte[] tape = random(22, 400_000);
    Files.write(src.resolve("memo.txt"), memo);
    Files.write(src.resolve("zone.txt"), zone);
    Files.write(src.resolve("clip.mp4"), clip);
    Files.write(src.resolve("tape.mp4"), tape);

    Path image = tmp.resolve("pendrive.img");
    NtfsDrive ntfs = NtfsDrive.format(image, 32);
    ntfs.mkdir("DCIM");
    ntfs.mkdir("docs");
    ntfs.copy(src.resolve("memo.txt"), "docs/memo.txt");
    // An alternate data stream, as Windows writes the origin of a downloaded file.
    ntfs.copyToStream(src.resolve("zone.txt"), "docs/memo.txt", "Zone.Identifier");
    ntfs.copy(src.resolve("clip.mp4"), "DCIM/clip.mp4");
    ntfs.copy(src.resolve("tape.mp4"), "tape.mp4");
    ntfs.delete("tape.mp4");

    String before = sha256(Files.readAllBytes(image));
    Files.getFileAttributeView(image, BasicFileAttributeView.class).setTimes(null, OLD, null);
    BasicFileAttributes stat =
        Files.readAttributes(image, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);

    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp.resolve("case")))) {
      IngestSummary s = IngestCatalogueTest.ingest(store, image);
      assertThat(s.status()).as(s.problems().toString()).isEqualTo(SourceStatus.COMPLETE);
      List<Item> items = IngestCatalogueTest.items(store);
      Map<String, String> im =
          store.metadata().of(IngestCatalogueTest.find(items, "pendrive.img").id());
      assertThat(im).containsEntry("evidence.image.sha256", before);

      Item memoItem = IngestCatalogueTest.find(items, "p0/docs/memo.txt");
      assertThat(memoItem.digests().sha256().orElseThrow().toHex()).isEqualTo(sha256(memo));
      assertThat(store.metadata().of(memoItem.id()))
          .containsEntry(EvidenceMetadata.DELETED, "false")
          .containsEntry(EvidenceMetadata.PARTITION, "p0");

      Item clipItem = IngestCatalogueTest.find(items, "p0/DCIM/clip.mp4");
      assertThat(clipItem.digests().sha256().orElseThrow().toHex()).isEqualTo(sha256(clip));
      assertThat(store.metadata().of(clipItem.id()))
          .containsEntry(EvidenceMetadata.DELETED, "false");

      // NTFS keeps a deleted name whole (FAT loses its first letter): the tape, recovered.
      Item tapeItem = IngestCatalogueTest.find(items, "p0/tape.mp4");
      assertThat(tapeItem.digests().sha256().orElseThrow().toHex()).isEqualTo(sha256(tape));
      assertThat(store.metadata().of(tapeItem.id()))
          .containsEntry(EvidenceMetadata.DELETED, "true")
          .containsEntry(EvidenceMetadata.PARTITION, "p0")
          .containsKey(EvidenceMetadata.INODE);

      // NTFS's own files ($MFT, $Bitmap …) are not catalogued as the user's files.
      assertThat(items).noneMatch(i -> i.path().display().startsWith("p0/$MFT"));
    }
    BasicFileAttributes after =
        Files.readAttributes(image, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    assertThat(after.lastAccessTime()).isEqualTo(OLD);
    assertThat(after.lastModifiedTime()).isEqualTo(stat.lastModifiedTime());
    assertThat(after.size()).isEqualTo(stat.size());
    assertThat(sha256(Files.readAllBytes(image))).isEqualTo(before);
  }

  private static byte[] random(long seed, int size) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
