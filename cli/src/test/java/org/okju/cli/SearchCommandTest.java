package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.testkit.documents.CorpusDocument;
import org.okju.testkit.documents.DocumentCorpus;

/**
 * {@code okju search} over a case a user just ingested: every document format's text is found by
 * its own words, Korean by its morphemes, English by its stems, phrases and prefixes, each hit with
 * its document, page, line and the quoted line; and no hit, quote or echo names a victim.
 */
class SearchCommandTest {
  @TempDir Path tmp;

  @Test
  void everyIngestedDocumentIsFoundByItsWordsWithPageLineAndQuote() throws Exception {
    Path drive = tmp.resolve("drive");
    List<CorpusDocument> corpus = DocumentCorpus.write(drive);
    String kase = tmp.resolve("case").toString();
    CliRun ingest = CliRun.of("ingest", drive.toString(), "--case", kase);
    assertThat(ingest.exitCode()).as(ingest.err()).isIn(ExitCode.OK, ExitCode.PARTIAL);
    assertThat(tmp.resolve("case/search")).as("ingest indexed the texts").isDirectory();

    for (CorpusDocument d : corpus) {
      if (!d.readable() || d.file().endsWith(".png")) {
        continue; // OCR may misread a letter of a made-up word: the scan is searched below
      }
      List<JsonNode> hits = hits(kase, d.marker());
      assertThat(hits)
          .as(d.format() + ": its marker " + d.marker())
          .anyMatch(h -> h.get("document").asText().equals(d.file()));
    }

    // Korean morphemes: 최사장 is found in 최사장한테 and 최사장을; the UTF-8 diary's lines 2 and 3.
    List<JsonNode> choi = hits(kase, "최사장", "--limit", "500");
    assertThat(lines(choi, "diary-utf8.txt")).containsExactly("1:2", "1:3");
    JsonNode third =
        choi.stream()
            .filter(h -> h.get("document").asText().equals("diary-utf8.txt"))
            .filter(h -> h.get("line").asInt() == 3)
            .findFirst()
            .orElseThrow();
    // 최사장 is a person whose role no reviewer confirmed: quoted by pseudonym, as every output does.
    assertThat(third.get("quote").asText()).matches("V-\\d{3}한테 \\d+00만원 받음\\.");
    // An English phrase, its stem and a prefix, in the PDF written in English, on its second page.
    assertThat(lines(hits(kase, "\"north gate\"", "--limit", "500"), "ledger.pdf"))
        .containsExactly("2:2");
    assertThat(lines(hits(kase, "receive", "--limit", "500"), "ledger.pdf")).contains("2:3");
    assertThat(lines(hits(kase, "Yeoui*", "--limit", "500"), "ledger.pdf")).contains("2:2");
    // The scanned page, read by OCR at ingest.
    assertThat(hits(kase, "Choi", "--limit", "500"))
        .anyMatch(h -> h.get("document").asText().equals("scanned-page.png"));

    CliRun text = CliRun.of("search", "신촌역", "3번", "출구", "--case", kase);
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .containsPattern("diary-utf8.txt:1:2: 오후 3시 신촌역 3번 출구에서 V-\\d{3}을 만났다\\.")
        .doesNotContain("최사장");
    assertThat(CliRun.of("search", "kangaroo", "--case", kase).out())
        .startsWith("0 lines shown; 0 passages match");
  }

  @Test
  void aMalformedQueryIsExitTwoWithTheReason() throws Exception {
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    Files.writeString(drive.resolve("note.txt"), "meet at ten\n", StandardCharsets.UTF_8);
    String kase = tmp.resolve("case").toString();
    assertThat(CliRun.of("ingest", drive.toString(), "--case", kase).exitCode()).isZero();
    CliRun run = CliRun.of("search", "\"unclosed", "--case", kase);
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("okju search: unclosed quote");
  }

  @Test
  void noHitQuoteOrEchoNamesAVictim() throws Exception {
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    Files.writeString(
        drive.resolve("diary.txt"),
        """
        2024년 3월 2일
        밤 11시 한소라를 신촌역 3번 출구에서 만남.
        소라 엄마한테서 부재중 전화 3통.
        박실장한테 50만원 줌.
        Picked up Mina Cho at Hongdae station exit 9 around 10pm.
        Mina's phone kept ringing all night.""",
        StandardCharsets.UTF_8);
    Files.writeString(drive.resolve("소라_02.txt"), "촬영본 목록\n", StandardCharsets.UTF_8);
    String kase = tmp.resolve("case").toString();
    assertThat(CliRun.of("ingest", drive.toString(), "--case", kase).exitCode()).isZero();
    assertThat(CliRun.of("ledger", "confirm", "--all", "--case", kase).exitCode()).isZero();
    CliRun victim = CliRun.of("ledger", "victim", "Mina Cho", "--case", kase);
    assertThat(victim.exitCode()).as(victim.err()).isZero();

    List<String> outputs = new ArrayList<>();
    for (String q : List.of("신촌역", "엄마", "Hongdae", "phone", "촬영본", "한소라", "Mina", "소라*")) {
      CliRun plain = CliRun.of("search", q, "--case", kase);
      CliRun json = CliRun.of("search", q, "--case", kase, "--json");
      assertThat(plain.exitCode()).as(plain.err()).isZero();
      outputs.add(plain.out());
      outputs.add(json.out());
    }
    String all = String.join("\n", outputs);
    for (String name : List.of("한소라", "소라", "Mina Cho", "Mina")) {
      assertThat(all).as("a victim's name").doesNotContain(name);
    }
    // The lines are found, by pseudonym.
    assertThat(all).contains("V-00", "신촌역 3번 출구에서 만남", "Hongdae station", "_02.txt");
  }

  private static List<JsonNode> hits(String kase, String... query) throws Exception {
    List<String> args = new ArrayList<>(List.of("search"));
    args.addAll(List.of(query));
    args.addAll(List.of("--case", kase, "--json"));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    new ObjectMapper().readTree(run.out()).get("hits").forEach(out::add);
    return out;
  }

  private static List<String> lines(List<JsonNode> hits, String document) {
    return hits.stream()
        .filter(h -> h.get("document").asText().equals(document))
        .map(h -> h.get("page").asInt() + ":" + h.get("line").asInt())
        .toList();
  }
}
