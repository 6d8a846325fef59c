package org.okju.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CatalogueManifest;
import org.okju.casefile.ChainBreak;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Sha256;

/** okju verify on SQLite: an untouched case holds, and each kind of tampering is found. */
class CaseVerifierTest {
  @TempDir Path tmp;

  static Verification verify(CaseFixture fixture) {
    try (CaseStore store = fixture.open()) {
      return new CaseVerifier(store).check();
    }
  }

  @Test
  void anUntouchedCaseHoldsAndTheVerificationIsItselfLogged() throws Exception {
    CaseFixture fixture = CaseFixture.sqlite(tmp, false);
    try (CaseStore store = fixture.open()) {
      Verification v = new CaseVerifier(store).checkAndLog("inv2", "0.1.0-test");
      assertThat(v.holds()).as(String.join("\n", v.statements())).isTrue();
      assertThat(v.evidence().checked()).isEqualTo(5);
      assertThat(v.evidence().matched()).isEqualTo(5);
      assertThat(v.evidence().members()).isEqualTo(2);
      assertThat(v.sources()).singleElement().satisfies(s -> assertThat(s.items()).isEqualTo(7));
      CustodyEntry last = store.custody().head().orElseThrow();
      assertThat(last.action()).isEqualTo(CaseVerifier.CASE_VERIFIED);
      assertThat(last.user()).isEqualTo("inv2");
      assertThat(last.parametersJson()).contains("\"holds\":true");
      assertThat(last.inputs()).containsKeys("custody-head", "manifest-source-1");
      assertThat(new CaseVerifier(store).check().holds()).isTrue();
    }
  }

  @Test
  void anEditedCustodyEntryIsFound() throws Exception {
    CaseFixture fixture = CaseFixture.sqlite(tmp, false);
    fixture.tamper("UPDATE custody_entry SET username = 'mallory' WHERE seq = 2");
    Verification v = verify(fixture);
    assertThat(v.holds()).isFalse();
    assertThat(v.chain().breaks())
        .extracting(ChainBreak::seq, ChainBreak::kind)
        .containsExactly(tuple(2L, ChainBreak.Kind.EDITED));
    assertThat(v.statements()).anyMatch(s -> s.contains("DOES NOT HOLD"));
  }

  @Test
  void aDeletedCustodyEntryIsFound() throws Exception {
    CaseFixture fixture = CaseFixture.sqlite(tmp, false);
    fixture.tamper("DELETE FROM custody_entry WHERE seq = 2");
    assertThat(verify(fixture).chain().breaks())
        .extracting(ChainBreak::seq, ChainBreak::kind)
        .containsExactly(tuple(2L, ChainBreak.Kind.MISSING));
  }

  @Test
  void reorderedCustodyEntriesAreFound() throws Exception {
    CaseFixture fixture = CaseFixture.sqlite(tmp, false);
    fixture.tamper(
        "UPDATE custody_entry SET seq = 100 WHERE seq = 1",
        "UPDATE custody_entry SET seq = 1 WHERE seq = 2",
        "UPDATE custody_entry SET seq = 2 WHERE seq = 100");
    assertThat(verify(fixture).chain().breaks())
        .extracting(ChainBreak::kind)
        .containsOnly(ChainBreak.Kind.REORDERED);
  }

  @Test
  void anEntryInsertedWithARecomputedChainButWithoutTheKeyIsFound() throws Exception {
    CaseFixture fixture = CaseFixture.sqlite(tmp, true);
    CustodyEntry head;
    try (CaseStore store = fixture.open()) {
      head = store.custody().head().orElseThrow();
    }
    Forgery.appendUnsigned(fixture, head.seq() + 1, head.hash());
    Verification v = verify(fixture);
    assertThat(v.chain().signed()).isTrue();
    assertThat(v.chain().breaks())
        .extracting(ChainBreak::seq, ChainBreak::kind)
        .containsExactly(tuple(head.seq() + 1, ChainBreak.Kind.UNSIGNED));
    assertThat(v.holds()).isFalse();
  }

