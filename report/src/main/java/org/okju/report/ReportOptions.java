package org.okju.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * What {@code okju report} was asked for.
 *
 * @param out the file to write; its extension ({@code .html} or {@code .pdf}) picks the format
 * @param thumbnails whether to include blurred thumbnails (never by default)
 * @param user who asked (for the custody log)
 * @param okjuVersion the running version
 * @param generated the generation time printed in the report (the only part that varies)
 * @param plugins the sections other modules provide
 * @param language the language the report is written in
 */
public record ReportOptions(
    Path out,
    Thumbnails.Mode thumbnails,
    String user,
    String okjuVersion,
    Instant generated,
    ReportPlugins plugins,
    ReportLanguage language) {

  /** Options for an English report. */
  public ReportOptions(
      Path out,
      Thumbnails.Mode thumbnails,
      String user,
      String okjuVersion,
      Instant generated,
      ReportPlugins plugins) {
    this(out, thumbnails, user, okjuVersion, generated, plugins, ReportLanguage.EN);
  }

  /** These options with other plugins. */
  public ReportOptions withPlugins(ReportPlugins other) {
    return new ReportOptions(out, thumbnails, user, okjuVersion, generated, other, language);
  }

  /** These options in another language. */
  public ReportOptions withLanguage(ReportLanguage other) {
    return new ReportOptions(out, thumbnails, user, okjuVersion, generated, plugins, other);
  }

  /** Report file formats. */
  public enum Format {
    HTML,
    PDF
  }

  /**
   * The format named by the output's extension.
   *
   * @throws IllegalArgumentException when the extension is neither .html nor .pdf
   */
  public Format format() {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Format.HTML;
    }
    if (name.endsWith(".pdf")) {
      return Format.PDF;
    }
    throw new IllegalArgumentException("report file must end in .html or .pdf: " + out);
  }
}
