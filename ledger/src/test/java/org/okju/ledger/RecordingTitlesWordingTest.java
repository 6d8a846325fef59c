package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 28 (issue 16, victims' names), tried as a new user would: five fictional documents in
 * styles the bench lacks (a Signal export, a Korean sales notice, a stock sheet, a diary of
 * nicknames, a typed weekly report), read, every suggestion confirmed, every output grepped. A
 * woman named only in "하람이 영상 편집 맡김 (편집 막내 15만 줌)" — her video's editing, paid to the crew's
 * youngest — was made the payee, so an accomplice, and named in every output once the payment was
 * confirmed. The woman a recording is of is what the money is for, never its payee; and her name as
 * the recording's title after "the" ("the Sunhee tape", "the Sunhee and Jiwoo sets") is read as
 * hers, not left unread in a payment's quoted line. Fictional lines.
 */
class RecordingTitlesWordingTest extends WordingTestBase {
  @Test
  void theWomanWhoseVideoTheMoneyIsForIsNotItsPayee() {
    Extraction x = read("3/14 하람이 영상 편집 맡김 (편집 막내 15만 줌)");
    assertThat(x.roles()).containsEntry("하람", PersonRole.VICTIM);
    assertThat(payments(x)).noneMatch(p -> p.contains("하람"));

    Extraction fee = read("3/14 하람 영상 편집비 15만");
    assertThat(fee.roles()).containsEntry("하람", PersonRole.VICTIM);
  }

  @Test
  void herNameAsTheRecordingsTitleIsHers() {
    Extraction sets = read("sent you 1,200,000 won for the Sunhee and Jiwoo sets");
    assertThat(sets.roles())
        .containsEntry("Sunhee", PersonRole.VICTIM)
        .containsEntry("Jiwoo", PersonRole.VICTIM);
    assertThat(payments(sets)).noneMatch(p -> p.contains("Jiwoo") || p.contains("Sunhee"));

    // Named nowhere else: unread, her name stayed in the payment's quoted line.
    Extraction sold = read("Sold the Yuna tape to Brick for 500k");
    assertThat(undoubtedPeople(sold)).contains("Yuna");
    assertThat(sold.roles()).containsEntry("Yuna", PersonRole.VICTIM);
    assertThat(payments(sold)).contains("Brick|(author)|500000");

    // What the money is for names no payee: Brick still pays the writer.
    Extraction paid = read("Brick paid 500k for the Yuna video");
    assertThat(paid.roles()).containsEntry("Yuna", PersonRole.VICTIM);
    assertThat(payments(paid)).containsExactly("Brick|(author)|500000");
  }

  @Test
  void aNameEndingInSOwnsWithTheApostropheAlone() {
    Extraction x = read("Kang took Freckles' clip to his guy. Kang gave me 900,000 won.");
    assertThat(x.roles()).containsEntry("Freckles", PersonRole.VICTIM);
  }

  @Test
  void setsOfHerAreRecordingsOfHer() {
    Extraction x =
        read("- Two sets of Yoo-jin edited and uploaded. Yoo-jin set 2 is the best seller.");
    assertThat(x.roles()).containsEntry("Yoo-jin", PersonRole.VICTIM);
  }

  @Test
  void aKoreanNameBeforeTheRecordingOfHerIsHers() {
    // A sale list's titles: unread, 채린 stayed in the quoted line of the sale's payment.
    Extraction sale = read("3/11 박사장한테서 채린 2탄 판매대금 140만원 받음");
    assertThat(sale.roles()).containsEntry("채린", PersonRole.VICTIM);
    assertThat(payments(sale)).containsExactly("박사장|(author)|1400000");
    assertThat(read("[신작] 다은이 풀영상 3편 — 5만").roles()).containsEntry("다은", PersonRole.VICTIM);
    assertThat(read("3/11 세빈이 영상 팔림").roles()).containsEntry("세빈", PersonRole.VICTIM);
    assertThat(read("[재입고] 하람 1~2편 묶음 — 10만").roles()).containsEntry("하람", PersonRole.VICTIM);
  }

  @Test
  void herFootageAfterHerNameIsNotHerFilming() {
    // 세빈이 촬영본 팔림: her footage was sold; read as 세빈이 촬영 (she filmed), she was the accused.
    assertThat(read("3/11 세빈이 촬영본 팔림").roles()).containsEntry("세빈", PersonRole.VICTIM);
    assertThat(read("3/11 다은이 몰카 팔림").roles()).containsEntry("다은", PersonRole.VICTIM);
    // 지훈이 촬영함 is his filming or her being filmed (an affectionate 이): undecided, pseudonymised
    // (session 32; it had been read as his filming, so a woman so written was named once
    // confirmed).
    assertThat(read("3/11 지훈이 촬영함").roles()).containsEntry("지훈", PersonRole.UNKNOWN);
  }

  @Test
  void aKinshipWordForAManIsNoWomanFilmed() {
    // 형이 영상 팔았대요: 형 (태식) sold it; the money from him is his payment, not hers.
    Extraction x = read("나, 태식이 형, 막내 준호.", "형이 영상 팔았대요. 형한테서 100만원 받았어요.");
    assertThat(x.roles()).doesNotContainEntry("태식", PersonRole.VICTIM);
    assertThat(payments(x)).contains("태식|(author)|1000000");
  }
}
