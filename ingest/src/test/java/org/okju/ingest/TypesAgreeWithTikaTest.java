package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.txt.UniversalEncodingDetector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.TestDatabases;
import org.okju.testkit.documents.CorpusDocument;
import org.okju.testkit.documents.DocumentCorpus;

/**
 * okju's types are Tika's full detector's ({@link DefaultDetector} with tika-parsers' zip and OLE2
 * container detectors, on the whole file): on a corpus of every document format written at test
 * time, catalogued by a real ingest, and on every reference file. The one deliberate difference:
 * text in CP949, Shift-JIS or UTF-16 without a byte-order mark, which Tika's text test calls
 * binary, is text for okju, with the encoding Tika's own encoding detector finds.
 */
class TypesAgreeWithTikaTest {
  @TempDir static Path tmp;
  static Map<String, Item> catalogued = new LinkedHashMap<>();
  static Map<String, Map<String, String>> metadata = new LinkedHashMap<>();
  static List<CorpusDocument> corpus;
  static Path folder;
  static final Detector TIKA = new DefaultDetector();

  /** Each format and the specific type both must give (so that "both said zip" cannot pass). */
  static final Map<String, String> SPECIFIC =
      Map.ofEntries(
          Map.entry(
              "diary.docx",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry(
              "ledger.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry(
              "slides.pptx",
              "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
          Map.entry("ledger.xls", "application/vnd.ms-excel"),
          Map.entry("slides.ppt", "application/vnd.ms-powerpoint"),
          Map.entry("empty-word.doc", "application/msword"),
          Map.entry("diary.odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("ledger.ods", "application/vnd.oasis.opendocument.spreadsheet"),
          Map.entry("diary.epub", "application/epub+zip"),
          Map.entry("diary.hwpx", "application/hwp+zip"),
          Map.entry("diary.hwp", "application/x-hwp-v5"),
          Map.entry("diary.rtf", "application/rtf"),
          Map.entry("mail.eml", "message/rfc822"),
          Map.entry("mail.msg", "application/vnd.ms-outlook"),
          Map.entry("diary.html", "text/html"),
          Map.entry("ledger.pdf", "application/pdf"),
          Map.entry("scanned-page.png", "image/png"),
          Map.entry("diary-utf8.txt", "text/plain"),
          Map.entry("diary-utf16le-bom.txt", "text/plain"),
          Map.entry("lettre-latin1.txt", "text/plain"));

  /** Text files Tika's text test calls binary, and the encoding okju records for each. */
  static final Map<String, String> TEXT_TIKA_CALLS_BINARY =
      Map.of(
          "diary-euc-kr.txt", "EUC-KR",
          "diary-cp949.txt", "windows-949",
          "diary-utf16be.txt", "UTF-16BE",
          "memo-shift-jis.txt", "Shift_JIS");

  @BeforeAll
  static void ingestTheCorpus() throws Exception {
    folder = tmp.resolve("corpus");
    corpus = DocumentCorpus.write(folder);
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp.resolve("case")))) {
      Ingest.create(
              store, c -> c.threads(2).fingerprints(false).provenance("tester", "types", "test"))
          .run(folder);
      try (Stream<Item> items = store.items().streamAll()) {
        for (Item i : items.toList()) {
          catalogued.put(i.path().display(), i);
          metadata.put(i.path().display(), store.metadata().of(i.id()));
        }
      }
    }
  }

  static MediaType tika(Path file) throws IOException {
    try (TikaInputStream in = TikaInputStream.get(file)) {
      return TIKA.detect(in, new Metadata());
    }
  }

