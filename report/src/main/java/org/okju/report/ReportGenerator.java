package org.okju.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.okju.casefile.CaseStore;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Progress;
import org.okju.casefile.Sha256;

/**
 * {@code okju report}: verifies the case, renders the report (HTML, or PDF printed from the same
 * HTML), publishes it atomically and appends a {@value #REPORT_GENERATED} custody entry carrying
 * its SHA-256. Asking for thumbnails first appends a {@value #MEDIA_VIEWED} entry, so the report
 * itself shows that media was looked at. Thread-safe when the store is.
 */
public final class ReportGenerator {
  /** The custody action of a written report. */
  public static final String REPORT_GENERATED = "report-generated";

  /** The custody action of reading media pixels for thumbnails. */
  public static final String MEDIA_VIEWED = "media-viewed";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseStore store;
  private final Progress progress;

  /** A generator for the case in {@code store}. */
  public ReportGenerator(CaseStore store) {
    this(store, Progress.NONE);
  }

  /** The same, telling {@code progress} how far a report is (thumbnails take a while). */
  public ReportGenerator(CaseStore store, Progress progress) {
    this.store = store;
    this.progress = progress;
  }

  /**
   * What was written.
   *
   * @param file the report
   * @param sha256 its SHA-256, as logged
   * @param verification the verification printed in it
   */
  public record Result(Path file, Sha256 sha256, Verification verification) {}

  /**
   * Writes the report and logs it.
   *
   * @throws IOException when the file cannot be written (nothing is logged then)
   * @throws IllegalArgumentException when the output is neither .html nor .pdf
   */
  public Result generate(ReportOptions options) throws IOException {
    ReportOptions.Format format = options.format();
    if (options.thumbnails() != Thumbnails.Mode.NONE) {
      ObjectNode p = JSON.createObjectNode();
      p.put("purpose", "report thumbnails");
      p.put("mode", options.thumbnails().name().toLowerCase(Locale.ROOT));
      p.put("report", options.out().toAbsolutePath().toString());
      log(options, MEDIA_VIEWED, p, Map.of(), Map.of());
    }
    Rendered r = render(options);
    byte[] bytes =
        format == ReportOptions.Format.PDF
            ? PdfReport.render(r.html())
            : r.html().getBytes(StandardCharsets.UTF_8);
    Sha256 sha256 = AtomicFile.write(options.out(), bytes);
    ObjectNode p = JSON.createObjectNode();
    p.put("file", options.out().toAbsolutePath().toString());
    p.put("format", format.name().toLowerCase(Locale.ROOT));
    p.put("thumbnails", options.thumbnails().name().toLowerCase(Locale.ROOT));
    p.put("verificationHolds", r.verification().holds());
    Map<String, Sha256> inputs = new TreeMap<>();
    r.verification().chain().head().ifPresent(h -> inputs.put("custody-head", h.hash()));
    log(options, REPORT_GENERATED, p, inputs, Map.of("report", sha256));
    return new Result(options.out(), sha256, r.verification());
  }

  /** The HTML of the report and the verification in it, writing and logging nothing. */
  public Rendered render(ReportOptions options) {
    progress.phase("reading the case", -1);
    CaseSnapshot snapshot = CaseSnapshot.read(store, options.plugins().identities());
    progress.phase("verifying", -1);
    Verification v = new CaseVerifier(store).check();
    List<Thumbnails.Thumbnail> thumbs =
        Thumbnails.of(store, snapshot.sources(), snapshot.items(), options.thumbnails(), progress);
    progress.phase("rendering", -1);
    String html =
        HtmlReport.render(
            snapshot,
            v,
            thumbs,
            options,
            new ReportContext(store, snapshot.privacy(), Words.of(options.language())));
    return new Rendered(html, v);
  }

  /**
   * A rendered report.
   *
   * @param html the XHTML page
   * @param verification what it says about the case
   */
  public record Rendered(String html, Verification verification) {}

  private void log(
      ReportOptions o,
      String action,
      ObjectNode parameters,
      Map<String, Sha256> inputs,
      Map<String, Sha256> outputs) {
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                o.user(), action, parameters.toString(), inputs, outputs, o.okjuVersion()));
  }
}
