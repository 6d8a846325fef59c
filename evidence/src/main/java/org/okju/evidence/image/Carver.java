package org.okju.evidence.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.okju.evidence.tool.ToolException;
import org.okju.evidence.tool.ToolLimits;

/**
 * Carves an image's unallocated space with PhotoRec (Debian's {@code testdisk}) for JPEG, PNG, GIF,
 * MP4/MOV, AVI, PDF and ZIP/DOCX. PhotoRec cannot read EWF and reads a whole disk, so the
 * unallocated stretches are copied, sector-aligned, into one spool file in okju's work directory
 * ({@link UnallocatedSpool}: by the pass that hashes the media, as ingest does, or by the carver
 * itself); PhotoRec's {@code report.xml} gives each carved file's runs in the spool, which the
 * spool's map turns back into offsets in the image. Not thread-safe; one carving per instance.
 */
public final class Carver {
  /** PhotoRec's names of the families carved. */
  static final List<String> FAMILIES = List.of("jpg", "png", "gif", "mov", "riff", "pdf", "zip");

  private final DiskImage image;
  private final Path work;

  /** A carver of {@code image} that spools into {@code work} (okju's, never the evidence's). */
  public Carver(DiskImage image, Path work) {
    this.image = image;
    this.work = work;
  }

  /** What carving found, and why it found nothing if it could not run. */
  public record Result(List<CarvedFile> files, long spooledBytes, List<ImageProblem> problems) {
    /** Nothing carved, because carving was not asked for. */
    public static final Result NONE = new Result(List.of(), 0, List.of());
  }

  /**
   * Carves the {@code unallocated} stretches ({@code {offset, length}}, media order), reading them
   * from the media itself (when no pass copied them, see {@link #carve(UnallocatedSpool, List)}).
   *
   * @param partitions to name the partition each carved file lies in
   */
  public Result carve(List<long[]> unallocated, List<Partition> partitions)
      throws InterruptedException {
    UnallocatedSpool spool;
    try {
      spool = UnallocatedSpool.create(work, unallocated);
    } catch (IOException e) {
      return failed("carving: " + e.getMessage());
    }
    try {
      copy(spool);
    } catch (InterruptedException | RuntimeException e) {
      spool.close();
      throw e;
    }
    return carve(spool, partitions);
  }

  /**
   * Carves what {@code spool} holds (the pass that hashed the media copied it there), then deletes
   * it. When the media's bytes stopped coming before the spool's end, what came is carved and a
   * {@code carving-incomplete} problem says where it stops.
   *
   * @param partitions to name the partition each carved file lies in
   */
  public Result carve(UnallocatedSpool spool, List<Partition> partitions)
      throws InterruptedException {
    List<ImageProblem> problems = new ArrayList<>();
    try (spool) {
      spool.finish();
      if (spool.failure().isPresent()) {
        return failed("carving: the spool: " + spool.failure().get().getMessage());
      }
      if (!spool.complete()) {
        problems.add(
            new ImageProblem(
                "carving-incomplete",
                false,
                "carving: the unallocated space from byte "
                    + spool.copiedUpTo()
                    + " on was not carved: the media could not be read there"));
      }
      SpoolMap map = spool.map();
      if (map.size() == 0) {
        return new Result(List.of(), 0, problems);
      }
      runPhotorec(spool.directory(), spool.file(), map);
      List<CarvedFile> files = report(spool.directory(), map, partitions);
      return new Result(files, map.size(), problems);
    } catch (ToolException e) {
      problems.add(new ImageProblem(e.kind(), false, "carving (photorec): " + e.getMessage()));
    } catch (IOException | XMLStreamException e) {
      problems.add(new ImageProblem("carving-failed", false, "carving: " + e.getMessage()));
    }
    return new Result(List.of(), 0, problems);
  }

  /** Where this carver spools (okju's work directory, never the evidence's). */
  public Path work() {
    return work;
  }

  /** Nothing carved, for the reason {@code message} gives ({@code carving-failed}). */
  public static Result failed(String message) {
    return new Result(List.of(), 0, List.of(new ImageProblem("carving-failed", false, message)));
  }

