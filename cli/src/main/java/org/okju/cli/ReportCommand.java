package org.okju.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.report.ReportGenerator;
import org.okju.report.ReportLanguage;
import org.okju.report.ReportOptions;
import org.okju.report.ReportPlugins;
import org.okju.report.Thumbnails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju report}: the court-ready report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the court report of the case as one self-contained HTML or PDF file.",
      "Writes a self-contained report of the case (FILE.html, or FILE.pdf printed from the "
          + "same page): summary, verification, sources and manifests, catalogue, analyses, "
          + "timeline, custody log, tools. No media pixels unless --thumbnails is given (which is "
          + "logged). Victims appear by pseudonym only. The report's SHA-256 goes into the "
          + "custody log. okju report victim writes a victim's status report instead."
    },
    subcommands = {ReportVictimCommand.class})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CaseWriteOption caseOption;

  @Option(names = "--out", paramLabel = "FILE", description = "FILE.html or FILE.pdf (required).")
  Path out;

  @Option(
      names = "--thumbnails",
      paramLabel = "blurred|greyscale",
      description = "Add small, heavily blurred thumbnails of the images (logged as media viewed).")
  String thumbnails;

  @Option(
      names = "--lang",
      paramLabel = "en|ko",
      defaultValue = "en",
      description = "The report's language: en (default) or ko.")
  String lang;

  @Override
  public Integer call() throws Exception {
    if (out == null) {
      // Not required by picocli, which would then ask it of okju report victim too; a missing
      // case is still said first, as by every verb.
      caseOption.openExisting().close();
      return usage("--out FILE.html|FILE.pdf is required");
    }
    ReportLanguage language;
    try {
      language = ReportLanguage.parse(lang);
    } catch (IllegalArgumentException e) {
      return usage("--lang takes en or ko, not " + lang);
    }
    Thumbnails.Mode mode;
    try {
      mode = thumbnails == null ? Thumbnails.Mode.NONE : Thumbnails.Mode.parse(thumbnails);
      if (mode == Thumbnails.Mode.NONE && thumbnails != null) {
        throw new IllegalArgumentException(thumbnails);
      }
    } catch (IllegalArgumentException e) {
      return usage("--thumbnails takes blurred or greyscale, not " + thumbnails);
    }
    ReportOptions options =
        new ReportOptions(
            out,
            mode,
            caseOption.user,
            OkjuVersion.current(),
            Instant.now(),
            ReportPlugins.pending());
    try {
      options.format();
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    try (CaseStore store = caseOption.openForWriting()) {
      ReportOptions withSections =
          options
              .withPlugins(
                  CopiesReportSections.addTo(
                      LedgerReportSections.addTo(options.plugins(), store), store))
              .withLanguage(language);
      ReportGenerator.Result r;
      try (TerminalProgress progress = TerminalProgress.open(null)) {
        r = new ReportGenerator(store, progress).generate(withSections);
      } catch (IOException e) {
        // A report that cannot be written (no Korean font for a PDF, a full disk) is no result.
        spec.commandLine().getErr().println("okju report: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return ExitCode.FAILURE;
      }
      spec.commandLine().getOut().println(r.file().toAbsolutePath());
      spec.commandLine().getOut().println("sha256 " + r.sha256().toHex());
      spec.commandLine()
          .getOut()
          .println(
              r.verification().holds()
                  ? "verification: everything holds"
                  : "verification: SOMETHING DOES NOT HOLD");
      spec.commandLine().getOut().flush();
    }
    return ExitCode.OK;
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("okju report: " + message);
    spec.commandLine().getErr().flush();
    return ExitCode.USAGE;
  }
}
