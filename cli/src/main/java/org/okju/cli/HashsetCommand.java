package org.okju.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.casefile.HashSets;
import org.okju.copies.HashSetImport;
import org.okju.index.hashset.HashSetFormat;
import org.okju.index.hashset.HashSetFormats;
import org.okju.index.hashset.ParseProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju hashset import|list}: known-bad and ignorable hash lists in the case. */
@Command(
    name = "hashset",
    mixinStandardHelpOptions = true,
    description = "Imports hash lists into the case and lists them.",
    subcommands = {HashsetCommand.Import.class, HashsetCommand.ListSets.class})
final class HashsetCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "okju hashset: import or list is required");
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Imports a hash list (md5sum, sha1sum, sha256sum, hex-list, nsrl-v2, nsrl-v3, vics-1.3,",
        "vics-2.0, pdq-list, hma-csv; detected from the file unless --format is given) as a",
        "named set. Malformed lines are reported with their line numbers and skipped; the exit",
        "code is then 3. The import is logged with the file's SHA-256 and the counts."
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseWriteOption caseOption;

    @Parameters(index = "0", paramLabel = "FILE", description = "The hash list.")
    Path file;

    @Option(names = "--name", required = true, description = "The set's name in the case.")
    String name;

    @Option(
        names = "--kind",
        required = true,
        paramLabel = "known-bad|ignorable",
        description = "What the list holds.")
    String kind;

    @Option(names = "--format", paramLabel = "NAME", description = "The format (default: detect).")
    String format;

    @Override
    public Integer call() throws IOException, InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      if (!HashSetImport.KINDS.contains(kind)) {
        return usage("--kind is known-bad or ignorable, not " + kind);
      }
      if (!Files.isRegularFile(file)) {
        return usage("no file " + file);
      }
      Optional<HashSetFormat> f =
          format != null ? HashSetFormats.byName(format) : HashSetFormats.detect(file);
      if (f.isEmpty()) {
        return usage(
            format != null
                ? "no hash-set format " + format + "; formats: " + names()
                : "cannot tell the format of " + file + "; give --format (" + names() + ")");
      }
      try (CaseStore store = caseOption.openForWriting()) {
        HashSetImport.Result r;
        try {
          r =
              new HashSetImport(store)
                  .run(file, name, kind, f.get(), caseOption.user, OkjuVersion.current());
        } catch (IllegalArgumentException e) {
          return usage(e.getMessage());
        }
        out.println(
            "hash set "
                + name
                + " ("
                + kind
                + ", "
                + f.get().name()
                + "): "
                + r.records()
                + " records, "
                + r.hashes()
                + " hashes, "
                + r.problems()
                + " malformed; file sha256 "
                + r.fileSha256().toHex());
        for (ParseProblem p : r.firstProblems()) {
          out.println("  line " + p.line() + ": " + p.reason());
        }
        if (r.problems() > r.firstProblems().size()) {
          out.println(
              "  ... and " + (r.problems() - r.firstProblems().size()) + " more malformed lines");
        }
        out.flush();
        return r.problems() > 0 ? ExitCode.PARTIAL : ExitCode.OK;
      }
    }

    private static String names() {
      return String.join(
          ", ", HashSetFormats.all().stream().map(HashSetFormat::name).sorted().toList());
    }

    private int usage(String message) {
      spec.commandLine().getErr().println("okju hashset import: " + message);
      spec.commandLine().getErr().flush();
      return ExitCode.USAGE;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the imported sets.")
  static final class ListSets implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (CaseStore store = caseOption.openExisting()) {
        out.println("name\tkind\tformat\tentries\tmalformed\timported\tuser\tfile sha256");
        for (HashSets.HashSet s : store.hashSets().list()) {
          out.println(
              String.join(
                  "\t",
                  s.name(),
                  s.kind(),
                  s.format(),
                  s.entries().map(String::valueOf).orElse("unfinished"),
                  s.problems().map(String::valueOf).orElse("-"),
                  s.importedAt().toString(),
                  s.user(),
                  s.fileSha256()));
        }
      }
      out.flush();
      return ExitCode.OK;
    }
  }
}
