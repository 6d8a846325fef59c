package org.okju.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Disclosure;
import org.okju.casefile.LedgerRows;
import org.okju.casefile.NewCustodyEntry;
import org.okju.ledger.LedgerView;
import org.okju.ledger.PersonRole;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code okju ledger} verbs about people: who they are in the case (victim, accused,
 * accomplice, witness, unknown) and the identity view. Every decision is logged in the custody log
 * by entity id and pseudonym, never by name.
 */
final class LedgerPeopleCommands {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private LedgerPeopleCommands() {}

  /** {@code okju ledger people}: every person with role, status and the evidence for it. */
  @Command(
      name = "people",
      mixinStandardHelpOptions = true,
      description = {
        "Lists every person the ledger read, with role, status and the evidence for it.",
        "Entity id, how outputs show them (a pseudonym unless a reviewer confirmed them as "
            + "accused, accomplice or witness), role, whether a reviewer confirmed it, and the "
            + "lines that suggested it.",
        "A ? after the entity id marks a doubtful person: the reader doubts that the word is a "
            + "person at all (the learnt filter doubted every mention, and no fact names them). "
            + "They are listed, and pseudonymised, like everyone else; --json says \"doubtful\". "
            + "Confirming their role (ledger role) settles the doubt.",
        "\"no longer found\" (--json: \"stale\") marks a person a reviewer decided about whom "
            + "no reading of the case's documents finds any more (the reader changed, ledger "
            + "extract --from-case): kept for the reviewer. A person nobody decided about whom no "
            + "reading finds is retired: no longer listed, but their name stays withheld."
      })
  static final class People implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin CaseOption options;

