package org.okju.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.casefile.HashSets;
import org.okju.copies.HashSetImport;
import org.okju.copies.HashSetRemoval;
import org.okju.index.hashset.HashKind;
import org.okju.index.hashset.HashSetFormat;
import org.okju.index.hashset.HashSetFormats;
import org.okju.index.hashset.ParseProblem;
import org.okju.index.hashset.PlainHexFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju hashset import|list|remove}: known-bad and ignorable hash lists in the case. */
@Command(
    name = "hashset",
    mixinStandardHelpOptions = true,
    description = "Imports hash lists into the case, lists them and removes them.",
    subcommands = {
      HashsetCommand.Import.class,
      HashsetCommand.ListSets.class,
      HashsetCommand.Remove.class
    })
final class HashsetCommand extends VerbGroup {

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Imports a partner's hash list as a named set, its format detected.",
        "Imports a hash list as a named set: md5sum, sha1sum, sha256sum, hashdeep, hex-list, nsrl-v2, "
            + "nsrl-v3, vics-1.3, vics-2.0 (media lists and case files), te (ThreatExchange "
            + "local_file), hma-json (HMA bank signal lines), pdq-list, hma-csv, okju-pdq (what "
            + "okju pdq prints), and so every list okju writes; detected from the file unless "
            + "--format is given. Malformed lines are reported with their line numbers and skipped "
            + "(exit code 3). The import is one transaction (a failed one leaves nothing) and is "
            + "logged with the file's SHA-256."
      })
  static final class Import implements Callable<Integer> {
    private static final Set<String> HASH_KINDS = Set.of("pdq", "sha256");

    @Spec CommandSpec spec;
    @Mixin CaseWriteOption caseOption;

    @Parameters(index = "0", paramLabel = "FILE", description = "The hash list.")
    Path file;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "NAME",
        description = "The set's name in the case (free: okju hashset remove frees a name).")
    String name;

    @Option(
        names = "--kind",
        required = true,
        split = ",",
        paramLabel = "known-bad|ignorable|pdq|sha256",
        description =
            "What the list holds: known-bad or ignorable files (required); and, for a plain"
                + " list of 64-digit hex values, whether they are pdq or sha256 hashes, which"
                + " look alike (repeat --kind or separate with commas: --kind known-bad,pdq).")
    List<String> kinds;

    @Option(names = "--format", paramLabel = "NAME", description = "The format (default: detect).")
    String format;

    @Override
    public Integer call() throws IOException, InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isRegularFile(file)) {
        throw CliException.usage("no such file: " + file);
      }
      List<String> setKinds = kinds.stream().filter(HashSetImport.KINDS::contains).toList();
      List<String> hashKinds = kinds.stream().filter(HASH_KINDS::contains).toList();
      List<String> unknown =
          kinds.stream()
              .filter(k -> !HashSetImport.KINDS.contains(k) && !HASH_KINDS.contains(k))
              .toList();
      if (!unknown.isEmpty() || setKinds.size() != 1 || hashKinds.size() > 1) {
        throw CliException.usage(
            "--kind takes known-bad or ignorable (one of them), and for a plain hex list pdq"
                + " or sha256; not "
                + String.join(",", kinds));
      }
      HashSetFormat f = format(hashKinds.stream().findFirst());
      try (CaseStore store = caseOption.openForWriting()) {
        HashSetImport.Result r;
        try {
          r =
              new HashSetImport(store)
                  .run(file, name, setKinds.get(0), f, caseOption.user, OkjuVersion.current());
        } catch (HashSetImport.NothingImported e) {
          throw CliException.failure(e.getMessage());
        }
        out.println(
            "imported hash set "
                + name
                + " ("
                + setKinds.get(0)
                + ", "
                + f.name()
                + hashKinds.stream().map(k -> " as " + k).findFirst().orElse("")
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

    // The format named or detected; a plain hex list of 64-digit values only with its hash kind.
    private HashSetFormat format(Optional<String> hashKind) throws IOException {
      Optional<HashSetFormat> f =
          format != null ? HashSetFormats.byName(format) : HashSetFormats.detect(file);
      if (f.isEmpty()) {
        throw CliException.usage(
            format != null
                ? "no hash-set format " + format + "; formats: " + names()
                : "cannot tell the format of " + file + "; give --format (" + names() + ")");
      }
      boolean plainHex = f.get() instanceof PlainHexFormat;
      if (hashKind.isPresent()) {
        if (!plainHex) {
          throw CliException.usage(
              "--kind "
                  + hashKind.get()
                  + " is for plain hex lists; "
                  + f.get().name()
                  + " says itself what its hashes are");
        }
        return PlainHexFormat.assuming(
            hashKind.get().equals("pdq") ? HashKind.PDQ : HashKind.SHA256);
      }
      if (plainHex && PlainHexFormat.onlySixtyFourDigits(file)) {
        throw CliException.usage(
            file
                + " holds only 64-digit hex values, which PDQ and SHA-256 hashes both are:"
                + " say which with --kind pdq or --kind sha256");
      }
      return f.get();
    }

    private static String names() {
      return String.join(
          ", ", HashSetFormats.all().stream().map(HashSetFormat::name).sorted().toList());
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "Lists the imported sets: name, kind, format, counts, who imported it and when.")
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

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = {
        "Removes an imported set with its entries and its matches, and frees its name.",
        "The removal is logged with the set's kind, format, counts and file SHA-256."
      })
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseWriteOption caseOption;

    @Parameters(index = "0", paramLabel = "NAME", description = "The set to remove.")
    String name;

    @Override
    public Integer call() throws InterruptedException {
      HashSets.HashSet removed;
      try (CaseStore store = caseOption.openForWriting()) {
        removed = new HashSetRemoval(store).run(name, caseOption.user, OkjuVersion.current());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "removed hash set "
              + removed.name()
              + " ("
              + removed.kind()
              + ", "
              + removed.format()
              + ", "
              + removed.entries().map(n -> n + " records").orElse("unfinished import")
              + ") as "
              + caseOption.user);
      out.flush();
      return ExitCode.OK;
    }
  }
}
