package org.okju.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.VideoFrame;
import org.okju.copies.CaseCopies;
import org.okju.copies.GroupingSettings;
import org.okju.copies.HashSetImport;
import org.okju.copies.HashSetMatcher;
import org.okju.copies.Tape;
import org.okju.index.hashset.HashSetFormats;
import org.okju.ingest.Ingest;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchJobTest {
  @TempDir static Path tmp;
  Path known;
  Path crawl;
  Path knownTable;
  Path crawlTable;

  @BeforeAll
  void fingerprintBothTrees() throws Exception {
    known = MatchTrees.reference(tmp);
    crawl = MatchTrees.queries(tmp);
    knownTable = tmp.resolve("known.parquet");
    crawlTable = tmp.resolve("crawl.parquet");
    FingerprintJob job = new FingerprintJob(LocalSpark.session());
    job.run(new FingerprintJob.Settings(List.of(known), knownTable, 1.0, 2, false));
    job.run(new FingerprintJob.Settings(List.of(crawl), crawlTable, 1.0, 2, false));
  }

  private List<Row> match(
      List<String> reference, List<String> queries, int minQuality, long broadcastMax, String name)
      throws Exception {
    Path out = tmp.resolve(name);
    new MatchJob(LocalSpark.session())
        .run(new MatchJob.Settings(reference, queries, out, 31, minQuality, broadcastMax, false));
    return LocalSpark.session().read().parquet(out.toString()).collectAsList();
  }

  private static Set<String> lines(List<Row> rows) {
    Set<String> out = new TreeSet<>();
    rows.forEach(r -> out.add(r.mkString("|")));
    return out;
  }

  @Test
  void theBandedJoinFindsExactlyWhatTheBroadcastIndexFinds() throws Exception {
    List<String> ref = List.of(knownTable.toString());
    List<String> q = List.of(crawlTable.toString());
    Set<String> broadcast = lines(match(ref, q, -1, MatchJob.DEFAULT_BROADCAST_MAX_VIEWS, "b"));
    Set<String> banded = lines(match(ref, q, -1, 0, "banded"));
    assertThat(banded).isEqualTo(broadcast);
    assertThat(broadcast).anyMatch(l -> l.contains("|full/flipx|") || l.contains("|full/flipy|"));
  }

  @Test
  void pairsEqualOkjuCopiesPairsBetweenTheTwoTrees() throws Exception {
    Set<String> spark = new TreeSet<>();
    for (Row r :
        match(
            List.of(knownTable.toString()),
            List.of(crawlTable.toString()),
            50,
            MatchJob.DEFAULT_BROADCAST_MAX_VIEWS,
            "pairs")) {
      spark.add(name(r.getAs("query_path")) + " ~ " + name(r.getAs("reference_path")));
    }
    Set<String> copies = new TreeSet<>();
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("both-case")))) {
      Ingest.create(store, c -> c.threads(1).workDirectory(tmp.resolve("work"))).run(known);
      Ingest.create(store, c -> c.threads(1).workDirectory(tmp.resolve("work"))).run(crawl);
      for (Tape t : new CaseCopies(store, GroupingSettings.DEFAULT).run("test", "dev").tapes()) {
        for (Tape.Member a : t.members()) {
          for (Tape.Member b : t.members()) {
            String qa = name(a.media().path());
            String rb = name(b.media().path());
            if (inCrawl(qa) && !inCrawl(rb)) {
              copies.add(qa + " ~ " + rb);
            }
          }
        }
      }
    }
    assertThat(spark).isEqualTo(copies);
    assertThat(spark).noneMatch(p -> p.startsWith("dark-flipped.png"));
    assertThat(spark)
        .contains(
            "bridge-small.png ~ aaa-orig.jpg",
            "flipped.png ~ exif-rotn-1.jpg",
            "letterboxed.png ~ q2821.jpg",
            "same-bytes.jpg ~ q0122.jpg",
            "turned.png ~ q0291.jpg");
  }

  private boolean inCrawl(String name) {
    return Files.exists(crawl.resolve(name));
  }

  private static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Test
  void againstHashSetsTheRowsEqualOkjuMatch() throws Exception {
    Path drive = SparkTrees.drive(tmp.resolve("hs"));
    Path table = tmp.resolve("drive.parquet");
    new FingerprintJob(LocalSpark.session())
        .run(new FingerprintJob.Settings(List.of(drive), table, 1.0, 3, false));
    Path pdqs = tmp.resolve("partner.pdq");
    Path md5s = tmp.resolve("partner.md5");
    Set<String> okju = new TreeSet<>();
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("hs-case")))) {
      Ingest.create(store, c -> c.threads(1).workDirectory(tmp.resolve("work"))).run(drive);
      // The partner's lists: PDQs of a photo of the drive, of the zipped photo and of one video
      // frame, one unrelated PDQ; MD5s of the diary and of a photo.
      List<String> pdqLines = new ArrayList<>();
      List<String> md5Lines = new ArrayList<>();
      try (Stream<Item> items = store.items().streamAll()) {
        for (Item i : items.toList()) {
          String p = i.path().display();
          if (p.equals("street.jpg") || p.equals("inner/q0004.jpg")) {
            pdqLines.add("pdq " + store.fingerprints().image(i.id()).orElseThrow().pdq().toHex());
          }
          if (p.equals("clip.mp4")) {
            List<VideoFrame> frames = store.fingerprints().video(i.id());
            pdqLines.add("pdq " + frames.get(frames.size() / 2).pdq().toHex());
          }
          if (p.equals("diary.txt") || p.equals("c.png")) {
            md5Lines.add(i.digests().md5().orElseThrow().toHex() + "  " + p);
          }
        }
      }
      pdqLines.add("pdq " + "0f".repeat(32));
      Files.write(pdqs, pdqLines, StandardCharsets.UTF_8);
      Files.write(md5s, md5Lines, StandardCharsets.UTF_8);
      HashSetImport imports = new HashSetImport(store);
      imports.run(
          pdqs,
          "partner.pdq",
          "known-bad",
          HashSetFormats.detect(pdqs).orElseThrow(),
          "test",
          "dev");
      imports.run(
          md5s,
          "partner.md5",
          "known-bad",
          HashSetFormats.detect(md5s).orElseThrow(),
          "test",
          "dev");
      for (HashSetMatcher.Hit h : new HashSetMatcher(store).run("test", "dev").hits()) {
        String sha =
            store
                .items()
                .find(h.match().item())
                .orElseThrow()
                .digests()
                .sha256()
                .orElseThrow()
                .toHex();
        okju.add(
            sha
                + " "
                + h.set().name()
                + " "
                + h.match().hashKind()
                + " "
                + h.match().hash()
                + " "
                + h.match().distance());
      }
    }
    Set<String> spark = new TreeSet<>();
    for (Row r :
        match(
            List.of(pdqs.toString(), md5s.toString()),
            List.of(table.toString()),
            -1,
            MatchJob.DEFAULT_BROADCAST_MAX_VIEWS,
            "hs-out")) {
      String view = r.getAs("view");
      if (view.equals("full/orig")
          || view.equals("md5")
          || view.equals("sha1")
          || view.equals("sha256")) {
        spark.add(
            r.getAs("query_sha256")
                + " "
                + r.getAs("reference_set")
                + " "
                + r.getAs("match")
                + " "
                + r.getAs("reference_hash")
                + " "
                + r.getAs("distance"));
      }
    }
    assertThat(okju).hasSizeGreaterThanOrEqualTo(5);
    assertThat(spark).isEqualTo(okju);
  }
}
