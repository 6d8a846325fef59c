package org.okju.evidence.image;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.okju.evidence.EvidenceStream;
import org.okju.evidence.tool.ToolException;
import org.okju.evidence.tool.ToolLimits;
import org.okju.evidence.tool.ToolRunner;
import org.okju.evidence.tool.ToolStream;

/**
 * Lists an image with The Sleuth Kit: {@code mmls} for the partition table, {@code fiwalk -g -z}
 * for every file system TSK can read in it (each name with its metadata and byte runs, the data
 * itself left unread). Each tool runs under limits; a tool that fails, hangs or floods becomes an
 * {@link ImageProblem} and what was listed before it stays. Not thread-safe; one listing per
 * instance.
 */
final class ImageLister {
  /** Names exFAT keeps for itself that The Sleuth Kit shows as files. */
  private static final Set<String> EXFAT_SYSTEM =
      Set.of("$ALLOC_BITMAP", "$UPCASE_TABLE", "$VOLUME_GUID", "$TEX_FAT", "$ACT");

  private final ToolRunner tools;
  private final String image;
  private final ImageMedia media;
  private final List<ImageProblem> problems = new ArrayList<>();
  private boolean ownTable;

  /** A lister of the image the tools know as {@code image} (see {@link ToolLinks}). */
  ImageLister(ToolRunner tools, String image, ImageMedia media) {
    this.tools = tools;
    this.image = image;
    this.media = media;
  }

  ImageListing list() throws InterruptedException {
    List<Partition> partitions = partitions();
    Map<Long, Partition> byOffset = new HashMap<>();
    partitions.forEach(p -> byOffset.put(p.offset(), p));
    Map<Long, String> fileSystems = new HashMap<>();
    List<ImageEntry> entries = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    FiwalkListing.Sink sink =
        new FiwalkListing.Sink() {
          @Override
          public void volume(FiwalkListing.Volume v) {
            fileSystems.put(v.offset(), v.type().toLowerCase(Locale.ROOT));
          }

          @Override
          public void entry(long volumeOffset, FiwalkListing.Parsed e) {
            Partition p = byOffset.get(volumeOffset);
            if (p == null) {
              p =
                  new Partition(
                      "@" + volumeOffset,
                      volumeOffset,
                      media.size() - volumeOffset,
                      "file system outside the partition table",
                      Optional.empty());
              byOffset.put(volumeOffset, p);
              partitions.add(p);
            }
            ImageEntry entry = toEntry(p.name(), fileSystems.getOrDefault(volumeOffset, ""), e);
            if (entry != null) {
              entries.add(unique(entry, paths));
            }
          }
        };
    fiwalk(sink);
    if (ownTable) {
      for (Partition p : partitions) {
        if (!fileSystems.containsKey(p.offset()) && fls(p, sink)) {
          fileSystems.put(p.offset(), ImageDetector.fileSystemAt(media, p.offset()));
        }
      }
    }
    List<Partition> named = new ArrayList<>();
    for (Partition p : partitions) {
      Optional<String> fs = Optional.ofNullable(fileSystems.get(p.offset()));
      named.add(new Partition(p.name(), p.offset(), p.length(), p.description(), fs));
      if (fs.isEmpty()) {
        unreadable(p);
      }
    }
    problems.addAll(DirectoryLoops.find(entries));
    return new ImageListing(named, entries, problems, media.size());
  }

  private List<Partition> partitions() throws InterruptedException {
    List<Partition> table = new ArrayList<>();
    try {
      ToolRunner.Result r = tools.run(List.of("mmls", path()), ToolLimits.quick());
      if (r.exitCode() == 0) {
        table.addAll(PartitionTable.parse(r.text()));
      } else {
        // mmls also fails, silently, on an image without a table: then okju finds none either.
        table.addAll(
            ownReading(r.stderr().isBlank() ? "mmls exit " + r.exitCode() : r.stderr().strip()));
      }
    } catch (ToolException e) {
      problems.add(new ImageProblem(e.kind(), true, "the partition table: " + e.getMessage()));
    }
    if (table.isEmpty()) {
      table.add(new Partition("p0", 0, media.size(), "no partition table", Optional.empty()));
    }
    List<Partition> inside = new ArrayList<>();
    for (Partition p : table) {
      if (p.offset() >= media.size()) {
        problems.add(
            new ImageProblem(
                "partition-past-end",
                true,
                p.name()
                    + " starts at byte "
                    + p.offset()
                    + ", past the end of the "
                    + media.size()
                    + "-byte image: not read"));
        continue;
      }
      if (p.offset() + p.length() > media.size()) {
        problems.add(
            new ImageProblem(
                "partition-past-end",
                false,
                p.name()
                    + " ends "
                    + (p.offset() + p.length() - media.size())
                    + " bytes past the end of the image (truncated image or damaged table)"));
      }
      inside.add(p);
    }
    return inside;
  }

