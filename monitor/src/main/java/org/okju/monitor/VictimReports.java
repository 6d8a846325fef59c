package org.okju.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.okju.casefile.CaseStore;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;
import org.okju.report.Documents;

/**
 * Writes a victim's status report ({@link VictimReport}) as {@code .html} or {@code .pdf} (Korean
 * fonts embedded), atomically, and logs it: the custody entry {@code victim-report-written} holds
 * the pseudonym, language, whether URLs were included, the number of copies and the file's SHA-256.
 */
public final class VictimReports {
  public static final String WRITTEN = "victim-report-written";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseStore store;

  public VictimReports(CaseStore store) {
    this.store = store;
  }

  /** What was written. */
  public record Written(Path file, String format, Sha256 sha256, List<Sighting> sightings) {}

  /**
   * Writes the report of the victim with {@code pseudonym}, whose recordings are {@code tapes}.
   *
   * @throws IllegalArgumentException for an output that is neither .html nor .pdf, or a language
   *     other than ko and en
   * @throws Platforms.BadRegistryException when the case's registry cannot be read
   * @throws IOException when the file cannot be written
   */
  public Written write(
      String pseudonym,
      Set<String> tapes,
      String language,
      boolean withUrls,
      Path out,
      Instant now,
      String user,
      String okjuVersion)
      throws Platforms.BadRegistryException, IOException {
    String format = format(out);
    Platforms platforms = Platforms.of(store);
    // One copy per URL: a compilation online that holds two of the victim's tapes is one copy.
    Map<String, Sighting> byUrl = new LinkedHashMap<>();
    for (Sighting s : SightingBook.of(store, platforms)) {
      if (tapes.contains(s.tape())) {
        byUrl.putIfAbsent(s.url(), s);
      }
    }
    List<Sighting> theirs = List.copyOf(byUrl.values());
    NoticeDocument doc =
        VictimReport.build(
            new VictimReport.Request(pseudonym, theirs, platforms, language, withUrls, now));
    byte[] bytes =
        format.equals("pdf")
            ? Documents.pdf(doc.xhtml())
            : doc.xhtml().getBytes(StandardCharsets.UTF_8);
    Sha256 sha = NoticeFiles.writeAtomically(out, bytes);
    ObjectNode p = JSON.createObjectNode();
    p.put("victim", pseudonym);
    p.put("language", language);
    p.put("format", format);
    p.put("with_urls", withUrls);
    p.put("copies", theirs.size());
    p.put("tapes", tapes.size());
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                user, WRITTEN, p.toString(), Map.of(), Map.of("report", sha), okjuVersion));
    return new Written(out, format, sha, theirs);
  }

  static String format(Path out) {
    String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return "html";
    }
    if (n.endsWith(".pdf")) {
      return "pdf";
    }
    throw new IllegalArgumentException(out + ": the report is written as .html or .pdf");
  }
}
