package org.okju.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Real GNU wget capturing a site into a WARC, as a takedown team would ({@code --warc-file}). */
final class Wget {
  private Wget() {}

  /**
   * Crawls {@code url} (its pages and what they embed and link, two levels deep) into {@code
   * name.warc.gz} in {@code dir}; the downloaded files themselves are deleted.
   */
  static Path capture(String url, Path dir, String name) throws IOException, InterruptedException {
    Path scratch = Files.createDirectories(dir.resolve(name + "-files"));
    List<String> cmd =
        new ArrayList<>(
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
                url));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    // 8: the server answered some request with an error (the removed copies' 404s).
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
