package org.okju.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of an XML document, read by the JDK's own SAX parser with secure processing: no external
 * entity or DTD is ever loaded (an entity naming a file or a URL reads as nothing), entity
 * expansion is bounded (an XML bomb is a {@link DocumentException.Kind#CORRUPT} document, not a
 * hang), and at most the reader's {@code maxTextBytes} are parsed (the text so far, with a warning,
 * when a file is longer).
 *
 * <p>Generic XML gives one line per run of an element's own text, the element's attribute values
 * opening its first line ({@code <entry who="Kim">paid</entry>} is {@code Kim · paid}): messages,
 * names and notes kept in attributes are text like any other. An SMS Backup &amp; Restore file
 * (root {@code smses} or {@code calls}) is a chat: one line per message, {@code [2025-03-17 22:02]
 * 메기: body}, under a heading for each other party ({@code SMS conversation with 메기 (01048213377)}),
 * the writer its {@code contact_name} (its {@code address} when the phone knew no name) or {@code
 * Me} for a message the phone's owner sent, its time the phone's clock (see {@link SmsBackup}).
 * Stateless.
 */
final class XmlText {
  /** How many entity expansions a document may make (the JDK allows 64,000 by default). */
  private static final int ENTITY_EXPANSIONS = 2_000;

  private static final String SEPARATOR = " · ";

  private static final Set<String> NO_VALUE = Set.of("", "null");

  private XmlText() {}

  /** The XML media types read here. */
  static boolean isXml(String mediaType) {
    return mediaType.equals("application/xml") || mediaType.equals("text/xml");
  }

  static ExtractedText read(DocumentSource source, DocumentReader.Limits limits)
      throws DocumentException {
    List<String> warnings = new ArrayList<>();
    DocumentBytes read = DocumentBytes.read(source, limits);
    byte[] bytes = read.bytes();
    boolean complete = read.complete();
    Lines lines = new Lines(limits.maxChars());
    Handler handler = new Handler(lines);
    try {
      parser().parse(new ByteArrayInputStream(bytes), handler);
    } catch (SAXException | IOException e) {
      if (lines.full()) {
        warnings.add("truncated: kept the first " + limits.maxChars() + " characters");
      } else if (!complete) {
        // The file goes on past the bytes read: what was parsed stands.
        warnings.add("truncated: read the first " + limits.maxTextBytes() + " bytes");
      } else {
        throw new DocumentException(
            source.name(), DocumentException.Kind.CORRUPT, String.valueOf(e.getMessage()), e);
      }
    }
    if (handler.smsBackup() && !handler.sms.clockKnown()) {
      warnings.add("message times in UTC: the backup writes no readable local time");
    }
    return new ExtractedText(
        List.of(lines.text()), warnings, ExtractedText.Method.PARSER, Optional.empty());
  }

  private static SAXParser parser() throws DocumentException {
    try {
      // The JDK's parser, whatever else the class path holds: its secure-processing limits and
      // access properties are the ones set below.
      SAXParserFactory f = SAXParserFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setXIncludeAware(false);
      SAXParser p = f.newSAXParser();
      p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      p.setProperty(
          "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit",
          String.valueOf(ENTITY_EXPANSIONS));
      return p;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's SAX parser refuses its secure settings", e);
    }
  }

  /** The lines read so far, up to a number of characters. */
  private static final class Lines {
    private final StringBuilder text = new StringBuilder();
    private final int maxChars;

    Lines(int maxChars) {
      this.maxChars = maxChars;
    }

    void add(String line) throws SAXException {
      String l = line.replaceAll("\\s+", " ").strip();
      if (l.isEmpty()) {
        return;
      }
      if (text.length() + l.length() + 1 > maxChars) {
        text.append(l, 0, Math.max(0, maxChars - text.length()));
        throw new SAXException("character limit reached");
      }
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(l);
    }

    boolean full() {
      return text.length() >= maxChars - 1;
    }

    String text() {
      return text.toString();
    }
  }

  /**
   * An element being read: its attribute values, then the text written in it since the last line.
   */
  private static final class Open {
    private String attributes;
    private final StringBuilder text = new StringBuilder();

    Open(Attributes attributes) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < attributes.getLength(); i++) {
        String v = attributes.getValue(i).strip();
        if (!NO_VALUE.contains(v)) {
          values.add(v);
        }
      }
      this.attributes = String.join(SEPARATOR, values);
    }

    /** The line read so far (the attribute values only on the element's first line). */
    String takeLine() {
      String t = text.toString().strip();
      String line =
          attributes.isEmpty() || t.isEmpty() ? attributes + t : attributes + SEPARATOR + t;
      attributes = "";
      text.setLength(0);
      return line;
    }
  }

  private static final class Handler extends DefaultHandler {
    private final Lines lines;
    private final Deque<Open> open = new ArrayDeque<>();
    private final SmsBackup sms = new SmsBackup();
    private int depth;
    private boolean smsBackup;

    Handler(Lines lines) {
      this.lines = lines;
    }

    boolean smsBackup() {
      return smsBackup;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes)
        throws SAXException {
      String name = local.isEmpty() ? qName : local;
      if (depth++ == 0) {
        smsBackup = SmsBackup.isRoot(name);
      }
      if (smsBackup) {
        sms.start(name, attributes);
        return;
      }
      if (!open.isEmpty()) {
        // Text before a child is a line of its own: the child's text follows it.
        flush(open.peek());
      }
      open.push(new Open(attributes));
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!smsBackup && !open.isEmpty()) {
        open.peek().text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      depth--;
      String name = local.isEmpty() ? qName : local;
      if (smsBackup) {
        for (String line : sms.end(name)) {
          lines.add(line);
        }
        return;
      }
      flush(open.pop());
    }

    private void flush(Open element) throws SAXException {
      lines.add(element.takeLine());
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
      // Never fetched: an external entity or DTD reads as nothing.
      return new InputSource(new StringReader(""));
    }
  }
}
