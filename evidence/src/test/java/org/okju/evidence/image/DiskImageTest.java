package org.okju.evidence.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.evidence.EvidenceException;
import org.okju.evidence.EvidenceStream;
import org.okju.evidence.PathBytes;
import org.okju.evidence.posix.ReadOnlyFiles;
import org.okju.evidence.tool.ToolRunner;

/**
 * Images built at test time are read through the evidence layer: partitions, allocated and deleted
 * files with their content, an E01 and a split raw set of the same disk, and the image's own
 * hashes, without changing a byte or a time of the image.
 */
class DiskImageTest {
  private static final FileTime OLD = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

  @TempDir Path tmp;

  private final ReadOnlyFiles files = new ReadOnlyFiles();
  private final ToolRunner tools = new ToolRunner();

  private DiskImage open(Path image) throws EvidenceException {
    byte[] path = PathBytes.of(image);
    ImageDetector.Detection d = ImageDetector.detect(files, path);
    assertThat(d.format()).as(d.what()).isPresent();
    return DiskImage.open(files, path, d.format().get(), tmp.resolve("work"), tools);
  }

  private static Map<String, ImageEntry> byPath(ImageListing listing) {
    return listing.entries().stream()
        .filter(e -> e.kind() == ImageEntry.Kind.FILE)
        .collect(Collectors.toMap(ImageEntry::imagePath, Function.identity()));
  }

