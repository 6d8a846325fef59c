package org.okju.index.hashset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the Media records of a Project VIC (VICS) JSON file with Jackson's streaming parser, one
 * record in memory at a time. Handles both shapes in use:
 *
 * <ul>
 *   <li>VICS 2.0 and flat 1.3 media lists: {@code {"@odata.context" or "odata.metadata": ...,
 *       "value": [ {Media}, ... ]}};
 *   <li>VICS 1.3 case files: {@code {"odata.metadata": ".../1.3.xml#Cases", "value": [ {case
 *       fields, "Media": [ {Media}, ... ]} ]}}.
 * </ul>
 *
 * From a Media record: {@code MD5}, {@code SHA1} (upper case as distributed), PDQ from {@code
 * AlternativeHashes} entries whose {@code HashName} is PDQ, {@code MediaSize}, {@code Category} (a
 * number, 0 = uncategorised), {@code MediaID} as label and {@code RelativeFilePath} as name. {@code
 * MediaFiles}, {@code Exifs} and other nested data are skipped. A JSON syntax error ends the file
 * with one problem (nothing after it can be trusted).
 */
final class VicsMediaReader {
  private static final JsonFactory JSON = new JsonFactory();

  private VicsMediaReader() {}

  static Stream<HashSetEntry> stream(Path file, Consumer<ParseProblem> problems)
      throws IOException {
    JsonParser p = JSON.createParser(Files.newInputStream(file));
    State state = new State(p, problems);
    Spliterator<HashSetEntry> s =
        new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
          @Override
          public boolean tryAdvance(Consumer<? super HashSetEntry> action) {
            try {
              Optional<HashSetEntry> e = state.next();
              e.ifPresent(action);
              return e.isPresent();
            } catch (JsonProcessingException e) {
              problems.accept(
                  new ParseProblem(
                      e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                      "invalid JSON, reading stopped: " + e.getOriginalMessage()));
              return false;
            } catch (IOException e) {
              throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
          }
        };
    return StreamSupport.stream(s, false)
        .onClose(
            () -> {
              try {
                p.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Where the parser is: before "value", inside it, inside a case, inside a case's Media. */
  private static final class State {
    private final JsonParser p;
    private final Consumer<ParseProblem> problems;
    private boolean inValue;
    private boolean done;
    private Media outer; // the current element of "value" (a media, or a 1.3 case)
    private boolean inCaseMedia;

    State(JsonParser p, Consumer<ParseProblem> problems) {
      this.p = p;
      this.problems = problems;
    }

    Optional<HashSetEntry> next() throws IOException {
      while (!done) {
        if (inCaseMedia) {
          JsonToken t = p.nextToken();
          if (t == JsonToken.END_ARRAY) {
            inCaseMedia = false;
          } else if (t == JsonToken.START_OBJECT) {
            Media m = new Media(p.currentLocation().getLineNr());
            readFields(m, false);
            Optional<HashSetEntry> e = m.entry(problems);
            if (e.isPresent()) {
              return e;
            }
          } else {
            p.skipChildren();
          }
        } else if (outer != null) {
          if (readFields(outer, true)) {
            inCaseMedia = true;
          } else {
            Media m = outer;
            outer = null;
            if (m.isMedia()) {
              Optional<HashSetEntry> e = m.entry(problems);
              if (e.isPresent()) {
                return e;
              }
            }
          }
        } else if (inValue) {
          JsonToken t = p.nextToken();
          if (t == JsonToken.START_OBJECT) {
            outer = new Media(p.currentLocation().getLineNr());
          } else if (t == JsonToken.END_ARRAY || t == null) {
            done = true;
          } else {
            p.skipChildren();
          }
        } else {
          findValue();
        }
      }
      return Optional.empty();
    }

    private void findValue() throws IOException {
      JsonToken t = p.nextToken();
      while (t != null) {
        if (t == JsonToken.FIELD_NAME
            && p.currentName().equals("value")
            && p.getParsingContext().getParent().inRoot()) {
          if (p.nextToken() == JsonToken.START_ARRAY) {
            inValue = true;
            return;
          }
        }
        t = p.nextToken();
      }
      done = true;
    }

    /**
     * Reads fields of the object the parser is in until its end (false) or, when {@code caseMedia},
     * until a "Media" array starts (true).
     */
    private boolean readFields(Media m, boolean caseMedia) throws IOException {
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (caseMedia && name.equals("Media") && v == JsonToken.START_ARRAY) {
          return true;
        }
        m.field(name, v, p);
      }
      if (t != JsonToken.END_OBJECT) {
        throw new JsonProcessingException("unexpected " + t, p.currentLocation()) {
          private static final long serialVersionUID = 1L;
        };
      }
      return false;
    }
  }

  /** The fields of one Media record collected while streaming. */
  private static final class Media {
    private final long line;
    private final List<HashValue> hashes = new ArrayList<>(3);
    private final List<String> bad = new ArrayList<>();
    private String id;
    private String path;
    private String category;
    private OptionalLong size = OptionalLong.empty();
    private boolean sawMediaField;

    Media(long line) {
      this.line = line;
    }

    boolean isMedia() {
      return sawMediaField;
    }

    void field(String name, JsonToken v, JsonParser p) throws IOException {
      switch (name) {
        case "MD5" -> {
          sawMediaField = true;
          hash(HashKind.MD5, v, p);
        }
        case "SHA1" -> {
          sawMediaField = true;
          hash(HashKind.SHA1, v, p);
        }
        case "MediaID" -> {
          sawMediaField = true;
          id = v == JsonToken.VALUE_NULL ? null : p.getText();
        }
        case "MediaSize" -> {
          if (v == JsonToken.VALUE_NUMBER_INT) {
            size = OptionalLong.of(p.getLongValue());
          }
        }
        case "Category" -> category = v == JsonToken.VALUE_NULL ? null : p.getText();
        case "RelativeFilePath" -> path = v == JsonToken.VALUE_STRING ? p.getText() : null;
        case "AlternativeHashes" -> alternativeHashes(v, p);
        default -> p.skipChildren();
      }
    }

    private void hash(HashKind kind, JsonToken v, JsonParser p) throws IOException {
      if (v == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
        try {
          hashes.add(HashValue.parse(kind, p.getText().trim()));
        } catch (IllegalArgumentException e) {
          bad.add(e.getMessage());
        }
      } else {
        p.skipChildren();
      }
    }

    private void alternativeHashes(JsonToken v, JsonParser p) throws IOException {
      if (v != JsonToken.START_ARRAY) {
        p.skipChildren();
        return;
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String hashName = null;
        String hashValue = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String f = p.currentName();
          JsonToken t = p.nextToken();
          if (t == JsonToken.VALUE_STRING && f.equals("HashName")) {
            hashName = p.getText();
          } else if (t == JsonToken.VALUE_STRING && f.equals("HashValue")) {
            hashValue = p.getText();
          } else {
            p.skipChildren();
          }
        }
        if ("PDQ".equalsIgnoreCase(hashName) && hashValue != null) {
          try {
            hashes.add(HashValue.parse(HashKind.PDQ, hashValue.trim()));
          } catch (IllegalArgumentException e) {
            bad.add(e.getMessage());
          }
        }
      }
    }

    Optional<HashSetEntry> entry(Consumer<ParseProblem> problems) {
      String where = id != null ? "MediaID " + id + ": " : "";
      for (String b : bad) {
        problems.accept(new ParseProblem(line, where + b));
      }
      if (hashes.isEmpty()) {
        if (bad.isEmpty()) {
          problems.accept(new ParseProblem(line, where + "media without MD5, SHA1 or PDQ"));
        }
        return Optional.empty();
      }
      try {
        return Optional.of(
            new HashSetEntry(
                hashes,
                Optional.ofNullable(path),
                size,
                Optional.ofNullable(category),
                Optional.ofNullable(id),
                line));
      } catch (IllegalArgumentException e) {
        problems.accept(new ParseProblem(line, where + e.getMessage()));
        return Optional.empty();
      }
    }
  }
}
