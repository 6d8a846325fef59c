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

  /** A fictional diary text (English only: no victim's real name), read into suggested facts. */
  static final String DIARY =
      """
      FICTIONAL TEST DATA: every name, place and amount here is invented.

      June 12, 2024
      Picked up Mina near Hotel Riverside, room 508. Recorded clip 21.
      Gave Boss Yoon 3 million won, Mr. Han $500.
      Yoon gets 40 percent of Mina's money, Han 15%.
      """;

  /** Groups the first three items as tape T-001 and reads {@link #DIARY} into the ledger. */
  static void addTapeAndDiary(Path dir, List<ItemId> ids) throws Exception {
    try (CaseStore store = CaseStore.open(CaseLocation.directory(dir))) {
      store
          .copies()
          .replaceTapes(
              List.of(
                  new org.okju.casefile.Copies.Tape(
                      "T-001",
                      "image",
                      ids.get(0),
                      List.of(
                          new org.okju.casefile.Copies.Member(
                              ids.get(0), "representative", "{\"reason\":\"largest image\"}"),
                          new org.okju.casefile.Copies.Member(
                              ids.get(1), "re-encoded", "{\"distance\":4,\"view\":\"full\"}"),
                          new org.okju.casefile.Copies.Member(
                              ids.get(2),
                              "transformed",
                              "{\"distance\":22,\"view\":\"content\"}")))));
      var doc = org.okju.ledger.DocumentText.of("Documents/notes.txt", DIARY);
      var x = new org.okju.ledger.LedgerExtractor().extract(doc);
      new org.okju.ledger.LedgerCase(store, "test", java.time.Clock.systemUTC())
          .add(
              doc,
              x,
              Optional.empty(),
              Sha256.of(
                  java.security.MessageDigest.getInstance("SHA-256")
                      .digest(DIARY.getBytes(StandardCharsets.UTF_8))),
              Optional.of("text/plain"),
              "tester");
    }
  }
}
