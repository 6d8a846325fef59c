package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The same conventions in every verb, checked on every verb the picocli model has (a verb added
 * later is checked without being listed): whole help texts, --user on every verb that writes (and
 * the custody log records it), exit 2 for a missing input, one line saying what a state-changing
 * verb did.
 */
class VerbConventionsTest {
  /** Verbs that take a case and only read it. Every other verb with --case must write. */
  static final Set<String> READ_ONLY =
      Set.of(
          "files",
          "hashset list",
          "ledger ftm",
          "ledger people",
          "network",
          "timeline",
          "sightings",
          "takedown stats",
          "search");

  /**
   * Verbs that only read the case but log what a person viewed (okju ledger --identities): they
   * take --user for the custody log, and no writer lock, so need no --wait.
   */
  static final Set<String> LOGS_VIEWS = Set.of("ledger");

  /** Verbs with no input to be missing: they build or measure their own (a whole verb or group). */
  static final Set<String> NO_INPUT = Set.of("demo", "bench", "case", "server init", "daemon");

  @TempDir Path tmp;

  @Test
  void everyVerbHasAWholeSummaryAndEveryParameterADescription() {
    List<String> problems = new ArrayList<>();
    for (CommandSpec spec : VerbModel.all()) {
      String verb = VerbModel.verb(spec);
      String summary = VerbModel.summary(spec).strip();
      if (summary.isEmpty()) {
        problems.add(verb + ": no description");
      } else if (!summary.endsWith(".")) {
        problems.add(verb + ": summary is not a whole sentence: " + summary);
      }
      List<ArgSpec> args = new ArrayList<>(VerbModel.options(spec));
      args.addAll(spec.positionalParameters());
      for (ArgSpec a : args) {
        if (String.join("", a.description()).isBlank()) {
          problems.add(verb + " " + VerbModel.describe(a) + ": no description");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void helpPrintsNoWarningForAnyVerb() {
    for (CommandSpec spec : VerbModel.all()) {
      List<String> args = new ArrayList<>(List.of(VerbModel.verb(spec).split(" ", -1)));
      args.add("--help");
      java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
      java.io.PrintStream saved = System.err;
      CliRun run;
      try {
        System.setErr(new java.io.PrintStream(stderr, true, StandardCharsets.UTF_8));
        run = CliRun.of(args.toArray(String[]::new));
      } finally {
        System.setErr(saved);
      }
      String verb = VerbModel.verb(spec);
      assertThat(run.exitCode()).as(verb).isZero();
      assertThat(run.out()).as(verb).startsWith("Usage: okju " + verb);
      assertThat(run.err() + stderr.toString(StandardCharsets.UTF_8))
          .as(verb + " --help")
          .isEmpty();
    }
  }

  @Test
  void everyVerbThatTakesACaseEitherOnlyReadsItOrTakesUserAndWait() {
    List<String> problems = new ArrayList<>();
    for (CommandSpec spec : VerbModel.all()) {
      String verb = VerbModel.verb(spec);
      // demo makes a fictional case of its own, with its own demo user.
      if (!takesACase(spec) || isGroup(spec) || verb.equals("demo")) {
        continue;
      }
      boolean writes = spec.findOption("--user") != null && !LOGS_VIEWS.contains(verb);
      if (LOGS_VIEWS.contains(verb)) {
        if (spec.findOption("--user") == null) {
          problems.add(verb + ": logs views but takes no --user");
        }
      } else if (writes == READ_ONLY.contains(verb)) {
        problems.add(
            verb
                + (writes
                    ? ": listed as read-only but takes --user"
                    : ": takes --case but no --user (@Mixin CaseWriteOption for a verb that"
                        + " writes; or add it to READ_ONLY)"));
      }
      if (writes && spec.findOption("--wait") == null) {
        problems.add(verb + ": writes but has no --wait");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyVerbExitsTwoNamingAMissingInputAndCreatesNothing() throws Exception {
    Path missing = tmp.resolve("missing-input");
    Path missingCase = tmp.resolve("missing-case");
    List<String> problems = new ArrayList<>();
    for (CommandSpec spec : VerbModel.all()) {
      String verb = VerbModel.verb(spec);
      if (NO_INPUT.contains(verb.split(" ", -1)[0]) || NO_INPUT.contains(verb) || isGroup(spec)) {
        continue;
      }
      List<String> args = new ArrayList<>(List.of(verb.split(" ", -1)));
      boolean hasInputFile = false;
      for (PositionalParamSpec p : spec.positionalParameters()) {
        String value = placeholder(p.paramLabel());
        if (value == null) {
          value = missing.toString();
          hasInputFile = true;
        }
        args.add(value);
      }
      // export's --format and --out are only required without takedown.
      if (verb.equals("export")) {
        args.addAll(List.of("--format", "csv", "--out", tmp.resolve("e.csv").toString()));
      }
      for (OptionSpec o : VerbModel.options(spec)) {
        if (o.required()) {
          args.add(o.longestName());
          args.add(requiredValue(o));
        }
      }
      if (takesACase(spec)) {
        args.add("--case");
        // ingest creates its case: the missing thing is then the source.
        args.add(
            verb.equals("ingest") ? tmp.resolve("new-case").toString() : missingCase.toString());
      }
      if (!hasInputFile && !takesACase(spec)) {
        problems.add(verb + ": no input to make missing (add it to NO_INPUT if it has none)");
        continue;
      }
      CliRun run = CliRun.of(args.toArray(String[]::new));
      String line = "okju " + verb + ": ";
      if (run.exitCode() != ExitCode.USAGE
          || !run.err().startsWith(line)
          || run.err().strip().lines().count() != 1
          || !(run.err().contains("missing-input") || run.err().contains("missing-case"))) {
        problems.add(String.join(" ", args) + " -> exit " + run.exitCode() + ": " + run.err());
      }
    }
    assertThat(problems).isEmpty();
    assertThat(missingCase).doesNotExist();
    assertThat(tmp.resolve("new-case")).doesNotExist();
  }

  @Test
  void everyVerbThatWritesRecordsItsUserAndSaysWhatItDid() throws Exception {
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    Path photos = CliRun.vectors().resolve("pdq/data/bridge-mods");
    Files.copy(photos.resolve("aaa-orig.jpg"), drive.resolve("bridge.jpg"));
    Files.copy(photos.resolve("shrink-a-little.jpg"), drive.resolve("small.jpg"));
    Files.writeString(drive.resolve("diary.txt"), LedgerCommandTest.DIARY, StandardCharsets.UTF_8);
    Path list = Files.writeString(tmp.resolve("list.md5"), "d41d8cd98f00b204e9800998ecf8427e  x\n");
    String out = tmp.resolve("out").toString();
    Path kase = tmp.resolve("case");
    // How each verb that writes succeeds on this case, in an order that works.
    Map<String, Supplier<List<String>>> runs = new LinkedHashMap<>();
    put(runs, "ingest", drive.toString());
    put(runs, "copies");
    runs.put(
        "copies split", () -> List.of("T-001", secondMemberOfFirstTape(kase), "--reason", "x"));
    put(runs, "hashset import", list.toString(), "--name", "n", "--kind", "known-bad");
    put(runs, "match");
    Path capture =
        TestWarcs.of(
            tmp.resolve("site.warc.gz"),
            java.time.Instant.parse("2026-03-01T10:00:00Z"),
            "image/jpeg",
            "http://site.test/b.jpg",
            Files.readAllBytes(drive.resolve("bridge.jpg")));
    put(runs, "monitor import", capture.toString());
    put(
        runs,
        "notice",
        "--platform",
        "site.test",
        "--regime",
        "eu-dsa",
        "--out",
        out + "-notice.html",
        "--notifier-name",
        "Probe",
        "--notifier-email",
        "probe@centre.example");
    put(runs, "notice sent", "--platform", "site.test");
    runs.put(
        "sightings confirm",
        () -> List.of("http://site.test/b.jpg", "--tape", tapeOfSighting(kase)));
    runs.put(
        "sightings reject",
        () -> List.of("http://site.test/b.jpg", "--tape", tapeOfSighting(kase), "--reason", "x"));
    runs.put("takedown victim", () -> List.of(tapeOfSighting(kase), "V-001"));
    put(runs, "takedown negative", "0".repeat(64), "--kind", "pdq", "--source", "probe");
    put(runs, "hashset remove", "n");
    put(runs, "ledger extract", "--from-case");
    put(runs, "ledger confirm", "F1");
    put(runs, "ledger reject", "F2");
    put(runs, "ledger edit", "F3", "--amount", "5");
    put(runs, "ledger merge", "E2", "E1");
    put(runs, "ledger victim", "E1");
    // While E1 is a victim (ledger role below names them).
    runs.put(
        "report victim",
        () -> List.of(victimOf(kase), "--lang", "en", "--out", out + "-victim.html"));
    put(runs, "ledger role", "E1", "unknown", "--override-victim");
    put(runs, "ledger alias", "E1", "Jieun");
    put(runs, "ledger", "--identities");
    put(runs, "verify");
    put(runs, "report", "--out", out + ".html");
    put(runs, "export", "--format", "csv", "--out", out + ".csv");
    put(runs, "export takedown", "--format", "md5", "--out", out + ".md5");
    put(runs, "case sign", "--init");
    List<String> writers =
        VerbModel.all().stream()
            .filter(s -> s.findOption("--user") != null)
            .map(VerbModel::verb)
            .toList();
    assertThat(runs.keySet())
        .as("every verb that writes needs a way to succeed here")
        .containsAll(writers);
    long before = 0;
    for (Map.Entry<String, Supplier<List<String>>> r : runs.entrySet()) {
      String user = "probe-" + r.getKey().replace(' ', '-');
      List<String> args = new ArrayList<>(List.of(r.getKey().split(" ", -1)));
      args.addAll(r.getValue().get());
      args.addAll(List.of("--case", kase.toString(), "--user", user));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(r.getKey() + ": " + run.err()).isIn(0, ExitCode.PARTIAL);
      List<String> lines = run.out().lines().filter(l -> !l.isBlank()).toList();
      assertThat(lines).as(r.getKey() + " says what it did").isNotEmpty();
      List<CustodyEntry> log = log(kase);
      assertThat(log.size()).as(r.getKey() + " logs").isGreaterThan((int) before);
      assertThat(log.subList((int) before, log.size()))
          .as(r.getKey() + " records its --user")
          .allSatisfy(e -> assertThat(e.user()).isEqualTo(user));
      before = log.size();
    }
  }

  @Test
  void filesAreListedSortedByPath() throws Exception {
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    // Created out of order; the walk and the workers may catalogue them in any order.
    for (String name : List.of("m.txt", "b/z.txt", "a.txt", "b/a.txt", "Z.txt", "c.txt")) {
      Path f = drive.resolve(name);
      Files.createDirectories(f.getParent());
      Files.writeString(f, name);
    }
    String kase = tmp.resolve("case").toString();
    assertThat(CliRun.of("ingest", drive.toString(), "--case", kase).exitCode()).isZero();
    List<String> paths =
        CliRun.of("files", "--case", kase)
            .out()
            .lines()
            .skip(1)
            .map(l -> l.split("\t", -1)[0])
            .toList();
    assertThat(paths).containsExactly("Z.txt", "a.txt", "b/a.txt", "b/z.txt", "c.txt", "m.txt");
  }

  @Test
  void theReadmeVerbTableIsTheOneThePicocliModelGives() throws Exception {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    String start = "<!-- verb table: generated from the picocli model by VerbConventionsTest -->\n";
    String end = "<!-- end of verb table -->";
    int from = text.indexOf(start);
    int to = text.indexOf(end);
    assertThat(from).as("README marks its verb table").isPositive();
    String expected = VerbModel.table();
    String actual = text.substring(from + start.length(), to);
    if (!actual.equals(expected) && Boolean.getBoolean("okju.readme.update")) {
      Files.writeString(
          readme, text.substring(0, from + start.length()) + expected + text.substring(to));
      return;
    }
    assertThat(actual)
        .as("README's verb table (mvn test -Dokju.readme.update=true rewrites it)")
        .isEqualTo(expected);
  }

  private static void put(Map<String, Supplier<List<String>>> runs, String verb, String... args) {
    runs.put(verb, () -> List.of(args));
  }

  private static String victimOf(Path kase) {
    try (CaseStore store = CaseStore.openExisting(CaseLocation.directory(kase))) {
      return org.okju.casefile.Disclosure.of(store.ledger()).people().stream()
          .filter(p -> p.role().equals("victim"))
          .findFirst()
          .orElseThrow()
          .pseudonym();
    }
  }

  private static String tapeOfSighting(Path kase) {
    try (CaseStore store = CaseStore.openExisting(CaseLocation.directory(kase))) {
      return store.takedowns().reviews().stream()
          .map(r -> r.sighting().tape())
          .findFirst()
          .orElseGet(
              () -> {
                try {
                  return org.okju.monitor.SightingBook.of(
                          store, org.okju.monitor.Platforms.of(store))
                      .get(0)
                      .tape();
                } catch (org.okju.monitor.Platforms.BadRegistryException e) {
                  throw new IllegalStateException(e);
                }
              });
    }
  }

  private static String secondMemberOfFirstTape(Path kase) {
    try (CaseStore store = CaseStore.openExisting(CaseLocation.directory(kase))) {
      return String.valueOf(store.copies().tapes().get(0).members().get(1).item().value());
    }
  }

  // The case a verb works on (--case PATH|URL); okju server user add's --case names a membership.
  private static boolean takesACase(CommandSpec spec) {
    OptionSpec option = spec.findOption("--case");
    return option != null && option.type() == CaseLocation.class;
  }

  // A command that only groups others (okju hashset) and does nothing itself.
  private static boolean isGroup(CommandSpec spec) {
    return !spec.subcommands().isEmpty()
        && !(spec.userObject() instanceof java.util.concurrent.Callable<?>);
  }

  // Values for parameters that are not files: ids and names.
  private static String placeholder(String label) {
    return switch (label) {
      case "FACT" -> "F1";
      case "FROM", "INTO" -> "E1";
      case "NAME" -> "x";
      case "TAPE" -> "T-001";
      case "VICTIM" -> "V-001";
      case "ITEM" -> "1";
      default -> null;
    };
  }

  private String requiredValue(OptionSpec o) {
    String label = o.paramLabel();
    if (o.longestName().equals("--out")) {
      return tmp.resolve("out-" + o.command().name() + ".html").toString();
    }
    return label.contains("|") ? label.split("\\|", -1)[0] : "x";
  }

  private static List<CustodyEntry> log(Path kase) {
    try (CaseStore store = CaseStore.openExisting(CaseLocation.directory(kase));
        Stream<CustodyEntry> s = store.custody().stream()) {
      return s.toList();
    }
  }
}
