package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines of documents nobody wrote for okju (Apache Tika's test corpus, read at ingest in session
 * 25) on which the reader failed or ran for hours. It must read them like any other line, finding
 * what it finds.
 */
class OtherPeoplesDocumentsTest {
  @Test
  void aSpreadsheetRowWhoseNameRunsIntoAVerbWordIsReadNotAFault() {
    // A holdings sheet (testEXCEL_WORKBOOK_in_capitals.xls): the English agent rule took a
    // company name that ran into the verb's match for the agent and cut the text between them
    // backwards (StringIndexOutOfBoundsException), which stopped ingest.
    DocumentText sheet =
        new DocumentText(
            "holdings.xls",
            List.of(
                "Fuji Photo Film Co. Ltd. ADR\tUS35958N1072\tUSD\t700.00\t37.5500\t20,728.68"
                    + "\t1.2681\t36.51\t19,874.60"),
            List.of());
    assertThatCode(() -> new LedgerExtractor().extract(sheet)).doesNotThrowAnyException();
  }

  @Test
  void aLineOfTensOfThousandsOfCharactersIsReadInPartsThatKeepTheirPlaceInTheText() {
    // A megabyte on one line (Tika's test corpus has one; so do JSON exports and logs) kept
    // ingest reading it for hours: the rules look along the line from each name and amount. Read
    // in parts cut at a space, what the line says is found where it is.
    StringBuilder line = new StringBuilder("2024-05-03 ");
    while (line.length() < 3 * LongLines.LONGEST) {
      line.append("{\"id\": 17, \"kind\": \"status\", \"value\": \"ok\"} ");
    }
    line.append("Paid Marco 300,000 won for the room. ");
    while (line.length() < 5 * LongLines.LONGEST) {
      line.append("{\"id\": 18, \"kind\": \"status\", \"value\": \"ok\"} ");
    }
    DocumentText doc =
        new DocumentText("export.txt", List.of("first line\n" + line + "\nlast line"), List.of());
    Extraction x = new LedgerExtractor().extract(doc);

    SuggestedFact payment =
        x.facts().stream().filter(f -> f.type() == FactType.PAYMENT).findFirst().orElseThrow();
    assertThat(payment.object()).contains("Marco");
    assertThat(payment.span().line()).isEqualTo(2);
    assertThat(payment.span().text()).contains("Paid Marco 300,000 won");
    assertThat(doc.text().substring(payment.span().start(), payment.span().end()))
        .isEqualTo(payment.span().text());
    for (EntityMention e : x.entities()) {
      assertThat(doc.text().substring(e.span().start(), e.span().end()))
          .as(e.toString())
          .isEqualTo(e.span().text());
    }
  }

  @Test
  void aLongLineIsCutAtSpacesIntoPartsThatJoinBackToIt() {
    String word = "abcdefghi ";
    String page = "short\n" + word.repeat(1_000) + "\n" + "x".repeat(9_000);
    LongLines.Page parts = LongLines.split(page);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < parts.lines().length; i++) {
      assertThat(parts.lines()[i].length()).isLessThanOrEqualTo(LongLines.LONGEST);
      joined.append(parts.lines()[i]).append(parts.separators()[i] == 1 ? "\n" : "");
    }
    assertThat(joined.toString()).isEqualTo(page + "\n");
    assertThat(parts.lines()[1]).endsWith(" ").startsWith("abcdefghi");
    assertThat(parts.lineNumbers()).startsWith(1, 2, 2, 2).endsWith(3, 3, 3);
  }
}
