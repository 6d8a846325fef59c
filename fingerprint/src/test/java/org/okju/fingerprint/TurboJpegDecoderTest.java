package org.okju.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * libjpeg-turbo's pixels are the JDK's, byte for byte, on every JPEG it takes: the test vectors'
 * and the wallpapers Debian installs (photos from phones and cameras, progressive files, greyscale
 * ones); and what it must not take (an ICC profile, an Adobe marker, a damaged file) goes to the
 * JDK's reader. .ci/run installs libjpeg-turbo, so there the test runs; elsewhere it is skipped.
 */
class TurboJpegDecoderTest {
  @BeforeAll
  static void libjpegTurboIsInstalled() {
    assumeTrue(
        TurboJpegDecoder.available() || System.getenv("CI") != null,
        "libturbojpeg.so.0 is not installed (apt-get install libturbojpeg0)");
    assertThat(TurboJpegDecoder.available()).as("libjpeg-turbo on a CI machine").isTrue();
  }

  @Test
  void everyJpegItTakesHasTheJdkReadersPixels() throws Exception {
    Map<String, byte[]> jpegs = new LinkedHashMap<>();
    for (Path p : jpegsUnder(TestVectors.root())) {
      jpegs.put(p.toString(), Files.readAllBytes(p));
    }
    // Every fourth of the machine's wallpapers where installed (all 233 JPEGs of this machine's
    // agreed; a quarter keeps the test's time down): camera photos of several megapixels.
    List<Path> wallpapers = new ArrayList<>();
    for (String root : List.of("/usr/share/backgrounds", "/usr/share/wallpapers")) {
      wallpapers.addAll(jpegsUnder(Path.of(root)));
    }
    for (int i = 0; i < wallpapers.size(); i += 4) {
      jpegs.put(wallpapers.get(i).toString(), Files.readAllBytes(wallpapers.get(i)));
    }
    // What the files above may lack: greyscale, progressive, and other chroma subsamplings.
    Path photo = TestVectors.file("pdq/data/bridge-mods/aaa-orig.jpg");
    BufferedImage colour = ImageIO.read(photo.toFile());
    BufferedImage grey =
        new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    grey.getGraphics().drawImage(colour, 0, 0, null);
    jpegs.put("greyscale (ImageIO)", jdkJpeg(grey, false));
    jpegs.put("progressive (ImageIO)", jdkJpeg(colour, true));
    jpegs.put("progressive greyscale (ImageIO)", jdkJpeg(grey, true));
    for (String chroma : List.of("yuvj444p", "yuvj422p", "yuvj440p")) {
      jpegs.put(chroma + " (ffmpeg)", ffmpegJpeg(photo, chroma));
    }
    int taken = 0;
    List<String> different = new ArrayList<>();
    List<String> generatedTaken = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : jpegs.entrySet()) {
      Optional<BufferedImage> turbo = TurboJpegDecoder.decode(e.getValue(), 100_000_000L);
      if (turbo.isEmpty()) {
        continue;
      }
      taken++;
      if (e.getKey().endsWith(")")) {
        generatedTaken.add(e.getKey());
      }
      BufferedImage jdk = jdkRead(e.getValue());
      if (jdk.getType() != turbo.get().getType()
          || jdk.getWidth() != turbo.get().getWidth()
          || jdk.getHeight() != turbo.get().getHeight()
          || !Arrays.equals(bytes(jdk), bytes(turbo.get()))) {
        different.add(e.getKey() + " (JDK type " + jdk.getType() + ")");
      }
    }
    System.out.println("libjpeg-turbo took " + taken + " of " + jpegs.size() + " JPEGs");
    assertThat(different).as("pixels unlike the JDK's, of " + taken + " taken").isEmpty();
    assertThat(generatedTaken).hasSize(6);
    // The test vectors alone hold more than 30 plain JPEGs.
    assertThat(taken).isGreaterThan(36);
  }

  @Test
  void aJpegWithAnIccProfileOrAnAdobeMarkerIsLeftToTheJdk() throws Exception {
    byte[] plain = Files.readAllBytes(TestVectors.file("pdq/data/bridge-mods/aaa-orig.jpg"));
    assertThat(TurboJpegDecoder.decode(plain, 100_000_000L)).isPresent();
    assertThat(TurboJpegDecoder.decode(withSegment(plain, 0xe2, "ICC_PROFILE\0"), 100_000_000L))
        .isEmpty();
    assertThat(TurboJpegDecoder.decode(withSegment(plain, 0xee, "Adobe"), 100_000_000L)).isEmpty();
    assertThat(TurboJpegDecoder.decode(withSegment(plain, 0xe2, "FPXR\0"), 100_000_000L))
        .as("another APP2 is harmless")
        .isPresent();
  }

  @Test
  void aDamagedJpegKeepsTheJdkReadersPixelsAndWarnings() throws Exception {
    byte[] all = Files.readAllBytes(TestVectors.file("pdq/data/bridge-mods/aaa-orig.jpg"));
    byte[] truncated = Arrays.copyOf(all, all.length / 2);
    assertThat(TurboJpegDecoder.decode(truncated, 100_000_000L)).isEmpty();
    DecodedImage decoded = new ImageDecoder().decodeWithWarnings(truncated, Path.of("half.jpg"));
    assertThat(decoded.warnings()).isNotEmpty();
    assertThat(bytes(decoded.image())).isEqualTo(bytes(jdkRead(truncated)));
  }

  @Test
  void aPictureOverThePixelLimitIsLeftToTheJdkReadersRefusal() throws Exception {
    byte[] plain = Files.readAllBytes(TestVectors.file("pdq/data/bridge-mods/aaa-orig.jpg"));
    assertThat(TurboJpegDecoder.decode(plain, 1000)).isEmpty();
  }

  private static List<Path> jpegsUnder(Path root) throws java.io.IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.jpe?g"))
          .sorted()
          .toList();
    }
  }

  private static byte[] jdkJpeg(BufferedImage image, boolean progressive) throws Exception {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    if (progressive) {
      param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static byte[] ffmpegJpeg(Path photo, String pixelFormat) throws Exception {
    Path out = Files.createTempFile("okju-" + pixelFormat, ".jpg");
    try {
      Process p =
          new ProcessBuilder(
                  "ffmpeg",
                  "-v",
                  "error",
                  "-y",
                  "-i",
                  photo.toString(),
                  "-pix_fmt",
                  pixelFormat,
                  "-q:v",
                  "3",
                  out.toString())
              .redirectErrorStream(true)
              .start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(log).isZero();
      return Files.readAllBytes(out);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  // The picture as the JDK's own JPEG reader decodes it (the reference hashers' decoder).
  private static BufferedImage jdkRead(byte[] data) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
      for (var it = ImageIO.getImageReaders(in); it.hasNext(); ) {
        ImageReader r = it.next();
        if (r.getClass().getName().startsWith("com.sun.imageio.")) {
          r.setInput(in);
          try {
            return r.read(0);
          } finally {
            r.dispose();
          }
        }
      }
    }
    throw new AssertionError("no JDK JPEG reader");
  }

  private static byte[] bytes(BufferedImage image) {
    return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
  }

  /** {@code jpeg} with an APPn segment holding {@code text} right after its SOI. */
  private static byte[] withSegment(byte[] jpeg, int marker, String text) {
    byte[] payload = (text + "0123456789").getBytes(StandardCharsets.ISO_8859_1);
    int length = payload.length + 2;
    byte[] out = new byte[jpeg.length + 2 + length];
    out[0] = jpeg[0];
    out[1] = jpeg[1];
    out[2] = (byte) 0xff;
    out[3] = (byte) marker;
    out[4] = (byte) (length >> 8);
    out[5] = (byte) length;
    System.arraycopy(payload, 0, out, 6, payload.length);
    System.arraycopy(jpeg, 2, out, 6 + payload.length, jpeg.length - 2);
    return out;
  }
}
