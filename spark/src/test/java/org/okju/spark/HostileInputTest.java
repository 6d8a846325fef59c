package org.okju.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.index.hashset.HashKind;

/** Hostile inputs on the executors: each is a row with its error, or a clear failure. */
class HostileInputTest {
  @TempDir Path tmp;

  private Map<String, Row> rows(Path out) {
    Map<String, Row> byName = new HashMap<>();
    for (Row r : LocalSpark.session().read().parquet(out.toString()).collectAsList()) {
      String path = r.getAs("path");
      byName.put(path.substring(path.lastIndexOf('/') + 1), r);
    }
    return byName;
  }

  @Test
  void aFileGoneOrUnreadableWhenTheExecutorOpensItIsAnErrorRowAndTheOthersAreDone()
      throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("src"));
    Files.copy(LocalSpark.photo("bridge-mods/aaa-orig.jpg"), dir.resolve("ok.jpg"));
    Files.writeString(dir.resolve("gone.txt"), "listed, then taken away");
    Files.writeString(dir.resolve("locked.txt"), "nobody may read this");
    List<ListedFile> listed = FingerprintJob.list(List.of(dir));
    Files.delete(dir.resolve("gone.txt"));
    Files.setPosixFilePermissions(
        dir.resolve("locked.txt"), PosixFilePermissions.fromString("---------"));
    Path out = tmp.resolve("out");
    FingerprintJob.Result r =
        new FingerprintJob(LocalSpark.session())
            .run(listed, new FingerprintJob.Settings(List.of(dir), out, 1.0, 1, false));

    Map<String, Row> rows = rows(out);
    assertThat(r.rows()).isEqualTo(3);
    assertThat(rows.get("ok.jpg").<String>getAs("pdq")).isNotNull();
    assertThat(rows.get("gone.txt").<String>getAs("error"))
        .startsWith("walk/")
        .contains("gone.txt");
    boolean root = "root".equals(System.getProperty("user.name"));
    if (!root) {
      // root reads a mode-000 file; the check only means something for another user.
      assertThat(rows.get("locked.txt").<String>getAs("error")).contains("read/");
    }
  }

  @Test
  void aTruncatedVideoIsARowWithWhatCouldBeDecodedAndItsProblem() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("videos"));
    byte[] mp4 = Files.readAllBytes(LocalSpark.video("pattern-sd-grey-bar.mp4"));
    Files.write(dir.resolve("cut.mp4"), java.util.Arrays.copyOf(mp4, mp4.length / 3));
    Path out = tmp.resolve("out-video");
    new FingerprintJob(LocalSpark.session())
        .run(new FingerprintJob.Settings(List.of(dir), out, 1.0, 1, false));
    Row cut = rows(out).get("cut.mp4");
    assertThat(cut.<String>getAs("sha256")).hasSize(64);
    assertThat(cut.<String>getAs("status")).isIn("warning", "error");
    assertThat(cut.<Row>getList(cut.fieldIndex("problems")))
        .anyMatch(p -> p.getString(0).equals("vpdq") || p.getString(0).equals("metadata"));
  }

  @Test
  void aFileBeyondTwoGigabytesIsStreamedWholeNeverHeldInAColumn() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("big"));
    Path big = dir.resolve("disk.img");
    // 2 GiB and 1 MiB of holes (no disk used): one MiB beyond the 2 GiB - 1 a byte[] column
    // holds. It was 3 GiB; each GiB of zeros only added some 10 s of hashing to the same claim.
    long size = (2L << 30) + (1L << 20);
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(size);
    }
    assertThat(size).isGreaterThan(Integer.MAX_VALUE);
    Path out = tmp.resolve("out-big");
    new FingerprintJob(LocalSpark.session())
        .run(new FingerprintJob.Settings(List.of(dir), out, 1.0, 1, false));
    Row row = rows(out).get("disk.img");
    assertThat(row.<Long>getAs("size")).isEqualTo(size);
    // SHA-256 of 2 GiB + 1 MiB of zero bytes (head -c 2148532224 /dev/zero | sha256sum).
    assertThat(row.<String>getAs("sha256"))
        .isEqualTo("f9c8466cdac8f598a9dbbe999b62b47c2745c7b7368cd6bfcee1b636368a9071");
    assertThat(row.<String>getAs("error")).isNull();
    assertThat(row.<Row>getList(row.fieldIndex("problems")))
        .anyMatch(p -> p.getString(1).equals("sparse-file"));
  }

  @Test
  void aCorruptParquetInputIsAClearFailureNamingIt() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("broken.parquet"));
    Files.write(
        dir.resolve("part-00000.parquet"),
        "PAR1 not really parquet at all PAR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    Path reference = tmp.resolve("partner.pdq");
    Files.writeString(reference, "pdq " + "0f".repeat(32) + "\n");
    assertThatThrownBy(
            () ->
                new MatchJob(LocalSpark.session())
                    .run(
                        new MatchJob.Settings(
                            List.of(reference.toString()),
                            List.of(dir.toString()),
                            tmp.resolve("m"),
                            31,
                            -1,
                            MatchJob.DEFAULT_BROADCAST_MAX_VIEWS,
                            false)))
        .hasStackTraceContaining("part-00000.parquet");
    assertThat(tmp.resolve("m").resolve("_SUCCESS")).doesNotExist();
  }

  @Test
  void malformedHashSetRecordsAreCountedAndAnAmbiguousHexListIsReadOnlyWhenItsKindIsSaid()
      throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("one"));
    Files.copy(LocalSpark.photo("bridge-mods/aaa-orig.jpg"), dir.resolve("photo.jpg"));
    Path table = tmp.resolve("one.parquet");
    new FingerprintJob(LocalSpark.session())
        .run(new FingerprintJob.Settings(List.of(dir), table, 1.0, 1, false));
    String pdq = rows(table).get("photo.jpg").getAs("pdq");
    Path partner = tmp.resolve("partner.pdq");
    Files.writeString(partner, "pdq " + pdq + "\npdq not-a-hash\n");
    Path plain = tmp.resolve("plain.txt");
    Files.writeString(plain, pdq + "\n");

    MatchJob.Result r =
        new MatchJob(LocalSpark.session())
            .run(
                new MatchJob.Settings(
                    List.of(partner.toString()),
                    List.of(table.toString()),
                    tmp.resolve("m1"),
                    31,
                    -1,
                    MatchJob.DEFAULT_BROADCAST_MAX_VIEWS,
                    false));
    assertThat(r.malformed()).isEqualTo(1);
    assertThat(r.problems()).singleElement().asString().startsWith(partner + ":2: ");
    assertThat(r.rows()).isPositive();

    assertThatThrownBy(
            () ->
                new MatchJob(LocalSpark.session())
                    .run(
                        new MatchJob.Settings(
                            List.of(plain.toString()),
                            List.of(table.toString()),
                            tmp.resolve("m2"),
                            31,
                            -1,
                            MatchJob.DEFAULT_BROADCAST_MAX_VIEWS,
                            false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--kind pdq or --kind sha256");
    new MatchJob(LocalSpark.session())
        .run(
            new MatchJob.Settings(
                List.of(plain.toString()),
                List.of(table.toString()),
                tmp.resolve("m3"),
                31,
                -1,
                MatchJob.DEFAULT_BROADCAST_MAX_VIEWS,
                false,
                HashKind.PDQ));
    List<Row> hits =
        LocalSpark.session()
            .read()
            .parquet(tmp.resolve("m3").toString())
            .filter("view = 'full/orig'")
            .collectAsList();
    assertThat(hits)
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.<String>getAs("reference_set")).isEqualTo("plain.txt");
              assertThat(h.<Integer>getAs("distance")).isZero();
            });
  }
}
