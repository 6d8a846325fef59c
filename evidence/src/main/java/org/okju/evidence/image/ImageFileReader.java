package org.okju.evidence.image;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.okju.evidence.EvidenceAddress;
import org.okju.evidence.EvidenceException;
import org.okju.evidence.EvidenceMetadata;
import org.okju.evidence.EvidenceStream;
import org.okju.evidence.PathBytes;
import org.okju.evidence.posix.ReadOnlyFiles;
import org.okju.evidence.tool.ToolLimits;
import org.okju.evidence.tool.ToolRunner;

/**
 * Reads a file inside a disk image again after ingest, read-only, from where ingest recorded it
 * lies: along its byte runs through okju's own reading of the image's media (every segment opened
 * with {@code O_NOATIME}), exactly as ingest read and hashed it; or, when its content is not stored
 * as plain runs (resident, compressed, heavily fragmented), through The Sleuth Kit's {@code icat}
 * under time and output limits, by its partition's offset and its metadata address ({@code -r} for
 * a deleted file, as ingest did). Thread-safe: each stream opens the image for itself.
 */
public final class ImageFileReader {
  private final ReadOnlyFiles files;
  private final Path work;

  /**
   * @param files the reader of the image's segments
   * @param work a directory of okju's own (never under evidence) for the tools' links
   */
  public ImageFileReader(ReadOnlyFiles files, Path work) {
    this.files = files;
    this.work = work;
  }

  /**
   * Opens the file at {@code address} for one sequential read of its catalogued size.
   *
   * @throws EvidenceException when the image is gone or no longer an image, or the catalogue does
   *     not say where the file lies
   */
  public EvidenceStream open(EvidenceAddress.ImageFile address) throws EvidenceException {
    byte[] image = address.image();
    ImageFormat format =
        ImageDetector.detect(files, image)
            .format()
            .orElseThrow(
                () ->
                    new EvidenceException(
                        "not-an-image",
                        PathBytes.display(image)
                            + " no longer holds a disk image okju reads (it held "
                            + address.path()
                            + ")"));
    Map<String, String> m = address.metadata();
    String runs = m.get(EvidenceMetadata.RUNS);
    if (runs != null) {
      return alongRuns(image, format, ByteRuns.decode(runs), address.size());
    }
    String inode = m.get(EvidenceMetadata.INODE);
    String partition = m.get(EvidenceMetadata.PARTITION_OFFSET);
    if (inode == null || partition == null) {
      throw new EvidenceException(
          "not-located",
          address.path()
              + " in "
              + PathBytes.display(image)
              + ": the catalogue does not say where it lies in the image (catalogued by an"
              + " earlier okju: ingest the image into a new case to read it)");
    }
    boolean deleted = "true".equals(m.get(EvidenceMetadata.DELETED));
    return throughIcat(image, format, Long.parseLong(partition), inode, deleted, address.size());
  }

  private EvidenceStream alongRuns(byte[] image, ImageFormat format, List<ByteRun> runs, long size)
      throws EvidenceException {
    ImageMedia media =
        format == ImageFormat.EWF
            ? EwfMedia.open(files, image)
            : RawMedia.open(files, SegmentNames.rawSet(files, image));
    RunsStream content = new RunsStream(media, runs, size);
    return new EvidenceStream() {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return content.read(buffer, offset, length);
      }

      @Override
      public void close() {
        media.close();
      }
    };
  }

  private EvidenceStream throughIcat(
      byte[] image,
      ImageFormat format,
      long partitionOffset,
      String inode,
      boolean recover,
      long size)
      throws EvidenceException {
    List<byte[]> segments =
        format == ImageFormat.EWF
            ? SegmentNames.ewfSet(files, image)
            : SegmentNames.rawSet(files, image);
    ToolLinks links;
    try {
      links = ToolLinks.create(work, segments);
    } catch (IOException e) {
      throw new EvidenceException("work-directory", e.getMessage(), e);
    }
    List<String> command = new ArrayList<>(List.of("icat"));
    if (recover) {
      command.add("-r");
    }
    // -b 512: -o counts 512-byte sectors whatever sector size the image records (as at ingest).
    command.addAll(
        List.of("-b", "512", "-o", Long.toString(partitionOffset / 512), links.first(), inode));
    Duration total = Duration.ofMinutes(10).plusSeconds(size / (5L << 20));
    EvidenceStream tool;
    try {
      tool =
          new ToolRunner()
              .stream(command, new ToolLimits(total, Duration.ofMinutes(5), size + (1 << 20)));
    } catch (EvidenceException e) {
      links.close();
      throw e;
    }
    return new EvidenceStream() {
      private long done;

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (done >= size) {
          return -1;
        }
        int n = tool.read(buffer, offset, (int) Math.min(length, size - done));
        if (n > 0) {
          done += n;
        }
        return n;
      }

      @Override
      public void close() throws IOException {
        try {
          tool.close();
        } finally {
          links.close();
        }
      }
    };
  }
}
