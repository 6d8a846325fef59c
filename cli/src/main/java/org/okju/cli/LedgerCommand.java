package org.okju.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Sha256;
import org.okju.ledger.DocumentText;
import org.okju.ledger.Extraction;
import org.okju.ledger.LedgerExtractor;
import org.okju.ledger.LedgerJson;
import org.okju.ledger.LedgerView;
import org.okju.text.DocumentException;
import org.okju.text.DocumentReader;
import org.okju.text.ExtractedText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code okju ledger}: lists the suggested facts read from the case's diaries and ledgers; its
 * subcommands read documents and record review decisions (each logged in the custody log).
 */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the facts read from diaries and ledgers, with their status and provenance.",
      "People appear under their pseudonyms (V-001) until a reviewer confirms them as accused,",
      "accomplice or witness; --identities shows the identity table (and is logged)."
    },
    subcommands = {
      LedgerCommand.Extract.class,
      LedgerReviewCommands.Confirm.class,
      LedgerReviewCommands.Reject.class,
      LedgerReviewCommands.Edit.class,
      LedgerReviewCommands.Merge.class,
      LedgerCommand.Ftm.class,
      LedgerPeopleCommands.People.class,
      LedgerPeopleCommands.Victim.class,
      LedgerPeopleCommands.Role.class,
      LedgerPeopleCommands.Alias.class,
    })