  private static String sha256(DiskImage image, Partition p, ImageEntry e) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EvidenceStream in = image.open(p, e)) {
      byte[] b = new byte[8192];
      for (int n; (n = in.read(b, 0, b.length)) > 0; ) {
        out.write(b, 0, n);
      }
    }
    return TestImages.sha256(out.toByteArray());
  }

  private static Partition partition(ImageListing l, String name) {
    return l.partitions().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aFat32DriveListsItsFilesAndItsDeletedTapeWithTheirContent() throws Exception {
    TestImages.Fat32 fat = TestImages.fat32(tmp);
    try (DiskImage image = open(fat.image())) {
      ImageListing l = image.list();
      assertThat(l.problems()).isEmpty();
      assertThat(l.partitions())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.name()).isEqualTo("p0");
                assertThat(p.fileSystem()).contains("fat32");
              });
      Map<String, ImageEntry> files = byPath(l);
      assertThat(files).containsKeys("p0/memo.txt", "p0/DCIM/clip.bin");
      // The volume label (mkfs.fat -n PENDRIVE) is the file system's name, not an empty file.
      assertThat(files.keySet()).noneMatch(p -> p.contains("Volume Label"));
      Partition p0 = partition(l, "p0");
      assertThat(sha256(image, p0, files.get("p0/memo.txt"))).isEqualTo(fat.memo());
      assertThat(sha256(image, p0, files.get("p0/DCIM/clip.bin"))).isEqualTo(fat.clip());
      assertThat(files.get("p0/memo.txt").deleted()).isFalse();
      // FAT keeps a deleted name with its first letter replaced; TSK shows it as '_'.
      ImageEntry tape =
          files.values().stream().filter(ImageEntry::deleted).findFirst().orElseThrow();
      assertThat(tape.path()).isEqualTo("_ape.bin");
      assertThat(tape.size()).isEqualTo(300_000);
      assertThat(l.overwrite(tape)).isEmpty();
      assertThat(sha256(image, p0, tape)).isEqualTo(fat.tape());
      assertThat(tape.times().modified()).isPresent();
    }
  }

  @Test
  void aGptDiskWithFatAndExt4ListsBothPartitionsAndTheFilesOfEach() throws Exception {
    TestImages.Fat32 fat = TestImages.fat32(tmp);
    Path folder = Files.createDirectories(tmp.resolve("ext-src/notes"));
    byte[] ledger = "Fictional ledger: 30% to the uploader.\n".getBytes(StandardCharsets.US_ASCII);
    Files.write(folder.resolve("ledger.txt"), ledger);
    Path ext = TestImages.ext4(tmp, tmp.resolve("ext-src"), "ext.img");
    Path disk = TestImages.gpt(tmp, fat.image(), ext);
    try (DiskImage image = open(disk)) {
      ImageListing l = image.list();
      assertThat(l.partitions()).extracting(Partition::name).containsExactly("p1", "p2");
      assertThat(partition(l, "p1").fileSystem()).contains("fat32");
      assertThat(partition(l, "p2").fileSystem().orElseThrow()).startsWith("ext");
      assertThat(partition(l, "p1").offset()).isEqualTo(2048 * 512L);
      Map<String, ImageEntry> files = byPath(l);
      assertThat(sha256(image, partition(l, "p1"), files.get("p1/DCIM/clip.bin")))
          .isEqualTo(fat.clip());
      ImageEntry note = files.get("p2/notes/ledger.txt");
      assertThat(note).isNotNull();
      assertThat(note.uid()).isPresent();
      assertThat(sha256(image, partition(l, "p2"), note)).isEqualTo(TestImages.sha256(ledger));
      assertThat(l.problems()).isEmpty();
    }
  }

  @Test
  void anE01AndASplitRawSetOfOneDriveReadAsTheDriveItself() throws Exception {
    TestImages.Fat32 fat = TestImages.fat32(tmp);
    String rawSha = TestImages.sha256(fat.image());
    Path ewfDir = Files.createDirectories(tmp.resolve("ewf"));
    // Uncompressed in 1 MiB segments: the reader must follow .E01, .E02 … to the 'done' section.
    Path e01 = TestImages.e01(ewfDir, fat.image(), "drive", "-c", "none", "-S", "1048576");
    assertThat(Files.exists(ewfDir.resolve("drive.E02"))).isTrue();
    Path splitDir = Files.createDirectories(tmp.resolve("split"));
    TestImages.run(
        splitDir,
        "split",
        "-b",
        "7000000",
        "-d",
        "-a",
        "3",
        "--numeric-suffixes=1",
        fat.image().toString(),
        "drive.");
    for (Path image : List.of(e01, splitDir.resolve("drive.001"))) {
      try (DiskImage d = open(image)) {
        MediaDigest digest = d.digest(n -> {});
        assertThat(digest.sha256()).as(image.toString()).contains(rawSha);
        assertThat(digest.verified()).isTrue();
        ImageListing l = d.list();
        Map<String, ImageEntry> files = byPath(l);
        assertThat(sha256(d, partition(l, "p0"), files.get("p0/DCIM/clip.bin")))
            .isEqualTo(fat.clip());
      }
    }
    try (DiskImage d = open(e01)) {
      assertThat(d.format()).isEqualTo(ImageFormat.EWF);
      assertThat(d.segments()).hasSizeGreaterThan(1);
      assertThat(d.notes()).containsEntry("case-number", "C-2026-001");
      MediaDigest digest = d.digest(n -> {});
      assertThat(digest.storedMd5()).isEqualTo(digest.md5()).isPresent();
      assertThat(digest.storedSha1()).isEqualTo(digest.sha1()).isPresent();
    }
  }

  @Test
  void aCompressedE01ReadsAsTheDrive() throws Exception {
    TestImages.Fat32 fat = TestImages.fat32(tmp);
    Path e01 = TestImages.e01(tmp, fat.image(), "packed", "-c", "deflate:best");
    try (DiskImage d = open(e01)) {
      assertThat(d.digest(n -> {}).sha256()).contains(TestImages.sha256(fat.image()));
    }
  }

  @Test
  void anE01WhoseStoredHashIsWrongDoesNotVerify() throws Exception {
    TestImages.Fat32 fat = TestImages.fat32(tmp);
    Path e01 = TestImages.e01(tmp, fat.image(), "drive", "-c", "deflate:fast");
    String md5 = TestImages.run(tmp, "md5sum", fat.image().toString()).substring(0, 32);
    EwfTampering.changeStoredMd5(e01, md5);
    try (DiskImage d = open(e01)) {
      MediaDigest digest = d.digest(n -> {});
      assertThat(digest.md5()).contains(md5);
      assertThat(digest.storedMd5()).isPresent().isNotEqualTo(digest.md5());
      assertThat(digest.verified()).isFalse();
      assertThat(digest.storedHashDiffers()).isTrue();
    }
  }

  @Test
  void aTruncatedE01SaysSoAndItsMissingFilesFailWithATypedError() throws Exception {
    TestImages.Fat32 fat = TestImages.fat32(tmp);
    Path e01 = TestImages.e01(tmp, fat.image(), "drive", "-c", "none");
    Path cut = tmp.resolve("cut.E01");
    byte[] all = Files.readAllBytes(e01);
    Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
    try (DiskImage d = open(cut)) {
      MediaDigest digest = d.digest(n -> {});
      assertThat(digest.verified()).isFalse();
      assertThat(digest.sha256()).isEmpty();
      assertThat(digest.failure().orElseThrow()).contains("truncated");
      assertThat(String.join("\n", digest.damage())).contains("truncated");
      // The listing goes as far as the image does; a file past the cut cannot be read whole.
      ImageListing l = d.list();
      Optional<ImageEntry> late =
          byPath(l).values().stream()
              .filter(e -> e.firstOffset() > all.length / 2 + (1 << 20))
              .findFirst();
      if (late.isPresent()) {
        assertThatThrownBy(() -> sha256(d, partition(l, "p0"), late.get()))
            .isInstanceOf(EvidenceException.class);
      }
    }
  }

  @Test
  void anEmptyFileAndAFileOfNoDiskAreNotTakenForImages() throws Exception {
    Path empty = Files.createFile(tmp.resolve("empty.dd"));
    assertThat(ImageDetector.detect(files, PathBytes.of(empty)).format()).isEmpty();
    Path text = Files.write(tmp.resolve("notes.img"), TestImages.random(3, 100_000));
    assertThat(ImageDetector.detect(files, PathBytes.of(text)).format()).isEmpty();
    assertThat(ImageDetector.namedLikeImage(PathBytes.of(text))).isTrue();
  }

  @Test
  void aPartitionPastTheEndAndAPartitionOfNoFileSystemAreProblemsTheRestIsListed()
      throws Exception {
    TestImages.Fat32 fat = TestImages.fat32(tmp);
    Path noise = Files.write(tmp.resolve("noise.img"), TestImages.random(4, 4 << 20));
    Path disk = TestImages.gpt(tmp, fat.image(), noise);
    // An MBR whose second entry starts far past the end of the disk (a damaged table).
    Path mbr = tmp.resolve("mbr.img");
    Files.copy(fat.image(), tmp.resolve("fat-copy.img"));
    long sectors = Files.size(fat.image()) / 512 + 2048;
    try (RandomAccessFile f = new RandomAccessFile(mbr.toFile(), "rw")) {
      f.setLength(sectors * 512);
    }
    TestImages.run(
        tmp, "sh", "-c", "printf '2048,,c\\n' | sfdisk -q --no-reread --no-tell-kernel " + mbr);
    TestImages.run(
        tmp,
        "dd",
        "if=" + fat.image(),
        "of=" + mbr,
        "bs=512",
        "seek=2048",
        "conv=notrunc",
        "status=none");
    try (RandomAccessFile f = new RandomAccessFile(mbr.toFile(), "rw")) {
      // Entry 2 at 446 + 16: type 0x83, start LBA 10,000,000, 2048 sectors.
      byte[] e = new byte[16];
      e[4] = (byte) 0x83;
      putLe32(e, 8, 10_000_000);
      putLe32(e, 12, 2048);
      f.seek(446 + 16);
      f.write(e);
    }
    try (DiskImage d = open(disk)) {
      ImageListing l = d.list();
      assertThat(byPath(l)).as(l.problems().toString()).containsKey("p1/memo.txt");
      assertThat(l.problems())
          .anySatisfy(
              p -> {
                assertThat(p.kind()).isEqualTo("unreadable-file-system");
                assertThat(p.message()).startsWith("p2");
              });
    }
    try (DiskImage d = open(mbr)) {
      ImageListing l = d.list();
      assertThat(byPath(l)).as(l.problems().toString()).containsKey("p1/memo.txt");
      assertThat(l.problems())
          .anySatisfy(p -> assertThat(p.kind()).isEqualTo("partition-past-end"));
    }
  }

  @Test
  void readingAnImageChangesNeitherItsBytesNorItsTimes() throws Exception {
    TestImages.Fat32 fat = TestImages.fat32(tmp);
    Path e01 = TestImages.e01(tmp, fat.image(), "drive", "-c", "deflate:fast");
    for (Path image : List.of(fat.image(), e01)) {
      String before = TestImages.sha256(image);
      // An access time older than the modification time is what relatime updates on any read.
      Files.getFileAttributeView(image, BasicFileAttributeView.class).setTimes(null, OLD, null);
      BasicFileAttributes stat =
          Files.readAttributes(image, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      try (DiskImage d = open(image)) {
        assertThat(d.toolsKeepAccessTime()).as("the O_NOATIME preload library is built").isTrue();
        d.digest(n -> {});
        ImageListing l = d.list();
        for (ImageEntry e : byPath(l).values()) {
          sha256(d, partition(l, e.partition()), e);
        }
        // icat: what TSK reads itself (a deleted file read through TSK's recovery).
        ImageEntry deleted =
            byPath(l).values().stream().filter(ImageEntry::deleted).findFirst().orElseThrow();
        try (EvidenceStream in = d.openWithTsk(0, deleted.inode(), true, deleted.size())) {
          in.read(new byte[4096], 0, 4096);
        }
      }
      BasicFileAttributes after =
          Files.readAttributes(image, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      assertThat(after.lastAccessTime()).as(image.toString()).isEqualTo(OLD);
      assertThat(after.lastModifiedTime()).isEqualTo(stat.lastModifiedTime());
      assertThat(after.size()).isEqualTo(stat.size());
      assertThat(TestImages.sha256(image)).isEqualTo(before);
    }
  }

  private static void putLe32(byte[] b, int at, long v) {
    for (int i = 0; i < 4; i++) {
      b[at + i] = (byte) (v >>> (8 * i));
    }
  }
}
