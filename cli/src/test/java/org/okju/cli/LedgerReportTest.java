package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger in the court report: the timeline is the documents' confirmed facts by date, a
 * rejected fact appears only in the review history (the chain of custody), amounts carry thousands
 * separators, and a Korean PDF prints the Korean names with nothing on stderr.
 */
class LedgerReportTest {
  @TempDir Path tmp;

  @Test
  void theTimelineIsTheConfirmedFactsByDateAndARejectedFactIsOnlyInTheReviewHistory()
      throws Exception {
    Path diary = tmp.resolve("diary.txt");
    Files.writeString(diary, LedgerCommandTest.DIARY, StandardCharsets.UTF_8);
    String kase = tmp.resolve("case").toString();
    assertThat(CliRun.of("ledger", "extract", "--case", kase, diary.toString()).exitCode())
        .isZero();
    JsonNode facts =
        new ObjectMapper()
            .readTree(CliRun.of("ledger", "--case", kase, "--json").out())
            .get("facts");
    List<String> confirmed = new ArrayList<>();
    String rejected = null;
    for (JsonNode f : facts) {
      String id = f.get("id").asText();
      boolean reject = f.get("type").asText().equals("supply");
      assertThat(CliRun.of("ledger", reject ? "reject" : "confirm", id, "--case", kase).exitCode())
          .isZero();
      if (reject) {
        rejected = id;
      } else {
        confirmed.add(id);
      }
    }
    assertThat(rejected).isNotNull();
    // The reviewer confirms the roles too: only then are accomplices named (박실장), never the
    // victim (지은).
    assertThat(CliRun.of("ledger", "confirm", "--all", "--case", kase).exitCode()).isZero();

    Path html = tmp.resolve("report.html");
    CliRun r = CliRun.of("report", "--case", kase, "--out", html.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Document doc = Jsoup.parse(html.toFile());
    Element timeline = doc.getElementById("timeline");
    // Dates as the diary gives them, in date order, each once: not file or custody times.
    assertThat(timeline.select("tr.date th").eachText())
        .containsExactly("2023-05-01", "2023-05-03");
    for (String id : confirmed) {
      assertThat(timeline.text()).containsPattern("\\b" + id + "\\b");
    }
    assertThat(timeline.text())
        .contains("120,000,000 KRW")
        .contains("date out of order")
        .doesNotContain("지은");
    // The rejected fact: in the custody log (the review history) and nowhere else.
    String outsideCustody = doc.body().text().replace(doc.getElementById("custody").text(), "");
    assertThat(outsideCustody).doesNotContainPattern("\\b" + rejected + "\\b");
    assertThat(doc.getElementById("ledger-facts").text()).doesNotContain("supply");
    assertThat(doc.getElementById("custody").text()).contains("ledger-reject");
    // The log is shown as recorded (as its hashes were made): a confirmed accomplice's role entry
    // names him by pseudonym there, though the facts above name him.
    assertThat(doc.getElementById("ledger-facts").text()).contains("박실장").contains("(author)");
    assertThat(doc.getElementById("custody").text())
        .contains("ledger-role")
        .containsPattern("\"pseudonym\":\"V-\\d{3}\"")
        .doesNotContain("박실장");
    assertThat(doc.select("#summary td").eachText())
        .anyMatch(
            t -> t.contains(confirmed.size() + " of " + facts.size()) && t.contains("1 rejected"))
        .anyMatch(t -> t.startsWith("2023-05-01 to 2023-05-03"));
    assertThat(doc.select("#money-network svg marker")).hasSize(2);
    assertThat(doc.select("#money-network svg path[marker-end]")).isNotEmpty();

    // The Korean PDF: Korean names and places in its text; no library chatter on stderr.
    Path pdf = tmp.resolve("report.pdf");
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    CliRun k;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      k = CliRun.of("report", "--case", kase, "--out", pdf.toString(), "--lang", "ko");
    } finally {
      System.setErr(stderr);
    }
    assertThat(k.exitCode()).as(k.err()).isZero();
    assertThat(k.err()).isEmpty();
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(d);
      assertThat(text)
          .contains("사건 보고서")
          .contains("확인된 사실의 시간순 정리")
          .contains("박실장")
          .contains("잠수교")
          .contains("120,000,000 KRW")
          .contains("(작성자)")
          .doesNotContain("(author)")
          .doesNotContain("지은")
          .doesNotContain("\u0000");
    }
    assertThat(
            CliRun.of("report", "--case", kase, "--out", pdf.toString(), "--lang", "fr").exitCode())
        .isEqualTo(ExitCode.USAGE);
  }
}
