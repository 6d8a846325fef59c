package org.okju.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.SourceId;
import org.okju.evidence.EvidenceMetadata;
import org.okju.ingest.Ingest;
import org.okju.ingest.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju demo}: a fictional seized pen drive, ingested into a fresh case. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs okju's main job on a small fictional seized pen drive.",
      "Builds a small fictional seized pen drive from the reference test vectors (photos "
          + "and their copies, resized and re-encoded versions, videos, a renamed video, a "
          + "corrupt photo, a zip and a diary text), ingests it into a fresh case and prints the "
          + "summary; ingests the same drive seized as an EnCase E01 (built with mkfs.fat, mtools "
          + "and ewfacquire where installed) whose deleted tape okju recovers; groups the copies of each recording into tapes and prints them; reads the "
          + "diary into facts (confirmed by a demo reviewer) and prints the money network and the "
          + "timeline; writes the court report and prints its path. Where wget is installed, "
          + "serves a small fictional site on 127.0.0.1 with edited copies of the tapes and "
          + "unrelated photos, captures it twice with wget --warc-file (a copy deleted, one "
          + "moved, one untouched in between), imports both and prints the sightings, their "
          + "states and the notice to the site."
    })
final class DemoCommand implements Callable<Integer> {
  // The demo is a script of okju's own verbs, run in-process with this command's output.
  private static int runVerb(PrintWriter out, PrintWriter err, String... args) {
    picocli.CommandLine cl = Okju.commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--case",
      paramLabel = "PATH",
      description = "Where to create the demo case (must not exist; default: a new temp dir).")
  Path caseDirectory;

