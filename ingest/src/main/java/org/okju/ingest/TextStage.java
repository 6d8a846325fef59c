package org.okju.ingest;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.okju.casefile.ErrorSeverity;
import org.okju.text.DocumentException;
import org.okju.text.DocumentReader;
import org.okju.text.DocumentSource;
import org.okju.text.DocumentTypes;
import org.okju.text.ExtractedText;
import org.okju.text.TextEncoding;

/**
 * The text of every document, text file and picture of a page, read from the bytes kept by the one
 * read (module {@code text}: Tika, hwplib, the HWPX reader, Tesseract), stored with the item in the
 * same transaction as its row, so a killed ingest resumes with texts like everything else.
 *
 * <p>A document that cannot be read is an error on the item (encrypted, corrupt, too slow); the run
 * goes on. A container whose name promises a document it does not hold (a {@code .docx} that is no
 * valid OOXML package) is a damaged document, not an empty one. A file named as text whose bytes no
 * encoding fits is read as ISO-8859-1 and flagged, never dropped. Pictures are read by OCR only
 * when the pdq stage judged them pictures of pages ({@link org.okju.text.PageLikeness}); with
 * fingerprints off, images are not decoded and so not read.
 */
final class TextStage implements IngestStage {
  static final String NAME = "text";

  private final boolean pages;
  private DocumentReader reader;

  /** A stage that reads pictures of pages when {@code pages} (the pdq stage judges them). */
  TextStage(boolean pages) {
    this.pages = pages;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Fact> requires() {
    return pages ? EnumSet.of(Fact.CONTENT, Fact.PAGE_LIKENESS) : EnumSet.of(Fact.CONTENT);
  }

  @Override
  public Set<Fact> provides() {
    return EnumSet.of(Fact.TEXT);
  }

  @Override
  public void open(StageContext context) {
    reader = DocumentReader.withDefaults();
  }

  /** Whether the text stage will want the bytes of an item detected as {@code d}. */
  static boolean reads(TypeDetector.Detection d) {
    String type = d.contentType();
    return DocumentReader.reads(type)
        || ImagePdqStage.isImage(type)
        || (generic(d.content()) && DocumentReader.reads(d.byName().getBaseType().toString()));
  }

  private static boolean generic(MediaType type) {
    return type.equals(MediaType.OCTET_STREAM) || type.equals(MediaType.APPLICATION_ZIP);
  }

  @Override
  public void process(IngestItem item) {
    if (!item.readable() || item.content().isEmpty() || item.detection().isEmpty()) {
      return;
    }
    Content content = item.content().get();
    if (content.size() == 0) {
      return;
    }
    TypeDetector.Detection d = item.detection().get();
    String type = d.contentType();
    String byName = d.byName().getBaseType().toString();
    DocumentSource source = source(item, content);
    try {
      if (DocumentReader.reads(type)) {
        store(item, reader.read(source, type, d.charset()));
      } else if (ImagePdqStage.isImage(type)) {
        if (item.page().map(v -> v.page()).orElse(false)) {
          store(item, reader.read(source, type, Optional.empty()));
        }
      } else if (generic(d.content()) && DocumentTypes.isDocument(byName)) {
        item.problem(
            NAME,
            DocumentException.Kind.CORRUPT.code(),
            ErrorSeverity.ERROR,
            "content is not a valid " + byName + " (" + type + ")");
      } else if (d.content().equals(MediaType.OCTET_STREAM) && DocumentReader.isPlainText(byName)) {
        store(item, reader.read(source, "text/plain", Optional.of(TextEncoding.UNDECIDED)));
      }
    } catch (DocumentException e) {
      item.problem(NAME, e.kind().code(), severity(e.kind()), e.detail());
    }
  }

  private static ErrorSeverity severity(DocumentException.Kind kind) {
    // Tesseract missing is the machine's problem, not the item's.
    return kind == DocumentException.Kind.OCR_UNAVAILABLE
        ? ErrorSeverity.WARNING
        : ErrorSeverity.ERROR;
  }

  private static DocumentSource source(IngestItem item, Content content) {
    String name = item.displayPath();
    if (content.file().isPresent()) {
      return new DocumentSource.InFile(name, content.file().get());
    }
    byte[] bytes = content.bytes().orElseThrow();
    return new DocumentSource.InMemory(name, bytes, bytes.length);
  }

  private static void store(IngestItem item, ExtractedText t) {
    item.text(t);
    t.encoding()
        .ifPresent(
            e -> {
              String before = item.metadata().put(ReadStage.CHARSET, e.name());
              boolean flagged =
                  item.problems().stream().anyMatch(p -> p.kind().equals("undecided-charset"));
              if (!e.decided() && !flagged) {
                item.problem(
                    NAME,
                    "undecided-charset",
                    ErrorSeverity.WARNING,
                    "no encoding fits the text"
                        + (before == null ? "" : " (its head looked like " + before + ")")
                        + ": read as ISO-8859-1");
              }
            });
    java.util.List<String> cut =
        t.warnings().stream().filter(w -> w.startsWith("truncated")).toList();
    if (!cut.isEmpty()) {
      item.problem(NAME, "truncated", ErrorSeverity.WARNING, String.join("; ", cut));
    }
  }

  @Override
  public void close() {}
}
