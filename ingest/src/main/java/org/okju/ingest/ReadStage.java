package org.okju.ingest;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.okju.casefile.ErrorSeverity;
import org.okju.evidence.EvidenceException;
import org.okju.evidence.EvidenceStream;
import org.okju.text.TextEncoding;

/** Reads each item once: digests, media type by content, and the bytes later stages need. */
final class ReadStage implements IngestStage {
  static final String NAME = "read";

  /** The item metadata naming a text item's character encoding. */
  static final String CHARSET = "text.charset";

  private ContentReader reader;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Fact> requires() {
    return EnumSet.noneOf(Fact.class);
  }

  @Override
  public Set<Fact> provides() {
    return EnumSet.of(Fact.CONTENT);
  }

  @Override
  public void open(StageContext context) {
    IngestSettings s = context.settings();
    reader =
        new ContentReader(
            new TypeDetector(),
            new KeepPolicy(s.fingerprints(), s.text()),
            s.workDirectory(),
            s.memoryPerItem());
  }

  @Override
  public void process(IngestItem item) {
    if (!item.readable()) {
      return;
    }
    long expected = item.declaredSize();
    try (EvidenceStream source = item.opener().open()) {
      ReadResult r = reader.read(source, item.path().bytes(), item.budget());
      item.read(r);
      r.type().charset().ifPresent(c -> charset(item, c));
      if (expected >= 0 && r.size() != expected) {
        item.problem(
            NAME,
            "changed-while-read",
            ErrorSeverity.WARNING,
            "size was " + expected + " bytes when listed, " + r.size() + " bytes were read");
      }
      if (r.size() == 0) {
        item.problem(NAME, "empty", ErrorSeverity.WARNING, "zero-byte file");
      }
    } catch (ExpansionLimitException e) {
      item.unreadable();
      item.problem(NAME, "zip-bomb", ErrorSeverity.ERROR, e.getMessage());
    } catch (EvidenceException e) {
      item.unreadable();
      item.problem(NAME, e.kind(), ErrorSeverity.ERROR, e.getMessage());
    } catch (IOException e) {
      item.unreadable();
      item.problem(NAME, "read-error", ErrorSeverity.ERROR, String.valueOf(e.getMessage()));
    }
  }

  /** Records a text item's encoding; flags one that had to be read as Latin-1 for want of one. */
  private static void charset(IngestItem item, TextEncoding.Detected c) {
    item.metadata().put(CHARSET, c.name());
    if (!c.decided()) {
      item.problem(
          NAME,
          "undecided-charset",
          ErrorSeverity.WARNING,
          "no encoding fits the text (UTF-8/16, CP949, Shift-JIS, Latin-1): read as ISO-8859-1");
    }
  }

  @Override
  public void close() {}
}
