package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review loop end to end: extract, list, confirm, reject, then network and timeline. */
class LedgerCommandTest {
  @TempDir Path tmp;

  static final String DIARY =
      """
      2023년 5월 3일
      지은이를 잠수교로 불러냄. 테이프 #12 촬영.
      김약사에게 졸피뎀 받음. 약값 30만원 줌.
      박실장 3할, 김약사 2할 5푼. 내 몫 60프로.
      2023년 5월 1일
      최민수 실장한테 1억 2천 받음.\
      """;

  @Test
  void extractedFactsAreReviewedAndOnlyConfirmedOnesReachTheNetworkAndTimeline() throws Exception {
    Path diary = tmp.resolve("diary.txt");
    Files.writeString(diary, DIARY, StandardCharsets.UTF_8);
    String kase = tmp.resolve("case").toString();

    CliRun extract =
        CliRun.of("ledger", "extract", "--case", kase, "--user", "inv1", diary.toString());
    assertThat(extract.exitCode()).as(extract.err()).isZero();

    CliRun list = CliRun.of("ledger", "--case", kase, "--json");
    assertThat(list.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(list.out());
    assertThat(root.get("entities").get(0).fieldNames())
        .toIterable()
        .contains("id", "type", "value", "normalized", "mentions");
    assertThat(list.out()).doesNotContain("지은").contains("V-001");
    JsonNode facts = root.get("facts");
    assertThat(facts.get(0).fieldNames())
        .toIterable()
        .contains(
            "id",
            "type",
            "status",
            "subject",
            "object",
            "amount",
            "percent",
            "date",
            "place",
            "provenance");

    for (JsonNode f : facts) {
      String id = f.get("id").asText();
      CliRun r =
          CliRun.of(
              "ledger",
              f.get("type").asText().equals("supply") ? "reject" : "confirm",
              id,
              "--case",
              kase,
              "--user",
              "inv1");
      assertThat(r.exitCode()).as(r.err()).isZero();
    }
    CliRun confirmed = CliRun.of("ledger", "--case", kase, "--status", "rejected");
    assertThat(confirmed.out()).contains("supply");

    CliRun unnamed = CliRun.of("network", "--case", kase, "--format", "dot");
    assertThat(unnamed.out()).contains("digraph", "V-001").doesNotContain("박실장", "지은");
    CliRun roles = CliRun.of("ledger", "confirm", "--all", "--case", kase, "--user", "inv1");
    assertThat(roles.exitCode()).as(roles.err()).isZero();
    assertThat(roles.out()).matches("confirmed 0 facts, [1-9]\\d* roles? as inv1\\R");

    CliRun network = CliRun.of("network", "--case", kase, "--format", "dot");
    assertThat(network.exitCode()).isZero();
    assertThat(network.out()).contains("digraph", "박실장", "V-001").doesNotContain("지은");
    assertThat(network.err()).contains("share-over-100");

    CliRun timeline = CliRun.of("timeline", "--case", kase, "--format", "csv");
    assertThat(timeline.out()).contains("meeting", "recording", "payment", "date-out-of-order");
    for (String f : new String[] {"svg", "json"}) {
      assertThat(CliRun.of("timeline", "--case", kase, "--format", f).exitCode()).isZero();
    }
    for (String f : new String[] {"svg", "json", "graphml"}) {
      assertThat(CliRun.of("network", "--case", kase, "--format", f).exitCode()).isZero();
    }

    CliRun ftm = CliRun.of("ledger", "ftm", "--case", kase);
    assertThat(ftm.out())
        .contains("\"schema\":\"Payment\"", "\"schema\":\"Ownership\"", "\"percentage\"")
        .doesNotContain("okjuSharePercentage")
        .doesNotContain("지은");

    CliRun identities = CliRun.of("ledger", "--case", kase, "--identities");
    assertThat(identities.out()).contains("V-001\tvictim\t지은");
  }

  @Test
  void decidingAboutAFactTheCaseDoesNotHaveIsBadUsage() throws Exception {
    String kase = tmp.resolve("case").toString();
    Path diary = Files.writeString(tmp.resolve("diary.txt"), DIARY, StandardCharsets.UTF_8);
    assertThat(CliRun.of("ledger", "extract", "--case", kase, diary.toString()).exitCode())
        .isZero();
    CliRun r = CliRun.of("ledger", "confirm", "F99", "--case", kase);
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("F99");
  }

  @Test
  void anUnreadableDocumentIsReportedAndTheOthersAreStillRead() throws Exception {
    Path good = tmp.resolve("good.txt");
    Files.writeString(good, DIARY);
    Path bad = tmp.resolve("bad.docx");
    Files.write(bad, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    CliRun r =
        CliRun.of(
            "ledger",
            "extract",
            "--case",
            tmp.resolve("case").toString(),
            good.toString(),
            bad.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.PARTIAL);
    assertThat(r.err()).contains("bad.docx");
    assertThat(r.out()).contains("good.txt");
  }

  @Test
  void peopleTheReaderDoubtsAreListedMarkedAndStillPseudonymised() throws Exception {
    // fictional: the rules take "Backup" and "Sushi" for people; the learnt filter doubts them
    Path note =
        Files.writeString(
            tmp.resolve("note.txt"),
            "2024-05-03\nNote to self - Backup everything.\n"
                + "Dinner with Minji later, she likes Sushi.\nInvoice sent to Marco, 300k.",
            StandardCharsets.UTF_8);
    String kase = tmp.resolve("case").toString();
    CliRun extract = CliRun.of("ledger", "extract", "--case", kase, note.toString());
    assertThat(extract.exitCode()).as(extract.err()).isZero();

    CliRun json = CliRun.of("ledger", "people", "--case", kase, "--json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out()).doesNotContain("Backup", "Sushi", "Minji");
    java.util.Map<String, Boolean> doubtfulById = new java.util.LinkedHashMap<>();
    for (JsonNode p : new ObjectMapper().readTree(json.out())) {
      doubtfulById.put(p.get("id").asText(), p.get("doubtful").asBoolean());
    }
    assertThat(doubtfulById).containsValue(false);
    assertThat(doubtfulById.values().stream().filter(d -> d)).hasSize(2);

    CliRun list = CliRun.of("ledger", "people", "--case", kase);
    assertThat(list.exitCode()).as(list.err()).isZero();
    doubtfulById.forEach(
        (id, doubtful) ->
            assertThat(list.out())
                .contains(doubtful ? id + "? " : id + " ")
                .doesNotContain(doubtful ? id + " " : id + "? "));
    assertThat(CliRun.of("ledger", "people", "--help").out()).contains("doubtful person");
  }
}
