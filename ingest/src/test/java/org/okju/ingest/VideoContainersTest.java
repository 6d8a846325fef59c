package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.TestDatabases;

/**
 * Videos in the containers Tika's content rules leave generic: WebM (the web's format) and
 * Matroska, Ogg Theora, and MPEG transport streams (AVCHD camcorders' ".MTS"). Before, a WebM or
 * Matroska copy of a tape was typed {@code application/x-matroska}, a transport stream {@code
 * application/octet-stream}, and neither got a vPDQ or a word in the case: no copy of a tape in
 * them could be found.
 */
class VideoContainersTest {
  @TempDir Path tmp;

  @Test
  void headersNameTheVideoContainers() {
    byte[] ebml = {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, (byte) 0x9f, 0x42, (byte) 0x82};
    assertThat(refine("application/x-matroska", concat(ebml, ascii("\u0084webm"))))
        .isEqualTo(VideoContainers.WEBM);
    assertThat(refine("application/x-matroska", concat(ebml, ascii("\u0088matroska"))))
        .isEqualTo(VideoContainers.MATROSKA_VIDEO);
    byte[] oggPage = ascii("OggS\0\u0002" + "\0".repeat(22));
    byte[] theora = concat(oggPage, new byte[] {(byte) 0x80}, ascii("theora"));
    byte[] vorbis = concat(oggPage, new byte[] {0x01}, ascii("vorbis"));
    assertThat(refine("application/ogg", theora)).isEqualTo(VideoContainers.OGG_VIDEO);
    assertThat(refine("application/ogg", vorbis)).isEqualTo(MediaType.parse("application/ogg"));
    assertThat(refine("application/octet-stream", packets(188, 0, 6)))
        .isEqualTo(VideoContainers.TRANSPORT_STREAM);
    assertThat(refine("application/octet-stream", packets(192, 4, 6)))
        .isEqualTo(VideoContainers.TRANSPORT_STREAM);
    assertThat(refine("application/octet-stream", packets(188, 0, 4)))
        .as("too short to tell")
        .isEqualTo(MediaType.OCTET_STREAM);
    byte[] oneSync = new byte[2000];
    oneSync[0] = 0x47;
    assertThat(refine("application/octet-stream", oneSync)).isEqualTo(MediaType.OCTET_STREAM);
    assertThat(refine("text/plain", packets(188, 0, 6))).isEqualTo(MediaType.TEXT_PLAIN);
  }

  @Test
  void aTapeInEachContainerGetsItsVpdqAndSoundAloneIsNoError() throws Exception {
    IngestImageTest.need("ffmpeg");
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    Files.copy(EvidenceTree.video("doorknob-hd-no-bar.mp4"), drive.resolve("tape.mp4"));
    String in = " -nostdin -v error -y -i tape.mp4 -t 3";
    EvidenceTree.sh(
        drive,
        "ffmpeg"
            + in
            + " -an -vf scale=320:-2 -c:v libvpx -b:v 500k re-post.webm"
            + " && ffmpeg"
            + in
            + " -an -vf scale=320:-2 -c:v libvpx-vp9 -b:v 500k copy.mkv"
            + " && ffmpeg"
            + in
            + " -an -vf scale=320:-2 -c:v libx264 -f mpegts broadcast.ts"
            + " && ffmpeg"
            + in
            + " -an -vf scale=320:-2 -c:v libx264 -f mpegts -mpegts_m2ts_mode 1 00001.MTS"
            + " && ffmpeg"
            + in
            + " -an -vf scale=320:-2 -c:v libtheora old.ogv"
            + " && ffmpeg"
            + in
            + " -vn -c:a libopus voice.webm");
    Map<String, String> videos =
        Map.of(
            "re-post.webm", "video/webm",
            "copy.mkv", "video/x-matroska",
            "broadcast.ts", "video/mp2t",
            "00001.MTS", "video/mp2t",
            "old.ogv", "video/ogg");
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp))) {
      IngestSummary summary = IngestCatalogueTest.ingest(store, drive);
      List<Item> items = IngestCatalogueTest.items(store);
      for (Map.Entry<String, String> v : videos.entrySet()) {
        Item item = IngestCatalogueTest.find(items, v.getKey());
        assertThat(item.mediaType()).as(v.getKey()).contains(v.getValue());
        assertThat(item.extensionMismatch()).as(v.getKey()).isFalse();
        assertThat(IngestCatalogueTest.kinds(store, item)).as(v.getKey()).isEmpty();
        assertThat(store.fingerprints().video(item.id())).as(v.getKey()).hasSizeGreaterThan(1);
      }
      Item voice = IngestCatalogueTest.find(items, "voice.webm");
      assertThat(IngestCatalogueTest.kinds(store, voice)).isEmpty();
      assertThat(store.fingerprints().video(voice.id())).isEmpty();
      assertThat(summary.problemCount()).isZero();
    }
  }

  private static MediaType refine(String type, byte[] head) {
    byte[] padded = java.util.Arrays.copyOf(head, Math.max(head.length, 64));
    return VideoContainers.refine(MediaType.parse(type), padded, head.length);
  }

  private static byte[] packets(int size, int prefix, int count) {
    byte[] head = new byte[size * count];
    for (int i = 0; i < count; i++) {
      head[i * size + prefix] = 0x47;
    }
    return head;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int o = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, o, p.length);
      o += p.length;
    }
    return out;
  }
}
