package org.okju.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.okju.fingerprint.video.VpdqFormatException;
import org.okju.fingerprint.video.VpdqFrame;
import org.okju.fingerprint.video.VpdqMatch;
import org.okju.fingerprint.video.VpdqMatcher;
import org.okju.fingerprint.video.VpdqText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju vpdq-match}: how much two vPDQ hash files match, as C++ match-hashes-brute. */
@Command(
    name = "vpdq-match",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two vPDQ hash files as Meta's match-hashes-brute does.",
      "Compares two vPDQ hash files as Meta's match-hashes-brute does and prints "
          + "query_pct,compared_pct: the share of each side's frames (quality >= --quality) that "
          + "have a frame on the other side at Hamming distance below --distance. An unreadable "
          + "or malformed file is reported on stderr (exit code 3)."
    })
final class VpdqMatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUERY.txt", description = "Hashes of the query video.")
  Path query;

  @Parameters(
      index = "1",
      paramLabel = "COMPARED.txt",
      description = "Hashes of the video compared with it.")
  Path compared;

  @Option(
      names = "--distance",
      paramLabel = "D",
      description =
          "Frames match when their Hamming distance is below D (default: ${DEFAULT-VALUE}).")
  int distance = VpdqMatcher.DEFAULT_DISTANCE;

  @Option(
      names = "--quality",
      paramLabel = "Q",
      description = "Ignore frames with quality below Q (default: ${DEFAULT-VALUE}).")
  int quality = VpdqMatcher.DEFAULT_QUALITY;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputFiles.expand(List.of(query, compared), err, "vpdq-match");
    List<VpdqFrame> q;
    List<VpdqFrame> c;
    try {
      q = VpdqText.read(query);
      c = VpdqText.read(compared);
    } catch (VpdqFormatException e) {
      err.println("okju vpdq-match: " + e.path() + ": " + e.reason());
      err.flush();
      return ExitCode.PARTIAL;
    }
    VpdqMatch m = VpdqMatcher.match(q, c, distance, quality);
    out.println(m.format());
    out.flush();
    return ExitCode.OK;
  }
}
