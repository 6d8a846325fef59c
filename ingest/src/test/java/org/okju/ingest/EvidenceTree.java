package org.okju.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small fictional evidence trees from the shared test vectors, at test time. */
final class EvidenceTree {
  private EvidenceTree() {}

  static Path vectors() {
    String configured = System.getProperty("okju.testvectors");
    return Path.of(configured != null ? configured : "../../shared/testvectors")
        .resolve("threatexchange")
        .normalize();
  }

  static Path photo(String name) {
    return vectors().resolve("pdq/data/bridge-mods").resolve(name);
  }

  static Path video(String name) {
    return vectors().resolve("tmk/sample-videos").resolve(name);
  }

  /** A zip of the given contents, stored under the given names. */
  static byte[] zip(List<String> names, List<byte[]> contents) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (int i = 0; i < names.size(); i++) {
        z.putNextEntry(new ZipEntry(names.get(i)));
        z.write(contents.get(i));
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static void zip(Path zip, List<String> names, List<byte[]> contents) throws IOException {
    try (OutputStream out = Files.newOutputStream(zip)) {
      out.write(zip(names, contents));
    }
  }

  /** Runs a shell command (names Java cannot spell, FIFOs...); fails on a non-zero exit. */
  static void sh(Path dir, String script) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("bash", "-c", script)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("script failed: " + script + "\n" + out);
    }
  }

  /** A small seized-drive tree: photos, a copy, a renamed video, a zip, a text, an empty file. */
  static Path small(Path root) throws IOException {
    Path drive = Files.createDirectories(root.resolve("drive"));
    Files.createDirectories(drive.resolve("DCIM"));
    Files.copy(photo("aaa-orig.jpg"), drive.resolve("DCIM/bridge.jpg"));
    Files.copy(photo("aaa-orig.jpg"), drive.resolve("DCIM/bridge-copy.jpg"));
    Files.copy(photo("shrink-a-lot.jpg"), drive.resolve("DCIM/small.jpg"));
    Files.copy(video("pattern-sd-grey-bar.mp4"), drive.resolve("notes.txt"));
    Files.writeString(drive.resolve("diary.txt"), "Day 1. Nothing happened.\n");
    Files.write(drive.resolve("empty.dat"), new byte[0]);
    zip(
        drive.resolve("backup.zip"),
        List.of("inner/bridge.jpg", "readme.txt"),
        List.of(
            Files.readAllBytes(photo("aaa-orig.jpg")), "hello".getBytes(StandardCharsets.UTF_8)));
    return drive;
  }
}
