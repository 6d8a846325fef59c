package org.okju.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.Source;
import org.okju.evidence.EvidenceReader;
import org.okju.report.ItemEvidence;
import org.okju.text.DocumentTypes;

/**
 * The documents of a case's catalogue (text, PDF, office, HWP, mail, HTML), each copied out of its
 * source read-only: for documents ingest did not read (an ingest with {@code --no-text}, or by an
 * okju before texts were read at ingest). Images are not OCR'd from here: ingest decides which
 * pictures are pages; a scanned page can be given to {@code okju ledger extract FILE} explicitly.
 */
final class CatalogueDocuments {
  /** Largest document copied (the ledger's own limits cut text further). */
  static final long MAX_BYTES = 256L << 20;

  /** Receives one document: its catalogue row and a temporary copy (deleted afterwards). */
  @FunctionalInterface
  interface Visitor {
    void accept(Item item, Path copy) throws IOException;
  }

  /** A document that could not be copied out of its source. */
  record Failure(Item item, String reason) {}

  private CatalogueDocuments() {}

  static boolean isDocument(String mediaType) {
    return DocumentTypes.isLedgerSource(mediaType);
  }

  /** How many top-level documents of every source {@code wanted} accepts. */
  static long count(CaseStore store, Predicate<Item> wanted) {
    long n = 0;
    for (Source source : store.sources().all()) {
      try (Stream<Item> items = store.items().stream(source.id())) {
        n +=
            items
                .filter(i -> i.parent().isEmpty())
                .filter(i -> i.mediaType().map(CatalogueDocuments::isDocument).orElse(false))
                .filter(wanted)
                .count();
      }
    }
    return n;
  }

  /**
   * Visits every top-level document of every source that {@code wanted} accepts; returns what could
   * not be read.
   */
  static List<Failure> forEach(
      CaseStore store, Path workDir, Predicate<Item> wanted, Visitor visitor) throws IOException {
    Files.createDirectories(workDir);
    EvidenceReader evidence = new EvidenceReader();
    List<Failure> failures = new ArrayList<>();
    for (Source source : store.sources().all()) {
      List<Item> documents;
      try (Stream<Item> items = store.items().stream(source.id())) {
        documents =
            items
                .filter(i -> i.parent().isEmpty())
                .filter(i -> i.mediaType().map(CatalogueDocuments::isDocument).orElse(false))
                .filter(wanted)
                .toList();
      }
      for (Item item : documents) {
        Path copy = workDir.resolve("document-" + item.id().value());
        Files.deleteIfExists(copy);
        try {
          evidence.copyTo(ItemEvidence.address(store, source, item), copy, MAX_BYTES);
          visitor.accept(item, copy);
        } catch (IOException e) {
          failures.add(new Failure(item, e.getMessage()));
        } finally {
          Files.deleteIfExists(copy);
        }
      }
    }
    return failures;
  }
}
