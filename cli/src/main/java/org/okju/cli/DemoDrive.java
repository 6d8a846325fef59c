package org.okju.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A small fictional "seized pen drive" built from the shared reference test vectors (a bridge
 * photo, a chair and a test-pattern video: no people) and a diary text written for the demo.
 */
final class DemoDrive {
  /** Entirely fictional: names, places and amounts are invented for the demo. */
  static final String DIARY =
      """
      FICTIONAL DEMO DATA: every name, place, tape and amount in this diary is invented.

      2023년 5월 3일 (수)
      오후 9시 지은이를 잠수교로 불러냄.
      테이프 #12 촬영.
      김약사에게 졸피뎀 받음. 약값 30만원 줌.
      박실장 3할, 김약사 2할 5푼. 내 몫 45프로.

      June 12, 2024
      Picked up Mina near Hotel Riverside, room 508. Recorded clip 21.
      Gave Boss Yoon 3 million won, Mr. Han $500.
      Yoon gets 40 percent of Mina's money, Han 15%.
      """;

  private final Path vectors;

  DemoDrive(Path threatExchange) {
    this.vectors = threatExchange;
  }

  /** Writes the drive under {@code root} and returns its top directory. */
  Path build(Path root) throws IOException {
    Path drive = Files.createDirectories(root.resolve("PENDRIVE"));
    Path photos = vectors.resolve("pdq/data/bridge-mods");
    Path videos = vectors.resolve("tmk/sample-videos");
    Files.createDirectories(drive.resolve("DCIM/100PHOTO"));
    Files.createDirectories(drive.resolve("backup/old phone"));
    Files.createDirectories(drive.resolve("Videos"));
    Files.createDirectories(drive.resolve("Documents"));
    Files.copy(photos.resolve("aaa-orig.jpg"), drive.resolve("DCIM/100PHOTO/IMG_0001.jpg"));
    Files.copy(photos.resolve("high-contrast.jpg"), drive.resolve("DCIM/100PHOTO/IMG_0002.jpg"));
    Files.copy(photos.resolve("aaa-orig.jpg"), drive.resolve("backup/old phone/IMG_0001 (1).jpg"));
    Files.copy(photos.resolve("shrink-a-lot.jpg"), drive.resolve("backup/old phone/small.jpg"));
    Files.write(
        drive.resolve("backup/old phone/shared.jpg"), reencode(photos.resolve("aaa-orig.jpg")));
    Files.copy(videos.resolve("chair-19-sd-bar.mp4"), drive.resolve("Videos/tape12.mp4"));
    Files.copy(videos.resolve("pattern-sd-grey-bar.mp4"), drive.resolve("Videos/clip_21.mp4"));
    Files.copy(videos.resolve("chair-20-sd-bar.mp4"), drive.resolve("Documents/tax-2023.pdf"));
    byte[] photo = Files.readAllBytes(photos.resolve("sharpen-a-little.jpg"));
    Files.write(
        drive.resolve("DCIM/100PHOTO/IMG_0003.jpg"), Arrays.copyOf(photo, photo.length / 3));
    byte[] garbage = new byte[4096];
    new java.util.Random(4).nextBytes(garbage);
    garbage[0] = (byte) 0xff;
    garbage[1] = (byte) 0xd8;
    garbage[2] = (byte) 0xff;
    Files.write(drive.resolve("DCIM/100PHOTO/IMG_0004.jpg"), garbage);
    Files.writeString(drive.resolve("Documents/notes.txt"), DIARY, StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(drive.resolve("backup/archive.zip"));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("phone/IMG_0001.jpg"));
      zip.write(Files.readAllBytes(photos.resolve("aaa-orig.jpg")));
      zip.putNextEntry(new ZipEntry("phone/notes.txt"));
      zip.write(DIARY.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return drive;
  }

  /** The photo re-encoded at JPEG quality 0.5: other bytes, the same picture. */
  private static byte[] reencode(Path jpeg) throws IOException {
    BufferedImage image = ImageIO.read(jpeg.toFile());
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(0.5f);
      writer.write(null, new IIOImage(image, null, null), p);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
