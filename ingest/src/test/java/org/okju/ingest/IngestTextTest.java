package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.ItemText;
import org.okju.casefile.SourceStatus;
import org.okju.casefile.TestDatabases;
import org.okju.testkit.documents.CorpusDocument;
import org.okju.testkit.documents.DocumentCorpus;
import org.okju.testkit.documents.PageImages;

/**
 * Ingest reads the text of every document it catalogues (archive members too), OCRs pictures of
 * pages and no other picture, and stores each text with its item.
 */
class IngestTextTest {
  @TempDir Path tmp;

  @Test
  void everyDocumentFormatIsReadAndStoredWithItsItem() throws Exception {
    Path drive = tmp.resolve("drive");
    List<CorpusDocument> corpus = DocumentCorpus.write(drive.resolve("docs"));
    // A photo that is no page: never OCR'd.
    Files.copy(
        EvidenceTree.vectors().resolve("pdq/data/bridge-mods/aaa-orig.jpg"),
        drive.resolve("photo.jpg"));
    // A document inside an archive is read like any other.
    try (ZipOutputStream z =
        new ZipOutputStream(Files.newOutputStream(drive.resolve("backup.zip")))) {
      z.putNextEntry(new ZipEntry("old/diary-utf8.txt"));
      z.write(Files.readAllBytes(drive.resolve("docs/diary-utf8.txt")));
    }
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp.resolve("case")))) {
      IngestSummary s = IngestCatalogueTest.ingest(store, drive);
      List<Item> items = IngestCatalogueTest.items(store);
      for (CorpusDocument d : corpus) {
        Item item = IngestCatalogueTest.find(items, "docs/" + d.file());
        Optional<ItemText> text = store.texts().of(item.id());
        if (!d.readable()) {
          continue;
        }
        assertThat(text).as(d.format()).isPresent();
        String body = text.get().body();
        if (text.get().method().equals("ocr")) {
          assertThat(body).as(d.format()).contains("Received");
        } else {
          assertThat(body).as(d.format()).contains(d.marker());
        }
      }
      Item page = IngestCatalogueTest.find(items, "docs/scanned-page.png");
      assertThat(store.texts().of(page.id()).orElseThrow().method()).isEqualTo("ocr");
      assertThat(store.metadata().of(page.id()).get(ImagePdqStage.PAGE_LIKENESS))
          .startsWith("page");
      Item photo = IngestCatalogueTest.find(items, "photo.jpg");
      assertThat(store.texts().of(photo.id())).as("a photo is not OCR'd").isEmpty();
      assertThat(store.metadata().of(photo.id()).get(ImagePdqStage.PAGE_LIKENESS))
          .startsWith("not-page");
      Item member = IngestCatalogueTest.find(items, "old/diary-utf8.txt");
      assertThat(store.texts().of(member.id()).orElseThrow().body()).contains("okjumark");
      Item cp949 = IngestCatalogueTest.find(items, "docs/diary-cp949.txt");
      ItemText t = store.texts().of(cp949.id()).orElseThrow();
      assertThat(t.charset()).contains("windows-949");
      assertThat(t.body()).contains("똠방각하");
      Item pdf = IngestCatalogueTest.find(items, "docs/ledger.pdf");
      assertThat(store.texts().of(pdf.id()).orElseThrow().pages()).hasSize(2);
      assertThat(s.status()).isIn(SourceStatus.COMPLETE, SourceStatus.PARTIAL);
    }
  }

  @Test
  void noTextMeansNoTextAndNoOcr() throws Exception {
    Path drive = tmp.resolve("drive");
    DocumentCorpus.write(drive);
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp.resolve("case")))) {
      Ingest.create(store, c -> c.threads(2).text(false).provenance("t", "t", "t")).run(drive);
      assertThat(store.texts().extent().count()).isZero();
    }
  }

  @Test
  void aFileNamedAsTextThatNoEncodingFitsIsReadAsLatin1AndFlagged() throws Exception {
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    // Mostly bytes no code page makes sense of (Tika calls it binary; nothing fits).
    byte[] b =
        "abc \u0080\u0080\u0080 def \u0080\u0080\u0080 ghi\n"
            .repeat(30)
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(drive.resolve("notes.txt"), b);
    Files.writeString(drive.resolve("fine.txt"), "meet at ten\n", StandardCharsets.UTF_8);
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp.resolve("case")))) {
      IngestSummary s = IngestCatalogueTest.ingest(store, drive);
      List<Item> items = IngestCatalogueTest.items(store);
      Item odd = IngestCatalogueTest.find(items, "notes.txt");
      ItemText t = store.texts().of(odd.id()).orElseThrow();
      assertThat(t.charset()).contains("ISO-8859-1");
      assertThat(t.body()).hasSize(b.length);
      assertThat(IngestCatalogueTest.kinds(store, odd)).contains("undecided-charset");
      assertThat(odd.status()).isEqualTo(ItemStatus.WARNING);
      assertThat(s.status()).isEqualTo(SourceStatus.PARTIAL);
      Item fine = IngestCatalogueTest.find(items, "fine.txt");
      assertThat(store.texts().of(fine.id()).orElseThrow().body()).isEqualTo("meet at ten\n");
    }
  }

  @Test
  void aDocumentThatDoesNotReadIsItsErrorSaidOnceNotWithItsNameAgain() throws Exception {
    // Listed as "path  kind  message", the message had repeated both: "a.xls: a.xls: encrypted:
    // password protected" (Apache Tika's test corpus, session 25).
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    Files.writeString(
        drive.resolve("broken-notes.xml"),
        "<?xml version=\"1.0\"?>\n<notes>&undeclared;</notes>\n",
        StandardCharsets.UTF_8);
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp.resolve("case")))) {
      IngestCatalogueTest.ingest(store, drive);
      Item broken = IngestCatalogueTest.find(IngestCatalogueTest.items(store), "broken-notes.xml");
      assertThat(store.itemErrors().of(broken.id()))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.kind()).isEqualTo("corrupt");
                assertThat(e.message()).contains("undeclared").doesNotContain("broken-notes");
                assertThat(e.message()).doesNotStartWith("corrupt");
              });
    }
  }

  @Test
  void anSmsBackupInXmlIsTypedAsXmlAndReadAsAChat() throws Exception {
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    // Named as the app names its files, and once with no extension: the content types it.
    String backup =
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
            + "<!--File Created By SMS Backup & Restore v10.20.002-->\n"
            + "<smses count=\"1\"><sms protocol=\"0\" address=\"01012345678\""
            + " date=\"1742216520000\" type=\"1\" body=\"이태원역 4번 출구\""
            + " readable_date=\"2025. 3. 17. 오후 10:02:00\" contact_name=\"메기\" /></smses>\n";
    Files.writeString(drive.resolve("sms-20250318164012.xml"), backup);
    Files.writeString(drive.resolve("sms-backup"), backup);
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp.resolve("case")))) {
      IngestCatalogueTest.ingest(store, drive);
      List<Item> items = IngestCatalogueTest.items(store);
      for (String name : List.of("sms-20250318164012.xml", "sms-backup")) {
        Item item = IngestCatalogueTest.find(items, name);
        assertThat(item.mediaType().orElseThrow()).as(name).startsWith("application/xml");
        assertThat(store.texts().of(item.id()).orElseThrow().body())
            .as(name)
            .isEqualTo("SMS conversation with 메기 (01012345678)\n[2025-03-17 22:02] 메기: 이태원역 4번 출구");
      }
    }
  }

  // A diary page of six lines: the page test wants a few lines of text (see PageLikeness).
  @Test
  void aPhotographedPageIsReadAndAPlainPhotoIsNot() throws Exception {
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    javax.imageio.ImageIO.write(
        PageImages.page(
            List.of(
                "May 3, 2023",
                "Rain all morning. Waited at the station.",
                "Met Mr Choi at the north gate.",
                "Received 2,000,000 won.",
                "Bought noodles and milk on the way back.",
                "Tomorrow: bank first thing."),
            30,
            true,
            7),
        "jpg",
        drive.resolve("IMG_0001.jpg").toFile());
    Files.copy(
        EvidenceTree.vectors().resolve("pdq/data/bridge-mods/aaa-orig.jpg"),
        drive.resolve("IMG_0002.jpg"));
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp.resolve("case")))) {
      IngestCatalogueTest.ingest(store, drive);
      List<Item> items = IngestCatalogueTest.items(store);
      Item page = IngestCatalogueTest.find(items, "IMG_0001.jpg");
      assertThat(store.texts().of(page.id()).orElseThrow().body()).contains("Received");
      Item photo = IngestCatalogueTest.find(items, "IMG_0002.jpg");
      assertThat(store.texts().of(photo.id())).isEmpty();
    }
  }
}
