package org.okju.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import org.okju.casefile.CaseStore;
import org.okju.report.ReportGenerator;
import org.okju.report.ReportOptions;
import org.okju.report.ReportPlugins;
import org.okju.report.Thumbnails;
import org.okju.web.jobs.JobOutcome;

/**
 * The court report from the browser: the report module's generator (no thumbnails: pixels are seen
 * only through the audited viewer), with the analyses' sections added by {@code sections} (the
 * composition {@code okju report} uses; the server that starts the workbench hands it in, as
 * neither {@code report} nor {@code web} may own the copies' and ledger's sections).
 */
final class CaseReports {
  private final BiFunction<ReportPlugins, CaseStore, ReportPlugins> sections;

  CaseReports(BiFunction<ReportPlugins, CaseStore, ReportPlugins> sections) {
    this.sections = sections;
  }

  JobOutcome write(CaseStore store, Path out, String user, String okjuVersion) throws IOException {
    ReportOptions options =
        new ReportOptions(
            out,
            Thumbnails.Mode.NONE,
            user,
            okjuVersion,
            Instant.now(),
            sections.apply(ReportPlugins.pending(), store));
    ReportGenerator.Result r = new ReportGenerator(store).generate(options);
    return new JobOutcome(
        (r.verification().holds() ? "everything holds" : "SOMETHING DOES NOT HOLD")
            + "; sha256 "
            + r.sha256().toHex(),
        Optional.of(r.file()),
        false);
  }
}
