package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okju.cli.VictimNamesTest.assertNoneNames;
import static org.okju.cli.VictimNamesTest.outputsOnceAllIsConfirmed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The safety net under quoted lines, the whole way: notebooks whose women are named where no rule
 * reads a person (a list of file names, a greeting, a question, after an unfamiliar verb), in
 * Korean and romanised, each on a line with a payment or a share, so that the line is quoted.
 * Ingest, reading, a reviewer confirming everything: no output names them, and the confirmed
 * accomplice and the place of the same lines stay readable. Without the net the quotes named them.
 */
class UnreadVictimNamesTest {
  @TempDir Path tmp;

  static final String NOTEBOOK_KO =
      """
      2024년 4월 1일
      폴더 정리: 서연_01, 다인_02 넘기고 박실장한테 30만원 줌
      유나야 잘 지내? 문자 보내고 최사장한테서 50만원 받음
      신촌역 3번 출구에서 박실장한테 필로폰 값 40만원 줌\
      """;

  static final String NOTEBOOK_EN =
      """
      April 2, 2024
      Files: Haneul_01.mp4, Bora_02.mp4 sorted. Paid Brick 300k
      Good morning Garam, long time. Got 500k from Brick
      Will Dahye text back? Brick's cut 20%
      Paid Brick 200k at Hongdae station exit 9 for the meth\
      """;

  // The women, every one in a line a rule does not read as a person's.
  static final List<String> WOMEN = List.of("서연", "다인", "유나", "Haneul", "Bora", "Garam", "Dahye");

  @Test
  void noOutputNamesAWomanNoRuleReadAsAPerson() throws Exception {
    Path seized = Files.createDirectories(tmp.resolve("seized"));
    Files.writeString(seized.resolve("notebook-ko.txt"), NOTEBOOK_KO, StandardCharsets.UTF_8);
    Files.writeString(seized.resolve("notebook-en.txt"), NOTEBOOK_EN, StandardCharsets.UTF_8);
    Map<String, String> outputs = outputsOnceAllIsConfirmed(tmp, seized);
    assertNoneNames(outputs, WOMEN, "a woman");
    // The quotes say a word was withheld, and why is in the README's victim-safety part.
    assertThat(outputs.get("ledger --json")).containsPattern("\\[이름 \\d+\\]_01");
    assertThat(outputs.get("ledger --json")).containsPattern("\\[name \\d+\\]_01\\.mp4");
    // The confirmed accomplice, the place, the drug and the amount of a quoted line stay readable.
    assertThat(outputs.get("ledger --json"))
        .contains("Paid Brick 200k at Hongdae station exit 9 for the meth")
        .contains("신촌역 3번 출구에서 박실장한테 필로폰 값 40만원 줌");
    assertThat(outputs.get("report.html")).contains("Brick", "박실장", "신촌역");
  }
}
