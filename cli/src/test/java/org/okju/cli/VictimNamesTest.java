package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.LedgerRows;

/**
 * A victim's name never leaves the identity table: a fictional seizure whose diaries name five
 * victims, mostly in sentences the reader does not take for a victim's (a phone call, a birthday, a
 * file name, a nickname), goes the whole way — ingest, reading, a reviewer confirming everything,
 * marking victims by hand, an edit typing a victim's name — and no output holds any of their names
 * or spellings: report (HTML and PDF text), every export, network, timeline, FtM, JSON, the custody
 * log.
 */
class VictimNamesTest {
  @TempDir Path tmp;

  static final String DIARY_KO =
      """
      2024년 3월 2일 (토)
      밤 11시 한소라를 신촌역 3번 출구에서 만남.
      역삼동 OO모텔 502호에서 촬영. 파일명 소라_02.
      박실장 3할, 내 몫 7할.
      소라 엄마한테서 부재중 전화 3통.
      2024년 3월 5일
      윤하은 씨가 카톡으로 사진 보냄.
      하은이 생일이라 케이크 사 줌.
      박실장한테 50만원 줌.\
      """;

  static final String DIARY_EN =
      """
      March 9, 2024
      Picked up Mina Cho at Hongdae station exit 9 around 10pm.
      Tape: Mina_03.mp4
      Boss Yoon paid me 2,000,000 won for it.
      Mina's phone kept ringing all night.
      Jae-hee Lim from the cafe asked about Mina.
      Heeya sent a photo again.
      Yuri Kang's bag was left in the car.\
      """;

  // Every spelling of the five victims' names that the documents or the reviewer use.
  static final List<String> VICTIM_SPELLINGS =
      List.of(
          "한소라",
          "소라",
          "윤하은",
          "하은",
          "Mina Cho",
          "Mina",
          "Jae-hee",
          "Jaehee",
          "Heeya",
          "Yuri",
          "Kang's bag");

  @Test
  void noOutputOfTheWholePathNamesAVictim() throws Exception {
    Path seized = Files.createDirectories(tmp.resolve("seized"));
    Files.writeString(seized.resolve("diary-ko.txt"), DIARY_KO, StandardCharsets.UTF_8);
    Files.writeString(seized.resolve("diary-en.txt"), DIARY_EN, StandardCharsets.UTF_8);
    Files.writeString(seized.resolve("소라_02.txt"), "촬영본 목록\n", StandardCharsets.UTF_8);
    String kase = tmp.resolve("case").toString();

    ok("ingest", seized.toString(), "--case", kase);
    ok("ledger", "extract", "--from-case", "--case", kase, "--user", "inv1");
    Map<String, String> ids = idsByName(kase);
    assertThat(ids).as("the reader found them as people").containsKeys("한소라", "Mina Cho");

    ok("ledger", "confirm", "--all", "--case", kase, "--user", "inv1");
    // The reviewer: Jae-hee is a victim, "Heeya" is her nickname, Yuri Kang too is a victim.
    String jaehee = ids.get("Jae-hee Lim");
    assertThat(jaehee).as("Jae-hee Lim read as a person").isNotNull();
    ok("ledger", "victim", jaehee, "--case", kase, "--user", "inv1");
    if (ids.containsKey("Heeya")) {
      ok("ledger", "merge", ids.get("Heeya"), jaehee, "--case", kase, "--user", "inv1");
    } else {
      ok("ledger", "alias", jaehee, "Heeya", "--case", kase, "--user", "inv1");
    }
    ok("ledger", "victim", "Yuri Kang", "--case", kase, "--user", "inv1");
    // An edit typing a victim's name: the custody log gets the entity id.
    JsonNode facts =
        new ObjectMapper().readTree(ok("ledger", "--case", kase, "--json")).get("facts");
    String payment = null;
    for (JsonNode f : facts) {
      if (f.get("type").asText().equals("payment")) {
        payment = f.get("id").asText();
      }
    }
    assertThat(payment).isNotNull();
    ok("ledger", "edit", payment, "--object", "윤하은", "--case", kase, "--user", "inv1");

    Map<String, String> outputs = everyOutput(tmp, kase);
    assertNoneNames(outputs, VICTIM_SPELLINGS, "a victim");
    // It is not empty: the facts are there, by pseudonym, and a confirmed accomplice by name.
    assertThat(outputs.get("report.html")).contains("V-00", "박실장", "신촌역");
    assertThat(outputs.get("network dot")).contains("박실장", "V-00");
    assertThat(outputs.get("custody log")).contains("ledger-edit", "ledger-role", "V-00");
    // Only the identity view names them.
    String identities = ok("ledger", "--identities", "--case", kase, "--user", "inv1");
    assertThat(identities).contains("한소라", "Mina Cho", "Heeya", "Yuri Kang", "윤하은");
  }

