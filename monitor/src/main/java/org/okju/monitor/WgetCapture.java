package org.okju.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A site captured into a WARC by GNU wget ({@code --warc-file}), the way a takedown team captures
 * one with the tool most of them have.
 */
public final class WgetCapture {
  private WgetCapture() {}

  /** Whether GNU wget is on the PATH. */
  public static boolean installed() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":", -1)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "wget"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Fetches exactly {@code urls} (wget's {@code --input-file}) into {@code name.warc.gz} in {@code
   * dir}: how a team captures a player's playlist and segments, which wget does not find in pages.
   *
   * @return the WARC
   * @throws IOException when wget fails or writes no WARC; its log is in the message
   */
  public static Path captureList(List<String> urls, Path dir, String name)
      throws IOException, InterruptedException {
    Path scratch = Files.createDirectories(dir.resolve(name + "-files"));
    Path list = dir.resolve(name + "-urls.txt");
    Files.write(list, urls, StandardCharsets.UTF_8);
    return run(
        List.of(
            "wget",
            "--no-verbose",
            "-e",
            "robots=off",
            "--delete-after",
            "--no-warc-keep-log",
            "--directory-prefix=" + scratch,
            "--warc-file=" + dir.resolve(name),
            "--input-file=" + list),
        dir,
        name);
  }

  /**
   * Crawls {@code url} (its pages and what they embed and link, two levels deep) into {@code
   * name.warc.gz} in {@code dir}; the downloaded files themselves are deleted, as a team keeps only
   * the WARC.
   *
   * @return the WARC
   * @throws IOException when wget fails or writes no WARC; its log is in the message
   */
  public static Path capture(String url, Path dir, String name)
      throws IOException, InterruptedException {
    Path scratch = Files.createDirectories(dir.resolve(name + "-files"));
    List<String> cmd =
        List.of(
            "wget",
            "--no-verbose",
            "--recursive",
            "--level=2",
            "--page-requisites",
            "--no-parent",
            "-e",
            "robots=off",
            "--delete-after",
            "--no-warc-keep-log",
            "--directory-prefix=" + scratch,
            "--warc-file=" + dir.resolve(name),
            url);
    return run(cmd, dir, name);
  }

  private static Path run(List<String> cmd, Path dir, String name)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    // 8: the server answered some request with an error (a removed copy's 404): expected.
    if (exit != 0 && exit != 8) {
      throw new IOException("wget failed (" + exit + "): " + String.join(" ", cmd) + "\n" + log);
    }
    Path warc = dir.resolve(name + ".warc.gz");
    if (!Files.isRegularFile(warc)) {
      throw new IOException("wget wrote no " + warc + "\n" + log);
    }
    return warc;
  }
}
