package org.okju.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.casefile.Item;
import org.okju.casefile.ItemError;
import org.okju.casefile.ItemId;
import org.okju.casefile.VideoFrame;
import org.okju.ingest.Ingest;

class FingerprintJobTest {
  @TempDir Path tmp;

  @Test
  void executorsComputeExactlyWhatOkjuIngestComputesForEveryFileAndMember() throws Exception {
    Path drive = SparkTrees.drive(tmp);
    Path out = tmp.resolve("fingerprints");
    FingerprintJob.Result r =
        new FingerprintJob(LocalSpark.session())
            .run(new FingerprintJob.Settings(List.of(drive), out, 1.0, 3, false));

    Map<String, String> spark = new TreeMap<>();
    for (Row row : LocalSpark.session().read().parquet(out.toString()).collectAsList()) {
      String path = row.getAs("path");
      spark.put(path.substring(drive.toString().length() + 1), describe(row));
    }
    Map<String, String> ingest = new TreeMap<>();
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("case")))) {
      Ingest.create(store, c -> c.threads(1).workDirectory(tmp.resolve("work"))).run(drive);
      Map<Long, String> keys = new HashMap<>();
      try (Stream<Item> items = store.items().streamAll()) {
        for (Item item : items.toList()) {
          String key =
              item.parent().map(p -> keys.get(p.value()) + "!/").orElse("") + item.path().display();
          keys.put(item.id().value(), key);
          ingest.put(key, describe(store, item));
        }
      }
    }
    assertThat(spark).isEqualTo(ingest);
    assertThat(r.rows()).isEqualTo(ingest.size());
    assertThat(r.listed()).isEqualTo(11);
    assertThat(spark.get("backup.zip!/inner/q0004.jpg")).contains("pdq=");
    assertThat(spark.get("clip.mp4")).contains("frames=");
  }

  /** Everything ingest records about an item, as one comparable line. */
  static String describe(Row row) {
    StringBuilder sb = new StringBuilder();
    sb.append("size=").append(row.<Object>getAs("size"));
    sb.append(" type=").append(row.<Object>getAs("type"));
    sb.append(" mismatch=").append(row.<Object>getAs("extension_mismatch"));
    sb.append(" md5=").append(row.<Object>getAs("md5"));
    sb.append(" sha1=").append(row.<Object>getAs("sha1"));
    sb.append(" sha256=").append(row.<Object>getAs("sha256"));
    if (row.getAs("pdq") != null) {
      sb.append(" pdq=").append(row.<Object>getAs("pdq"));
      sb.append(" quality=").append(row.<Object>getAs("quality"));
      sb.append(" dihedrals=")
          .append(new TreeMap<>(row.<String, String>getJavaMap(row.fieldIndex("dihedrals"))));
    }
    List<String> frames = new ArrayList<>();
    for (Row f : row.<Row>getList(row.fieldIndex("frames"))) {
      frames.add(f.getLong(0) + "@" + f.getDouble(1) + ":" + f.getString(2) + "/" + f.getInt(3));
    }
    sb.append(" frames=").append(frames);
    List<String> views = new ArrayList<>();
    for (Row v : row.<Row>getList(row.fieldIndex("views"))) {
      views.add(
          v.getLong(0)
              + "@"
              + v.getDouble(1)
              + ":"
              + v.getString(2)
              + "/"
              + v.getString(3)
              + "="
              + v.getString(4)
              + "/"
              + v.getInt(5));
    }
    sb.append(" views=").append(views.stream().sorted().toList());
    sb.append(" metadata=")
        .append(new TreeMap<>(row.<String, String>getJavaMap(row.fieldIndex("metadata"))));
    sb.append(" status=").append(row.<Object>getAs("status"));
    List<String> problems = new ArrayList<>();
    for (Row p : row.<Row>getList(row.fieldIndex("problems"))) {
      problems.add(
          p.getString(0) + "/" + p.getString(1) + "/" + p.getString(2) + ":" + p.getString(3));
    }
    sb.append(" problems=").append(problems.stream().sorted().toList());
    return sb.toString();
  }

  private static String describe(CaseStore store, Item item) {
    ItemId id = item.id();
    StringBuilder sb = new StringBuilder();
    sb.append("size=").append(item.size().isPresent() ? item.size().getAsLong() : null);
    sb.append(" type=").append(item.mediaType().orElse(null));
    sb.append(" mismatch=").append(item.extensionMismatch());
    sb.append(" md5=").append(item.digests().md5().map(h -> h.toHex()).orElse(null));
    sb.append(" sha1=").append(item.digests().sha1().map(h -> h.toHex()).orElse(null));
    sb.append(" sha256=").append(item.digests().sha256().map(h -> h.toHex()).orElse(null));
    store
        .fingerprints()
        .image(id)
        .ifPresent(
            p -> {
              Map<String, String> d = new TreeMap<>();
              p.dihedrals().forEach((k, v) -> d.put(k.name().toLowerCase(Locale.ROOT), v.toHex()));
              sb.append(" pdq=").append(p.pdq().toHex());
              sb.append(" quality=").append(p.quality());
              sb.append(" dihedrals=").append(d);
            });
    List<String> frames = new ArrayList<>();
    for (VideoFrame f : store.fingerprints().video(id)) {
      frames.add(
          f.frameNumber() + "@" + f.timestampSeconds() + ":" + f.pdq().toHex() + "/" + f.quality());
    }
    sb.append(" frames=").append(frames);
    List<String> views = new ArrayList<>();
    for (Copies.Signal v : store.copies().signals(id)) {
      views.add(
          v.frameNumber()
              + "@"
              + v.timestampSeconds()
              + ":"
              + v.kind()
              + "/"
              + v.orientation()
              + "="
              + v.pdq().toHex()
              + "/"
              + v.quality());
    }
    sb.append(" views=").append(views.stream().sorted().toList());
    sb.append(" metadata=").append(new TreeMap<>(store.metadata().of(id)));
    sb.append(" status=").append(item.status().name().toLowerCase(Locale.ROOT));
    List<String> problems = new ArrayList<>();
    for (ItemError e : store.itemErrors().of(id)) {
      problems.add(
          e.stage()
              + "/"
              + e.kind()
              + "/"
              + e.severity().name().toLowerCase(Locale.ROOT)
              + ":"
              + e.message());
    }
    sb.append(" problems=").append(problems.stream().sorted().toList());
    return sb.toString();
  }

  @SuppressWarnings("unused")
  private static Optional<String> none() {
    return Optional.empty();
  }
}