final class LedgerCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin CaseOption options;

  @Option(names = "--json", description = "The stable JSON form: entities and facts.")
  boolean json;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description =
          "Who views the identities, as the custody log records it (default: the login name).")
  String user = System.getProperty("user.name", "unknown");

  @Option(
      names = "--status",
      description = "Only facts with this status (suggested, confirmed, rejected).")
  String status;

  @Option(
      names = "--identities",
      description =
          "The case's identity view: pseudonym, role and every spelling of each person's name"
              + " (the only output that shows withheld names; the viewing is logged).")
  boolean identities;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (CaseStore store = options.openExisting()) {
      if (identities) {
        List<org.okju.casefile.LedgerRows.Identity> people = store.ledger().people();
        store
            .custody()
            .append(
                org.okju.casefile.NewCustodyEntry.of(
                    user,
                    "identities-viewed",
                    "{\"people\":" + people.size() + "}",
                    java.util.Map.of(),
                    java.util.Map.of(),
                    OkjuVersion.current()));
        for (org.okju.casefile.LedgerRows.Identity p : people) {
          out.println(
              p.pseudonym()
                  + "\t"
                  + p.role()
                  + (p.confirmed() ? "" : " (suggested)")
                  + "\t"
                  + String.join(
                      "\t",
                      p.names().stream()
                          .map(org.okju.casefile.LedgerRows.PersonName::name)
                          .toList()));
        }
        out.flush();
        return ExitCode.OK;
      }
      LedgerView view = LedgerView.load(store.ledger());
      List<LedgerView.FactView> facts =
          view.facts().stream().filter(f -> status == null || f.status().equals(status)).toList();
      if (json) {
        out.println(LedgerJson.write(view, facts));
      } else {
        for (LedgerView.FactView f : facts) {
          out.printf(
              "F%-4d %-9s %-9s %s -> %s%s%s%s%s  [%.2f] %s:%d \"%s\"%s%n",
              f.id(),
              f.status(),
              f.type().code(),
              f.subject().orElse("?"),
              f.object().orElse("?"),
              f.amount().map(m -> " " + m).orElse(""),
              f.percent().map(p -> " " + p.toPlainString() + "%").orElse(""),
              f.date().map(d -> " " + d).orElse(""),
              f.place().map(p -> " @" + p).orElse(""),
              f.confidence(),
              f.provenance().doc(),
              f.provenance().line(),
              f.provenance().text().strip(),
              f.flags().isEmpty() ? "" : " " + f.flags());
        }
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  static long id(String text, char prefix) {
    String t = text.toUpperCase(java.util.Locale.ROOT);
    try {
      return Long.parseLong(t.charAt(0) == prefix ? t.substring(1) : t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "not a " + (prefix == 'F' ? "fact" : "entity") + " id: " + text);
    }
  }

  /**
   * {@code okju ledger extract FILE…}: reads documents given on the command line into the case;
   * {@code --from-case} reads again every text the case holds (ingest reads each document as it
   * catalogues it).
   */
  @Command(
      name = "extract",
      mixinStandardHelpOptions = true,
      description = {
        "Reads diaries and ledgers into entities and suggested facts.",
        "Reads the text of each document (txt, docx, xlsx, pdf, odt, rtf, html, eml, hwp, "
            + "hwpx, scanned images by OCR) and stores the entities and suggested facts found in "
            + "it. okju ingest already reads every document it catalogues; --from-case reads the "
            + "case's texts again (after the rules changed). A document that cannot be read is "
            + "reported and skipped (exit code 3)."
      })
  static final class Extract implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin CaseWriteOption options;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Documents or directories.")
    List<Path> inputs = List.of();

    @Option(
        names = "--from-case",
        description =
            "Also read again every text the case holds, and the catalogued documents ingest did"
                + " not read (an ingest with --no-text), copied out of their source read-only.")
    boolean fromCase;

    // What this run read, for its one-line summary.
    private long documentsRead;
    private long entities;
    private long facts;
    private TerminalProgress progress;

    @Override
    public Integer call() throws IOException, InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (inputs.isEmpty() && !fromCase) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "give documents to read, or --from-case");
      }
      InputFiles.Expanded files = InputFiles.expand(inputs, err, "ledger extract");
      int failed = files.missing();
      DocumentReader reader = DocumentReader.withDefaults();
      LedgerExtractor extractor = new LedgerExtractor();
      // Loose documents may start a case; reading the catalogue needs one.
      try (CaseStore store = fromCase ? options.openForWriting() : options.createForWriting();
          TerminalProgress shown = TerminalProgress.open(null)) {
        progress = shown;
        var ledger = ledgerOf(store);
        progress.phase(
            "reading documents", files.files().size() + (fromCase ? documentsOf(store) : 0));
        for (Path file : files.files()) {
          failed += extractOne(reader, extractor, ledger, file, sha256(file), out, err);
        }
        if (fromCase) {
          failed += unreadDocuments(store, reader, err);
          LedgerFeed.Result r =
              new LedgerFeed(
                      store,
                      ledger,
                      options.user,
                      java.time.Clock.systemUTC(),
                      (name, x, warnings) -> {
                        progress.done(1);
                        counted(out, name, x, warnings);
                      })
                  .all();
          progress.clear();
          out.printf(
              "%d documents of the case read: %d facts suggested%n", r.documents(), r.facts());
        }
      }
      out.printf(
          "read %d documents: %d entities, %d facts%s as %s%n",
          documentsRead,
          entities,
          facts,
          failed == 0 ? "" : "; " + failed + " could not be read",
          options.user);
      out.flush();
      return failed == 0 ? ExitCode.OK : ExitCode.PARTIAL;
    }

    /**
     * Reads the catalogued documents that have no stored text (from their evidence, copied out
     * read-only) and stores their text; returns how many could not be read.
     */
    private int unreadDocuments(CaseStore store, DocumentReader reader, PrintWriter err)
        throws IOException {
      Path work = Files.createTempDirectory("okju-ledger-");
      int failed = 0;
      try {
        List<CatalogueDocuments.Failure> unread =
            CatalogueDocuments.forEach(
                store,
                work,
                item -> store.texts().of(item.id()).isEmpty(),
                (item, copy) -> {
                  try {
                    ExtractedText t = reader.read(copy);
                    store
                        .texts()
                        .put(
                            org.okju.ingest.ItemTextRows.row(
                                item.id(), t, java.time.Instant.now()));
                  } catch (DocumentException e) {
                    throw new IOException(e.kind().code() + ": " + e.getMessage(), e);
                  }
                });
        for (CatalogueDocuments.Failure f : unread) {
          progress.clear();
          err.println("okju ledger extract: " + f.item().path().display() + ": " + f.reason());
        }
        failed += unread.size();
      } finally {
        TempTree.delete(work);
      }
      return failed;
    }

    // Counts one document read into the run's summary and says what was found in it.
    private void counted(PrintWriter out, String name, Extraction x, List<String> warnings) {
      documentsRead++;
      entities += x.entities().size();
      facts += x.facts().size();
      progress.clear();
      out.printf(
          "%s: %d entities, %d facts%s%n",
          name,
          x.entities().size(),
          x.facts().size(),
          warnings.isEmpty() ? "" : " (" + String.join("; ", warnings) + ")");
    }

    // What --from-case reads: every stored text, and the documents that have none yet.
    private static long documentsOf(CaseStore store) {
      long texts;
      try (java.util.stream.Stream<Long> ids = store.texts().ids()) {
        texts = ids.count();
      }
      return texts + CatalogueDocuments.count(store, i -> store.texts().of(i.id()).isEmpty());
    }

    // Returns 1 when the document could not be read, 0 otherwise.
    private int extractOne(
        DocumentReader reader,
        LedgerExtractor extractor,
        org.okju.ledger.LedgerCase ledger,
        Path file,
        Sha256 sha256,
        PrintWriter out,
        PrintWriter err)
        throws IOException {
      String name = file.toString();
      progress.done(1);
      try {
        ExtractedText read = reader.read(file);
        DocumentText doc = new DocumentText(name, read.pages(), read.warnings());
        Extraction x = extractor.extract(doc);
        ledger.add(
            doc, x, Optional.empty(), sha256, Optional.of(reader.mediaType(file)), options.user);
        counted(out, name, x, doc.warnings());
        return 0;
      } catch (DocumentException e) {
        progress.clear();
        err.println("okju ledger extract: " + e.getMessage());
        return 1;
      }
    }

    private static Sha256 sha256(Path file) throws IOException {
      try (var in = Files.newInputStream(file)) {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
          d.update(buf, 0, n);
        }
        return Sha256.of(d.digest());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static org.okju.ledger.LedgerCase ledgerOf(CaseStore store) {
    return new org.okju.ledger.LedgerCase(
        store, OkjuVersion.current(), java.time.Clock.systemUTC());
  }

  // The one line a state-changing verb prints about what it did.
  static void said(CommandLine.Model.CommandSpec spec, String line) {
    spec.commandLine().getOut().println(line);
    spec.commandLine().getOut().flush();
  }

  /** {@code okju ledger ftm}: confirmed facts as FollowTheMoney entities, one JSON per line. */
  @Command(
      name = "ftm",
      mixinStandardHelpOptions = true,
      description =
          "Confirmed facts as FollowTheMoney entities (JSON lines); victims as pseudonyms.")
  static final class Ftm implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin CaseOption options;

    @Override
    public Integer call() {
      try (CaseStore store = options.openExisting()) {
        spec.commandLine()
            .getOut()
            .print(new org.okju.ledger.FtmExport().jsonLines(LedgerView.load(store.ledger())));
      }
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
  }
}
