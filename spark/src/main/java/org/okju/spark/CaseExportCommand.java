package org.okju.spark;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.okju.casefile.CaseBusyException;
import org.okju.casefile.CaseStore;
import org.okju.casefile.NoCaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code okju export --format parquet --out DIR [--case C]}: reached through the launcher, which
 * sends {@code export --format parquet} here and every other format to the CLI.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the case as Parquet for Spark, DuckDB or pyarrow: one row per file.",
      "The table okju spark fingerprint writes (paths, size, type, MD5/SHA-1/SHA-256, PDQ with",
      "quality, dihedrals, vPDQ frames, copy views, metadata, problems) with each file's tape and",
      "relation; names withheld and people pseudonymised as in every export; published whole or",
      "not at all, and logged in the custody log with each file's SHA-256."
    })
final class CaseExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CaseWriting caseOption;

  @Option(
      names = "--format",
      paramLabel = "parquet",
      required = true,
      description = "The export format (the other formats are okju export's in the CLI).")
  String format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "The Parquet directory to write; it must not exist.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!"parquet".equals(format)) {
      return fail(2, "this path writes only --format parquet, not " + format);
    }
    if (java.nio.file.Files.exists(out)) {
      return fail(2, "--out " + out + " already exists");
    }
    try (CaseStore store = caseOption.open("okju export")) {
      SparkSession spark = SparkSessions.builder("local[1]", "okju export").getOrCreate();
      try {
        CaseParquetExport.Result r =
            new CaseParquetExport(spark)
                .export(store, out, caseOption.user, CaseWriting.okjuVersion());
        var w = spec.commandLine().getOut();
        w.println(r.dir());
        w.println(r.rows() + " rows, " + r.files().size() + " files, logged in custody");
        r.files().forEach((name, sha) -> w.println("sha256 " + sha.toHex() + "  " + name));
        w.flush();
        return 0;
      } finally {
        spark.stop();
      }
    } catch (NoCaseException e) {
      return fail(2, e.getMessage());
    } catch (FileAlreadyExistsException e) {
      return fail(2, "--out " + out + " already exists");
    } catch (CaseBusyException e) {
      return fail(1, e.getMessage());
    }
  }

  private int fail(int code, String message) {
    spec.commandLine().getErr().println("okju export: " + message);
    spec.commandLine().getErr().flush();
    return code;
  }
}
