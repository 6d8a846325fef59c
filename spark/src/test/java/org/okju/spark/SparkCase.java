package org.okju.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.copies.CaseCopies;
import org.okju.copies.GroupingSettings;
import org.okju.ingest.Ingest;

/**
 * One case for the export and import tests of this JVM: {@link SparkTrees#drive} ingested, its
 * copies grouped into tapes, {@code DCIM/soft.jpg} marked sensitive; and the same tree's {@code
 * okju spark fingerprint} table. Built once (ingest and Spark take a while on two cores).
 */
final class SparkCase {
  final Path root;
  final Path drive;
  final Path fingerprints;
  final CaseLocation location;
  final long sensitiveItem;

  private static SparkCase shared;

  private SparkCase(Path root) throws Exception {
    this.root = root;
    drive = SparkTrees.drive(root);
    fingerprints = root.resolve("fingerprints.parquet");
    new FingerprintJob(LocalSpark.session())
        .run(new FingerprintJob.Settings(List.of(drive), fingerprints, 1.0, 3, false));
    location = CaseLocation.directory(root.resolve("case"));
    try (CaseStore store = CaseStore.open(location)) {
      Ingest.create(store, c -> c.threads(1).workDirectory(root.resolve("work"))).run(drive);
      new CaseCopies(store, GroupingSettings.DEFAULT).run("test", "dev");
      try (Stream<Item> items = store.items().streamAll()) {
        Item soft =
            items.filter(i -> i.path().display().equals("DCIM/soft.jpg")).findFirst().orElseThrow();
        sensitiveItem = soft.id().value();
        store.metadata().put(soft.id(), Map.of(CaseRows.SENSITIVE_NAME, "true"));
      }
    }
  }

  static synchronized SparkCase get() throws Exception {
    if (shared == null) {
      Path root = Files.createTempDirectory("okju-spark-case");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
      shared = new SparkCase(root);
    }
    return shared;
  }

  CaseStore open() {
    return CaseStore.openExisting(location);
  }

  private static void delete(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is the only cost.
    }
  }
}
