package org.okju.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small fictional evidence trees built at test time from the shared test vectors. */
final class SparkTrees {
  private SparkTrees() {}

  /** Photos, a copy of one, a video, a zip holding a photo and a text, a text, an empty file. */
  static Path drive(Path root) throws IOException {
    Path drive = Files.createDirectories(root.resolve("drive"));
    Files.createDirectories(drive.resolve("DCIM"));
    Files.copy(LocalSpark.photo("bridge-mods/aaa-orig.jpg"), drive.resolve("DCIM/bridge.jpg"));
    Files.copy(LocalSpark.photo("bridge-mods/aaa-orig.jpg"), drive.resolve("DCIM/bridge-2.jpg"));
    Files.copy(LocalSpark.photo("bridge-mods/blur-a-little.jpg"), drive.resolve("DCIM/soft.jpg"));
    Files.copy(
        LocalSpark.photo("reg-test-input/labelme-subset/q0003.jpg"), drive.resolve("street.jpg"));
    Files.copy(LocalSpark.photo("misc-images/c.png"), drive.resolve("c.png"));
    Files.copy(LocalSpark.video("pattern-sd-grey-bar.mp4"), drive.resolve("clip.mp4"));
    Files.writeString(drive.resolve("diary.txt"), "Day 1. Nothing happened.\n");
    Files.write(drive.resolve("empty.dat"), new byte[0]);
    Files.write(
        drive.resolve("backup.zip"),
        zip(
            List.of("inner/q0004.jpg", "readme.txt"),
            List.of(
                Files.readAllBytes(LocalSpark.photo("reg-test-input/labelme-subset/q0004.jpg")),
                "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    // A truncated photo and a truncated video: warnings or errors, rows either way.
    byte[] jpeg = Files.readAllBytes(LocalSpark.photo("reg-test-input/labelme-subset/q0122.jpg"));
    Files.write(drive.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
    byte[] mp4 = Files.readAllBytes(LocalSpark.video("pattern-sd-grey-bar.mp4"));
    Files.write(drive.resolve("cut.mp4"), Arrays.copyOf(mp4, mp4.length / 3));
    return drive;
  }

  static byte[] zip(List<String> names, List<byte[]> contents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (int i = 0; i < names.size(); i++) {
        z.putNextEntry(new ZipEntry(names.get(i)));
        z.write(contents.get(i));
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
