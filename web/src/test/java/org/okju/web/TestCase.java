package org.okju.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Digests;
import org.okju.casefile.FileTimes;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemPath;
import org.okju.casefile.ItemProgress;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.NewItem;
import org.okju.casefile.NewSource;
import org.okju.casefile.Sha256;
import org.okju.casefile.SourceId;

/** A small case written through the store's API: a source folder of text files. */
final class TestCase {
  private TestCase() {}

  /** Creates a case at {@code dir} with {@code n} items under an evidence folder; their ids. */
  static List<ItemId> create(Path dir, Path evidence, int n) throws Exception {
    Files.createDirectories(evidence);
    List<ItemId> ids = new ArrayList<>();
    try (CaseStore store = CaseStore.open(CaseLocation.directory(dir))) {
      SourceId s =
          store
              .sources()
              .start(
                  new NewSource(
                      ItemPath.of(evidence.toString()), Instant.EPOCH, "test", "tester", "test"));
      for (int i = 0; i < n; i++) {
        String name = String.format("file-%04d.txt", i);
        byte[] content = ("content " + i).getBytes(StandardCharsets.UTF_8);
        Files.write(evidence.resolve(name), content);
        ids.add(
            store
                .items()
                .upsert(
                    NewItem.listed(s, Optional.empty(), ItemPath.of(name))
                        .withFileInfo(content.length, FileTimes.none())
                        .withMediaType("text/plain", false)
                        .withDigests(
                            new Digests(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(
                                    Sha256.of(
                                        java.security.MessageDigest.getInstance("SHA-256")
                                            .digest(content)))))
                        .withState(ItemStatus.OK, ItemProgress.DONE)));
      }
    }
    return ids;
  }
}