    @Option(names = "--json", description = "The stable JSON form.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (CaseStore store = options.openExisting()) {
        LedgerView view = LedgerView.load(store.ledger());
        if (json) {
          ArrayNode people = JSON.createArrayNode();
          for (Disclosure.Person p : view.people()) {
            ObjectNode n =
                people
                    .addObject()
                    .put("id", "E" + p.entityId())
                    .put("shownAs", p.label())
                    .put("pseudonym", p.pseudonym())
                    .put("role", p.role())
                    .put("roleConfirmed", p.confirmed())
                    .put("named", p.disclosed())
                    .put("doubtful", view.doubtful(p.entityId()))
                    .put("stale", view.noLongerFound(p.entityId()));
            ArrayNode ev = n.putArray("evidence");
            for (LedgerView.EvidenceView e : view.evidence(p.entityId())) {
              ev.addObject()
                  .put("role", e.role())
                  .put("cue", e.cue())
                  .put("doc", e.where().doc())
                  .put("line", e.where().line())
                  .put("text", e.where().text());
            }
          }
          out.println(JSON.writeValueAsString(people));
        } else {
          for (Disclosure.Person p : view.people()) {
            List<LedgerView.EvidenceView> ev = view.evidence(p.entityId());
            out.printf(
                "%-5s %-12s %-10s %-9s%s%s%n",
                "E" + p.entityId() + (view.doubtful(p.entityId()) ? "?" : ""),
                p.label(),
                p.role(),
                p.confirmed() ? "confirmed" : "suggested",
                view.noLongerFound(p.entityId()) ? "  no longer found" : "",
                ev.isEmpty()
                    ? ""
                    : "  "
                        + ev.get(0).cue()
                        + " ("
                        + ev.get(0).where().doc()
                        + ":"
                        + ev.get(0).where().line()
                        + (ev.size() > 1 ? ", +" + (ev.size() - 1) : "")
                        + ")");
          }
        }
      }
      out.flush();
      return ExitCode.OK;
    }
  }

  /** {@code okju ledger victim E12}: a reviewer marks a person as a victim. */
  @Command(
      name = "victim",
      mixinStandardHelpOptions = true,
      description = {
        "Marks people as victims by hand, where the reader missed it.",
        "From now on every output shows them, and every spelling of their name, by pseudonym. "
            + "Logged by entity id."
      })
  static final class Victim implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin CaseWriteOption options;

    @Parameters(
        arity = "1..*",
        paramLabel = "PERSON",
        description =
            "Entity ids (E12 or 12), or a name the reader did not recognise as a person (it goes"
                + " to the identity table only; the custody log records the entity id).")
    List<String> people;

    @Override
    public Integer call() throws InterruptedException {
      try (CaseStore store = options.openForWriting()) {
        var ledger = LedgerCommand.ledgerOf(store);
        for (String p : people) {
          long id;
          if (p.strip().matches("[Ee]?\\d+")) {
            id = LedgerCommand.id(p.strip(), 'E');
            ledger.victim(id, options.user);
          } else {
            id = ledger.victimNamed(p, options.user);
          }
          spec.commandLine()
              .getOut()
              .println("E" + id + " (" + pseudonym(store, id) + ") marked as a victim");
        }
      }
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
  }

  /** {@code okju ledger role E5 accomplice}: a reviewer decides a person's role. */
  @Command(
      name = "role",
      mixinStandardHelpOptions = true,
      description = {
        "Records a person's role.",
        "Outputs show a person by name only once a reviewer confirmed them as accused, "
            + "accomplice or witness; victim and unknown stay pseudonymised."
      })
  static final class Role implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin CaseWriteOption options;

    @Parameters(index = "0", paramLabel = "PERSON", description = "Entity id: E5 or 5.")
    String person;

    @Parameters(
        index = "1",
        paramLabel = "ROLE",
        description = "victim, accused, accomplice, witness or unknown.")
    String role;

    @Option(
        names = "--override-victim",
        description =
            "Name a person the reader found to be a victim (the reader was wrong); logged.")
    boolean overrideVictim;

    @Override
    public Integer call() throws InterruptedException {
      PersonRole r = PersonRole.ofCode(role);
      long id = LedgerCommand.id(person, 'E');
      try (CaseStore store = options.openForWriting()) {
        LedgerCommand.ledgerOf(store).role(id, r, overrideVictim, options.user);
        spec.commandLine()
            .getOut()
            .println("E" + id + " (" + pseudonym(store, id) + ") is now " + r.code());
      }
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
  }

  /** {@code okju ledger alias E5 SPELLING}: another spelling of a person's name. */
  @Command(
      name = "alias",
      mixinStandardHelpOptions = true,
      description = {
        "Adds a spelling of a person's name the reader did not see.",
        "A romanised form or a nickname, so that it is pseudonymised wherever it appears. The "
            + "spelling goes to the identity table only; the custody log records the entity id."
      })
  static final class Alias implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin CaseWriteOption options;

    @Parameters(index = "0", paramLabel = "PERSON", description = "Entity id: E5 or 5.")
    String person;

    @Parameters(index = "1", paramLabel = "SPELLING", description = "The other spelling.")
    String spelling;

    @Override
    public Integer call() throws InterruptedException {
      long id = LedgerCommand.id(person, 'E');
      try (CaseStore store = options.openForWriting()) {
        boolean added = store.ledger().addName(id, spelling.strip(), "reviewer");
        String pseudonym = pseudonym(store, id);
        store
            .custody()
            .append(
                NewCustodyEntry.of(
                    options.user,
                    "ledger-alias",
                    JSON.createObjectNode()
                        .put("entity", "E" + id)
                        .put("pseudonym", pseudonym)
                        .put("added", added)
                        .toString(),
                    java.util.Map.of(),
                    java.util.Map.of(),
                    OkjuVersion.current()));
        spec.commandLine()
            .getOut()
            .println(
                added
                    ? "E" + id + " (" + pseudonym + "): spelling added"
                    : "E" + id + " (" + pseudonym + "): that spelling already belongs to someone");
      }
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
  }

  static String pseudonym(CaseStore store, long entityId) {
    return store.ledger().people().stream()
        .filter(p -> p.entityId() == entityId)
        .map(LedgerRows.Identity::pseudonym)
        .findFirst()
        .orElse("E" + entityId);
  }
}
