package org.okju.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The demo's pen drive as a forensic image too: a FAT32 file system (made with {@code mkfs.fat} and
 * {@code mtools}, no root, no mounting) holding a photo and the tape {@code Videos/tape12.mp4},
 * which the offender then deleted ({@code mdel}); acquired into an EnCase E01 with {@code
 * ewfacquire -u}. Built only where those tools are installed.
 */
final class DemoImage {
  /** The tools the image needs; the demo says which one is missing and goes on without it. */
  static final List<String> TOOLS = List.of("mkfs.fat", "mcopy", "mmd", "mdel", "ewfacquire");

  private DemoImage() {}

  /** The first tool of {@link #TOOLS} not installed, if any. */
  static Optional<String> missingTool() {
    for (String tool : TOOLS) {
      boolean found =
          List.of("/usr/bin/", "/usr/sbin/", "/bin/", "/sbin/").stream()
              .anyMatch(d -> Files.isExecutable(Path.of(d + tool)));
      if (!found) {
        return Optional.of(tool);
      }
    }
    return Optional.empty();
  }

  /**
   * Writes {@code PENDRIVE.E01} under {@code work} from the demo drive's folder {@code drive}.
   *
   * @throws IOException when a tool fails
   */
  static Path build(Path work, Path drive) throws IOException, InterruptedException {
    Path raw = work.resolve("pendrive.dd");
    run(work, "mkfs.fat", "-C", "-F", "32", "-n", "PENDRIVE", raw.toString(), "40960");
    String i = raw.toString();
    run(work, "mmd", "-i", i, "::/DCIM");
    run(work, "mcopy", "-i", i, drive.resolve("DCIM/100PHOTO/IMG_0002.jpg").toString(), "::/DCIM");
    run(work, "mcopy", "-i", i, drive.resolve("Videos/tape12.mp4").toString(), "::/tape12.mp4");
    // The offender removed the tape from the drive after copying it: deleted, not overwritten.
    run(work, "mdel", "-i", i, "::/tape12.mp4");
    run(
        work,
        "ewfacquire",
        "-u",
        "-q",
        "-t",
        work.resolve("PENDRIVE").toString(),
        "-c",
        "deflate:fast",
        "-d",
        "sha1",
        "-C",
        "DEMO-2024-001",
        "-E",
        "EV-1",
        "-e",
        "okju demo",
        "-D",
        "fictional seized pen drive",
        "-N",
        "FICTIONAL DEMO DATA",
        raw.toString());
    Files.delete(raw);
    return work.resolve("PENDRIVE.E01");
  }

  private static void run(Path dir, String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("MTOOLS_SKIP_CHECK", "1");
    pb.redirectErrorStream(true);
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException(command[0] + " did not finish in 5 minutes");
    }
    if (p.exitValue() != 0) {
      throw new IOException(
          command[0]
              + " failed (exit "
              + p.exitValue()
              + "): "
              + new String(out, java.nio.charset.StandardCharsets.UTF_8).strip());
    }
  }
}