  @Test
  void everyDocumentFormatGetsTheTypeOfTikasFullDetector() throws Exception {
    List<String> compared = new ArrayList<>();
    for (CorpusDocument d : corpus) {
      if (TEXT_TIKA_CALLS_BINARY.containsKey(d.file())) {
        continue;
      }
      String okju = catalogued.get(d.file()).mediaType().orElseThrow();
      assertThat(okju)
          .as("%s (%s)", d.file(), d.format())
          .isEqualTo(tika(folder.resolve(d.file())).toString());
      compared.add(d.file());
    }
    assertThat(compared).containsAll(SPECIFIC.keySet());
    SPECIFIC.forEach(
        (file, type) -> assertThat(catalogued.get(file).mediaType()).as(file).contains(type));
  }

  @Test
  void textThatTikaCallsBinaryIsTextInItsEncoding() throws Exception {
    EncodingDetector tikaEncoding = new UniversalEncodingDetector();
    for (Map.Entry<String, String> e : TEXT_TIKA_CALLS_BINARY.entrySet()) {
      Path file = folder.resolve(e.getKey());
      assertThat(tika(file)).as(e.getKey()).isEqualTo(MediaType.OCTET_STREAM);
      assertThat(catalogued.get(e.getKey()).mediaType()).as(e.getKey()).contains("text/plain");
      String okju = metadata.get(e.getKey()).get(ReadStage.CHARSET);
      assertThat(okju).as(e.getKey()).isEqualTo(e.getValue());
      Charset tikaSays;
      try (InputStream in = TikaInputStream.get(file)) {
        tikaSays = tikaEncoding.detect(in, new Metadata());
      }
      if (e.getKey().equals("diary-utf16be.txt")) {
        // Tika's detector (juniversalchardet) names BOM-less UTF-16 TIS-620, a Thai code page;
        // the corpus wrote it as UTF-16BE, which okju found.
        assertThat(tikaSays.name()).isNotEqualTo("UTF-16BE");
        continue;
      }
      assertThat(sameFamily(Charset.forName(okju), tikaSays))
          .as("%s: okju %s, Tika %s", e.getKey(), okju, tikaSays)
          .isTrue();
    }
  }

  @Test
  void everyTextFileHasItsEncodingRecorded() {
    Map<String, String> expected =
        Map.of(
            "diary-utf8.txt", "UTF-8",
            "diary-utf16le-bom.txt", "UTF-16LE",
            "lettre-latin1.txt", "ISO-8859-1");
    expected.forEach(
        (file, cs) -> assertThat(metadata.get(file)).as(file).containsEntry(ReadStage.CHARSET, cs));
  }

  /** Encodings a detector may name by their superset or subset (CP949 ⊃ EUC-KR, …). */
  static boolean sameFamily(Charset a, Charset b) {
    return family(a).equals(family(b));
  }

  private static String family(Charset c) {
    return switch (c.name()) {
      case "EUC-KR", "x-windows-949" -> "korean";
      case "Shift_JIS", "windows-31j" -> "japanese";
      case "ISO-8859-1", "windows-1252", "US-ASCII" -> "latin";
      case "UTF-16", "UTF-16LE", "UTF-16BE" -> c.name();
      default -> c.name();
    };
  }

  @Test
  void everyReferenceFileGetsTikasFullDetectorType() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(EvidenceTree.vectors())) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    TypeDetector detector = new TypeDetector();
    for (Path f : files) {
      byte[] all = Files.readAllBytes(f);
      ContentReader reader =
          new ContentReader(detector, new KeepPolicy(false, false), tmp.resolve("work"), 64 << 20);
      ReadResult r =
          reader.read(
              new MemorySource(all),
              f.getFileName().toString().getBytes(StandardCharsets.UTF_8),
              ContentReader.Budget.NONE);
      r.content().ifPresent(Content::close);
      assertThat(r.type().contentType()).as(f.toString()).isEqualTo(tika(f).toString());
    }
  }

  /** An item's bytes from memory. */
  static final class MemorySource implements org.okju.evidence.EvidenceStream {
    private final byte[] data;
    private int at;

    MemorySource(byte[] data) {
      this.data = data;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (at >= data.length) {
        return -1;
      }
      int n = Math.min(length, data.length - at);
      System.arraycopy(data, at, buffer, offset, n);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
