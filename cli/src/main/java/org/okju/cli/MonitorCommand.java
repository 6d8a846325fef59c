package org.okju.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.okju.casefile.CaseStore;
import org.okju.casefile.WebCaptures;
import org.okju.monitor.CaptureImport;
import org.okju.monitor.ImportSummary;
import org.okju.monitor.MonitorConfig;
import org.okju.monitor.NotACaptureException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code okju monitor import}: web captures read into the case, their copies of the tapes found.
 */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    description = "Reads web captures into the case and finds the tapes' copies in them.",
    subcommands = {MonitorCommand.Import.class})
final class MonitorCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "okju monitor: import is required");
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Imports web captures (WARC, ARC, WACZ, a folder with urls.csv) and finds the tapes' copies.",
        "Reads WARC 1.0 and 1.1 (.warc, .warc.gz, as wget --warc-file, Heritrix and brozzler"
            + " write them), WACZ (Browsertrix) and a folder of saved files with a urls.csv"
            + " manifest (url,page_url,captured_at,file). Every image and video is fingerprinted"
            + " in memory as ingest does and looked up among the case's media with okju copies'"
            + " detector; pages are parsed for the media they embed or link. A video captured"
            + " as a stream (an HLS playlist and its segments, a DASH manifest, 206 Range pieces)"
            + " is put together in memory and found as one video under its playlist's URL."
            + " Media are not"
            + " stored: the capture is the evidence (its SHA-256 and each record's offset go into"
            + " the custody log). A capture imported before changes nothing. Damaged records are"
            + " listed on stderr and kept in the case (exit code 3); the rest is imported."
      })
  static final class Import implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec CommandSpec spec;
    @Mixin CaseWriteOption caseOption;

    @Parameters(
        arity = "1..*",
        paramLabel = "CAPTURE",
        description = "A WARC (.warc, .warc.gz), a WACZ, or a folder with urls.csv.")
    List<Path> captures;

    @Option(
        names = "--crawl",
        paramLabel = "NAME",
        description =
            "The crawl the captures belong to (default: each capture's file name without"
                + " extensions). Captures of one crawl are one pass over the sites.")
    String crawl;

    @Option(names = "--json", description = "Print one JSON object per capture (JSON Lines).")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<String> absent =
          captures.stream()
              .filter(p -> !Files.exists(p, LinkOption.NOFOLLOW_LINKS))
              .map(Path::toString)
              .toList();
      if (!absent.isEmpty()) {
        throw CliException.usage("no such capture: " + String.join(", ", absent));
      }
      boolean partial = false;
      int refused = 0;
      try (CaseStore store = caseOption.openForWriting()) {
        CaptureImport importer =
            new CaptureImport(store, MonitorConfig.defaults(), Clock.systemUTC());
        CaptureImport.WebMatcherHandle matcher;
        try {
          matcher = importer.matcher();
        } catch (CaptureImport.NoTapesException e) {
          throw CliException.failure(e.getMessage());
        }
        for (Path capture : captures) {
          ImportSummary s;
          try {
            s =
                importer.run(
                    capture,
                    Optional.ofNullable(crawl),
                    matcher,
                    caseOption.user,
                    OkjuVersion.current());
          } catch (NotACaptureException e) {
            err.println("okju monitor import: " + e.getMessage() + "; nothing recorded");
            refused++;
            continue;
          } catch (IOException e) {
            err.println("okju monitor import: " + capture + ": cannot read: " + e.getMessage());
            partial = true;
            continue;
          }
          partial |= s.partial();
          if (json) {
            out.println(json(s));
          } else {
            text(s, out);
          }
          for (WebCaptures.Problem p : s.problems()) {
            err.println(
                "okju monitor import: "
                    + s.name()
                    + (p.member().isEmpty() ? "" : "!" + p.member())
                    + (p.offset() >= 0 ? " @" + p.offset() : "")
                    + ": "
                    + p.severity().name().toLowerCase(Locale.ROOT)
                    + " "
                    + p.kind()
                    + ": "
                    + p.message());
          }
        }
      }
      out.flush();
      err.flush();
      if (refused == captures.size()) {
        return ExitCode.USAGE; // only files that are no captures: nothing was done
      }
      return partial || refused > 0 ? ExitCode.PARTIAL : ExitCode.OK;
    }

    private static void text(ImportSummary s, PrintWriter out) {
      if (s.alreadyImported()) {
        out.println(
            "capture "
                + s.name()
                + " (sha256 "
                + s.sha256().toHex()
                + ") was imported before, crawl "
                + s.crawl()
                + ": nothing changed");
        return;
      }
      String kinds =
          s.byKind().entrySet().stream()
              .map(e -> e.getValue() + " " + e.getKey())
              .collect(Collectors.joining(", "));
      out.println(
          String.format(
              Locale.ROOT,
              "imported %s (%s, crawl %s): %d records (%s), %d media fingerprinted, %d matched"
                  + " a tape, %d sightings, %d problems; %.1f MB of payload in %.1f s;"
                  + " sha256 %s",
              s.name(),
              s.format(),
              s.crawl(),
              s.records(),
              kinds,
              s.mediaHashed(),
              s.matchedMedia(),
              s.sightings().size(),
              s.problems().size(),
              s.payloadBytes() / 1e6,
              s.seconds(),
              s.sha256().toHex()));
      for (String sighting : s.sightings()) {
        int space = sighting.lastIndexOf(' ');
        out.println("  " + sighting.substring(space + 1) + "  " + sighting.substring(0, space));
      }
      if (!s.atimePreserved()) {
        out.println(
            "  note: the capture is not owned by this user, so its access time may have moved"
                + " (O_NOATIME refused)");
      }
    }

    private static String json(ImportSummary s) {
      ObjectNode o = JSON.createObjectNode();
      o.put("capture", s.name());
      o.put("format", s.format());
      o.put("crawl", s.crawl());
      o.put("sha256", s.sha256().toHex());
      o.put("already_imported", s.alreadyImported());
      o.put("records", s.records());
      ObjectNode kinds = o.putObject("by_kind");
      for (Map.Entry<String, Long> e : s.byKind().entrySet()) {
        kinds.put(e.getKey(), e.getValue());
      }
      o.put("media_fingerprinted", s.mediaHashed());
      o.put("media_matched", s.matchedMedia());
      var sightings = o.putArray("sightings");
      for (String sighting : s.sightings()) {
        int space = sighting.lastIndexOf(' ');
        sightings
            .addObject()
            .put("url", sighting.substring(0, space))
            .put("tape", sighting.substring(space + 1));
      }
      var problems = o.putArray("problems");
      for (WebCaptures.Problem p : s.problems()) {
        ObjectNode n = problems.addObject();
        n.put("member", p.member());
        n.put("offset", p.offset());
        n.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
        n.put("kind", p.kind());
        n.put("message", p.message());
      }
      o.put("payload_bytes", s.payloadBytes());
      o.put("seconds", Math.round(s.seconds() * 100) / 100.0);
      o.put("atime_preserved", s.atimePreserved());
      return o.toString();
    }
  }
}
