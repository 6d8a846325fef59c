package org.okju.spark;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.okju.casefile.CaseBusyException;
import org.okju.casefile.CaseStore;
import org.okju.casefile.NoCaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code okju import parquet DIR --case C}: reached through the launcher ({@code import parquet}).
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Brings tables made elsewhere into a case: okju import parquet DIR.",
    subcommands = ImportCommand.Parquet.class)
final class ImportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("okju import: a format is required: parquet");
    spec.commandLine().getErr().flush();
    return 2;
  }

  /** {@code okju import parquet}. */
  @Command(
      name = "parquet",
      mixinStandardHelpOptions = true,
      description = {
        "Imports a table of okju spark match into the case as a hash set and its matches.",
        "The case's files that matched (as queries or as the reference) get hash-set matches with",
        "their distance; the set's entries are the other side's hashes, labelled with the",
        "partner's set, or the file and its tape, or where a crawl found it. One transaction;",
        "the same table again changes nothing; bad rows are listed (exit 3); logged in custody."
      })
  static final class Parquet implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin CaseWriting caseOption;

    @Parameters(
        paramLabel = "DIR",
        description = "The table okju spark match wrote (a directory or one .parquet file).")
    Path table;

    @Option(
        names = "--name",
        paramLabel = "NAME",
        description = "The hash set's name in the case (default: spark: and the table's name).")
    String name;

    @Option(
        names = "--kind",
        paramLabel = "known-bad|ignorable",
        description = "What the matched material is (default: ${DEFAULT-VALUE}).")
    String kind = "known-bad";

    @Override
    public Integer call() throws Exception {
      var err = spec.commandLine().getErr();
      if (!kind.equals("known-bad") && !kind.equals("ignorable")) {
        return fail(2, "--kind is known-bad or ignorable, not " + kind);
      }
      if (!java.nio.file.Files.exists(table)) {
        return fail(2, "missing-path " + table);
      }
      String setName =
          name != null ? name : "spark:" + table.toAbsolutePath().normalize().getFileName();
      try (CaseStore store = caseOption.open("okju import parquet")) {
        SparkSession spark = SparkSessions.builder("local[1]", "okju import").getOrCreate();
        try {
          MatchTableImport.Result r =
              new MatchTableImport(store)
                  .run(
                      new MatchTable(spark, table),
                      setName,
                      kind,
                      caseOption.user,
                      CaseWriting.okjuVersion());
          var w = spec.commandLine().getOut();
          if (r.alreadyImported()) {
            w.println(
                "already imported as hash set '"
                    + r.set().name()
                    + "' (table sha256 "
                    + r.tableSha256().toHex()
                    + "): nothing changed");
            w.flush();
            return 0;
          }
          w.println(
              "hash set '"
                  + r.set().name()
                  + "': "
                  + r.rows()
                  + " rows, "
                  + r.matches()
                  + " matches of the case's files, "
                  + r.entries()
                  + " hashes, "
                  + r.outside()
                  + " rows about no file of this case, "
                  + r.problems()
                  + " bad rows; logged in custody (table sha256 "
                  + r.tableSha256().toHex()
                  + ")");
          w.flush();
          r.firstProblems().forEach(b -> err.println("okju import parquet: bad row: " + b));
          err.flush();
          return r.problems() > 0 ? 3 : 0;
        } finally {
          spark.stop();
        }
      } catch (NoCaseException e) {
        return fail(2, e.getMessage());
      } catch (MatchTableException e) {
        return fail(1, e.getMessage());
      } catch (IllegalArgumentException e) {
        return fail(2, e.getMessage());
      } catch (CaseBusyException e) {
        return fail(1, e.getMessage());
      }
    }

    private int fail(int code, String message) {
      spec.commandLine().getErr().println("okju import parquet: " + message);
      spec.commandLine().getErr().flush();
      return code;
    }
  }
}
