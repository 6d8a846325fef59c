package org.okju.report;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;

/**
 * Writes the fixture case's report where {@code -Dokju.sample.report=FILE.html|.pdf} says, for the
 * README's screenshot ({@code mvn -pl report -am verify -Dtest=SampleReport
 * -Dsurefire.failIfNoSpecifiedTests=false -Dokju.sample.report=/tmp/sample.html}). Skipped
 * otherwise.
 */
class SampleReport {
  @TempDir Path tmp;

  @Test
  @EnabledIfSystemProperty(named = "okju.sample.report", matches = ".+")
  void writeTheSampleReport() throws Exception {
    CaseFixture fixture = CaseFixture.sqlite(tmp, true);
    try (CaseStore store = fixture.open()) {
      new CaseVerifier(store).checkAndLog("inv2", "0.1.0");
      new ReportGenerator(store)
          .generate(
              new ReportOptions(
                  Path.of(System.getProperty("okju.sample.report")),
                  Thumbnails.Mode.NONE,
                  "inv1",
                  "0.1.0",
                  Instant.parse("2025-06-01T10:00:00Z"),
                  ReportPlugins.pending()));
    }
  }
}