  // mmls refuses a whole table for one bad entry; the partitions that are there are still read.
  private List<Partition> ownReading(String refusal) {
    RawPartitionTable.Table own;
    try {
      own = RawPartitionTable.read(media);
    } catch (IOException e) {
      return List.of();
    }
    if (own.partitions().isEmpty()) {
      return List.of();
    }
    ownTable = true;
    problems.add(
        new ImageProblem(
            "damaged-partition-table",
            false,
            "The Sleuth Kit refused the partition table ("
                + refusal
                + "); okju read its "
                + own.partitions().size()
                + " entries itself"
                + (own.extendedSkipped() ? " (an extended partition's drives are not read)" : "")));
    return own.partitions();
  }

  // fiwalk has no offset option: a partition of a table TSK refused is listed by fls.
  private boolean fls(Partition p, FiwalkListing.Sink sink) throws InterruptedException {
    if (p.offset() % 512 != 0 || p.offset() >= media.size()) {
      return false;
    }
    Duration total = Duration.ofMinutes(10).plusSeconds(p.length() / (20L << 20));
    ToolLimits limits = new ToolLimits(total, Duration.ofMinutes(10), 4L << 30);
    try {
      ToolRunner.Result r =
          tools.run(
              List.of("fls", "-r", "-p", "-m", "/", "-o", Long.toString(p.offset() / 512), path()),
              limits);
      if (r.exitCode() != 0) {
        return false;
      }
      List<FiwalkListing.Parsed> parsed = FlsListing.parse(r.text());
      parsed.forEach(e -> sink.entry(p.offset(), e));
      return !parsed.isEmpty();
    } catch (ToolException e) {
      problems.add(
          new ImageProblem(e.kind(), true, p.name() + ": listing (fls): " + e.getMessage()));
      return false;
    }
  }

  private void fiwalk(FiwalkListing.Sink sink) throws InterruptedException {
    // fiwalk reads directories and metadata only (-g); a few hundred MB/s of image is generous.
    Duration total = Duration.ofMinutes(30).plusSeconds(media.size() / (20L << 20));
    ToolLimits limits = new ToolLimits(total, Duration.ofMinutes(10), 8L << 30);
    try (ToolStream out = tools.stream(List.of("fiwalk", "-g", "-z", "-x", path()), limits)) {
      FiwalkListing.parse(new StreamInput(out), sink);
      drain(out);
    } catch (ToolException e) {
      problems.add(
          new ImageProblem(e.kind(), true, "listing the file systems (fiwalk): " + e.getMessage()));
    } catch (XMLStreamException e) {
      problems.add(
          new ImageProblem(
              "listing-cut-short",
              true,
              "fiwalk's listing broke off (" + e.getMessage() + "): later files are not listed"));
    } catch (IOException e) {
      problems.add(new ImageProblem("tool-error", true, "fiwalk: " + e.getMessage()));
    }
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
  }

  private static void drain(EvidenceStream out) throws IOException {
    byte[] b = new byte[8192];
    while (out.read(b, 0, b.length) > 0) {
      // The tool's outcome is checked at the end of its output.
    }
  }

  private void unreadable(Partition p) {
    byte[] head = new byte[64 << 10];
    boolean zeros = true;
    try {
      int n = media.read(p.offset(), head, 0, (int) Math.min(head.length, p.length()));
      for (int i = 0; i < n && zeros; i++) {
        zeros = head[i] == 0;
      }
    } catch (IOException e) {
      zeros = false;
    }
    problems.add(
        zeros
            ? new ImageProblem(
                "empty-partition", false, p.name() + " (" + p.description() + ") is empty (zeros)")
            : new ImageProblem(
                "unreadable-file-system",
                true,
                p.name()
                    + " ("
                    + (p.description().isEmpty() ? "no type" : p.description())
                    + ") holds no file system The Sleuth Kit can read (unknown, encrypted or"
                    + " damaged): its files are not listed; its space is carved"));
  }