  @Test
  void aCatalogueRowChangedInTheDatabaseIsFound() throws Exception {
    CaseFixture fixture = CaseFixture.sqlite(tmp, false);
    fixture.tamper("UPDATE item SET size = size + 1 WHERE path_display = 'clip.mp4'");
    Verification v = verify(fixture);
    assertThat(v.chain().intact()).isTrue();
    assertThat(v.sources()).singleElement().satisfies(s -> assertThat(s.holds()).isFalse());
    assertThat(v.holds()).isFalse();
    assertThat(v.statements()).anyMatch(s -> s.contains("no longer matches"));
  }

  @Test
  void aCatalogueChangeCoveredByARewrittenSourceManifestIsStillFoundThroughTheCustodyLog()
      throws Exception {
    CaseFixture fixture = CaseFixture.sqlite(tmp, false);
    String sha = "ab".repeat(32);
    fixture.tamper("UPDATE item SET sha256 = '" + sha + "' WHERE path_display = 'clip.mp4'");
    Sha256 recomputed = verify(fixture).sources().get(0).recomputed();
    fixture.tamper("UPDATE source SET manifest_sha256 = '" + recomputed.toHex() + "'");
    Verification v = verify(fixture);
    SourceCheck s = v.sources().get(0);
    assertThat(s.recorded()).contains(recomputed);
    assertThat(s.logged()).isPresent().isNotEqualTo(s.recorded());
    assertThat(s.holds()).isFalse();
    assertThat(s.statement()).contains("custody entry");
    // The file itself no longer matches the forged catalogue hash either.
    assertThat(v.evidence().changed())
        .singleElement()
        .satisfies(c -> assertThat(c.path()).isEqualTo("clip.mp4"));
  }

  @Test
  void anEvidenceFileChangedAfterIngestIsFoundAndReadingLeavesItsAccessTimeAlone()
      throws Exception {
    CaseFixture fixture = CaseFixture.sqlite(tmp, false);
    Path clip = fixture.evidence.resolve("clip.mp4");
    Files.writeString(clip, "something else entirely");
    // An access time older than the modification time: relatime would update it on a plain read.
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.getFileAttributeView(clip, BasicFileAttributeView.class).setTimes(null, old, null);
    Verification v = verify(fixture);
    assertThat(v.evidence().changed())
        .singleElement()
        .satisfies(c -> assertThat(c.path()).isEqualTo("clip.mp4"));
    assertThat(v.holds()).isFalse();
    assertThat(v.sources().get(0).holds()).as("the catalogue itself is untouched").isTrue();
    assertThat(Files.readAttributes(clip, BasicFileAttributes.class).lastAccessTime())
        .isEqualTo(old);
    assertThat(v.evidence().atimeNotPreserved()).isZero();
  }

  @Test
  void aMissingEvidenceFileIsReportedAsUnreachableNotAsChanged() throws Exception {
    CaseFixture fixture = CaseFixture.sqlite(tmp, false);
    Files.delete(fixture.evidence.resolve("notes/ledger.txt"));
    Verification v = verify(fixture);
    assertThat(v.evidence().unreachable())
        .singleElement()
        .satisfies(u -> assertThat(u.reason()).isEqualTo("not_found"));
    assertThat(v.holds()).isTrue();
  }

  @Test
  void theManifestLineFormIsIngestsVersionOne() throws Exception {
    CaseFixture fixture = CaseFixture.sqlite(tmp, false);
    try (CaseStore store = fixture.open();
        Stream<org.okju.casefile.Item> items = store.items().stream(fixture.source)) {
      org.okju.casefile.Item clip =
          items.filter(i -> i.path().display().equals("clip.mp4")).findFirst().orElseThrow();
      assertThat(CatalogueManifest.line(clip, 0))
          .isEqualTo(
              "0\t636c69702e6d7034\t42\t54b162903edc9b3df4e971e7852f80e8"
                  + "\t723dc3df90a93b1c8e92a90449e6a175f358dc97"
                  + "\t96710b772c747a98775123bfeec2d2be3bdc90fd2a7aa8c81dd51dabb0faebf8"
                  + "\t2024-05-01T12:00:00Z\n");
    }
  }
}
