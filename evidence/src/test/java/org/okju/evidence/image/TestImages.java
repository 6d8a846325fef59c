package org.okju.evidence.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Disk images built at test time with the ordinary tools (no root, no mounting): FAT32 with {@code
 * mkfs.fat} and {@code mtools}, ext4 with {@code mke2fs -d}, GPT with {@code sgdisk}, E01 with
 * {@code ewfacquire -u}. Every file in them is random bytes or fictional text. A test whose tool is
 * missing is skipped, except under CI ({@code CI=true}), where {@code .ci/run} installs them.
 */
final class TestImages {
  private TestImages() {}

  static void need(String... tools) {
    for (String tool : tools) {
      boolean found =
          List.of("/usr/bin/", "/usr/sbin/", "/bin/", "/sbin/").stream()
              .anyMatch(d -> Files.isExecutable(Path.of(d + tool)));
      if ("true".equals(System.getenv("CI"))) {
        assertThat(found).as(tool + " (.ci/run installs it)").isTrue();
      }
      assumeTrue(found, tool + " is not installed");
    }
  }

  /** Runs {@code command} in {@code dir} and fails the test when it fails. */
  static String run(Path dir, String... command) throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("MTOOLS_SKIP_CHECK", "1");
    pb.environment().put("TZ", "UTC");
    Process p = pb.start();
    p.getOutputStream().close();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    return out;
  }

  static byte[] random(long seed, int size) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    return b;
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(Path p) throws IOException {
    return sha256(Files.readAllBytes(p));
  }

  /**
   * A 40 MB FAT32 file system: {@code memo.txt}, {@code DCIM/clip.bin} (200 kB), and {@code
   * tape.bin} (300 kB), deleted with {@code mdel} after it was copied.
   */
  static Fat32 fat32(Path dir) throws IOException, InterruptedException {
    need("mkfs.fat", "mcopy", "mdel", "mmd");
    Path image = dir.resolve("drive.img");
    run(dir, "mkfs.fat", "-C", "-F", "32", "-n", "PENDRIVE", image.toString(), "40960");
    byte[] memo =
        "A fictional memo: meet at the station at nine.\n".getBytes(StandardCharsets.US_ASCII);
    byte[] clip = random(1, 200_000);
    byte[] tape = random(2, 300_000);
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.write(src.resolve("memo.txt"), memo);
    Files.write(src.resolve("clip.bin"), clip);
    Files.write(src.resolve("tape.bin"), tape);
    String i = image.toString();
    run(dir, "mcopy", "-i", i, src.resolve("memo.txt").toString(), "::/memo.txt");
    run(dir, "mcopy", "-i", i, src.resolve("tape.bin").toString(), "::/tape.bin");
    run(dir, "mmd", "-i", i, "::/DCIM");
    run(dir, "mcopy", "-i", i, src.resolve("clip.bin").toString(), "::/DCIM/clip.bin");
    run(dir, "mdel", "-i", i, "::/tape.bin");
    return new Fat32(image, sha256(memo), sha256(clip), sha256(tape));
  }

  record Fat32(Path image, String memo, String clip, String tape) {}

  /** An ext4 file system made from a folder with {@code mke2fs -d}. */
  static Path ext4(Path dir, Path folder, String name) throws IOException, InterruptedException {
    need("mke2fs");
    Path image = dir.resolve(name);
    run(dir, "mke2fs", "-q", "-t", "ext4", "-d", folder.toString(), image.toString(), "16M");
    return image;
  }

  /**
   * A GPT disk of two partitions: {@code fat} at 1 MiB, {@code ext} after it, both copied in with
   * {@code dd conv=notrunc}.
   */
  static Path gpt(Path dir, Path fat, Path ext) throws IOException, InterruptedException {
    need("sgdisk", "dd");
    Path disk = dir.resolve("disk.img");
    long fatSectors = Files.size(fat) / 512;
    long extSectors = Files.size(ext) / 512;
    long total = 2048 + fatSectors + extSectors + 2048 + 64;
    try (var f = new java.io.RandomAccessFile(disk.toFile(), "rw")) {
      f.setLength(total * 512);
    }
    run(
        dir,
        "sgdisk",
        "-n",
        "1:2048:+" + fatSectors,
        "-t",
        "1:0700",
        "-n",
        "2:" + (2048 + fatSectors) + ":+" + extSectors,
        "-t",
        "2:8300",
        disk.toString());
    String d = disk.toString();
    run(dir, "dd", "if=" + fat, "of=" + d, "bs=512", "seek=2048", "conv=notrunc", "status=none");
    run(
        dir,
        "dd",
        "if=" + ext,
        "of=" + d,
        "bs=512",
        "seek=" + (2048 + fatSectors),
        "conv=notrunc",
        "status=none");
    return disk;
  }

  /** {@code raw} acquired into {@code name.E01} (and later segments) by {@code ewfacquire -u}. */
  static Path e01(Path dir, Path raw, String name, String... extra)
      throws IOException, InterruptedException {
    need("ewfacquire");
    List<String> c =
        new ArrayList<>(
            List.of(
                "ewfacquire",
                "-u",
                "-t",
                dir.resolve(name).toString(),
                "-c",
                "deflate:fast",
                "-C",
                "C-2026-001",
                "-E",
                "EV-1",
                "-e",
                "examiner",
                "-D",
                "fictional pen drive",
                "-N",
                "test image",
                "-d",
                "sha1"));
    c.addAll(List.of(extra));
    c.add(raw.toString());
    run(dir, c.toArray(String[]::new));
    return dir.resolve(name + ".E01");
  }
}
