package org.okju.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.Sha256;
import org.okju.casefile.Source;
import org.okju.evidence.EvidenceReader;
import org.okju.ledger.DocumentText;
import org.okju.ledger.Extraction;
import org.okju.ledger.LedgerCase;
import org.okju.ledger.LedgerExtractor;
import org.okju.report.ItemEvidence;
import org.okju.text.DocumentException;
import org.okju.text.DocumentReader;
import org.okju.text.DocumentTypes;
import org.okju.text.ExtractedText;
import org.okju.web.jobs.JobOutcome;
import org.okju.web.jobs.JobProgress;

/**
 * Reads the catalogue's documents into the ledger, as {@code okju ledger extract --from-case} does:
 * each top-level document is copied out of its source read-only (ingest's reader) into a private
 * work folder, read by the ledger's {@link DocumentReader}, its facts stored through {@link
 * LedgerCase} (victims pseudonymised before anything is stored), the copy deleted. Pictures are
 * never OCR'd from the catalogue (that would read every victim's picture). A document that cannot
 * be read is counted and the run goes on. Cancellable between documents.
 */
final class LedgerExtractionWork {
  /** Largest document copied (the ledger's own limits cut text further). */
  static final long MAX_BYTES = 256L << 20;

  private final Path work;
  private final String user;
  private final String okjuVersion;

  LedgerExtractionWork(Path work, String user, String okjuVersion) {
    this.work = work;
    this.user = user;
    this.okjuVersion = okjuVersion;
  }

  static boolean isDocument(String mediaType) {
    return DocumentTypes.isLedgerSource(mediaType);
  }

  JobOutcome run(CaseStore store, JobProgress progress) throws IOException, InterruptedException {
    List<Item> documents = new ArrayList<>();
    List<Source> sourceOf = new ArrayList<>();
    for (Source source : store.sources().all()) {
      try (Stream<Item> items = store.items().stream(source.id())) {
        items
            .filter(i -> i.parent().isEmpty())
            .filter(i -> i.mediaType().map(LedgerExtractionWork::isDocument).orElse(false))
            .forEach(
                i -> {
                  documents.add(i);
                  sourceOf.add(source);
                });
      }
    }
    Files.createDirectories(work);
    DocumentReader reader = DocumentReader.withDefaults();
    LedgerExtractor extractor = new LedgerExtractor();
    LedgerCase ledger = new LedgerCase(store, okjuVersion, Clock.systemUTC());
    EvidenceReader evidence = new EvidenceReader();
    int facts = 0;
    int failed = 0;
    for (int n = 0; n < documents.size(); n++) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      Item item = documents.get(n);
      progress.running(
          n, documents.size(), "reading document " + (n + 1) + " of " + documents.size());
      Path copy = work.resolve("document-" + item.id().value());
      Files.deleteIfExists(copy);
      try {
        evidence.copyTo(ItemEvidence.address(store, sourceOf.get(n), item), copy, MAX_BYTES);
        ExtractedText read = reader.read(copy);
        DocumentText doc = new DocumentText(item.path().display(), read.pages(), read.warnings());
        Extraction x = extractor.extract(doc);
        ledger.add(
            doc,
            x,
            Optional.of(item.id()),
            item.digests().sha256().orElse(sha256(copy)),
            Optional.of(reader.mediaType(copy)),
            user);
        facts += x.facts().size();
      } catch (IOException | DocumentException e) {
        failed++;
      } finally {
        Files.deleteIfExists(copy);
      }
    }
    progress.running(documents.size(), documents.size(), "done");
    return new JobOutcome(
        documents.size()
            + " documents read, "
            + facts
            + " facts suggested"
            + (failed > 0 ? ", " + failed + " unreadable" : ""),
        Optional.empty(),
        failed > 0);
  }

  private static Sha256 sha256(Path file) throws IOException {
    try {
      return Sha256.of(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
