package org.okju.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okju.ledger.DocumentText;
import org.okju.ledger.EntityMention;
import org.okju.ledger.EntityType;
import org.okju.ledger.Extraction;
import org.okju.ledger.PersonCandidates;
import org.okju.ledger.Span;

/** The kinds of person error, on small fictional gold and found pairs. */
class PersonErrorKindsTest {
  /** A reading: the text and the person mentions {@code found} (normalized name at a string). */
  private static final class Reading {
    final String text;
    final List<EntityMention> mentions = new ArrayList<>();
    final List<PersonCandidates.Candidate> candidates = new ArrayList<>();

    Reading(String text) {
      this.text = text;
    }

    /** The reader read {@code written} (its {@code nth} occurrence) as person {@code name}. */
    Reading person(String written, int nth, String name, String... flags) {
      int at = -1;
      for (int i = 0; i <= nth; i++) {
        at = text.indexOf(written, at + 1);
      }
      mentions.add(
          new EntityMention(
              EntityType.PERSON,
              written,
              name,
              Optional.empty(),
              Optional.empty(),
              new Span(1, 1, at, at + written.length(), text),
              0.9,
              List.of(flags),
              Optional.empty()));
      return this;
    }

    Reading candidate(String name, String... features) {
      Map<String, Double> f = new java.util.HashMap<>();
      for (String k : features) {
        f.put(k, 1.0);
      }
      candidates.add(new PersonCandidates.Candidate(name, false, f));
      return this;
    }

    PersonErrorKinds.Document classify(String... annotation) {
      return PersonErrorKinds.classify(
          "99-diary-en.txt",
          List.of(annotation),
          DocumentText.of("99-diary-en.txt", text),
          new Extraction("99-diary-en.txt", mentions, List.of(), List.of(), List.of()),
          candidates);
    }
  }

  private static Optional<PersonErrorKinds.Missed> missed(
      PersonErrorKinds.Document d, String name) {
    return d.people().stream()
        .filter(p -> p.name().equals(name) && !p.goldRole().isEmpty())
        .findFirst()
        .orElseThrow()
        .missed();
  }

  private static Optional<PersonErrorKinds.False> spurious(
      PersonErrorKinds.Document d, String name) {
    return d.people().stream()
        .filter(p -> p.name().equals(name) && p.goldRole().isEmpty())
        .findFirst()
        .orElseThrow()
        .spurious();
  }

  @Test
  void aGoldPersonFoundUnderItsNameIsCorrectWithTheRoleRead() {
    PersonErrorKinds.Document d =
        new Reading("Met Dara at the bar.")
            .person("Dara", 0, "Dara")
            .classify("E person Dara victim");
    assertThat(d.people()).hasSize(1);
    assertThat(d.people().get(0).correct()).isTrue();
    assertThat(d.people().get(0).readRole()).isEqualTo("unknown");
  }

  @Test
  void aGoldPersonMentionedOnlyWithTheFiltersDoubtIsDoubted() {
    PersonErrorKinds.Document d =
        new Reading("Minji called.")
            .person("Minji", 0, "Minji", LedgerBench.DOUBTFUL)
            .classify("E person Minji unknown");
    assertThat(missed(d, "Minji")).contains(PersonErrorKinds.Missed.DOUBTED);
  }

  @Test
  void aGoldNameReadAsAnotherGoldPersonIsMergedAway() {
    PersonErrorKinds.Document d =
        new Reading("Jisoo paid Jihoon 200k.")
            .person("Jisoo", 0, "Jihoon")
            .person("Jihoon", 0, "Jihoon")
            .classify("E person Jisoo accomplice", "E person Jihoon accomplice");
    assertThat(missed(d, "Jisoo")).contains(PersonErrorKinds.Missed.MERGED_AWAY);
    assertThat(missed(d, "Jihoon")).isEmpty();
  }

  @Test
  void aGoldNameFoundWithItsTitleOrParticleOnIsTheWrongSpan() {
    PersonErrorKinds.Document d =
        new Reading("Uncle Bang drove. 보람이한테 30 줌.")
            .person("Uncle Bang", 0, "Uncle Bang")
            .person("보람이한테", 0, "보람이한")
            .classify("E person Bang accomplice", "E person 보람 accomplice");
    assertThat(missed(d, "Bang")).contains(PersonErrorKinds.Missed.WRONG_SPAN);
    assertThat(missed(d, "보람")).contains(PersonErrorKinds.Missed.WRONG_SPAN);
  }

