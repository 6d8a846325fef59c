package org.okju.ledger.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.Tika;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.okju.ledger.DocumentText;
import org.xml.sax.SAXException;

/**
 * Reads the text of a document, page by page: plain text in any encoding (UTF-8, else
 * EUC-KR/CP949), docx, xlsx, pdf, odt, rtf, html and eml through Apache Tika, HWP through hwplib,
 * HWPX from its section XML, and scanned or photographed pages through Tesseract ({@link Ocr}).
 *
 * <p>Everything is bounded by {@link Limits}: bytes read from a text file, characters kept, pages,
 * and wall time; hitting a bound yields the text so far with a warning, never a hang. Nothing is
 * fetched from outside: Tika's XML readers refuse external entities and DTDs (XMLReaderUtils), and
 * the HWPX reader refuses any DOCTYPE. Thread-safe; each call runs its parse on a worker thread it
 * can abandon when the time limit passes.
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

  private final Limits limits;
  private final Ocr ocr;
  private final Tika detector = new Tika();
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

  /** The media type detected from the file's content and name. */
  public String mediaType(Path file) throws IOException {
    return detector.detect(file);
  }

  /**
   * Reads {@code file}.
   *
   * @throws DocumentException when the document is encrypted, corrupt, unsupported, or too slow
   */
  public DocumentText read(Path file) throws DocumentException {
    Future<DocumentText> job = workers.submit(() -> readNow(file));
    try {
      return job.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      throw new DocumentException(
          file, DocumentException.Kind.TIMEOUT, "gave up after " + limits.timeout(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      job.cancel(true);
      throw new DocumentException(file, DocumentException.Kind.TIMEOUT, "interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof DocumentException d) {
        throw d;
      }
      throw new DocumentException(
          file, DocumentException.Kind.CORRUPT, String.valueOf(e.getCause()), e.getCause());
    }
  }

  private DocumentText readNow(Path file) throws DocumentException {
    String type;
    try {
      type = mediaType(file);
    } catch (IOException e) {
      throw new DocumentException(
          file, DocumentException.Kind.CORRUPT, "unreadable: " + e.getMessage(), e);
    }
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (type.startsWith("text/plain")
        || lower.endsWith(".txt") && !type.startsWith("application/")) {
      return plainText(file, name);
    }
    if (type.startsWith("image/")) {
      return DocumentText.of(name, ocr.read(file));
    }
    if (lower.endsWith(".hwp")
        || type.equals("application/x-hwp-v5")
        || type.equals("application/x-hwp")) {
      return Hwp.read(file, limits.maxChars());
    }
    if (lower.endsWith(".hwpx")) {
      return Hwp.readHwpx(file, limits.maxChars());
    }
    String byName = detector.detect(name);
    boolean generic =
        type.equals("application/zip")
            || type.equals("application/octet-stream")
            || type.startsWith("text/plain");
    if (generic && !byName.equals("application/octet-stream") && !byName.equals(type)) {
      // A .docx that is no valid OOXML zip, a .pdf with no PDF header: damaged, not empty.
      throw new DocumentException(
          file,
          DocumentException.Kind.CORRUPT,
          "content is not a valid " + byName + " (" + type + ")",
          null);
    }
    container(file, type, lower);
    return tika(file, name);
  }

  /**
   * Refuses a zip-based document (docx, xlsx, odt, …) whose zip directory cannot be read: Tika
   * would return it as an empty document, hiding the damage from the investigator.
   */
  private static void container(Path file, String type, String lower) throws DocumentException {
    boolean zipped =
        type.contains("openxmlformats")
            || type.contains("opendocument")
            || lower.matches(".*\\.(docx|xlsx|pptx|odt|ods)$");
    if (zipped) {
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
        if (zip.size() == 0) {
          throw new DocumentException(
              file, DocumentException.Kind.CORRUPT, "empty zip container", null);
        }
      } catch (IOException e) {
        throw new DocumentException(
            file, DocumentException.Kind.CORRUPT, "damaged zip container: " + e.getMessage(), e);
      }
    }
  }

  private DocumentText plainText(Path file, String name) throws DocumentException {
    List<String> warnings = new ArrayList<>();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxTextBytes()));
      if (in.read() >= 0) {
        warnings.add("truncated: read the first " + limits.maxTextBytes() + " bytes");
      }
    } catch (IOException e) {
      throw new DocumentException(file, DocumentException.Kind.CORRUPT, e.getMessage(), e);
    }
    String text = decode(bytes);
    if (text.length() > limits.maxChars()) {
      text = text.substring(0, limits.maxChars());
      warnings.add("truncated: kept the first " + limits.maxChars() + " characters");
    }
    return new DocumentText(
        name, List.of(text.replace("\r\n", "\n").replace('\r', '\n')), warnings);
  }

  /** UTF-8 when the bytes are valid UTF-8, else CP949 (a superset of EUC-KR), else Latin-1. */
  static String decode(byte[] bytes) {
    int cut = bytes.length;
    // A truncated read can split the last UTF-8 sequence: drop at most three trailing bytes.
    for (int drop = 0; drop <= 3 && drop < bytes.length; drop++) {
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, 0, cut - drop))
            .toString()
            .replace("\uFEFF", "");
      } catch (CharacterCodingException e) {
        // try a shorter prefix, then the Korean code page
      }
    }
    try {
      return Charset.forName("x-windows-949")
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  private DocumentText tika(Path file, String name) throws DocumentException {
    PagedTextHandler handler = new PagedTextHandler(limits.maxChars(), limits.maxPages());
    Parser parser = new AutoDetectParser();
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, handler, new Metadata(), context);
    } catch (EncryptedDocumentException e) {
      throw new DocumentException(file, DocumentException.Kind.ENCRYPTED, "password protected", e);
    } catch (SAXException e) {
      if (!handler.limitReached()) {
        throw new DocumentException(file, DocumentException.Kind.CORRUPT, e.getMessage(), e);
      }
    } catch (TikaException e) {
      if (handler.limitReached()) {
        return handler.result(name);
      }
      if (e.getCause() instanceof EncryptedDocumentException
          || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("encrypt")) {
        throw new DocumentException(file, DocumentException.Kind.ENCRYPTED, e.getMessage(), e);
      }
      if (String.valueOf(e.getMessage()).contains("No parser")) {
        throw new DocumentException(file, DocumentException.Kind.UNSUPPORTED, e.getMessage(), e);
      }
      throw new DocumentException(file, DocumentException.Kind.CORRUPT, e.getMessage(), e);
    } catch (IOException e) {
      throw new DocumentException(file, DocumentException.Kind.CORRUPT, e.getMessage(), e);
    }
    return handler.result(name);
  }
}
