package org.okju.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.ledger.FactCorrection;
import org.okju.ledger.Money;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code okju ledger} verbs a reviewer decides facts with: confirm, reject, edit and merge.
 * Each decision is a custody entry naming the fact or entity by id, never a person's name.
 */
final class LedgerReviewCommands {
  private LedgerReviewCommands() {}

  /** Records one reviewer decision on each of {@code facts} ("F12" or "12"), in order. */
  private static int decideEach(
      CommandLine.Model.CommandSpec spec,
      CaseWriteOption options,
      String done,
      List<String> facts,
      java.util.function.ObjLongConsumer<org.okju.ledger.LedgerCase> decision)
      throws InterruptedException {
    List<Long> ids = facts.stream().map(f -> LedgerCommand.id(f, 'F')).toList();
    try (CaseStore store = options.openForWriting()) {
      org.okju.ledger.LedgerCase ledger = LedgerCommand.ledgerOf(store);
      for (long f : ids) {
        decision.accept(ledger, f);
      }
    }
    LedgerCommand.said(
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
        org.okju.ledger.LedgerCase ledger = LedgerCommand.ledgerOf(store);
        for (String id : ids) {
          if (id.toUpperCase(java.util.Locale.ROOT).startsWith("E")) {
            long e = LedgerCommand.id(id, 'E');
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
            long f = LedgerCommand.id(id, 'F');
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
      LedgerCommand.said(
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
      long id = LedgerCommand.id(fact, 'F');
      try (CaseStore store = options.openForWriting()) {
        LedgerCommand.ledgerOf(store).edit(id, c, options.user);
      }
      LedgerCommand.said(spec, "edited and confirmed F" + id + " as " + options.user);
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
      long f = LedgerCommand.id(from, 'E');
      long i = LedgerCommand.id(into, 'E');
      try (CaseStore store = options.openForWriting()) {
        LedgerCommand.ledgerOf(store).merge(f, i, options.user);
      }
      LedgerCommand.said(spec, "merged E" + f + " into E" + i + " as " + options.user);
      return ExitCode.OK;
    }
  }

  private static String counted(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
