package org.okju.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;

/**
 * A notice has every element its regime requires, in every format, and never a victim's name, media
 * or a seized file's name; writing and sending are custody entries, and sending makes the sightings
 * notified.
 */
class NoticeTest {
  @TempDir static Path tmp;
  static Path casePath;
  static final String VICTIM_NAME = "김하늘";
  static final Notifier NOTIFIER =
      new Notifier(
          "Park Minji",
          "takedown@centre.example",
          Optional.of("Example Support Centre"),
          Optional.of("+82 2 000 0000"),
          Optional.empty());
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @BeforeAll
  static void buildTheCase() throws Exception {
    Path built = MonitorCase.build(tmp);
    LifecycleTest.a = Files.readAllBytes(tmp.resolve("seized/photo-a.jpg"));
    LifecycleTest.b = Files.readAllBytes(tmp.resolve("seized/photo-b.jpg"));
    LifecycleTest.c = Files.readAllBytes(tmp.resolve("seized/photo-c.png"));
    casePath = MonitorCase.copy(built, tmp.resolve("noticed"));
    Path crawl = LifecycleTest.crawl1(Files.createDirectories(tmp.resolve("crawls")));
    try (CaseStore store = MonitorCase.open(casePath)) {
      MonitorCase.importCapture(store, crawl);
      long person = store.ledger().person(VICTIM_NAME, "name", Optional.empty());
      assertThat(store.ledger().identities()).containsEntry("V-001", VICTIM_NAME);
      for (String tape : MonitorCase.tapeOf(store).values()) {
        store.takedowns().putTapeVictim(tape, "V-001", "t", NOW);
      }
      assertThat(person).isPositive();
    }
  }

  private static String write(String regime, String ext) throws Exception {
    Path out = tmp.resolve(regime + "." + ext);
    try (CaseStore store = MonitorCase.open(casePath)) {
      new Notices(store).write("example.org", regime, out, NOTIFIER, NOW, "t", "test");
    }
    return switch (ext) {
      case "pdf" -> {
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
          yield "%PDF-text\n" + new PDFTextStripper().getText(pdf);
        }
      }
      case "eml" -> decodedEml(Files.readString(out, StandardCharsets.US_ASCII));
      default -> Files.readString(out, StandardCharsets.UTF_8);
    };
  }

  /** The headers and both decoded parts of a message. */
  private static String decodedEml(String eml) {
    StringBuilder b = new StringBuilder(eml.substring(0, eml.indexOf("\r\n\r\n")));
    for (String part : eml.split("--okju-[0-9a-f-]+", -1)) {
      int body = part.indexOf("\r\n\r\n");
      if (part.contains("Content-Transfer-Encoding: base64") && body > 0) {
        b.append('\n')
            .append(
                new String(
                    Base64.getMimeDecoder().decode(part.substring(body + 4).strip()),
                    StandardCharsets.UTF_8));
      }
    }
    return b.toString();
  }

  /** Whether {@code text} holds each of {@code parts}, whitespace aside (PDF text breaks cells). */
  private static void holds(String text, String as, String... parts) {
    String flat = text.replaceAll("\\s+", "");
    for (String p : parts) {
      assertThat(flat).as(as + ": " + p).contains(p.replaceAll("\\s+", ""));
    }
  }

  private static void common(String text) throws Exception {
    for (String path : List.of("a.jpg", "b.jpg", "c.jpg", "d.jpg")) {
      // A PDF's text extraction may interleave a table row broken across a page: its cells'
      // pieces are checked there, whole URLs everywhere else.
      if (text.startsWith("%PDF-text")) {
        holds(text, "url", "board.", "example.org/", "/" + path);
      } else {
        holds(text, "url", LifecycleTest.SITE + path);
      }
    }
    holds(text, "who", "V-001", NOTIFIER.name(), NOTIFIER.email(), "crawl-1.warc.gz@");
    try (CaseStore store = MonitorCase.open(casePath)) {
      for (Map.Entry<String, String> e : MonitorCase.tapeOf(store).entrySet()) {
        if (!e.getKey().endsWith(".mp4")) {
          holds(text, "tape", e.getValue());
        }
        assertThat(text).doesNotContain(e.getKey());
      }
      for (Sighting s : SightingBook.of(store, Platforms.of(store))) {
        holds(text, "hashes", s.hashes().get("md5"), s.hashes().get("pdq"));
      }
    }
    assertThat(text).doesNotContain(VICTIM_NAME, "seized", "<img", "data:image", "/tmp/", "photo-");
  }

  @Test
  void aKoreanRequestHasEveryFieldOfTheForm() throws Exception {
    for (String ext : List.of("html", "txt", "eml", "pdf")) {
      String text = write("kr", ext);
      common(text);
      holds(
          text,
          ext,
          "불법촬영물등 유통 신고·삭제요청서",
          "신고인",
          "피해자와의 관계",
          "불법촬영물등의 종류",
          "유통 정보",
          "수집 일시",
          "해시",
          "요청 사항",
          "삭제 및 접속차단",
          "전기통신사업법",
          "제22조의5",
          "작성일",
          "서명");
    }
  }

  @Test
  void aDsaNoticeHasTheFourElementsOfArticle16() throws Exception {
    for (String ext : List.of("html", "txt", "eml", "pdf")) {
      String text = write("eu-dsa", ext);
      common(text);
      holds(
          text,
          ext,
          "Article 16",
          "(a) Why the content is illegal",
          "without that person's consent",
          "(b) Exact location",
          "(c) Notifier",
          "(d) Statement of good faith",
          "bona fide belief that the information and allegations contained in this"
              + " notice are accurate and complete");
    }
  }

  @Test
  void aTakeItDownRequestHasTheFourElementsOfAValidRequest() throws Exception {
    for (String ext : List.of("html", "txt", "eml", "pdf")) {
      String text = write("us-tida", ext);
      common(text);
      holds(
          text,
          ext,
          "(i) Signature",
          "/s/ " + NOTIFIER.name(),
          "(ii) Identification and location",
          "(iii) Statement of non-consent",
          "good faith belief",
          "not consensual",
          "(iv) Contact information",
          "48 hours");
    }
  }

  @Test
  void writingAndSendingAreLoggedAndSendingMakesTheSightingsNotified() throws Exception {
    Path own = MonitorCase.copy(casePath, tmp.resolve("sent"));
    Path out = tmp.resolve("sent.html");
    try (CaseStore store = MonitorCase.open(own)) {
      Notices notices = new Notices(store);
      Notices.Written w = notices.write("example.org", "eu-dsa", out, NOTIFIER, NOW, "u", "t");
      assertThat(w.items()).hasSize(4);
      assertThat(store.takedowns().setting(Notifier.SETTING).flatMap(Notifier::parse))
          .hasValue(NOTIFIER);
      notices.sent("example.org", NOW.plusSeconds(600), "u", "t");
      assertThat(SightingBook.of(store, Platforms.of(store)))
          .extracting(Sighting::state)
          .containsOnly("notified");
      List<CustodyEntry> log;
      try (Stream<CustodyEntry> s = store.custody().stream()) {
        log = s.toList();
      }
      CustodyEntry written = log.get(log.size() - 2);
      assertThat(written.action()).isEqualTo(Notices.WRITTEN);
      assertThat(written.outputs().get("notice").toHex())
          .isEqualTo(WgetCaptureImportTest.sha256(Files.readAllBytes(out)));
      assertThat(log.get(log.size() - 1).action()).isEqualTo(Notices.SENT);
    }
  }
}
