package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 32 (issue 16, recordings and victims first): a file named after a woman is her recording
 * also on the line that sells it ("Rocky bought jiyu_0606 for 800k", `하람_0905 원본 넘김 150`). The
 * sale's line was read as a trade only, so the file was no one's recording and a woman named
 * nowhere else as met or filmed stayed of unknown role, or became an accomplice for money written
 * near her name. Fictional lines.
 */
class FileSoldNamedAfterHerWordingTest extends WordingTestBase {
  @Test
  void aFileSoldNamedAfterHerIsHerRecordingAndSheIsAVictim() {
    Extraction x =
        read(
            "June",
            "Fri Hongdae again, Jiyu and Nari came out. Theo drove.",
            "Sat Rocky bought jiyu_0606 for 800k, sent Theo his 20 percent");
    assertThat(facts(x, FactType.RECORDING)).contains("Jiyu|jiyu_0606");
    assertThat(x.roles()).containsEntry("Jiyu", PersonRole.VICTIM);
  }

  @Test
  void aKoreanLedgerRowSellingHerFileMakesItHers() {
    Extraction x = read("9월 장부", "9/5 금 합정 포차. 하람 22.", "9/6 토 입 큰손 하람_0905 원본 넘김 150");
    assertThat(facts(x, FactType.RECORDING)).contains("하람|하람_0905");
    assertThat(x.roles()).containsEntry("하람", PersonRole.VICTIM);
  }

  @Test
  void theBuyerOfHerFileIsNoOneFilmed() {
    Extraction x = read("9/6 토 민혁한테 하람_0905 원본 넘기고 150 받음", "9/7 민혁 또 연락 옴. 하람_0906도 달래");
    assertThat(facts(x, FactType.RECORDING)).noneMatch(f -> f.startsWith("민혁|"));
  }
}
