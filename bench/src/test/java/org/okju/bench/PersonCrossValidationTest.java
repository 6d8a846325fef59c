package org.okju.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okju.ledger.EntityMention;
import org.okju.ledger.EntityType;
import org.okju.ledger.Extraction;
import org.okju.ledger.PersonCandidates;
import org.okju.ledger.Span;

/**
 * The person decisions' cross-validation on made-up candidates, and the bench's reading of a person
 * the learnt filter doubts.
 */
class PersonCrossValidationTest {
  private static PersonCandidates.Candidate candidate(String name, String... features) {
    Map<String, Double> f = new java.util.TreeMap<>();
    for (String x : features) {
      f.put(x, 1.0);
    }
    return new PersonCandidates.Candidate(name, f.containsKey("rules"), f);
  }

  /**
   * Twenty documents whose rules read one person and one word that is none, told apart by one
   * feature: the filter learnt on the other folds drops the word in every fold left out.
   */
  @Test
  void theFilterLearntOnOtherFoldsDropsTheRulesFalsePeople() {
    List<PersonCrossValidation.Doc> docs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      docs.add(
          new PersonCrossValidation.Doc(
              "d" + i,
              Set.of("Dara" + i),
              List.of(
                  candidate("Dara" + i, "rules", "ctx:honorific"),
                  candidate("Backup" + i, "rules", "word:tagger-common-word"))));
    }
    Map<PersonCrossValidation.Decision, PersonCrossValidation.Figure> cv =
        PersonCrossValidation.crossValidate(docs, 10);
    LedgerBench.Row rules = cv.get(PersonCrossValidation.Decision.RULES).row("person");
    LedgerBench.Row filtered = cv.get(PersonCrossValidation.Decision.FILTER).row("person");
    assertThat(rules.found()).isEqualTo(40);
    assertThat(rules.correct()).isEqualTo(20);
    assertThat(filtered.found()).isEqualTo(20);
    assertThat(filtered.correct()).isEqualTo(20);
  }

  @Test
  void aPartyToAFactIsKeptWhateverTheModelSays() {
    assertThat(
            PersonCrossValidation.decided(
                PersonCrossValidation.Decision.FILTER, true, true, 0.01, 0.5, 2))
        .isTrue();
    assertThat(
            PersonCrossValidation.decided(
                PersonCrossValidation.Decision.FILTER, true, false, 0.01, 0.5, 2))
        .isFalse();
  }

  @Test
  void aPersonDoubtedInEveryMentionIsNoPersonOfTheReading() {
    Span s = new Span(1, 1, 0, 6, "Backup");
    EntityMention doubted =
        new EntityMention(
            EntityType.PERSON,
            "Backup",
            "Backup",
            Optional.empty(),
            Optional.empty(),
            s,
            0.5,
            List.of(LedgerBench.DOUBTFUL),
            Optional.empty());
    EntityMention dara =
        new EntityMention(
            EntityType.PERSON,
            "Dara",
            "Dara",
            Optional.empty(),
            Optional.empty(),
            s,
            0.5,
            List.of(),
            Optional.empty());
    Extraction x = new Extraction("t.txt", List.of(doubted, dara), List.of(), List.of(), List.of());
    assertThat(LedgerBench.predicted(x))
        .contains("E person Dara")
        .doesNotContain("E person Backup");
  }
}
