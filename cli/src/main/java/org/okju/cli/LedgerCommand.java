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
import org.okju.ledger.text.DocumentException;
import org.okju.ledger.text.DocumentReader;
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
    try (CaseStore store = options.open()) {
      if (identities) {
        List<org.okju.casefile.LedgerRows.Identity> people = store.ledger().people();
        store
            .custody()
            .append(
                org.okju.casefile.NewCustodyEntry.of(
                    options.user,
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

  /** {@code okju ledger extract FILE…}: reads documents into the case (until ingest does). */
  @Command(
      name = "extract",
      mixinStandardHelpOptions = true,
      description = {
        "Reads the text of each document (txt, docx, xlsx, pdf, odt, rtf, html, eml, hwp, hwpx,",
        "scanned images by OCR) and stores the entities and suggested facts found in it.",
        "A document that cannot be read is reported and skipped (exit code 3)."
      })
  static final class Extract implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin CaseOption options;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Documents or directories.")
    List<Path> inputs = List.of();

    @Option(
        names = "--from-case",
        description =
            "Also read every document the case's catalogue holds (copied out of its source"
                + " read-only), linking the facts to the catalogued file.")
    boolean fromCase;

    @Override
    public Integer call() throws IOException {
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
      try (CaseStore store = options.open()) {
        var ledger = options.ledger(store);
        for (Path file : files.files()) {
          failed +=
              extractOne(reader, extractor, ledger, file, Optional.empty(), sha256(file), out, err);
        }
        if (fromCase) {
          Path work = Files.createTempDirectory("okju-ledger-");
          try {
            List<CatalogueDocuments.Failure> unread =
                CatalogueDocuments.forEach(
                    store,
                    work,
                    (item, copy) -> {
                      int f =
                          extractOne(
                              reader,
                              extractor,
                              ledger,
                              copy,
                              Optional.of(item),
                              item.digests().sha256().orElse(sha256(copy)),
                              out,
                              err);
                      if (f > 0) {
                        throw new IOException("unreadable document");
                      }
                    });
            for (CatalogueDocuments.Failure f : unread) {
              err.println("okju ledger extract: " + f.item().path().display() + ": " + f.reason());
            }
            failed += unread.size();
          } finally {
            TempTree.delete(work);
          }
        }
      }
      out.flush();
      return failed == 0 ? ExitCode.OK : ExitCode.PARTIAL;
    }

    // Returns 1 when the document could not be read, 0 otherwise.
    private int extractOne(
        DocumentReader reader,
        LedgerExtractor extractor,
        org.okju.ledger.LedgerCase ledger,
        Path file,
        Optional<org.okju.casefile.Item> item,
        Sha256 sha256,
        PrintWriter out,
        PrintWriter err)
        throws IOException {
      String name = item.map(i -> i.path().display()).orElse(file.toString());
      try {
        DocumentText read = reader.read(file);
        // A catalogued document is named by its path in the catalogue, not by the temporary copy.
        DocumentText doc = new DocumentText(name, read.pages(), read.warnings());
        Extraction x = extractor.extract(doc);
        ledger.add(
            doc,
            x,
            item.map(org.okju.casefile.Item::id),
            sha256,
            Optional.of(reader.mediaType(file)),
            options.user);
        out.printf(
            "%s: %d entities, %d facts%s%n",
            name,
            x.entities().size(),
            x.facts().size(),
            doc.warnings().isEmpty() ? "" : " (" + String.join("; ", doc.warnings()) + ")");
        return 0;
      } catch (DocumentException e) {
        err.println("okju ledger extract: " + name + ": " + e.getMessage());
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
      CaseOption options,
      List<String> facts,
      java.util.function.ObjLongConsumer<org.okju.ledger.LedgerCase> decision) {
    try (CaseStore store = options.open()) {
      org.okju.ledger.LedgerCase ledger = options.ledger(store);
      for (String f : facts) {
        decision.accept(ledger, id(f, 'F'));
      }
    }
    return ExitCode.OK;
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
    @Mixin CaseOption options;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Facts (F12) and people (E5).")
    List<String> ids = List.of();

    @Option(
        names = "--all",
        description = "Every suggested fact, and every person's suggested role other than unknown.")
    boolean all;

    @Override
    public Integer call() {
      if (ids.isEmpty() && !all) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "give facts or people to confirm, or --all");
      }
      int facts = 0;
      int roles = 0;
      try (CaseStore store = options.open()) {
        org.okju.ledger.LedgerCase ledger = options.ledger(store);
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
          } else {
            ledger.confirm(id(id, 'F'), options.user);
            facts++;
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
      spec.commandLine().getOut().println("confirmed " + facts + " facts, " + roles + " roles");
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
  }

  /** {@code okju ledger reject FACT…}. */
  @Command(name = "reject", mixinStandardHelpOptions = true, description = "Rejects facts.")
  static final class Reject implements Callable<Integer> {
    @Mixin CaseOption options;

    @Parameters(arity = "1..*", paramLabel = "FACT")
    List<String> facts;

    @Override
    public Integer call() {
      return decideEach(options, facts, (ledger, fact) -> ledger.reject(fact, options.user));
    }
  }

  /** {@code okju ledger edit FACT --amount … }. */
  @Command(
      name = "edit",
      mixinStandardHelpOptions = true,
      description = "Corrects a fact and confirms it.")
  static final class Edit implements Callable<Integer> {
    @Mixin CaseOption options;

    @Parameters(paramLabel = "FACT")
    String fact;

    @Option(
        names = "--subject",
        description =
            "Payer, share receiver, victim or supplier: E12, V-003, (author), or a name (which"
                + " goes to the identity table; the custody log records the entity id).")
    String subject;

    @Option(names = "--object", description = "Payee or victim of a share, given as --subject.")
    String object;

    @Option(names = "--amount", description = "A number, e.g. 300000.")
    BigDecimal amount;

    @Option(names = "--currency", description = "ISO 4217 code (default KRW).")
    String currency = "KRW";

    @Option(names = "--percent")
    BigDecimal percent;

    @Option(names = "--date", description = "ISO-8601 date.")
    String date;

    @Option(names = "--place", description = "Where it happened, as written.")
    String place;

    @Override
    public Integer call() {
      if (date != null) {
        java.time.LocalDate.parse(date); // refuse a malformed date before anything is logged
      }
      FactCorrection c =
          new FactCorrection(
              Optional.ofNullable(subject), Optional.ofNullable(object),
              Optional.ofNullable(amount).map(a -> new Money(a, currency)),
                  Optional.ofNullable(percent),
              Optional.ofNullable(date), Optional.ofNullable(place));
      try (CaseStore store = options.open()) {
        options.ledger(store).edit(id(fact, 'F'), c, options.user);
      }
      return ExitCode.OK;
    }
  }

  /** {@code okju ledger merge ENTITY INTO}: two spellings of one person. */
  @Command(
      name = "merge",
      mixinStandardHelpOptions = true,
      description = "Records that entity FROM is the same as INTO (E5 E7).")
  static final class Merge implements Callable<Integer> {
    @Mixin CaseOption options;

    @Parameters(index = "0", paramLabel = "FROM")
    String from;

    @Parameters(index = "1", paramLabel = "INTO")
    String into;

    @Override
    public Integer call() {
      try (CaseStore store = options.open()) {
        options.ledger(store).merge(id(from, 'E'), id(into, 'E'), options.user);
      }
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
      try (CaseStore store = options.open()) {
        spec.commandLine()
            .getOut()
            .print(new org.okju.ledger.FtmExport().jsonLines(LedgerView.load(store.ledger())));
      }
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
  }
}
