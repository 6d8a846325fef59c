package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item texts on a real database, run by the SQLite and PostgreSQL subclasses. */
abstract class ItemTextsContract {
  static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456789Z");

  @TempDir Path tmp;

  abstract Backend backend();

  CaseStore open() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    return CaseStore.open(c -> c.location(location).keyDirectory(tmp));
  }

  static ItemId item(CaseStore store, String path) {
    SourceId src =
        store.sources().findByPath(ItemPath.of("/evidence")).stream()
            .findFirst()
            .map(Source::id)
            .orElseGet(
                () ->
                    store
                        .sources()
                        .start(new NewSource(ItemPath.of("/evidence"), T0, "0.1", "inv1", "x")));
    return store.items().upsert(NewItem.listed(src, Optional.empty(), ItemPath.of(path)));
  }

  static NewItemText text(ItemId item, String... pages) {
    return new NewItemText(
        item, "parser", Optional.empty(), List.of(pages), "complete", Optional.empty(), T0);
  }

  @Test
  void aTextIsStoredWithItsPagesAndReadBack() throws Exception {
    try (CaseStore store = open()) {
      ItemId diary = item(store, "diary.docx");
      store.texts().put(text(diary, "2023년 5월 3일\n최사장 만남", "page two"));
      ItemText t = store.texts().of(diary).orElseThrow();
      assertThat(t.pages()).containsExactly("2023년 5월 3일\n최사장 만남", "page two");
      assertThat(t.method()).isEqualTo("parser");
      assertThat(t.extractedAt()).isEqualTo(T0);
      assertThat(t.ledgerReadAt()).isEmpty();
      assertThat(store.texts().find(t.id())).contains(t);
    }
  }

  @Test
  void aNewReadingReplacesTheOldUnderAHigherId() throws Exception {
    try (CaseStore store = open()) {
      ItemId diary = item(store, "diary.txt");
      ItemId other = item(store, "other.txt");
      store.texts().put(text(diary, "first"));
      store.texts().put(text(other, "other"));
      long first = store.texts().of(diary).orElseThrow().id();
      store.texts().ledgerRead(first, T0);
      store
          .texts()
          .put(
              new NewItemText(
                  diary,
                  "plain",
                  Optional.of("EUC-KR"),
                  List.of("second"),
                  "partial",
                  Optional.of("truncated"),
                  T0));
      ItemText now = store.texts().of(diary).orElseThrow();
      assertThat(now.id()).isGreaterThan(first);
      assertThat(now.pages()).containsExactly("second");
      assertThat(now.charset()).contains("EUC-KR");
      assertThat(now.ledgerReadAt()).as("a new reading is unread").isEmpty();
      assertThat(store.texts().extent()).isEqualTo(new ItemTexts.Extent(now.id(), 2));
      try (Stream<ItemText> after = store.texts().after(first)) {
        assertThat(after.map(ItemText::item)).containsExactly(other, diary);
      }
      try (Stream<Long> ids = store.texts().ids()) {
        assertThat(ids).hasSize(2);
      }
    }
  }

  @Test
  void theLedgerReadsEachTextOnceUntilItChanges() throws Exception {
    try (CaseStore store = open()) {
      ItemId a = item(store, "a.txt");
      ItemId b = item(store, "b.txt");
      store.texts().put(text(a, "a"));
      store.texts().put(text(b, "b"));
      store.texts().ledgerRead(store.texts().of(a).orElseThrow().id(), T0);
      try (Stream<ItemText> unread = store.texts().unreadByLedger()) {
        assertThat(unread.map(ItemText::item)).containsExactly(b);
      }
      store.texts().remove(b);
      try (Stream<ItemText> unread = store.texts().unreadByLedger()) {
        assertThat(unread).isEmpty();
      }
    }
  }

  @Test
  void textsWrittenInABatchCommitWithIt() throws Exception {
    try (CaseStore store = open()) {
      ItemId a = item(store, "a.txt");
      try (Batch batch = store.batch()) {
        batch.texts().put(text(a, "kept back"));
        batch.rollback();
        batch.texts().put(text(a, "committed"));
        batch.commit();
      }
      assertThat(store.texts().of(a).orElseThrow().pages()).containsExactly("committed");
    }
  }

  @Test
  void aPageMayNotHoldThePageSeparator() {
    assertThatThrownBy(() -> text(new ItemId(1), "a\fb"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