  // Session 28, tried as a new user would: a seller's notebook whose women are named only by
  // their recordings (a sale list's titles, her video's editing, "the Yuna tape", "the Sunhee and
  // Jiwoo sets"), asked after, or on her way. Before, 하람 and Nari were read as payees, so
  // accomplices, and 채린, Yuna and Seola as no one, so the confirmed payments quoted their names.
  static final String SALES_NOTEBOOK =
      """
      3/11 박사장한테서 채린 2탄 판매대금 140만원 받음
      3/14 하람이 영상 편집 맡김 (편집 막내 15만 줌)
      Mar 15 Sold the Yuna tape to Brick for 500k
      Mar 16 Brick sent me 1,200,000 won for the Sunhee and Jiwoo sets
      Mar 17 Brick asked about Nari again. Sent him 100k
      Mar 18 Seola is coming tonight. Paid Doc 200k\
      """;

  @Test
  void noOutputNamesAWomanNamedOnlyByHerRecordings() throws Exception {
    Path seized = Files.createDirectories(tmp.resolve("seized"));
    Files.writeString(seized.resolve("notebook.txt"), SALES_NOTEBOOK, StandardCharsets.UTF_8);
    Map<String, String> outputs = outputsOnceAllIsConfirmed(tmp, seized);
    assertNoneNames(
        outputs, List.of("채린", "하람", "Yuna", "Sunhee", "Jiwoo", "Nari", "Seola"), "a victim");
    // The sales are there, confirmed, with the buyers by name and the women by pseudonym.
    assertThat(outputs.get("ledger")).contains("박사장", "Brick", "Doc", "V-00");
  }

  // Session 30, tried as a new user would: a text thread between two accomplices, a terse memo and
  // a month's sales sheet (its rows copied as text). Before, Ami (who asked for her pictures back,
  // then was sent money in the next message) was read as a payee, so an accomplice, and named in
  // every output once the payment was confirmed; 수아 (수아꺼 3편: hers) and 윤서, 지안 (a sheet's
  // note, 윤서 1편, 지안 풀버전: words Nori knows) were read as no one, so the confirmed sales'
  // quoted lines named them in the report and the ledger.
  static final String THREAD_EN =
      """
      Dex Moon, 3/8/26, 10:30 AM
      Ami texted me asking for her pics back
      Me, 3/8/26, 10:34 AM
      send Ami 100 so she shuts up
      Dex Moon, 3/8/26, 10:40 AM
      sent Ami 100k. her mum called too\
      """;

  static final String MEMO_KO =
      """
      메모
      2026. 4. 3. 오후 11:20
      - 수아꺼 3편 판매 함사장 120 받음
      - 함사장 40% 민혁 10%\
      """;

  // A month's sheet whose person column has no header; the note column names the women by their
  // recordings. Date, person, item, amount, note.
  static final String[][] SALES_SHEET = {
    {"날짜", "", "내용", "금액", "비고"},
    {"3/5", "강실장", "판매", "1200000", "윤서 1편"},
    {"3/20", "최사장", "판매", "900000", "지안 풀버전"}
  };