  private static ImageEntry toEntry(String partition, String fs, FiwalkListing.Parsed e) {
    String path = e.path();
    if (path.isEmpty()
        || path.equals(".")
        || path.equals("..")
        || path.endsWith("/.")
        || path.endsWith("/..")) {
      return null;
    }
    ImageEntry.Kind kind = kind(e);
    if (kind != ImageEntry.Kind.VIRTUAL && system(fs, path, e.inode())) {
      kind = ImageEntry.Kind.VIRTUAL;
    }
    return new ImageEntry(
        partition,
        path,
        e.inode(),
        kind,
        e.size(),
        e.times(),
        e.uid(),
        e.gid(),
        e.deleted(),
        List.copyOf(e.runs()),
        e.directRead());
  }

  private static ImageEntry.Kind kind(FiwalkListing.Parsed e) {
    return switch (e.nameType()) {
      case 'r' -> ImageEntry.Kind.FILE;
      case 'd' -> ImageEntry.Kind.DIRECTORY;
      case 'l' -> ImageEntry.Kind.SYMLINK;
      case 'v', 'V' -> ImageEntry.Kind.VIRTUAL;
      case '-' ->
          switch (e.metaType()) {
            case 1 -> ImageEntry.Kind.FILE;
            case 2 -> ImageEntry.Kind.DIRECTORY;
            case 3 -> ImageEntry.Kind.SYMLINK;
            default -> e.runs().isEmpty() ? ImageEntry.Kind.OTHER : ImageEntry.Kind.FILE;
          };
      default -> ImageEntry.Kind.OTHER;
    };
  }

  // What a file system keeps for itself: NTFS's $MFT … (MFT entries below 24) and $Extend, exFAT's
  // bitmap and up-case table. Catalogued by none of the usual tools as user files. NTFS reserves
  // MFT entries 16 to 23 and leaves them unused: TSK lists each as an empty orphan
  // ($OrphanFiles/OrphanFile-16 …), which is no file anyone deleted.
  private static boolean system(String fs, String path, String inode) {
    if (fs.startsWith("ntfs")) {
      if (path.startsWith("$Extend")) {
        return true;
      }
      boolean reserved = FiwalkListing.number(inode.split("-", 2)[0], Long.MAX_VALUE) < 24;
      if ((path.startsWith("$") && !path.contains("/")) || path.startsWith("$OrphanFiles/")) {
        return reserved;
      }
    }
    if (fs.startsWith("exfat") && EXFAT_SYSTEM.contains(path)) {
      return true;
    }
    // FAT's volume label is a directory entry TSK lists as an empty file ("PENDRIVE (Volume Label
    // Entry)"): the file system's name, not a file (it would be catalogued as an empty item).
    return (fs.startsWith("fat") || fs.startsWith("exfat"))
        && !path.contains("/")
        && path.endsWith("(Volume Label Entry)");
  }

  // Two names can give one path (a deleted file and a new one of the same name): the later ones
  // get their inode, so every path in the catalogue is unique and stable.
  private static ImageEntry unique(ImageEntry e, Set<String> paths) {
    if (paths.add(e.imagePath())) {
      return e;
    }
    String p = e.path() + " @" + e.inode();
    for (int k = 2; !paths.add(e.partition() + "/" + p); k++) {
      p = e.path() + " @" + e.inode() + "." + k;
    }
    return new ImageEntry(
        e.partition(),
        p,
        e.inode(),
        e.kind(),
        e.size(),
        e.times(),
        e.uid(),
        e.gid(),
        e.deleted(),
        e.runs(),
        e.directRead());
  }

  private String path() {
    return image;
  }

  /** A tool's output as an InputStream, for the XML reader. */
  private static final class StreamInput extends InputStream {
    private final EvidenceStream in;

    StreamInput(EvidenceStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return len == 0 ? 0 : in.read(b, off, len);
    }
  }
}
