package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ItemText;
import org.okju.casefile.LedgerRows;
import org.okju.casefile.Sha256;
import org.okju.ledger.DocumentText;
import org.okju.ledger.EntityMention;
import org.okju.ledger.EntityType;
import org.okju.ledger.Extraction;
import org.okju.ledger.FactType;
import org.okju.ledger.LedgerCase;
import org.okju.ledger.LedgerExtractor;
import org.okju.ledger.Money;
import org.okju.ledger.PersonRole;
import org.okju.ledger.RoleCue;
import org.okju.ledger.Span;
import org.okju.ledger.SuggestedFact;

/**
 * Issue 16 through the command line: a case whose diary an older reader read (a stand-in: today's
 * reading with a word taken for a person, a victim's cue and a payment to it, stored against the
 * catalogued item as that reader would have) and which {@code okju ledger extract --from-case}
 * reads again lists, in {@code okju ledger --json} and {@code okju ledger people --json}, exactly
 * what a case that ingested the same folder once lists, ids aside. Fictional text.
 */
class ReadAgainFromCaseTest {
  private static final String DIARY =
      """
      2024-05-03
      Met Minji at Hongdae station exit 9, filmed her.
      Paid Marco 300k for the room.
      Harbour was closed, went home.
      """;

  @TempDir Path tmp;

  @Test
  void aCaseReadAgainFromTheCaseListsWhatACaseReadOnceLists() throws Exception {
    Path drive = tmp.resolve("drive");
    Files.createDirectories(drive);
    Files.writeString(drive.resolve("diary.txt"), DIARY, StandardCharsets.UTF_8);
    String fresh = tmp.resolve("fresh").toString();
    String reread = tmp.resolve("reread").toString();
    for (String kase : List.of(fresh, reread)) {
      CliRun ingest = CliRun.of("ingest", drive.toString(), "--case", kase, "--user", "inv1");
      assertThat(ingest.exitCode()).as(ingest.err()).isEqualTo(ExitCode.OK);
    }
    readByAnOlderReader(Path.of(reread));
    assertThat(listed(reread)).isNotEqualTo(listed(fresh)); // the older reading shows

    CliRun again =
        CliRun.of("ledger", "extract", "--from-case", "--case", reread, "--user", "inv1");
    assertThat(again.exitCode()).as(again.err()).isZero();

    assertThat(listed(reread)).isEqualTo(listed(fresh));
  }

  @Test
  void whatAReviewerDecidedSurvivesTheReReadAndIsShownAsNoLongerFound() throws Exception {
    Path drive = tmp.resolve("drive");
    Files.createDirectories(drive);
    Files.writeString(drive.resolve("diary.txt"), DIARY, StandardCharsets.UTF_8);
    String kase = tmp.resolve("reviewed").toString();
    CliRun ingest = CliRun.of("ingest", drive.toString(), "--case", kase, "--user", "inv1");
    assertThat(ingest.exitCode()).as(ingest.err()).isEqualTo(ExitCode.OK);
    readByAnOlderReader(Path.of(kase));
    String ghost;
    long ghostPayment;
    try (CaseStore store = CaseStore.open(CaseLocation.directory(Path.of(kase)))) {
      LedgerRows.Identity person =
          store.ledger().people().stream()
              .filter(p -> p.names().stream().anyMatch(n -> n.name().equals("Harbour")))
              .findFirst()
              .orElseThrow();
      ghost = person.pseudonym();
      ghostPayment =
          store.ledger().facts().stream()
              .filter(f -> f.content().object().filter(o -> o == person.entityId()).isPresent())
              .findFirst()
              .orElseThrow()
              .id();
    }
    CliRun confirm =
        CliRun.of("ledger", "confirm", "F" + ghostPayment, "--case", kase, "--user", "rev1");
    assertThat(confirm.exitCode()).as(confirm.err()).isZero();

    CliRun again = CliRun.of("ledger", "extract", "--from-case", "--case", kase, "--user", "inv1");
    assertThat(again.exitCode()).as(again.err()).isZero();

    CliRun list = CliRun.of("ledger", "--case", kase);
    assertThat(list.out())
        .contains("F" + ghostPayment + " ")
        .containsPattern("F" + ghostPayment + " +confirmed .*no-longer-found");
    CliRun people = CliRun.of("ledger", "people", "--case", kase);
    assertThat(people.out()).containsPattern(ghost + " .*no longer found");
    assertThat(people.out()).doesNotContain("Harbour");
    JsonNode listed =
        new ObjectMapper().readTree(CliRun.of("ledger", "people", "--json", "--case", kase).out());
    assertThat(listed)
        .anySatisfy(
            p -> {
              assertThat(p.path("pseudonym").asText()).isEqualTo(ghost);
              assertThat(p.path("stale").asBoolean(false)).isTrue();
            })
        .allSatisfy(
            p ->
                assertThat(p.path("stale").asBoolean(true))
                    .isEqualTo(p.path("pseudonym").asText().equals(ghost)));
  }

  // What okju ledger --json and okju ledger people --json print, without row ids.
  private static String listed(String kase) {
    CliRun ledger = CliRun.of("ledger", "--json", "--case", kase);
    CliRun people = CliRun.of("ledger", "people", "--json", "--case", kase);
    assertThat(ledger.exitCode()).as(ledger.err()).isZero();
    assertThat(people.exitCode()).as(people.err()).isZero();
    return (ledger.out() + people.out()).replaceAll("\"[EF]\\d+\"", "\"#\"");
  }

  private static void readByAnOlderReader(Path kase) throws Exception {
    try (CaseStore store = CaseStore.open(CaseLocation.directory(kase))) {
      LedgerRows.Document stored = store.ledger().documents().get(0);
      ItemText text = store.texts().of(stored.item().orElseThrow()).orElseThrow();
      DocumentText doc = new DocumentText(stored.name(), text.pages(), List.of());
      Extraction now = new LedgerExtractor().extract(doc);
      String body = doc.text();
      int start = body.indexOf("Harbour");
      int lineStart = start;
      int lineEnd = body.indexOf('\n', start);
      Span line = new Span(1, 4, lineStart, lineEnd, body.substring(lineStart, lineEnd));
      List<EntityMention> entities = new ArrayList<>(now.entities());
      entities.add(
          new EntityMention(
              EntityType.PERSON,
              "Harbour",
              "Harbour",
              Optional.empty(),
              Optional.empty(),
              new Span(1, 4, start, start + 7, "Harbour"),
              0.6,
              List.of(),
              Optional.of(new RoleCue(PersonRole.VICTIM, "met"))));
      List<SuggestedFact> facts = new ArrayList<>(now.facts());
      facts.add(
          new SuggestedFact(
              FactType.PAYMENT,
              Optional.of(SuggestedFact.AUTHOR),
              Optional.of("Harbour"),
              Optional.of(new Money(new BigDecimal("50000"), "KRW")),
              Optional.empty(),
              Optional.of("2024-05-03"),
              Optional.empty(),
              line,
              0.5,
              List.of()));
      new LedgerCase(store, "test", Clock.systemUTC())
          .add(
              doc,
              new Extraction(now.document(), entities, facts, now.warnings(), now.partyCues()),
              stored.item(),
              Sha256.parse(stored.sha256()),
              stored.mediaType(),
              "inv1");
    }
  }
}