  @Test
  void aGoldPersonFoundOnlyUnderAVariantElsewhereIsSplit() {
    PersonErrorKinds.Document d =
        new Reading("Lee Jiwoo came. Later Jiwoo left.")
            .person("Jiwoo", 1, "Jiwoo")
            .classify("E person Lee Jiwoo victim");
    assertThat(missed(d, "Lee Jiwoo")).contains(PersonErrorKinds.Missed.SPLIT);
    assertThat(spurious(d, "Jiwoo")).contains(PersonErrorKinds.False.VARIANT);
  }

  @Test
  void aGoldPersonNobodyProposedIsNeverACandidateOrARejectedOne() {
    assertThat(missed(new Reading("Dara came.").classify("E person Dara victim"), "Dara"))
        .contains(PersonErrorKinds.Missed.NEVER);
    assertThat(
            missed(
                new Reading("Dara came.").candidate("Dara").classify("E person Dara victim"),
                "Dara"))
        .contains(PersonErrorKinds.Missed.CANDIDATE);
    // Written with a space inside: still written.
    assertThat(missed(new Reading("김 약사가 왔다.").classify("E person 김약사 accomplice"), "김약사"))
        .contains(PersonErrorKinds.Missed.NEVER);
    // The annotation's name is nowhere in the text (a garbled scan, a name the annotator composed).
    assertThat(missed(new Reading("약사가 왔다.").classify("E person 김약사 accomplice"), "김약사"))
        .contains(PersonErrorKinds.Missed.NOT_WRITTEN);
  }

  @Test
  void falsePeopleAreVariantsOverlapsPlacesRoleWordsCommonWordsOrOther() {
    PersonErrorKinds.Document d =
        new Reading("김민수 실장, 김실장. 지우 = Jiwoo. Kim Jiho paid. 신촌 형님 Dock Zorba Jiho")
            .person("김민수", 0, "김민수")
            .person("김실장", 0, "김실장")
            .person("지우", 0, "지우")
            .person("Kim Jiho", 0, "Kim J")
            .person("신촌", 0, "신촌")
            .person("형님", 0, "형님")
            .person("Dock", 0, "Dock")
            .person("Zorba", 0, "Zorba")
            .candidate("Dock", "word:also-lower-case")
            .classify(
                "E person 김민수 accomplice",
                "E person Jiwoo victim",
                "E person Jiho accomplice",
                "E place 신촌역 3번 출구");
    assertThat(spurious(d, "김실장")).contains(PersonErrorKinds.False.VARIANT);
    assertThat(spurious(d, "지우")).contains(PersonErrorKinds.False.VARIANT);
    assertThat(spurious(d, "Kim J")).contains(PersonErrorKinds.False.OVERLAP);
    assertThat(spurious(d, "신촌")).contains(PersonErrorKinds.False.PLACE);
    assertThat(spurious(d, "형님")).contains(PersonErrorKinds.False.ROLE_WORD);
    assertThat(spurious(d, "Dock")).contains(PersonErrorKinds.False.LATIN_WORD);
    assertThat(spurious(d, "Zorba")).contains(PersonErrorKinds.False.OTHER);
    assertThat(missed(d, "Jiwoo")).contains(PersonErrorKinds.Missed.SPLIT);
  }

  @Test
  void aDocumentsStrataComeFromItsCorpusNameAndFileType() {
    assertThat(PersonErrorKinds.language("16-kakao-ko.txt", "")).isEqualTo("ko");
    assertThat(PersonErrorKinds.language("06-mixed.html", "")).isEqualTo("mixed");
    assertThat(PersonErrorKinds.language("08-scan.png", "신촌에서 만남")).isEqualTo("ko");
    assertThat(PersonErrorKinds.language("08-scan.png", "Met her at Sinchon")).isEqualTo("en");
    assertThat(PersonErrorKinds.genre("08-scan.png", "")).isEqualTo("OCR'd page (png)");
    assertThat(PersonErrorKinds.genre("88-ledger-en.txt", ""))
        .isEqualTo("table (xlsx, csv, ledger)");
    assertThat(PersonErrorKinds.genre("03-ledger-ko.xlsx", ""))
        .isEqualTo("table (xlsx, csv, ledger)");
    assertThat(PersonErrorKinds.genre("49-kakao-mixed.txt", "")).isEqualTo("chat export");
    assertThat(PersonErrorKinds.genre("04-diary-en.docx", "")).isEqualTo("docx, pdf, html");
    assertThat(PersonErrorKinds.genre("01-diary-ko.txt", "")).isEqualTo("diary, notes (txt)");
  }
}
