package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Facts and entities read from short fictional diaries. */
class LedgerExtractorTest {
  private static LedgerExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new LedgerExtractor();
  }

  static String dump(Extraction x) {
    StringBuilder b = new StringBuilder();
    x.entities()
        .forEach(
            e ->
                b.append(e.type().code())
                    .append(" ")
                    .append(e.normalized())
                    .append(" ")
                    .append(e.role().orElse(""))
                    .append(" ")
                    .append(e.cue().map(c -> c.role().code() + ":" + c.cue()).orElse(""))
                    .append('\n'));
    x.facts().forEach(f -> b.append(f).append('\n'));
    return b.toString();
  }

  @Test
  void aKoreanEntryYieldsMeetingRecordingSupplyShareAndPayment() {
    String text =
        """
        2023년 5월 3일 (수)
        오후 9시 지은이를 잠수교로 불러냄.
        테이프 #12 촬영.
        김약사에게 졸피뎀 받음. 약값 30만원 줌.
        박실장 3할, 김약사 2할 5푼. 내 몫 45프로.
        어제 최민수 실장한테 1억 2천 받음.\
        """;
    Extraction x = extractor.extract(DocumentText.of("diary.txt", text));
    assertThat(x.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(EntityMention::normalized)
        .contains("지은", "김약사", "박실장", "최민수");
    assertThat(x.entities())
        .filteredOn(e -> e.normalized().equals("지은"))
        .allSatisfy(e -> assertThat(e.cue()).contains(new RoleCue(PersonRole.VICTIM, "불러냄")));
    assertThat(x.facts())
        .filteredOn(f -> f.type() == FactType.SHARE)
        .extracting(
            f ->
                f.subject().orElseThrow()
                    + " "
                    + f.percent().orElseThrow()
                    + " of "
                    + f.object().orElseThrow())
        .containsExactly("박실장 30 of 지은", "김약사 25 of 지은", "(author) 45 of 지은");
    assertThat(x.facts())
        .filteredOn(f -> f.type() == FactType.PAYMENT)
        .extracting(
            f ->
                f.subject().orElseThrow()
                    + " -> "
                    + f.object().orElseThrow()
                    + " "
                    + f.amount().orElseThrow()
                    + " "
                    + f.date().orElseThrow())
        .containsExactly(
            "(author) -> 김약사 300000 KRW 2023-05-03", "최민수 -> (author) 120000000 KRW 2023-05-02");
    List<SuggestedFact> facts = x.facts();
    assertThat(facts)
        .extracting(f -> f.type())
        .contains(
            FactType.MEETING,
            FactType.RECORDING,
            FactType.SUPPLY,
            FactType.SHARE,
            FactType.PAYMENT);
  }

  @Test
  void anEnglishEntryYieldsPaymentsAndShares() {
    String text =
        """
        March 3, 2024
        Met Hana at the Jamsu Bridge around 9pm. Filmed tape 14.
        Paid pharmacist Kang $2k for the pills.
        Boss Yoon takes 30%, aide Park 10 percent.
        Received 2.5m won from Hana last Friday.\
        """;
    Extraction x = extractor.extract(DocumentText.of("diary-en.txt", text));
    assertThat(x.facts())
        .extracting(f -> f.type())
        .contains(FactType.MEETING, FactType.PAYMENT, FactType.SHARE);
    assertThat(x.facts())
        .filteredOn(f -> f.type() == FactType.PAYMENT)
        .extracting(
            f ->
                f.subject().orElseThrow()
                    + " -> "
                    + f.object().orElseThrow()
                    + " "
                    + f.amount().orElseThrow()
                    + " "
                    + f.date().orElseThrow())
        .containsExactly(
            "(author) -> Kang 2000 USD 2024-03-03", "Hana -> (author) 2500000 KRW 2024-03-01");
  }
}
