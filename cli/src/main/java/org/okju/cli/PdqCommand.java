package org.okju.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.PdqBatch;
import org.okju.fingerprint.PdqDihedralResult;
import org.okju.fingerprint.PdqHasher;
import org.okju.fingerprint.SampleReading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju pdq}: PDQ hashes of image files, one line each, in the order given. */
@Command(
    name = "pdq",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the PDQ hash of each image: pdq_hex,quality,path. Reads JPEG, PNG, GIF, BMP, TIFF,"
          + " WebP, HEIC/AVIF (with libheif installed), and through FFmpeg JPEG 2000, OpenEXR,"
          + " DPX, PCX, SGI, PPM, Photoshop and icons.",
      "Directories are searched for files recursively, in name order. Unreadable images are "
          + "reported on stderr; the rest are still hashed (exit code 3)."
    })
final class PdqCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Image files or directories.")
  List<Path> inputs;

  @Option(
      names = "--dihedral",
      description =
          "Print all eight orientations: orig,rot90,rot180,rot270,flipx,flipy,flipplus1,"
              + "flipminus1,quality,path.")
  boolean dihedral;

  @Option(
      names = "--downsample-512",
      description =
          "Resize images over 512 px a side to 512x512 first (nearest neighbour), as the C++"
              + " pdq-photo-hasher does. Default: full resolution, as the Java reference and HMA.")
  boolean downsample512;

  @Option(
      names = "--grey",
      paramLabel = "raw|jdk",
      description = {
        "How grey, grey+alpha, 16-bit grey and CMYK images are read. raw (default): the stored",
        "samples, as HMA's Python hasher (PIL) and the C++ tool hash them, so a partner's bank",
        "matches. jdk: the JDK's colour conversion, as Meta's Java reference reads them (its",
        "test vectors). Identical for ordinary RGB images."
      })
  String grey = "raw";

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SampleReading reading;
    switch (grey) {
      case "raw" -> reading = SampleReading.RAW;
      case "jdk" -> reading = SampleReading.JDK;
      default -> {
        err.println("okju pdq: --grey is raw or jdk, not " + grey);
        err.flush();
        return ExitCode.USAGE;
      }
    }
    InputFiles.Expanded expanded = InputFiles.expand(inputs, err, "pdq");
    List<Path> shown = expanded.files();
    PdqHasher.Resolution resolution =
        downsample512 ? PdqHasher.Resolution.DOWNSAMPLE_512 : PdqHasher.Resolution.FULL;
    EnumSet<Dihedral> variants =
        dihedral ? EnumSet.allOf(Dihedral.class) : EnumSet.of(Dihedral.ORIGINAL);
    int failures = expanded.missing();
    // Results come in the order given: the n-th is the n-th file as the user named it.
    int[] next = {0};
    try (PdqBatch batch = new PdqBatch(Math.max(1, threads), resolution, reading, variants)) {
      int failed =
          batch.hashInOrder(
              expanded.opened(),
              (opened, result, warnings) -> {
                Path file = shown.get(next[0]++);
                out.println(format(result, file));
                warnings.forEach(w -> err.println("okju pdq: " + file + ": damaged image: " + w));
              },
              (opened, reason) -> err.println("okju pdq: " + shown.get(next[0]++) + ": " + reason));
      failures += failed;
    }
    out.flush();
    return failures == 0 ? ExitCode.OK : ExitCode.PARTIAL;
  }

  private String format(PdqDihedralResult r, Path file) {
    String hashes =
        r.hashes().values().stream().map(h -> h.toHex()).collect(Collectors.joining(","));
    return hashes + "," + r.quality() + "," + file;
  }
}
