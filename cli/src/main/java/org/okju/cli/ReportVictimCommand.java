package org.okju.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Disclosure;
import org.okju.ledger.LedgerView;
import org.okju.monitor.Platforms;
import org.okju.monitor.VictimReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju report victim V-001}: where the removal of a victim's recordings stands. */
@Command(
    name = "victim",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a victim's status report on the copies of their recordings found on the web.",
      "In plain words (Korean or English): how many copies of the victim's recordings were"
          + " found, taken down, still online or back, site by site, and what happens next. The"
          + " victim's recordings are the tapes the case links to the pseudonym (the takedown"
          + " team's tape-victim table, and confirmed recording facts of the ledger whose tape"
          + " title names a tape's file). By pseudonym only: no name, no media, no thumbnails, no"
          + " tape ids, nothing of another victim, URLs only with --with-urls. The report's"
          + " SHA-256 goes into the custody log."
    })
final class ReportVictimCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CaseWriteOption caseOption;

  @Parameters(index = "0", paramLabel = "VICTIM", description = "The victim's pseudonym (V-001).")
  String victim;

  @Option(
      names = "--lang",
      paramLabel = "ko|en",
      defaultValue = "ko",
      description = "The report's language: ko (default, times in KST) or en (UTC).")
  String lang;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "FILE.html or FILE.pdf (Korean fonts embedded).")
  Path out;

  @Option(names = "--with-urls", description = "List the copies' addresses (they may show them).")
  boolean withUrls;

  @Override
  public Integer call() throws InterruptedException, IOException {
    if (!lang.equals("ko") && !lang.equals("en")) {
      throw CliException.usage("--lang takes ko or en, not " + lang);
    }
    if (!Disclosure.isPseudonym(victim)) {
      throw CliException.usage(
          "a victim is named by pseudonym (V-001), never by name: okju ledger people lists them");
    }
    Path dir = out.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw CliException.usage("no such directory for --out: " + out);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    try (CaseStore store = caseOption.openForWriting()) {
      Set<String> tapes = tapesOf(store, victim);
      VictimReports.Written w;
      try {
        w =
            new VictimReports(store)
                .write(
                    victim,
                    tapes,
                    lang,
                    withUrls,
                    out,
                    Instant.now(),
                    caseOption.user,
                    OkjuVersion.current());
      } catch (Platforms.BadRegistryException e) {
        throw CliException.failure("the case's platform registry: " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw CliException.usage(e.getMessage());
      }
      stdout.println(w.file().toAbsolutePath());
      stdout.println(
          "status report for "
              + victim
              + ": "
              + tapes.size()
              + " tapes, "
              + w.sightings().size()
              + " copies found on the web, "
              + w.sightings().stream().filter(s -> !s.open()).count()
              + " taken down; sha256 "
              + w.sha256().toHex());
    }
    stdout.flush();
    return ExitCode.OK;
  }

  /**
   * The tapes that show the victim: the takedown team's table, and the confirmed recording facts
   * with the victim as subject whose tape title names a tape's file.
   *
   * @throws CliException when the pseudonym is no victim of the case
   */
  static Set<String> tapesOf(CaseStore store, String pseudonym) {
    Set<String> tapes = new TreeSet<>();
    store
        .takedowns()
        .tapeVictims()
        .forEach(
            (tape, victims) -> {
              if (victims.contains(pseudonym)) {
                tapes.add(tape);
              }
            });
    boolean victim =
        !tapes.isEmpty()
            || Disclosure.of(store.ledger())
                .personLabelled(pseudonym)
                .filter(p -> p.pseudonym().equals(pseudonym) && p.role().equals("victim"))
                .isPresent();
    if (!victim) {
      throw CliException.usage(
          pseudonym + " is no victim of this case: okju ledger people lists the victims");
    }
    LedgerView view = LedgerView.load(store.ledger());
    Set<Long> theirs = new TreeSet<>();
    for (LedgerView.FactView f : view.facts()) {
      if (f.confirmed()
          && f.type().code().equals("recording")
          && f.subject().filter(pseudonym::equals).isPresent()) {
        theirs.add(f.id());
      }
    }
    List<TapeLinks.Link> links = theirs.isEmpty() ? List.of() : TapeLinks.of(store, view);
    for (TapeLinks.Link l : links) {
      if (theirs.contains(l.fact())) {
        l.tape().ifPresent(tapes::add);
      }
    }
    return tapes;
  }
}
