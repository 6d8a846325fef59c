package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;

/**
 * The detector (signature fast path, then Tika's rules in place) answers exactly what Tika would.
 */
class TypeDetectorTest {
  private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

  @Test
  void everyReferenceFileGetsTikasTypeWhereTheFastPathAnswers() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(EvidenceTree.vectors())) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    int answered = 0;
    for (Path f : files) {
      byte[] head = Arrays.copyOf(Files.readAllBytes(f), TypeDetector.HEAD_BYTES);
      int n = (int) Math.min(Files.size(f), TypeDetector.HEAD_BYTES);
      MediaType fast = TypeDetector.commonImage(head, n);
      if (fast != null) {
        answered++;
        MediaType tika = TIKA.detect(new ByteArrayInputStream(head, 0, n), new Metadata());
        assertThat(fast).as(f.toString()).isEqualTo(tika);
      }
    }
    assertThat(answered).as("files the fast path recognised").isGreaterThan(40);
  }

  @Test
  void noiseThatBeginsLikeACCommentIsBinary_textNoCharsetFitsStaysText() throws Exception {
    TypeDetector detector = new TypeDetector();
    byte[] name = "blob.bin".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] noise = new byte[TypeDetector.HEAD_BYTES];
    new java.util.Random(7).nextBytes(noise);
    noise[0] = '/';
    noise[1] = '*';
    // Tika's rules call it text (a C comment's magic); no encoding fits it and it holds NULs.
    assertThat(
            TIKA.detect(
                new ByteArrayInputStream(noise, 0, TypeDetector.DETECT_BYTES), new Metadata()))
        .isEqualTo(MediaType.TEXT_PLAIN);
    TypeDetector.Detection binary = detector.detect(noise, noise.length, name, false);
    assertThat(binary.content()).isEqualTo(MediaType.OCTET_STREAM);
    assertThat(binary.charset()).isEmpty();

    byte[] highBytes = new byte[4 << 10];
    highBytes[0] = '/';
    highBytes[1] = '*';
    java.util.Random r = new java.util.Random(3);
    for (int i = 2; i < highBytes.length; i++) {
      highBytes[i] = (byte) (i % 7 == 0 ? ' ' : 0x80 + r.nextInt(128));
    }
    TypeDetector.Detection text = detector.detect(highBytes, highBytes.length, name, true);
    assertThat(text.content()).isEqualTo(MediaType.TEXT_PLAIN);
    assertThat(text.charset()).hasValueSatisfying(c -> assertThat(c.decided()).isFalse());
  }

  @Test
  void everyReferenceFileGetsTikasTypeThroughTheDetector() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(EvidenceTree.vectors())) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    TypeDetector detector = new TypeDetector();
    for (Path f : files) {
      byte[] head = Arrays.copyOf(Files.readAllBytes(f), TypeDetector.HEAD_BYTES);
      int n = (int) Math.min(Files.size(f), TypeDetector.HEAD_BYTES);
      MediaType tika =
          TIKA.detect(
              new ByteArrayInputStream(head, 0, Math.min(n, TypeDetector.DETECT_BYTES)),
              new Metadata());
      byte[] name = f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(detector.detect(head, n, name, n < TypeDetector.HEAD_BYTES).content())
          .as(f.toString())
          .isEqualTo(tika);
    }
  }

  @Test
  void anythingElseIsLeftToTika() {
    byte[] text = "hello, not an image\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(TypeDetector.commonImage(text, text.length)).isNull();
    byte[] truncatedJpeg = {(byte) 0xff, (byte) 0xd8};
    assertThat(TypeDetector.commonImage(truncatedJpeg, 2)).isNull();
  }
}
