package org.okju.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemPath;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.NewItem;
import org.okju.casefile.NewItemText;
import org.okju.casefile.NewSource;
import org.okju.casefile.SourceId;
import org.okju.casefile.TestDatabases;

/** Search over a real case's stored texts: Korean, English, phrases, prefixes, pages and lines. */
class CaseSearchTest {
  static final Instant T0 = Instant.parse("2025-03-01T10:15:30Z");

  @TempDir Path tmp;

  static ItemId item(CaseStore store, SourceId source, String path) {
    return store.items().upsert(NewItem.listed(source, Optional.empty(), ItemPath.of(path)));
  }

  static void text(CaseStore store, ItemId item, String... pages) {
    store
        .texts()
        .put(
            new NewItemText(
                item,
                "parser",
                Optional.empty(),
                List.of(pages),
                "complete",
                Optional.empty(),
                T0));
  }

  static SourceId source(CaseStore store) {
    store
        .custody()
        .append(NewCustodyEntry.of("t", "ingest-started", "{}", Map.of(), Map.of(), "test"));
    return store.sources().start(new NewSource(ItemPath.of("/drive"), T0, "t", "t", "t"));
  }

  static List<String> lines(CaseSearch.Result r) {
    return r.hits().stream().map(h -> h.document() + ":" + h.page() + ":" + h.line()).toList();
  }

  static CaseSearch.Result search(Path index, String query) {
    try (CaseSearch s = CaseSearch.open(index)) {
      return s.search(query, 20, QuoteFilter.AS_WRITTEN);
    }
  }

  @Test
  void koreanEnglishPhrasesAndPrefixesFindTheirLines() throws Exception {
    CaseLocation location = TestDatabases.sqlite(tmp);
    Path index = tmp.resolve("index");
    try (CaseStore store = CaseStore.open(location)) {
      SourceId src = source(store);
      text(
          store,
          item(store, src, "diary.docx"),
          "2023년 5월 3일 맑음\n오후 3시 신촌역 3번 출구에서 최사장을 만났다.\n최사장한테 300만원 받음.",
          "둘째 쪽\n테이프 지젤_02 넘김.");
      text(
          store,
          item(store, src, "notes.txt"),
          "May 3, 2023\nReceived 2,000,000 won from Mr Choi at the north\ngate of Yeouido park.");
      try (SearchIndex writer = SearchIndex.open(index)) {
        SearchIndex.Update u = writer.update(store);
        assertThat(u.textsAdded()).isEqualTo(2);
      }
    }
    // Korean morphemes: the name without its particle, in two lines.
    assertThat(lines(search(index, "최사장"))).containsExactly("diary.docx:1:2", "diary.docx:1:3");
    // A Korean phrase, and the quoted line as written.
    CaseSearch.Result money = search(index, "\"300만원 받음\"");
    assertThat(lines(money)).containsExactly("diary.docx:1:3");
    assertThat(money.hits().get(0).quote()).isEqualTo("최사장한테 300만원 받음.");
    // Page two, line two.
    assertThat(lines(search(index, "지젤_02"))).containsExactly("diary.docx:2:2");
    // English stems: "receive" finds "Received"; a phrase over a line break.
    assertThat(lines(search(index, "receive"))).containsExactly("notes.txt:1:2");
    assertThat(lines(search(index, "\"north gate\""))).containsExactly("notes.txt:1:2");
    // Prefixes, English as written and Korean morphemes.
    assertThat(lines(search(index, "yeoui*"))).containsExactly("notes.txt:1:3");
    assertThat(lines(search(index, "사장*"))).contains("diary.docx:1:3");
    // All words must occur; none in one document: no hit.
    assertThat(search(index, "최사장 Yeouido").hits()).isEmpty();
    assertThat(search(index, "kangaroo").hits()).isEmpty();
  }

  @Test
  void theIndexCatchesUpWithNewAndReplacedAndRemovedTexts() throws Exception {
    CaseLocation location = TestDatabases.sqlite(tmp);
    Path index = tmp.resolve("index");
    try (CaseStore store = CaseStore.open(location)) {
      SourceId src = source(store);
      ItemId a = item(store, src, "a.txt");
      ItemId b = item(store, src, "b.txt");
      text(store, a, "first reading: pineapple");
      try (SearchIndex writer = SearchIndex.open(index)) {
        writer.update(store);
      }
      assertThat(search(index, "pineapple").hits()).hasSize(1);
      text(store, a, "second reading: mango");
      text(store, b, "another: pineapple tart");
      try (SearchIndex writer = SearchIndex.open(index)) {
        SearchIndex.Update u = writer.update(store);
        assertThat(u.textsAdded()).isEqualTo(2);
      }
      assertThat(lines(search(index, "pineapple"))).containsExactly("b.txt:1:1");
      assertThat(lines(search(index, "mango"))).containsExactly("a.txt:1:1");
      store.texts().remove(b);
      try (SearchIndex writer = SearchIndex.open(index)) {
        SearchIndex.Update u = writer.update(store);
        assertThat(u.textsRemoved()).isEqualTo(1);
      }
      assertThat(search(index, "pineapple").hits()).isEmpty();
      try (SearchIndex writer = SearchIndex.open(index)) {
        assertThat(writer.update(store).textsAdded()).as("nothing new").isZero();
      }
    }
  }

