package org.okju.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which catalogued types okju reads text from, and which the ledger reads from a case. */
class DocumentTypesTest {
  @Test
  void officeHwpAndMailAreDocumentsWhateverTheirParameters() {
    assertThat(DocumentTypes.isDocument("application/pdf")).isTrue();
    assertThat(DocumentTypes.isDocument("application/x-hwp-v5")).isTrue();
    assertThat(DocumentTypes.isDocument("application/haansofthwp")).isTrue();
    assertThat(
            DocumentTypes.isDocument(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        .isTrue();
    assertThat(DocumentTypes.isDocument("message/rfc822; charset=UTF-8")).isTrue();
    assertThat(DocumentTypes.isDocument("text/plain")).isFalse();
    assertThat(DocumentTypes.isDocument("image/jpeg")).isFalse();
  }

  @Test
  void theLedgerReadsPlainTextAndDocumentsButNeverPictures() {
    assertThat(DocumentTypes.isLedgerSource("text/plain; charset=EUC-KR")).isTrue();
    assertThat(DocumentTypes.isLedgerSource("application/vnd.oasis.opendocument.text")).isTrue();
    assertThat(DocumentTypes.isLedgerSource("application/vnd.ms-excel")).isTrue();
    assertThat(DocumentTypes.isLedgerSource("image/png")).isFalse();
    assertThat(DocumentTypes.isLedgerSource("video/mp4")).isFalse();
    assertThat(DocumentTypes.isLedgerSource("text/x-c")).isFalse();
  }
}