  // Reads the spool's stretches from the media, in order, until they end or the media does.
  private void copy(UnallocatedSpool spool) throws InterruptedException {
    byte[] buffer = new byte[UnallocatedSpool.WINDOW];
    for (long[] s : spool.stretches()) {
      for (long at = s[0]; at < s[1]; ) {
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
        int n;
        try {
          n = image.media().read(at, buffer, 0, (int) Math.min(buffer.length, s[1] - at));
        } catch (IOException e) {
          return; // carved up to here; the spool says where it stops
        }
        if (n <= 0) {
          return;
        }
        spool.accept(at, buffer, n);
        at += n;
      }
    }
  }

  private void runPhotorec(Path dir, Path spool, SpoolMap map)
      throws ToolException, InterruptedException {
    StringBuilder cmd =
        new StringBuilder("partition_none,options,paranoid,fileopt,everything,disable");
    for (String f : FAMILIES) {
      cmd.append(',').append(f).append(",enable");
    }
    cmd.append(",search");
    Duration total = Duration.ofMinutes(10).plusSeconds(map.size() / (10L << 20));
    ToolLimits limits = new ToolLimits(total, Duration.ofMinutes(10), 256L << 20);
    // photorec writes photorec.log into its working directory: run it in the carving directory.
    image
        .tools()
        .run(
            List.of(
                "sh",
                "-c",
                "cd \"$1\" && exec photorec /log /d recup /cmd \"$2\" \"$3\"",
                "photorec",
                dir.toString(),
                spool.toString(),
                cmd.toString()),
            limits);
  }

  private List<CarvedFile> report(Path dir, SpoolMap map, List<Partition> partitions)
      throws IOException, XMLStreamException {
    List<CarvedFile> out = new ArrayList<>();
    List<Path> reports;
    try (Stream<Path> s = Files.list(dir)) {
      reports =
          s.filter(p -> p.getFileName().toString().startsWith("recup"))
              .map(p -> p.resolve("report.xml"))
              .filter(Files::isRegularFile)
              .toList();
    }
    for (Path report : reports) {
      try (InputStream in = Files.newInputStream(report)) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(in, "UTF-8");
        String name = null;
        long size = -1;
        List<long[]> spoolRuns = new ArrayList<>();
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
              case "fileobject" -> {
                name = null;
                size = -1;
                spoolRuns.clear();
              }
              case "filename" -> name = r.getElementText().strip();
              case "filesize" -> size = FiwalkListing.number(r.getElementText(), -1);
              case "byte_run" ->
                  spoolRuns.add(
                      new long[] {
                        FiwalkListing.number(r.getAttributeValue(null, "img_offset"), -1),
                        FiwalkListing.number(r.getAttributeValue(null, "len"), -1)
                      });
              default -> {
                // The report's header: PhotoRec's version and settings.
              }
            }
          } else if (ev == XMLStreamConstants.END_ELEMENT
              && r.getLocalName().equals("fileobject")
              && name != null
              && size > 0) {
            CarvedFile c = carved(name, size, spoolRuns, map, partitions);
            if (c != null) {
              out.add(c);
            }
          }
        }
      }
    }
    out.sort(Comparator.comparingLong(CarvedFile::offset));
    return out;
  }

  private static CarvedFile carved(
      String name, long size, List<long[]> spoolRuns, SpoolMap map, List<Partition> partitions) {
    List<ByteRun> runs = new ArrayList<>();
    long fileOffset = 0;
    for (long[] r : spoolRuns) {
      if (r[0] < 0 || r[1] <= 0) {
        return null;
      }
      long want = Math.min(r[1], size - fileOffset);
      for (ByteRun piece : map.toImage(r[0], want, fileOffset)) {
        runs.add(piece);
        fileOffset += piece.length();
      }
      if (fileOffset >= size) {
        break;
      }
    }
    if (runs.isEmpty() || fileOffset < size) {
      return null;
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "bin" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    long offset = runs.get(0).imageOffset();
    String partition =
        partitions.stream()
            .filter(p -> offset >= p.offset() && offset < p.offset() + p.length())
            .map(Partition::name)
            .findFirst()
            .orElse("");
    return new CarvedFile(offset, size, ext, List.copyOf(runs), partition);
  }
}