  static void writeSheet(Path file, String sheetName, String[][] rows) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet(sheetName);
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c].matches("\\d+")) {
            row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
          } else if (!rows[r][c].isEmpty()) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      try (var out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
  }

  @Test
  void noOutputNamesAWomanWhoAskedForHerPicturesOrWhoseEpisodesWereSold() throws Exception {
    Path seized = Files.createDirectories(tmp.resolve("seized"));
    Files.writeString(seized.resolve("thread.txt"), THREAD_EN, StandardCharsets.UTF_8);
    Files.writeString(seized.resolve("memo.txt"), MEMO_KO, StandardCharsets.UTF_8);
    writeSheet(seized.resolve("정산.xlsx"), "3월", SALES_SHEET);
    Map<String, String> outputs = outputsOnceAllIsConfirmed(tmp, seized);
    assertNoneNames(outputs, List.of("Ami", "수아", "윤서", "지안"), "a victim");
    // The sales are there, confirmed, with the buyers by name.
    assertThat(outputs.get("ledger")).contains("함사장", "최사장", "V-00");
  }

  // Session 31, tried as a new user would: three accomplices' Telegram group, exported by Telegram
  // Desktop as result.json (every key on its own line), calling the women by nicknames, and a
  // diary that lends a woman money before paying her hush money. Before, the export was read as
  // plain JSON (no writers, no dates), "소율 3편 올림, 너 몫 30%" (your cut) gave the share to the
  // woman of the recording, 토끼 (the nickname whose real name the next sentence gives) was no one
  // and quoted with the editing payment, and the loan made 예나 an accomplice: named in every output.
  static final String TELEGRAM_EXPORT =
      """
      {
       "name": "작업방",
       "type": "private_supergroup",
       "id": 1877001234,
       "messages": [
        {
         "id": 101,
         "type": "message",
         "date": "2026-02-14T21:03:11",
         "from": "철구",
         "from_id": "user5550001",
         "text": "오늘 토끼 데려옴. 본명 채은이. 홍대입구역 9번 출구에서 픽업"
        },
        {
         "id": 103,
         "type": "message",
         "date": "2026-02-14T21:06:02",
         "from": "철구",
         "from_id": "user5550001",
         "text": "안경 소율이는 금요일. 약 타서 먹임"
        },
        {
         "id": 104,
         "type": "message",
         "date": "2026-02-16T02:11:45",
         "from": "태식",
         "from_id": "user5550003",
         "text": [
          "토끼 ",
          {
           "type": "bold",
           "text": "2편"
          },
          " 편집 끝. 편집비 30만 보내줘"
         ]
        },
        {
         "id": 109,
         "type": "message",
         "date": "2026-02-22T00:20:31",
         "from": "태식",
         "from_id": "user5550003",
         "text": "소율 3편 올림, 너 몫 30%"
        }
       ]
      }
      """;

  static final String DIARY_LOAN =
      """
      2026년 1월 15일
      예나가 돈 빌려달래서 20만 줌. 예나도 찍음.
      2026년 1월 20일
      예나한테 입막음으로 50만원 보냄.\
      """;

  @Test
  void noOutputNamesAWomanOfAGroupChatExportOrOneLentMoneyBeforeHushMoney() throws Exception {
    Path seized = Files.createDirectories(tmp.resolve("seized"));
    Files.writeString(seized.resolve("result.json"), TELEGRAM_EXPORT, StandardCharsets.UTF_8);
    Files.writeString(seized.resolve("일기.txt"), DIARY_LOAN, StandardCharsets.UTF_8);
    Map<String, String> outputs = outputsOnceAllIsConfirmed(tmp, seized);
    assertNoneNames(outputs, List.of("채은", "토끼", "소율", "예나"), "a victim");
    // The editor and his pay are there, by name, dated by the message.
    assertThat(outputs.get("ledger")).contains("태식", "300000", "2026-02-16");
  }

  // Session 32, tried as a new user would: a terse memo of the month's filming. Before, 소희 (소희도
  // 찍음, filmed her too) was read as no one, so the next line's confirmed payment quoted her in the
  // report and the ledger.
  static final String TERSE_MEMO =
      """
      3/1 합정 예나 만남
      3/3 소희도 찍음. 망원 작업실
      3/8 소희 찍은거 편집 동훈 20 줌
      3/18 가람이 찍음
      3/19 가람이한테 택시비 5만 줌\
      """;

  @Test
  void noOutputNamesAWomanFilmedInATerseMemo() throws Exception {
    Path seized = Files.createDirectories(tmp.resolve("seized"));
    Files.writeString(seized.resolve("메모.txt"), TERSE_MEMO, StandardCharsets.UTF_8);
    Map<String, String> outputs = outputsOnceAllIsConfirmed(tmp, seized);
    // 가람이 찍음 was read as her filming (the accused, named once confirmed): undecided now.
    assertNoneNames(outputs, List.of("소희", "예나", "가람"), "a victim");
    // The editor and his pay are there, by name.
    assertThat(outputs.get("ledger")).contains("동훈", "200000");
  }

  /**
   * Every output of the case: report (HTML and PDF text), every export, network, timeline, FtM, the
   * ledger and people lists with and without --json, the custody log, and what the ledger stores
   * outside the identity table (entities, role evidence, decisions).
   */
  static Map<String, String> everyOutput(Path tmp, String kase) throws Exception {
    Map<String, String> outputs = new LinkedHashMap<>();
    Path html = tmp.resolve("report.html");
    Path pdf = tmp.resolve("report.pdf");
    ok("report", "--case", kase, "--out", html.toString());
    ok("report", "--case", kase, "--out", pdf.toString());
    outputs.put("report.html", Files.readString(html));
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      outputs.put("report.pdf", new PDFTextStripper().getText(d));
    }
    for (String format : List.of("case-uco", "vics2", "ftm", "csv")) {
      Path out = tmp.resolve("export." + format);
      ok("export", "--format", format, "--out", out.toString(), "--case", kase);
      outputs.put("export " + format, Files.readString(out));
    }
    for (String format : List.of("json", "dot", "graphml", "svg")) {
      outputs.put("network " + format, ok("network", "--format", format, "--case", kase));
    }
    for (String format : List.of("csv", "json", "svg")) {
      outputs.put("timeline " + format, ok("timeline", "--format", format, "--case", kase));
    }
    outputs.put("ledger ftm", ok("ledger", "ftm", "--case", kase));
    outputs.put("ledger", ok("ledger", "--case", kase));
    outputs.put("ledger --json", ok("ledger", "--case", kase, "--json"));
    outputs.put("ledger people", ok("ledger", "people", "--case", kase));
    outputs.put("ledger people --json", ok("ledger", "people", "--case", kase, "--json"));
    try (CaseStore store = CaseStore.open(CaseLocation.parse(kase));
        Stream<CustodyEntry> log = store.custody().stream()) {
      List<String> entries = new ArrayList<>();
      log.forEach(e -> entries.add(e.action() + " " + e.user() + " " + e.parametersJson()));
      outputs.put("custody log", String.join("\n", entries));
      List<String> stored = new ArrayList<>();
      for (LedgerRows.Entity e : store.ledger().entities()) {
        stored.add(e.value() + " " + e.normalized());
      }
      store.ledger().roleEvidence().forEach(e -> stored.add(e.cue() + " " + e.provenance()));
      store.ledger().decisions().forEach(d -> stored.add(d.detailJson()));
      outputs.put("ledger entities, role evidence and decisions", String.join("\n", stored));
    }
    return outputs;
  }

  /**
   * Ingests the seized folder, reads its documents and confirms every suggestion, as a reviewer in
   * a hurry would (the worst case for a victim's name); then every output of the case.
   */
  static Map<String, String> outputsOnceAllIsConfirmed(Path tmp, Path seized) throws Exception {
    String kase = tmp.resolve("case").toString();
    ok("ingest", seized.toString(), "--case", kase);
    ok("ledger", "extract", "--from-case", "--case", kase, "--user", "inv1");
    ok("ledger", "confirm", "--all", "--case", kase, "--user", "inv1");
    return everyOutput(tmp, kase);
  }

  static void assertNoneNames(Map<String, String> outputs, List<String> names, String whom) {
    for (Map.Entry<String, String> o : outputs.entrySet()) {
      for (String name : names) {
        assertThat(o.getValue()).as(o.getKey() + " names " + whom).doesNotContain(name);
      }
    }
  }

  static String ok(String... args) {
    CliRun r = CliRun.of(args);
    assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isIn(0, 3);
    return r.out();
  }

  // Name → entity id, from the identity view and the people list.
  private static Map<String, String> idsByName(String kase) throws Exception {
    Map<String, String> idByPseudonym = new LinkedHashMap<>();
    for (JsonNode p :
        new ObjectMapper().readTree(ok("ledger", "people", "--case", kase, "--json"))) {
      idByPseudonym.put(p.get("pseudonym").asText(), p.get("id").asText());
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : ok("ledger", "--identities", "--case", kase).lines().toList()) {
      String[] cells = line.split("\t", -1);
      for (int i = 2; i < cells.length; i++) {
        if (!cells[i].isEmpty()) {
          out.putIfAbsent(cells[i], idByPseudonym.get(cells[0]));
        }
      }
    }
    return out;
  }
}
