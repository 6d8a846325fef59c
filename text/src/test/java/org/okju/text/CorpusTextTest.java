package org.okju.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okju.testkit.documents.CorpusDocument;
import org.okju.testkit.documents.DocumentCorpus;

/** Every format of the test corpus is read, its marker word and its diary line with it. */
class CorpusTextTest {
  @TempDir static Path tmp;
  static List<CorpusDocument> corpus;
  static final DocumentReader READER = DocumentReader.withDefaults();

  @BeforeAll
  static void write() {
    corpus = DocumentCorpus.write(tmp.resolve("corpus"));
  }

  static Stream<CorpusDocument> readable() {
    return DocumentCorpus.write(tmpForListing()).stream().filter(CorpusDocument::readable);
  }

  // The parameter source runs before @BeforeAll: a folder of its own for listing.
  private static Path tmpForListing() {
    try {
      return java.nio.file.Files.createTempDirectory("okju-corpus-list");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readable")
  void everyFormatIsReadWithItsMarkerAndItsAmount(CorpusDocument d) throws Exception {
    ExtractedText t = READER.read(tmp.resolve("corpus").resolve(d.file()));
    String text = t.text();
    if (t.method() == ExtractedText.Method.OCR) {
      // Tesseract may misread a letter of a made-up word; the line around it must be there.
      assertThat(text).as(d.format()).contains("Received", "won from Mr Choi");
    } else {
      assertThat(text).as(d.format()).contains(d.marker());
    }
    if (d.amount() > 0 && d.file().endsWith(".pdf")) {
      assertThat(text).contains(String.format("%,d", d.amount()));
    } else if (d.amount() > 0 && t.method() != ExtractedText.Method.OCR) {
      assertThat(text).as(d.format()).contains((d.amount() / 1_000_000) + "00만원 받음");
    }
  }

  @org.junit.jupiter.api.Test
  void aPdfKeepsItsPagesAndAPlainTextItsEncoding() throws Exception {
    ExtractedText pdf = READER.read(tmp.resolve("corpus/ledger.pdf"));
    assertThat(pdf.pages()).hasSize(2);
    assertThat(pdf.pages().get(1)).contains("Received");
    ExtractedText cp949 = READER.read(tmp.resolve("corpus/diary-cp949.txt"));
    assertThat(cp949.encoding().map(TextEncoding.Detected::name)).contains("windows-949");
    assertThat(cp949.text()).contains("똠방각하");
    ExtractedText utf16 = READER.read(tmp.resolve("corpus/diary-utf16be.txt"));
    assertThat(utf16.encoding().map(TextEncoding.Detected::name)).contains("UTF-16BE");
  }

  @org.junit.jupiter.api.Test
  void anOle2FileLaidOutAsWordButHoldingNoDocumentGivesNoText() throws Exception {
    try {
      assertThat(READER.read(tmp.resolve("corpus/empty-word.doc")).blank()).isTrue();
    } catch (DocumentException e) {
      assertThat(e.kind()).isEqualTo(DocumentException.Kind.CORRUPT);
    }
  }
}
