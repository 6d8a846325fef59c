package org.okju.evidence.image;

import java.util.List;

/**
 * A file PhotoRec found in the image's unallocated space.
 *
 * @param offset its first byte in the media
 * @param size its size as PhotoRec carved it
 * @param extension the type PhotoRec gave it ({@code jpg}, {@code mp4}, {@code pdf} …)
 * @param runs where its bytes are in the media (several when it spans unallocated stretches that
 *     allocated data separates)
 * @param partition the partition it lies in, or empty for space outside every partition
 */
public record CarvedFile(
    long offset, long size, String extension, List<ByteRun> runs, String partition) {
  /** Its stable path in the image: {@code carved/OFFSET.EXT}. */
  public String imagePath() {
    return "carved/" + offset + "." + extension;
  }
}
