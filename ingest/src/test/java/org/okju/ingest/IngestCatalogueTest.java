package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ImagePdq;
import org.okju.casefile.Item;
import org.okju.casefile.ItemError;
import org.okju.casefile.SourceStatus;
import org.okju.casefile.TestDatabases;
import org.okju.fingerprint.Pdq256;

class IngestCatalogueTest {
  @TempDir Path tmp;

  static IngestSummary ingest(CaseStore store, Path source) throws InterruptedException {
    return Ingest.create(store, c -> c.threads(2).provenance("tester", "okju ingest test", "test"))
        .run(source);
  }

  static List<Item> items(CaseStore store) {
    try (Stream<Item> items = store.items().streamAll()) {
      return items.toList();
    }
  }

  static Item find(List<Item> items, String path) {
    return items.stream()
        .filter(i -> i.path().display().equals(path))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no item "
                        + path
                        + " in "
                        + items.stream().map(i -> i.path().display()).toList()));
  }

  static List<String> kinds(CaseStore store, Item item) {
    return store.itemErrors().of(item.id()).stream().map(ItemError::kind).toList();
  }

  @Test
  void aSmallDriveIsCataloguedWithDigestsTypesFingerprintsAndMembers() throws Exception {
    Path drive = EvidenceTree.small(tmp);
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp))) {
      IngestSummary s = ingest(store, drive);
      assertThat(s.items()).isEqualTo(9);
      assertThat(s.status()).isEqualTo(SourceStatus.PARTIAL);
      List<Item> items = items(store);
      Item renamed = find(items, "notes.txt");
      assertThat(renamed.mediaType().orElseThrow()).startsWith("video/");
      assertThat(renamed.extensionMismatch()).isTrue();
      assertThat(store.fingerprints().video(renamed.id())).isNotEmpty();
      assertThat(store.metadata().of(renamed.id())).containsKey("video.duration-seconds");
      Item bridge = find(items, "DCIM/bridge.jpg");
      Item copy = find(items, "DCIM/bridge-copy.jpg");
      assertThat(bridge.extensionMismatch()).isFalse();
      assertThat(bridge.digests().sha256()).isEqualTo(copy.digests().sha256());
      assertThat(store.fingerprints().image(bridge.id()).orElseThrow().dihedrals()).hasSize(8);
      Item member = find(items, "inner/bridge.jpg");
      assertThat(member.parent()).contains(find(items, "backup.zip").id());
      assertThat(member.digests().sha256()).isEqualTo(bridge.digests().sha256());
      assertThat(kinds(store, find(items, "empty.dat"))).containsExactly("empty");
      assertThat(store.sources().all().get(0).manifest()).isPresent();
      assertThat(store.custody().head().orElseThrow().action()).isEqualTo("source-ingested");
    }
  }

  /**
   * A phone's photo as HEIC and a site's picture as AVIF (made with libheif's encoder from the
   * bridge photo) are typed, fingerprinted and given copy views as the JPEG is; before, both were
   * catalogued without any PDQ, so no copy of a phone's photos could be found.
   */
  @Test
  void heicAndAvifPicturesAreFingerprintedAsTheirJpeg() throws Exception {
    IngestImageTest.need("heif-enc");
    Path drive = Files.createDirectories(tmp.resolve("phone"));
    Files.copy(EvidenceTree.photo("aaa-orig.jpg"), drive.resolve("bridge.jpg"));
    EvidenceTree.sh(
        drive,
        "heif-enc -q 60 -o IMG_0001.HEIC bridge.jpg && heif-enc --avif -q 60 -o pic.avif bridge.jpg");
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp))) {
      ingest(store, drive);
      List<Item> items = items(store);
      Pdq256 jpeg = pdq(store, find(items, "bridge.jpg"));
      for (String name : List.of("IMG_0001.HEIC", "pic.avif")) {
        Item item = find(items, name);
        assertThat(item.mediaType().orElseThrow()).isIn("image/heic", "image/avif");
        assertThat(kinds(store, item)).isEmpty();
        assertThat(store.fingerprints().image(item.id()).orElseThrow().dihedrals()).hasSize(8);
        assertThat(pdq(store, item).distance(jpeg)).as(name).isLessThanOrEqualTo(31);
      }
    }
  }

  /**
   * Pictures in formats no ImageIO reader here knows (JPEG 2000, OpenEXR, DPX, PCX, SGI, a portable
   * pixmap; one inside a zip, so held in memory, not spooled) are decoded by FFmpeg and
   * fingerprinted as their JPEG is; before, each was catalogued as an image with no PDQ and no word
   * of why. A JPEG XL, which this FFmpeg cannot decode, gets an error in the case instead of
   * passing unhashed in silence.
   */
  @Test
  void picturesImageIoCannotReadAreFingerprintedByFfmpegOrSaySoInTheCase() throws Exception {
    IngestImageTest.need("ffmpeg");
    Path drive = Files.createDirectories(tmp.resolve("scans"));
    Files.copy(EvidenceTree.photo("aaa-orig.jpg"), drive.resolve("bridge.jpg"));
    EvidenceTree.sh(
        drive,
        "for f in scan.jp2 render.exr film.dpx old.pcx old.sgi raw.ppm member.jp2; do"
            + " ffmpeg -nostdin -v error -y -i bridge.jpg $f || exit 1; done"
            + " && ffmpeg -nostdin -v error -y -i bridge.jpg -c:v libjxl new.jxl");
    Path member = drive.resolve("member.jp2");
    EvidenceTree.zip(
        drive.resolve("scans.zip"), List.of("member.jp2"), List.of(Files.readAllBytes(member)));
    Files.delete(member);
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp))) {
      IngestSummary summary = ingest(store, drive);
      List<Item> items = items(store);
      Pdq256 jpeg = pdq(store, find(items, "bridge.jpg"));
      for (String name :
          List.of(
              "scan.jp2",
              "render.exr",
              "film.dpx",
              "old.pcx",
              "old.sgi",
              "raw.ppm",
              "member.jp2")) {
        Item item = find(items, name);
        assertThat(kinds(store, item)).as(name).isEmpty();
        ImagePdq image =
            store.fingerprints().image(item.id()).orElseThrow(() -> new AssertionError(name));
        assertThat(image.quality()).as(name).isGreaterThanOrEqualTo(50);
        assertThat(image.dihedrals()).as(name).hasSize(8);
        assertThat(pdq(store, item).distance(jpeg)).as(name).isLessThanOrEqualTo(16);
      }
      Item jxl = find(items, "new.jxl");
      assertThat(store.fingerprints().image(jxl.id())).isEmpty();
      assertThat(kinds(store, jxl)).containsExactly("undecodable-image");
      assertThat(summary.problemCount()).isEqualTo(1);
    }
  }

  private static Pdq256 pdq(CaseStore store, Item item) {
    return Pdq256.parse(store.fingerprints().image(item.id()).orElseThrow().pdq().toHex());
  }

  @Test
  void runningTheSameCommandAgainOnAFinishedSourceChangesNothing() throws Exception {
    Path drive = EvidenceTree.small(tmp);
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp))) {
      IngestSummary first = ingest(store, drive);
      IngestSummary again = ingest(store, drive);
      assertThat(again.alreadyIngested()).isTrue();
      assertThat(again.manifestSha256()).isEqualTo(first.manifestSha256());
      assertThat(items(store)).hasSize(9);
    }
  }

  @Test
  void postgresqlGivesTheSameCatalogueAndManifestAsSqlite() throws Exception {
    Path drive = EvidenceTree.small(tmp);
    IngestSummary sqlite;
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp))) {
      sqlite = ingest(store, drive);
    }
    CaseLocation pg = TestDatabases.postgresql();
    try (CaseStore store = CaseStore.open(pg)) {
      IngestSummary s = ingest(store, drive);
      assertThat(s.manifestSha256()).isEqualTo(sqlite.manifestSha256());
      assertThat(s.items()).isEqualTo(sqlite.items());
      assertThat(s.byStatus()).isEqualTo(sqlite.byStatus());
    }
  }
}
