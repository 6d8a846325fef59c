package org.okju.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
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
import org.okju.ledger.FactCorrection;
import org.okju.ledger.LedgerExtractor;
import org.okju.ledger.LedgerJson;
import org.okju.ledger.LedgerView;
import org.okju.ledger.Money;
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
      LedgerCommand.Confirm.class,
      LedgerCommand.Reject.class,
      LedgerCommand.Edit.class,
      LedgerCommand.Merge.class,
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

  /** Records one reviewer decision on each of {@code facts} ("F12" or "12"), in order. */
  private static int decideEach(
      CommandLine.Model.CommandSpec spec,
      CaseWriteOption options,
      String done,
      List<String> facts,
      java.util.function.ObjLongConsumer<org.okju.ledger.LedgerCase> decision)
      throws InterruptedException {
    List<Long> ids = facts.stream().map(f -> id(f, 'F')).toList();
    try (CaseStore store = options.openForWriting()) {
      org.okju.ledger.LedgerCase ledger = ledgerOf(store);
      for (long f : ids) {
        decision.accept(ledger, f);
      }
    }
    said(
        spec,
        done
            + " "
            + String.join(", ", ids.stream().map(f -> "F" + f).toList())
            + " ("
            + (ids.size() == 1 ? "1 fact" : ids.size() + " facts")
            + ") as "
            + options.user);
    return ExitCode.OK;
  }

  private static String counted(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static org.okju.ledger.LedgerCase ledgerOf(CaseStore store) {
    return new org.okju.ledger.LedgerCase(
        store, OkjuVersion.current(), java.time.Clock.systemUTC());
  }

  // The one line a state-changing verb prints about what it did.
  private static void said(CommandLine.Model.CommandSpec spec, String line) {
    spec.commandLine().getOut().println(line);
    spec.commandLine().getOut().flush();
  }

  /** {@code okju ledger confirm F12 E5 … | --all}. */
  @Command(
      name = "confirm",
      mixinStandardHelpOptions = true,
      description = {
        "Confirms facts (F12 or 12) and the roles the reader suggested for people (E5).",
        "A person confirmed as accused, accomplice or witness is named in outputs from then on."
      })
  static final class Confirm implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin CaseWriteOption options;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Facts (F12) and people (E5).")
    List<String> ids = List.of();

    @Option(
        names = "--all",
        description = "Every suggested fact, and every person's suggested role other than unknown.")
    boolean all;

    @Override
    public Integer call() throws InterruptedException {
      if (ids.isEmpty() && !all) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "give facts or people to confirm, or --all");
      }
      int facts = 0;
      int roles = 0;
      List<String> named = new java.util.ArrayList<>();
      try (CaseStore store = options.openForWriting()) {
        org.okju.ledger.LedgerCase ledger = ledgerOf(store);
        for (String id : ids) {
          if (id.toUpperCase(java.util.Locale.ROOT).startsWith("E")) {
            long e = id(id, 'E');
            String role =
                store.ledger().people().stream()
                    .filter(p -> p.entityId() == e)
                    .map(org.okju.casefile.LedgerRows.Identity::role)
                    .findFirst()
                    .orElseThrow(
                        () -> new IllegalArgumentException("the case has no person E" + e));
            ledger.role(e, org.okju.ledger.PersonRole.ofCode(role), false, options.user);
            roles++;
            named.add("E" + e);
          } else {
            long f = id(id, 'F');
            ledger.confirm(f, options.user);
            facts++;
            named.add("F" + f);
          }
        }
        if (all) {
          for (org.okju.casefile.LedgerRows.Fact f : store.ledger().facts()) {
            if (f.status().equals("suggested")) {
              ledger.confirm(f.id(), options.user);
              facts++;
            }
          }
          roles += ledger.confirmSuggestedRoles(options.user);
        }
      }
      List<String> parts = new java.util.ArrayList<>();
      if (facts > 0 || all) {
        parts.add(counted(facts, "fact"));
      }
      if (roles > 0 || all) {
        parts.add(counted(roles, "role"));
      }
      String counts = String.join(", ", parts);
      said(
          spec,
          all
              ? "confirmed " + counts + " as " + options.user
              : "confirmed " + String.join(", ", named) + " (" + counts + ") as " + options.user);
      return ExitCode.OK;
    }
  }

  /** {@code okju ledger reject FACT…}. */
  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description =
          "Rejects facts (F12 or 12): they stay in the case with the decision, but no longer "
              + "reach the network, the timeline or the exports.")
  static final class Reject implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin CaseWriteOption options;

    @Parameters(
        arity = "1..*",
        paramLabel = "FACT",
        description = "Facts to reject, by id as okju ledger lists them (F12 or 12).")
    List<String> facts;

    @Override
    public Integer call() throws InterruptedException {
      return decideEach(
          spec, options, "rejected", facts, (ledger, fact) -> ledger.reject(fact, options.user));
    }
  }

  /** {@code okju ledger edit FACT --amount … }. */
  @Command(
      name = "edit",
      mixinStandardHelpOptions = true,
      description =
          "Corrects a fact (only the values given change; the original reading is kept) and "
              + "confirms it.")
  static final class Edit implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin CaseWriteOption options;

    @Parameters(paramLabel = "FACT", description = "The fact to correct (F12 or 12).")
    String fact;

    @Option(
        names = "--subject",
        paramLabel = "WHO",
        description =
            "Payer, share receiver, victim or supplier: E12, V-003, (author), or a name (which"
                + " goes to the identity table; the custody log records the entity id).")
    String subject;

    @Option(
        names = "--object",
        paramLabel = "WHO",
        description = "Payee, or the person met or filmed, given as --subject.")
    String object;

    @Option(names = "--amount", description = "A number, e.g. 300000.")
    BigDecimal amount;

    @Option(names = "--currency", description = "ISO 4217 code (default KRW).")
    String currency = "KRW";

    @Option(
        names = "--percent",
        paramLabel = "N",
        description = "A share in percent, e.g. 30 or 2.5.")
    BigDecimal percent;

    @Option(names = "--date", description = "ISO-8601 date.")
    String date;

    @Option(
        names = "--place",
        paramLabel = "PLACE",
        description = "Where it happened, as written in the document.")
    String place;

    @Override
    public Integer call() throws InterruptedException {
      if (date != null) {
        java.time.LocalDate.parse(date); // refuse a malformed date before anything is logged
      }
      FactCorrection c =
          new FactCorrection(
              Optional.ofNullable(subject), Optional.ofNullable(object),
              Optional.ofNullable(amount).map(a -> new Money(a, currency)),
                  Optional.ofNullable(percent),
              Optional.ofNullable(date), Optional.ofNullable(place));
      long id = id(fact, 'F');
      try (CaseStore store = options.openForWriting()) {
        ledgerOf(store).edit(id, c, options.user);
      }
      said(spec, "edited and confirmed F" + id + " as " + options.user);
      return ExitCode.OK;
    }
  }

  /** {@code okju ledger merge ENTITY INTO}: two spellings of one person. */
  @Command(
      name = "merge",
      mixinStandardHelpOptions = true,
      description =
          "Records that entity FROM is the same as INTO (two spellings of one person, E7 E5); "
              + "facts about FROM are then shown under INTO.")
  static final class Merge implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin CaseWriteOption options;

    @Parameters(
        index = "0",
        paramLabel = "FROM",
        description = "The entity that is another name (E7 or 7).")
    String from;

    @Parameters(index = "1", paramLabel = "INTO", description = "The entity it is (E5 or 5).")
    String into;

    @Override
    public Integer call() throws InterruptedException {
      long f = id(from, 'E');
      long i = id(into, 'E');
      try (CaseStore store = options.openForWriting()) {
        ledgerOf(store).merge(f, i, options.user);
      }
      said(spec, "merged E" + f + " into E" + i + " as " + options.user);
      return ExitCode.OK;
    }
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
