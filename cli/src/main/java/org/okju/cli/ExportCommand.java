package org.okju.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.report.CaseExporter;
import org.okju.report.ExportFormat;
import org.okju.report.IdentityTable;
import org.okju.report.LedgerEntities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju export}: the case for other tools and agencies. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the case for other tools: CASE/UCO, VICS 2.0, FollowTheMoney, CSV or Parquet.",
      "Writes the case as case-uco (CASE/UCO 1.4 JSON-LD: files with all hashes, tapes, "
          + "confirmed facts, the custody chain), vics2 (a VICS 2.0 case file), vics2-media (VICS "
          + "2.0 flat media list), ftm (FollowTheMoney JSON lines: catalogue and confirmed facts) "
          + "or csv (the catalogue), atomically, and logs its SHA-256. Victims appear by "
          + "pseudonym. parquet (catalogue, fingerprints, tapes, for Spark, DuckDB or pyarrow) "
          + "is written on the Spark module's path of the ./okju launcher. okju export "
          + "takedown: the tapes' takedown lists for partners."
    },
    subcommands = TakedownCommand.class)
final class ExportCommand implements Callable<Integer> {
  private static final String PARQUET = "parquet";

  @Spec CommandSpec spec;
  @Mixin CaseWriteOption caseOption;

  @Option(
      names = "--format",
      paramLabel = "case-uco|vics2|vics2-media|ftm|csv|parquet",
      description = "The export format.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write it.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (format == null || out == null) {
      return usage("--format and --out are required (or: okju export takedown ...)");
    }
    if (format.equals(PARQUET)) {
      // Parquet needs Parquet's and Hadoop's libraries, which only the Spark module's path
      // carries (spark/README.md says why); the launcher sends this format there.
      return usage(
          "--format parquet is written on the Spark module's path: run it as ./okju export"
              + " --format parquet --out DIR (the launcher in okju's checkout)");
    }
    ExportFormat f;
    try {
      f = ExportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    try (CaseStore store = caseOption.openForWriting()) {
      CaseExporter.Result r =
          new CaseExporter(
                  store,
                  IdentityTable.EMPTY,
                  f == ExportFormat.FTM ? new LedgerFtmEntities(store) : LedgerEntities.NONE)
              .export(f, out, caseOption.user, OkjuVersion.current());
      spec.commandLine().getOut().println(r.file().toAbsolutePath());
      spec.commandLine()
          .getOut()
          .println("sha256 " + r.sha256().toHex() + ", " + r.records() + " records");
      spec.commandLine().getOut().flush();
    }
    return ExitCode.OK;
  }

  // The ledger's identity table (pseudonym -> real name) turned round for the privacy filter, so a
  // real name anywhere in an export becomes its pseudonym.
  private int usage(String message) {
    spec.commandLine().getErr().println("okju export: " + message);
    spec.commandLine().getErr().flush();
    return ExitCode.USAGE;
  }
}