  @Option(
      names = "--testvectors",
      paramLabel = "DIR",
      description = "The threatexchange test vectors (default: ../shared/testvectors beside okju).")
  Path testVectors;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @Option(
      names = "--serve",
      description =
          "Then start the workbench on the demo case (the diary's facts are left for you to"
              + " review in the browser) and print its URL and a one-time password.")
  boolean serve;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "With --serve: the port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "With --serve: the address to listen on (default ${DEFAULT-VALUE}).")
  String bind = "127.0.0.1";

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path work = Files.createTempDirectory("okju-demo-");
    Path drive =
        new DemoDrive(testVectors != null ? testVectors : TestVectorLocation.threatExchange())
            .build(work);
    Path casePath = caseDirectory != null ? caseDirectory : work.resolve("case");
    if (Files.exists(casePath)) {
      err.println("okju demo: " + casePath + " already exists; give a new --case path");
      return ExitCode.USAGE;
    }
    IngestSummary summary;
    try (CaseStore store = CaseStore.open(CaseLocation.directory(casePath))) {
      summary =
          Ingest.create(
                  store,
                  c ->
                      c.provenance(
                          System.getProperty("user.name", "unknown"),
                          "okju demo",
                          OkjuVersion.current()))
              .run(drive);
    }
    SummaryPrinter printer = new SummaryPrinter();
    if (json) {
      printer.json(List.of(summary), out);
      out.flush();
      return ExitCode.OK;
    }
    {
      out.println("okju demo: a fictional seized pen drive at " + drive);
      printer.text(summary, out);
      out.println();
      out.println(
          "The truncated and the corrupt photo and the renamed video are planted by the demo.");
      out.println("  okju files --case " + casePath + "    lists the whole catalogue");
    }
    ingestImage(work, drive, casePath, out);
    out.println();
    out.println("Copies of each recording (okju copies):");
    runVerb(out, err, "copies", "--case", casePath.toString(), "--user", "okju-demo");
    web(
        work,
        drive,
        testVectors != null ? testVectors : TestVectorLocation.threatExchange(),
        casePath,
        out,
        err);
    out.println();
    out.println("Reading the diary (okju ledger extract --from-case):");
    String caseArg = casePath.toString();
    runVerb(out, err, "ledger", "extract", "--from-case", "--case", caseArg, "--user", "okju-demo");
    if (serve) {
      out.println("The diary's facts are left suggested: review them in the workbench.");
    } else {
      try (CaseStore store = CaseStore.open(CaseLocation.directory(casePath))) {
        DemoLedger.confirmAllAndPrint(store, out);
      }
    }
    out.println();
    Path report = casePath.resolve("report.html");
    out.println("Court report (okju report):");
    runVerb(
        out, err, "report", "--case", caseArg, "--out", report.toString(), "--user", "okju-demo");
    out.println("Report written to " + report);
    out.flush();
    if (serve) {
      return DemoServer.serve(out, err, work, casePath, port, bind);
    }
    return ExitCode.OK;
  }

  // The tapes on the web: a fictional site on 127.0.0.1 captured twice with wget, imported, its
  // sightings and their states printed, and the request to the site written. Skipped, with the
  // reason, where wget is not installed.
  private static void web(
      Path work, Path drive, Path vectors, Path casePath, PrintWriter out, PrintWriter err)
      throws Exception {
    out.println();
    if (!DemoWeb.wgetInstalled()) {
      out.println("The web part is left out: wget is not installed (Debian: wget).");
      return;
    }
    out.println(
        "The tapes on the web: a fictional site on 127.0.0.1 captured twice with wget"
            + " (okju monitor import):");
    Path captures = Files.createDirectories(work.resolve("captures"));
    String c = casePath.toString();
    try (DemoWeb site = DemoWeb.serve(work.resolve("site"), drive, vectors)) {
      Path first = site.capture(captures, "site-1", out);
      runVerb(
          out,
          err,
          "monitor",
          "import",
          first.toString(),
          "--crawl",
          "crawl-1",
          "--case",
          c,
          "--user",
          "okju-demo");
      site.change();
      out.println(
          "  (then the site deletes its mirrored photo and moves the video to a new page and URL)");
      Path second = site.capture(captures, "site-2", out);
      runVerb(
          out,
          err,
          "monitor",
          "import",
          second.toString(),
          "--crawl",
          "crawl-2",
          "--case",
          c,
          "--user",
          "okju-demo");
    }
    out.println();
    out.println("Sightings and their states (okju sightings):");
    runVerb(out, err, "sightings", "--case", c);
    Path notice = work.resolve("notice-127.0.0.1.txt");
    out.println();
    out.println("The request to the site (okju notice --platform 127.0.0.1 --regime eu-dsa):");
    runVerb(
        out,
        err,
        "notice",
        "--platform",
        "127.0.0.1",
        "--regime",
        "eu-dsa",
        "--out",
        notice.toString(),
        "--notifier-name",
        "Demo Support Centre",
        "--notifier-email",
        "takedown@centre.example",
        "--case",
        c,
        "--user",
        "okju-demo");
    out.println(Files.readString(notice, java.nio.charset.StandardCharsets.UTF_8));
  }

  // The same drive seized as an E01 with the tape deleted: okju recovers it and copies groups it
  // with the folder's copy. Skipped, with the reason, where the image tools are not installed.
  private static void ingestImage(Path work, Path drive, Path casePath, PrintWriter out)
      throws Exception {
    out.println();
    Optional<String> missing = DemoImage.missingTool();
    if (missing.isPresent()) {
      out.println(
          "The pen drive as an E01 is left out: "
              + missing.get()
              + " is not installed (Debian: dosfstools, mtools, ewf-tools).");
      return;
    }
    Path e01 = DemoImage.build(work, drive);
    IngestSummary summary;
    try (CaseStore store = CaseStore.open(CaseLocation.directory(casePath))) {
      summary =
          Ingest.create(
                  store,
                  c ->
                      c.provenance(
                          System.getProperty("user.name", "unknown"),
                          "okju demo",
                          OkjuVersion.current()))
              .run(e01);
      out.println(
          "okju demo: the same pen drive seized as an EnCase image at "
              + e01
              + " (okju ingest "
              + e01.getFileName()
              + "):");
      new SummaryPrinter().text(summary, out);
      try (Stream<Item> items = store.items().stream(new SourceId(summary.sourceId()))) {
        items.forEach(
            i -> {
              Map<String, String> m = store.metadata().of(i.id());
              if ("true".equals(m.get(EvidenceMetadata.DELETED))) {
                out.println(
                    "  deleted, recovered: "
                        + i.path().display()
                        + " ("
                        + i.size().orElse(0)
                        + " bytes"
                        + i.digests().sha256().map(h -> ", sha256 " + h).orElse("")
                        + ")");
              }
            });
      }
    }
  }
}
