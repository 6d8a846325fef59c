package org.okju.evidence.image;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.okju.evidence.EvidenceException;
import org.okju.evidence.EvidenceStream;
import org.okju.evidence.posix.ReadOnlyFiles;
import org.okju.evidence.tool.ToolLimits;
import org.okju.evidence.tool.ToolRunner;

/**
 * A forensic image opened read-only: its media (okju reads raw and EWF images itself, every segment
 * with {@code O_NOATIME}), its listing by The Sleuth Kit (partitions, files, deleted files,
 * orphans), one whole pass that hashes it and checks it as {@code ewfverify} does, and the content
 * of each file it lists: straight from the media along the file's byte runs when they are the whole
 * content, else through TSK's {@code icat} (resident, compressed or otherwise encoded data; {@code
 * icat -r} recovers a deleted file). Thread-safe once open: workers read files concurrently.
 */
public final class DiskImage implements AutoCloseable {
  private final byte[] path;
  private final ImageFormat format;
  private final ImageMedia media;
  private final List<byte[]> segments;
  private final EwfStoredHashes stored;
  private final Map<String, String> notes;
  private final ToolRunner tools;
  private final ToolLinks links;

  private DiskImage(
      byte[] path,
      ImageFormat format,
      ImageMedia media,
      List<byte[]> segments,
      EwfStoredHashes stored,
      Map<String, String> notes,
      ToolRunner tools,
      ToolLinks links) {
    this.path = path;
    this.format = format;
    this.media = media;
    this.segments = segments;
    this.stored = stored;
    this.notes = notes;
    this.tools = tools;
    this.links = links;
  }

  /**
   * Opens the image at {@code path} (its first segment) as {@code format}.
   *
   * @param work okju's own directory for the tools' links and spool files (never under evidence)
   * @throws EvidenceException when a segment cannot be read or its structure makes no sense
   */
  public static DiskImage open(
      ReadOnlyFiles files, byte[] path, ImageFormat format, Path work, ToolRunner tools)
      throws EvidenceException {
    ImageMedia media;
    List<byte[]> segments;
    EwfStoredHashes stored =
        new EwfStoredHashes(java.util.Optional.empty(), java.util.Optional.empty());
    Map<String, String> notes = Map.of();
    if (format == ImageFormat.EWF) {
      EwfMedia ewf = EwfMedia.open(files, path);
      media = ewf;
      segments = ewf.paths();
      stored = ewf.stored();
      notes = Map.copyOf(ewf.header());
    } else {
      segments = SegmentNames.rawSet(files, path);
      media = RawMedia.open(files, segments);
    }
    try {
      ToolLinks links = ToolLinks.create(work, segments);
      return new DiskImage(path, format, media, List.copyOf(segments), stored, notes, tools, links);
    } catch (IOException e) {
      media.close();
      throw new EvidenceException("work-directory", e.getMessage(), e);
    }
  }

  /**
   * Reads the image at {@code path} once and hashes its media, without listing it (no tool runs):
   * what {@code okju verify} compares with the hashes ingest recorded.
   *
   * @throws EvidenceException when a segment cannot be opened or its structure makes no sense
   */
  public static MediaDigest digestOnly(
      ReadOnlyFiles files, byte[] path, ImageFormat format, LongConsumer progress)
      throws EvidenceException, InterruptedException {
    if (format == ImageFormat.EWF) {
      try (EwfMedia ewf = EwfMedia.open(files, path)) {
        return MediaDigester.digest(ewf, ewf.stored(), progress);
      }
    }
    try (RawMedia raw = RawMedia.open(files, SegmentNames.rawSet(files, path))) {
      return MediaDigester.digest(
          raw,
          new EwfStoredHashes(java.util.Optional.empty(), java.util.Optional.empty()),
          progress);
    }
  }

  /** The first segment's path, as given. */
  public byte[] path() {
    return path.clone();
  }

  public ImageFormat format() {
    return format;
  }

  /** The acquired media's size in bytes. */
  public long size() {
    return media.size();
  }

  /** The segment files, first to last (one for an unsplit image). */
  public List<byte[]> segments() {
    return segments;
  }

  /** The acquisition's notes an EWF image carries (case number, examiner …); empty for raw. */
  public Map<String, String> notes() {
    return notes;
  }

  /** Whether the tools read this image without moving its access time. */
  public boolean toolsKeepAccessTime() {
    return tools.atimeProtected();
  }

  /** Lists partitions and files with The Sleuth Kit; problems are in the listing, not thrown. */
  public ImageListing list() throws InterruptedException {
    return new ImageLister(tools, links.first(), media).list();
  }

  /** Reads the whole media once: its hashes, checked against those the acquisition stored. */
  public MediaDigest digest(LongConsumer progress) throws InterruptedException {
    return MediaDigester.digest(media, stored, progress);
  }

  /**
   * Starts the one pass over the whole media (its hashes, checked against those the acquisition
   * stored) on a thread of its own; the files read meanwhile share what it decodes.
   */
  public MediaPass startDigest(LongConsumer progress) {
    return MediaPass.start(media, stored, progress, null);
  }

  /**
   * As {@link #startDigest(LongConsumer)}, and the pass also copies the unallocated space into
   * {@code spool} for carving (so the carver does not read the media again); the spool is complete
   * once the pass ended.
   */
  public MediaPass startDigest(LongConsumer progress, UnallocatedSpool spool) {
    return MediaPass.start(media, stored, progress, spool);
  }

  /**
   * Opens a listed file's content: along its runs when they hold it whole, else through {@code
   * icat} ({@code -r} for a deleted file: TSK's recovery).
   */
  public EvidenceStream open(Partition partition, ImageEntry entry) throws EvidenceException {
    if (directlyReadable(entry)) {
      return new RunsStream(media, entry.runs(), entry.size());
    }
    return openWithTsk(partition.offset(), entry.inode(), entry.deleted(), entry.size());
  }

  /** Whether {@link #open} reads the entry straight from the media (else through icat). */
  public static boolean directlyReadable(ImageEntry entry) {
    if (!entry.directRead() || (entry.runs().isEmpty() && entry.size() > 0)) {
      return false;
    }
    long covered = 0;
    long next = 0;
    for (ByteRun r : entry.runs()) {
      if (r.fileOffset() != next) {
        return false;
      }
      covered += r.length();
      next += r.length();
    }
    return covered >= entry.size();
  }

  /** Opens bytes of the media along {@code runs} (a carved file), up to {@code size}. */
  public EvidenceStream openRuns(List<ByteRun> runs, long size) {
    return new RunsStream(media, List.copyOf(runs), size);
  }

  /**
   * Opens a file through The Sleuth Kit's {@code icat}, by the partition's byte offset and the
   * file's metadata address.
   */
  public EvidenceStream openWithTsk(long partitionOffset, String inode, boolean recover, long size)
      throws EvidenceException {
    List<String> command = new ArrayList<>(List.of("icat"));
    if (recover) {
      command.add("-r");
    }
    // -b 512: -o counts 512-byte sectors whatever sector size the image records.
    command.addAll(
        List.of("-b", "512", "-o", Long.toString(partitionOffset / 512), links.first(), inode));
    Duration total = Duration.ofMinutes(10).plusSeconds(size / (5L << 20));
    return tools.stream(command, new ToolLimits(total, Duration.ofMinutes(5), size + (1 << 20)));
  }

  /** The media, for the carver. */
  ImageMedia media() {
    return media;
  }

  ToolRunner tools() {
    return tools;
  }

  @Override
  public void close() {
    media.close();
    links.close();
  }
}
