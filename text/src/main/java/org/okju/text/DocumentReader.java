package org.okju.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Reads the text of a document, page by page: plain text in any encoding okju knows ({@link
 * PlainText}), office documents, PDF, RTF, HTML, mail and EPUB through Apache Tika ({@link
 * TikaText}; an e-mail's text begins with its headers, {@link MailHeaders}), HWP 5 through hwplib
 * and HWPX from its section XML ({@link Hwp}), and pictures of pages through Tesseract ({@link
 * Ocr}), also the pages of a PDF that are only a picture ({@link ScannedPdfPages}), and XML through
 * the JDK's parser ({@link XmlText}: an SMS backup as a chat).
 *
 * <p>Ingest knows each item's type and hands over the bytes it kept ({@link #read(DocumentSource,
 * String, Optional)}); a file given on the command line is typed here first ({@link #read(Path)},
 * with Tika's full detector, as ingest types).
 *
 * <p>Everything is bounded by {@link Limits}: bytes read from a text file, characters kept, pages,
 * and wall time; hitting a bound yields the text so far with a warning, never a hang. Nothing is
 * fetched from outside: Tika's XML readers and {@link XmlText} refuse external entities and DTDs,
 * and the HWPX reader refuses any DOCTYPE. Thread-safe; each call runs its parse on a worker thread
 * it can abandon when the time limit passes.
 */
public final class DocumentReader {
  /**
   * Bounds on one document.
   *
   * @param maxTextBytes bytes read from a plain-text file (a 500 MB log is read in part)
   * @param maxChars characters of text kept
   * @param maxPages pages kept (a 10,000-page PDF is read in part)
   * @param timeout wall time for one document
   */
  public record Limits(long maxTextBytes, int maxChars, int maxPages, Duration timeout) {
    /** 16 MiB of text, 4 M characters, 1,000 pages, two minutes. */
    public static Limits defaults() {
      return new Limits(16L << 20, 4_000_000, 1_000, Duration.ofMinutes(2));
    }
  }

  private static final MediaType ZIP = MediaType.APPLICATION_ZIP;

  private final Limits limits;
  private final Ocr ocr;
  private final TikaText tika = new TikaText();
  private final Detector detector = new DefaultDetector();
  private final ExecutorService workers =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "okju-document-reader");
            t.setDaemon(true); // an abandoned parse must not keep the JVM alive
            return t;
          });

  public DocumentReader(Limits limits, Ocr ocr) {
    this.limits = limits;
    this.ocr = ocr;
  }

  /** A reader with default limits and Tesseract from the PATH. */
  public static DocumentReader withDefaults() {
    return new DocumentReader(Limits.defaults(), Ocr.tesseract());
  }

  /** Whether okju reads text from items of this type (documents, text, pictures of pages). */
  public static boolean reads(String mediaType) {
    return DocumentTypes.isDocument(mediaType) || isPlainText(mediaType);
  }

  /** Text types read by decoding, not by a parser: text/*, JSON, but not HTML or RTF. */
  public static boolean isPlainText(String mediaType) {
    String t = mediaType.split(";", 2)[0].trim();
    return (t.startsWith("text/") && !DocumentTypes.isDocument(t))
        || t.equals("application/json")
        || t.equals("application/x-subrip");
  }

  /**
   * Reads a document whose type ingest detected.
   *
   * @param mediaType the type by content; {@code image/...} is read by OCR, so call with an image
   *     only when it is a picture of a page
   * @param encoding for plain text, the encoding decided on its head
   * @throws DocumentException when the document is encrypted, corrupt, unsupported, or too slow
   */
  public ExtractedText read(
      DocumentSource source, String mediaType, Optional<TextEncoding.Detected> encoding)
      throws DocumentException {
    return bounded(source, () -> readNow(source, base(mediaType), encoding));
  }

  /**
   * Reads a file, detecting its type by content as ingest does (Tika's full detector, then the
   * encoding of text). A generic container (a zip, unknown bytes) whose name promises a document is
   * a damaged document, not an empty one.
   */
  public ExtractedText read(Path file) throws DocumentException {
    DocumentSource source = DocumentSource.of(file);
    return bounded(
        source,
        () -> {
          Typed t = type(file);
          MediaType byName = byName(file);
          boolean generic = t.type().equals(ZIP) || t.type().equals(MediaType.OCTET_STREAM);
          if (generic && DocumentTypes.isDocument(byName.toString())) {
            throw new DocumentException(
                source.name(),
                DocumentException.Kind.CORRUPT,
                "content is not a valid " + byName + " (" + t.type() + ")",
                null);
          }
          if (t.type().equals(MediaType.OCTET_STREAM) && isPlainText(byName.toString())) {
            // A text file in no encoding okju can decide: read as Latin-1 and flagged.
            return PlainText.read(source, Optional.of(TextEncoding.UNDECIDED), limits);
          }
          return readNow(source, t.type().toString(), t.encoding());
        });
  }

  /** The media type of a file by content, as {@link #read(Path)} decides it. */
  public String mediaType(Path file) throws IOException {
    return type(file).type().toString();
  }

  private record Typed(MediaType type, Optional<TextEncoding.Detected> encoding) {}

  private Typed type(Path file) throws IOException {
    MediaType type;
    try (TikaInputStream in = TikaInputStream.get(file)) {
      type = detector.detect(in, new Metadata()).getBaseType();
    }
    if (!type.equals(MediaType.TEXT_PLAIN) && !type.equals(MediaType.OCTET_STREAM)) {
      return new Typed(type, Optional.empty());
    }
    byte[] head;
    boolean complete;
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      head = in.readNBytes(64 << 10);
      complete = in.read() < 0;
    }
    if (type.equals(MediaType.TEXT_PLAIN)) {
      return new Typed(type, Optional.of(TextEncoding.ofText(head, head.length, complete)));
    }
    Optional<TextEncoding.Detected> text = TextEncoding.ofBinary(head, head.length, complete);
    return text.isPresent() ? new Typed(MediaType.TEXT_PLAIN, text) : new Typed(type, text);
  }

  private MediaType byName(Path file) {
    Metadata m = new Metadata();
    m.set(
        TikaCoreProperties.RESOURCE_NAME_KEY,
        String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT));
    try {
      return detector.detect(null, m).getBaseType();
    } catch (IOException e) {
      throw new IllegalStateException("name detection reads nothing", e);
    }
  }

  private static String base(String mediaType) {
    return mediaType.split(";", 2)[0].trim();
  }

  private ExtractedText readNow(
      DocumentSource source, String type, Optional<TextEncoding.Detected> encoding)
      throws DocumentException {
    if (isPlainText(type)) {
      return PlainText.read(source, encoding, limits);
    }
    if (type.startsWith("image/")) {
      String text = ocr.read(source);
      return new ExtractedText(
          java.util.List.of(text.strip()),
          java.util.List.of(),
          ExtractedText.Method.OCR,
          Optional.empty());
    }
    if (type.equals("application/x-hwp-v5")
        || type.equals("application/x-hwp")
        || (type.equals("application/x-tika-msoffice") && Hwp.isHwp5(source))) {
      return Hwp.read(source, limits.maxChars());
    }
    if (type.equals("application/hwp+zip")) {
      return Hwp.readHwpx(source, limits.maxChars());
    }
    if (XmlText.isXml(type)) {
      return XmlText.read(source, limits);
    }
    if (!DocumentTypes.isDocument(type)) {
      throw new DocumentException(
          source.name(), DocumentException.Kind.UNSUPPORTED, "no text is read from " + type, null);
    }
    if (ZipDirectory.zipped(type)) {
      ZipDirectory.check(source); // Tika reads a damaged one as an empty document
    }
    if (MergedCells.isWorkbook(type)) {
      Optional<ExtractedText> merged = MergedCells.read(source, limits);
      if (merged.isPresent()) {
        return merged.get();
      }
    }
    ExtractedText parsed = tika.read(source, limits);
    if (type.equals("message/rfc822")) {
      try {
        return MailHeaders.prepend(source, parsed);
      } catch (IOException e) {
        throw new DocumentException(
            source.name(), DocumentException.Kind.CORRUPT, e.getMessage(), e);
      }
    }
    return type.equals("application/pdf") ? ScannedPdfPages.withOcr(source, parsed, ocr) : parsed;
  }

  /** Work that may throw a {@link DocumentException}. */
  @FunctionalInterface
  private interface Reading {
    ExtractedText run() throws DocumentException, IOException;
  }

  private ExtractedText bounded(DocumentSource source, Reading reading) throws DocumentException {
    Future<ExtractedText> job = workers.submit(reading::run);
    try {
      return job.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      throw new DocumentException(
          source.name(), DocumentException.Kind.TIMEOUT, "gave up after " + limits.timeout(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      job.cancel(true);
      throw new DocumentException(source.name(), DocumentException.Kind.TIMEOUT, "interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof DocumentException d) {
        throw d;
      }
      throw new DocumentException(
          source.name(),
          DocumentException.Kind.CORRUPT,
          String.valueOf(e.getCause()),
          e.getCause());
    }
  }
}
