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
