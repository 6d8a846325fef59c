package org.okju.evidence.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.zip.Adler32;

/** Damages an EWF image the way a test needs, keeping the sections' own checksums valid. */
final class EwfTampering {
  private EwfTampering() {}

  /**
   * Flips a byte of the stored MD5 ({@code md5}, as stored) in the {@code hash} and {@code digest}
   * sections and recomputes each section's Adler-32, so the image opens but does not verify.
   */
  static void changeStoredMd5(Path e01, String md5) throws IOException {
    byte[] d = Files.readAllBytes(e01);
    byte[] want = HexFormat.of().parseHex(md5);
    int changed = 0;
    for (int i = 76; i + 16 <= d.length; i++) {
      if (!java.util.Arrays.equals(d, i, i + 16, want, 0, 16)) {
        continue;
      }
      String type = new String(d, i - 76, 16, java.nio.charset.StandardCharsets.US_ASCII);
      int covered = type.startsWith("hash") ? 32 : type.startsWith("digest") ? 76 : -1;
      if (covered < 0) {
        continue;
      }
      d[i] ^= (byte) 0xff;
      Adler32 a = new Adler32();
      a.update(d, i, covered);
      ByteBuffer.wrap(d, i + covered, 4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) a.getValue());
      changed++;
    }
    if (changed == 0) {
      throw new IllegalStateException(e01 + " stores no MD5 " + md5);
    }
    Files.write(e01, d);
  }
}