  @Test
  void manyTextsAreIndexedOnEveryCoreAndAllFound() throws Exception {
    CaseLocation location = TestDatabases.sqlite(tmp);
    Path index = tmp.resolve("index");
    try (CaseStore store = CaseStore.open(location)) {
      SourceId src = source(store);
      for (int i = 0; i < 300; i++) {
        StringBuilder page = new StringBuilder();
        for (int line = 0; line < 200; line++) {
          page.append("최사장한테 ").append(line).append("만원 받음, ledger line ").append(i).append('\n');
        }
        page.append("marker").append(i);
        text(store, item(store, src, "doc-" + i + ".txt"), page.toString(), "second page " + i);
        if (i % 50 == 0) {
          text(store, item(store, src, "blank-" + i + ".txt"), " \n ");
        }
      }
      try (SearchIndex writer = SearchIndex.open(index)) {
        SearchIndex.Update u = writer.update(store);
        assertThat(u.textsAdded()).isEqualTo(306);
        assertThat(u.passages()).isEqualTo(300 * 3);
      }
      try (SearchIndex writer = SearchIndex.open(index)) {
        assertThat(writer.update(store).textsAdded()).as("all committed").isZero();
      }
    }
    for (int i : new int[] {0, 137, 299}) {
      assertThat(lines(search(index, "marker" + i))).containsExactly("doc-" + i + ".txt:1:201");
    }
    assertThat(search(index, "최사장").passages()).isEqualTo(600);
  }

  @Test
  void anIndexMadeForAnotherCaseIsRebuilt() throws Exception {
    Path index = tmp.resolve("index");
    try (CaseStore first = CaseStore.open(TestDatabases.sqlite(tmp.resolve("one")))) {
      SourceId src = source(first);
      text(first, item(first, src, "one.txt"), "only in the first case: walrus");
      try (SearchIndex writer = SearchIndex.open(index)) {
        writer.update(first);
      }
    }
    try (CaseStore second = CaseStore.open(TestDatabases.sqlite(tmp.resolve("two")))) {
      SourceId src = source(second);
      text(second, item(second, src, "two.txt"), "only in the second case: narwhal");
      try (SearchIndex writer = SearchIndex.open(index)) {
        writer.update(second);
      }
    }
    assertThat(search(index, "walrus").hits()).isEmpty();
    assertThat(lines(search(index, "narwhal"))).containsExactly("two.txt:1:1");
  }

  @Test
  void aSecondWriterIsToldTheIndexIsBusy() throws Exception {
    Path index = tmp.resolve("index");
    try (SearchIndex writer = SearchIndex.open(index)) {
      assertThat(writer).isNotNull();
      assertThatThrownBy(() -> SearchIndex.open(index)).isInstanceOf(IndexBusyException.class);
    }
  }

  @Test
  void malformedQueriesAreRefusedWithTheReason() {
    assertThatThrownBy(() -> SearchQuery.parse("\"unclosed"))
        .hasMessageContaining("unclosed quote");
    assertThatThrownBy(() -> SearchQuery.parse("a*")).hasMessageContaining("two characters");
    assertThatThrownBy(() -> SearchQuery.parse("wild*card")).hasMessageContaining("end a word");
    assertThatThrownBy(() -> SearchQuery.parse("   ")).hasMessageContaining("empty");
  }

  /**
   * The index keeps positions, not offsets: a hit's line and the cut of a long line come from
   * analysing the passage again, which must land on the same words as the index did in each field.
   */
  @Test
  void hitsAreTracedToTheirLinesAndCutAroundTheirMatchInEveryField() throws Exception {
    CaseLocation location = TestDatabases.sqlite(tmp);
    Path index = tmp.resolve("index");
    String longLine =
        "정산 메모 ".repeat(40) + "박실장한테 테이프 넘김, then met Jin at the north gate " + "기록 없음 ".repeat(40);
    try (CaseStore store = CaseStore.open(location)) {
      SourceId src = source(store);
      text(
          store,
          item(store, src, "mixed.txt"),
          "첫 줄\n비가 와서 약속을 미뤘다.\n" + longLine + "\n오늘 박실장을 만났다. Jin was late\n끝");
      try (SearchIndex writer = SearchIndex.open(index)) {
        writer.update(store);
      }
    }
    // Korean morphemes, after dozens of Korean words on the same line and lines before it.
    assertThat(lines(search(index, "박실장"))).containsExactly("mixed.txt:1:3", "mixed.txt:1:4");
    // An English phrase between Hangul words (the English stems keep their positions).
    CaseSearch.Result gate = search(index, "\"north gate\"");
    assertThat(lines(gate)).containsExactly("mixed.txt:1:3");
    assertThat(gate.hits().get(0).quote()).contains("north gate").startsWith("…").endsWith("…");
    // A stemmed English word and a prefix as written.
    assertThat(lines(search(index, "gates"))).containsExactly("mixed.txt:1:3");
    assertThat(lines(search(index, "jin"))).containsExactly("mixed.txt:1:3", "mixed.txt:1:4");
    assertThat(lines(search(index, "미뤘*"))).containsExactly("mixed.txt:1:2");
    CaseSearch.Result tape = search(index, "테이프");
    assertThat(tape.hits().get(0).quote()).contains("박실장한테 테이프 넘김");
  }

  @Test
  void aLongLineIsQuotedAroundItsMatch() {
    String line = "x".repeat(500) + " needle " + "y".repeat(500);
    String quote = CaseSearch.cut(line, 501);
    assertThat(quote).contains("needle").startsWith("…").endsWith("…");
    assertThat(quote.length()).isLessThanOrEqualTo(CaseSearch.QUOTE_CHARS + 2);
  }

  @Test
  void postgresqlCasesGetTheirIndexOutsideTheDatabaseNamedWithoutThePassword() {
    Path dir =
        IndexLocation.of(CaseLocation.parse("postgresql://okju:secret@db.example:5432/case1"));
    assertThat(dir.toString()).doesNotContain("secret").contains("okju/search/");
    assertThat(IndexLocation.of(CaseLocation.directory(tmp))).isEqualTo(tmp.resolve("search"));
  }
}
