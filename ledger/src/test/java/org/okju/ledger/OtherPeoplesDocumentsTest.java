package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines of documents nobody wrote for okju (Apache Tika's test corpus, read at ingest in session
 * 25) on which the reader failed. It must read them like any other line, finding what it finds.
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
}
