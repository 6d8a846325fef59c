package org.okju.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code okju bench ledger}: precision/recall/F1 of the ledger extractor on its corpus. */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    description = {
      "Measures entity and fact extraction on the annotated fictional corpus.",
      "Builds the fictional annotated corpus (txt, EUC-KR and CP949 txt, docx, xlsx, pdf, html,"
          + " scanned pngs read by OCR) in a temporary directory and prints precision, recall and"
          + " F1 per entity type and per fact type, for the development half (the rules may be"
          + " tuned on it) and the held-out test half (only scored)."
    })
final class LedgerBenchCommand implements Callable<Integer> {
  @Option(
      names = "--verbose",
      description =
          "Also list every miss and spurious item of the development half (never of the test"
              + " half, which is held out: only its scores are printed).")
  boolean verbose;

  @Option(
      names = "--error-kinds",
      description =
          "Also break each half's person row down by the kind of error (a gold person never"
              + " proposed, doubted by the filter, split into a variant, merged into another,"
              + " found with the wrong span; a false person that is a variant of a gold one, a"
              + " span overlapping one, a place word, a role word, a common word) and by stratum"
              + " (language, genre, gold role): counts only; with --verbose the development half's"
              + " names per kind (never the test half's).")
  boolean errorKinds;

  @Option(
      names = "--rename-seed",
      paramLabel = "N",
      description =
          "Measure the corpus with its people renamed: every gold person whose name has a known"
              + " shape (a Korean given name, surname and title or full name, an English or"
              + " romanised name) gets another fictional name of the same shape drawn with seed N,"
              + " in the text and the annotation alike; nicknames, handles and role words are"
              + " kept. Both halves are printed (the test half's scores only), each with how many"
              + " people were renamed.")
  Long renameSeed;

  @Option(
      names = "--quotes",
      description =
          "With --from: also measure the safety net under quoted lines on those development"
              + " documents (words withheld that are no person's name, names it catches); with"
              + " --verbose every word it withholds that is no person's name.")
  boolean quotes;

  @Option(
      names = "--from",
      paramLabel = "N",
      description =
          "Score only the development documents numbered N or above (a round of new documents,"
              + " before their fixes), with --verbose their misses; the held-out half is neither"
              + " built nor scored.")
  Integer from;

  @Option(
      names = "--cross-validate",
      description =
          "Also learn the person decision from the development half and score it honestly:"
              + " person candidates (more than the rules accept) labelled by the annotation, a"
              + " logistic regression over their general features trained on nine tenths of the"
              + " development documents and scored on the tenth left out (10 folds by document)."
              + " Prints the cross-validated person rows of each decision (rules alone, the model"
              + " without and with the rules' reading, the rules filtered and topped up by the"
              + " model) with the thresholds chosen on them; then, for the test half, the same"
              + " decisions trained on the whole development half (summary rows only).")
  boolean crossValidate;

  @Option(
      names = "--write-person-model",
      paramLabel = "FILE",
      description =
          "Write the person filter the ledger ships (the model of the rules"
              + " filtered by the model, trained on the development half as the rules read it"
              + " before each round's fixes, with the threshold its cross-validation chose) to"
              + " FILE; the ledger's copy is"
              + " ledger/src/main/resources/org/okju/ledger/person-model.tsv. Reads and prints the"
              + " development half only (and its cross-validation).")
  Path personModel;

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (renameSeed != null && (crossValidate || personModel != null)) {
      // The rules' readings before each round are of the documents as written, not renamed.
      System.err.println(
          "okju bench ledger: --cross-validate and --write-person-model read the corpus as"
              + " written; they cannot be combined with --rename-seed");
      return ExitCode.USAGE;
    }
    if (quotes && from == null) {
      System.err.println(
          "okju bench ledger: --quotes measures development documents only; give --from N");
      return ExitCode.USAGE;
    }
    if (from != null && (renameSeed != null || crossValidate || personModel != null)) {
      System.err.println(
          "okju bench ledger: --from scores a round of development documents as written; it"
              + " cannot be combined with --rename-seed, --cross-validate or --write-person-model");
      return ExitCode.USAGE;
    }
    Path tmp = Files.createTempDirectory("okju-bench-ledger");
    try {
      if (from != null) {
        return scoreRound(tmp, out);
      }
      boolean allRead = true;
      LearntPeople learnt = null;
      for (org.okju.bench.LedgerCorpus.Split split : org.okju.bench.LedgerCorpus.Split.values()) {
        if (personModel != null && split == org.okju.bench.LedgerCorpus.Split.TEST) {
          break; // writing the model reads the development half only
        }
        out.println(
            "## "
                + split.folder()
                + " ("
                + org.okju.bench.LedgerCorpus.names(split).size()
                + " documents)");
        out.println();
        org.okju.bench.LedgerBench.Result r;
        if (renameSeed == null) {
          r = new org.okju.bench.LedgerBench().run(tmp.resolve(split.folder()), split);
        } else {
          org.okju.bench.LedgerCorpus.Renaming renaming =
              org.okju.bench.LedgerCorpus.buildRenamed(
                  tmp.resolve(split.folder()), split, renameSeed);
          out.printf(
              "renamed with seed %d: %d of %d people; %d documents with a renaming problem%n%n",
              renameSeed, renaming.renamed(), renaming.people(), renaming.inconsistent());
          r = new org.okju.bench.LedgerBench().score(renaming.documents());
        }
        org.okju.bench.LedgerBench.print(r, out);
        if (verbose && split == org.okju.bench.LedgerCorpus.Split.DEV) {
          r.misses().forEach(out::println);
        }
        out.println();
        if (errorKinds) {
          org.okju.bench.PersonErrorReport.of(r.readings())
              .print(out, verbose && split == org.okju.bench.LedgerCorpus.Split.DEV);
        }
        if (crossValidate || personModel != null) {
          if (split == org.okju.bench.LedgerCorpus.Split.DEV) {
            learnt = LearntPeople.learn(r.readings(), out);
            if (personModel != null) {
              Files.writeString(personModel, learnt.filterModel().write(), StandardCharsets.UTF_8);
              out.println("person filter written to " + personModel);
              out.println();
            }
          } else {
            learnt.score(r.readings(), split.folder(), out);
          }
        }
        allRead &= r.errors().isEmpty();
      }
      return allRead ? ExitCode.OK : ExitCode.PARTIAL;
    } finally {
      TempTree.delete(tmp);
    }
  }

  /** {@code --from N}: the development documents numbered N or above, and nothing else. */
  private Integer scoreRound(Path tmp, PrintStream out) throws IOException {
    java.util.List<org.okju.bench.LedgerCorpus.Document> round =
        org.okju.bench.LedgerCorpus.buildDevFrom(tmp.resolve("dev"), from);
    out.println("## dev from " + from + " (" + round.size() + " documents)");
    out.println();
    org.okju.bench.LedgerBench.Result r = new org.okju.bench.LedgerBench().score(round);
    org.okju.bench.LedgerBench.print(r, out);
    if (verbose) {
      r.misses().forEach(out::println);
    }
    out.println();
    if (errorKinds) {
      org.okju.bench.PersonErrorReport.of(r.readings()).print(out, verbose);
    }
    if (quotes) {
      org.okju.bench.QuoteNet.print(org.okju.bench.QuoteNet.of(r.readings()), out, verbose);
    }
    return r.errors().isEmpty() ? ExitCode.OK : ExitCode.PARTIAL;
  }
}
