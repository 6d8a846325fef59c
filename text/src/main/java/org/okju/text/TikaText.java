package org.okju.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.SAXException;

/**
 * A document's text through Apache Tika's parsers (office, PDF with its pages, RTF, HTML, mail with
 * its attachments, EPUB), collected page by page by {@link PagedTextHandler}. Tika's XML readers
 * refuse external entities and DTDs (XMLReaderUtils). Thread-safe.
 */
final class TikaText {
  private final Parser parser = new AutoDetectParser();

  ExtractedText read(DocumentSource source, DocumentReader.Limits limits) throws DocumentException {
    PagedTextHandler handler = new PagedTextHandler(limits.maxChars(), limits.maxPages());
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser); // embedded documents (mail attachments) are read too
    String name = source.name();
    try (InputStream in = open(source)) {
      parser.parse(in, handler, new Metadata(), context);
    } catch (EncryptedDocumentException e) {
      throw new DocumentException(name, DocumentException.Kind.ENCRYPTED, "password protected", e);
    } catch (SAXException e) {
      if (!handler.limitReached()) {
        throw new DocumentException(name, DocumentException.Kind.CORRUPT, e.getMessage(), e);
      }
    } catch (TikaException e) {
      if (handler.limitReached()) {
        return handler.result();
      }
      String message = String.valueOf(e.getMessage());
      if (e.getCause() instanceof EncryptedDocumentException
          || message.toLowerCase(Locale.ROOT).contains("encrypt")) {
        throw new DocumentException(name, DocumentException.Kind.ENCRYPTED, message, e);
      }
      if (message.contains("No parser")) {
        throw new DocumentException(name, DocumentException.Kind.UNSUPPORTED, message, e);
      }
      throw new DocumentException(name, DocumentException.Kind.CORRUPT, message, e);
    } catch (IOException e) {
      throw new DocumentException(name, DocumentException.Kind.CORRUPT, e.getMessage(), e);
    }
    return handler.result();
  }

  private static InputStream open(DocumentSource source) throws IOException {
    if (source.file().isPresent()) {
      return TikaInputStream.get(source.file().get());
    }
    return TikaInputStream.get(source.bytes().orElseThrow());
  }
}
