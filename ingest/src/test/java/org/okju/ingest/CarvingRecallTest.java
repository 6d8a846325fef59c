package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.TestDatabases;
import org.okju.evidence.EvidenceMetadata;

/**
 * Carving recall: files of every carved type are written, in random order and each at a 4 KiB
 * boundary, into space no file or directory entry of a FAT32 and an ext4 file system claims (what a
 * deleted file whose directory entry and allocation were since overwritten leaves), then the image
 * is ingested. A file counts as recovered when a carved item starts at its offset and has its
 * SHA-256. The per-type table is printed (README, "what is read and what is not").
 */
class CarvingRecallTest {
  private static final int PER_TYPE = 8;
  private static final long ALIGN = 4096;

  @TempDir Path tmp;

  /** Where a sample was written in an image. */
  record Planted(CarvingSamples.Sample sample, long offset) {}

  /** What became of the samples of one type in one image. */
  record Tally(int total, int exact, int wrongBytes) {}

  @Test
  void carvingRecoversFilesWrittenIntoTheUnallocatedSpaceOfFat32AndExt4() throws Exception {
    IngestImageTest.need("mkfs.fat", "mcopy", "mke2fs", "dumpe2fs", "fiwalk", "photorec", "ffmpeg");
    List<CarvingSamples.Sample> samples =
        CarvingSamples.write(tmp.resolve("samples"), 20261204L, PER_TYPE);
    long total = 0;
    for (CarvingSamples.Sample s : samples) {
      total += align(s.size());
    }
    long megabytes = total / (1 << 20) + 48;

    Path fat = fat32("fat.img", megabytes);
    Map<String, Tally> fatTally =
        carve(fat, plant(fat, samples, List.of(new long[] {8L << 20, Files.size(fat)})));
    Path junk = fat32("fat-junk.img", megabytes);
    Map<String, Tally> junkTally =
        carve(junk, plant(junk, samples, List.of(new long[] {8L << 20, Files.size(junk)}), true));
    Path ext = ext4(megabytes);
    Map<String, Tally> extTally = carve(ext, plant(ext, samples, freeRanges(ext)));

    StringBuilder table =
        new StringBuilder(
            "| type | FAT32 | ext4 | FAT32, random bytes between files |\n|---|---|---|---|\n");
    for (String type : CarvingSamples.TYPES) {
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s |%n",
              type,
              cell(fatTally.get(type)),
              cell(extTally.get(type)),
              cell(junkTally.get(type))));
    }
    System.out.println(
        "Carving recall (exact: a carved item at the file's offset with its SHA-256)");
    System.out.print(table);
    for (String type : CarvingSamples.TYPES) {
      // Measured 8/8 for every type on both: a file lost here is a regression.
      assertThat(fatTally.get(type).exact()).as(type + " on FAT32\n" + table).isEqualTo(PER_TYPE);
      assertThat(extTally.get(type).exact()).as(type + " on ext4\n" + table).isEqualTo(PER_TYPE);
    }
  }

  private static String cell(Tally t) {
    String s = t.exact() + "/" + t.total();
    return t.wrongBytes() == 0 ? s : s + " (" + t.wrongBytes() + " carved with other bytes)";
  }

  private Path fat32(String name, long megabytes) throws Exception {
    Files.writeString(tmp.resolve("memo.txt"), "Fictional memo: a file still allocated.\n");
    EvidenceTree.sh(
        tmp,
        "mkfs.fat -C -F 32 "
            + name
            + " "
            + (megabytes << 10)
            + " >/dev/null && MTOOLS_SKIP_CHECK=1 mcopy -i "
            + name
            + " memo.txt ::/memo.txt");
    return tmp.resolve(name);
  }

  private Path ext4(long megabytes) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("ext-src"));
    Files.writeString(folder.resolve("memo.txt"), "Fictional memo: a file still allocated.\n");
    EvidenceTree.sh(
        tmp, "mke2fs -q -t ext4 -b 4096 -d ext-src ext.img " + megabytes + "M >/dev/null");
    return tmp.resolve("ext.img");
  }

  /** The ext4 file system's free blocks as byte ranges {@code {from, to}}, from dumpe2fs. */
  private List<long[]> freeRanges(Path image) throws Exception {
    Process p =
        new ProcessBuilder("dumpe2fs", image.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    Matcher size = Pattern.compile("Block size:\\s+(\\d+)").matcher(out);
    assertThat(size.find()).isTrue();
    long block = Long.parseLong(size.group(1));
    List<long[]> ranges = new ArrayList<>();
    Matcher free = Pattern.compile("(?m)^\\s+Free blocks: (.+)$").matcher(out);
    while (free.find()) {
      // "Free blocks: 1234-5678, 9000" (a range, or a single block).
      Matcher range = Pattern.compile("(\\d+)(?:-(\\d+))?").matcher(free.group(1));
      while (range.find()) {
        long from = Long.parseLong(range.group(1));
        long to = range.group(2) != null ? Long.parseLong(range.group(2)) : from;
        ranges.add(new long[] {from * block, (to + 1) * block});
      }
    }
    return ranges;
  }

  /**
   * Writes the samples, shuffled, one after another at 4 KiB boundaries into {@code ranges} of
   * {@code image} (the slack to the next boundary stays zero, as on a fresh drive).
   */
  private static List<Planted> plant(
      Path image, List<CarvingSamples.Sample> samples, List<long[]> ranges) throws Exception {
    return plant(image, samples, ranges, false);
  }

  /**
   * As {@link #plant(Path, List, List)}; with {@code junk}, the slack after each file and 4 to 64
   * KiB more before the next are random bytes (what older deleted data leaves), not zeros.
   */
  private static List<Planted> plant(
      Path image, List<CarvingSamples.Sample> samples, List<long[]> ranges, boolean junk)
      throws Exception {
    List<CarvingSamples.Sample> order = new ArrayList<>(samples);
    java.util.Collections.shuffle(order, new Random(7));
    Random noise = new Random(8);
    List<Planted> planted = new ArrayList<>();
    int range = 0;
    long at = align(ranges.get(0)[0]);
    try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
      for (CarvingSamples.Sample s : order) {
        byte[] bytes = Files.readAllBytes(s.file());
        while (at + bytes.length > ranges.get(range)[1]) {
          range++;
          assertThat(range).as("free space for the samples").isLessThan(ranges.size());
          at = align(ranges.get(range)[0]);
        }
        f.seek(at);
        f.write(bytes);
        planted.add(new Planted(s, at));
        long end = at + bytes.length;
        at = align(end);
        if (junk) {
          at += ALIGN * (1 + noise.nextInt(16));
          byte[] b = new byte[(int) (at - end)];
          noise.nextBytes(b);
          f.write(b);
        }
      }
    }
    return planted;
  }

  private static long align(long n) {
    return (n + ALIGN - 1) / ALIGN * ALIGN;
  }

  /** Ingests {@code image} (no fingerprints, no text) and tallies what carving recovered. */
  private Map<String, Tally> carve(Path image, List<Planted> planted) throws Exception {
    String name = image.getFileName().toString();
    Map<Long, String> carvedAt = new LinkedHashMap<>();
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp.resolve("case-" + name)))) {
      IngestSummary s =
          Ingest.create(
                  store,
                  c ->
                      c.threads(2)
                          .fingerprints(false)
                          .text(false)
                          .provenance("tester", "okju ingest test", "test"))
              .run(image);
      assertThat(s.problems()).as(name).noneMatch(p -> p.kind().startsWith("carving"));
      for (Item i : IngestCatalogueTest.items(store)) {
        Map<String, String> m = store.metadata().of(i.id());
        if (i.parent().isEmpty() && "true".equals(m.get(EvidenceMetadata.CARVED))) {
          carvedAt.put(
              Long.parseLong(m.get(EvidenceMetadata.OFFSET)),
              i.digests().sha256().map(d -> d.toHex()).orElse(""));
        }
      }
    }
    Map<String, Tally> tally = new LinkedHashMap<>();
    for (String type : CarvingSamples.TYPES) {
      int total = 0;
      int exact = 0;
      int wrong = 0;
      for (Planted p : planted) {
        if (!p.sample().type().equals(type)) {
          continue;
        }
        total++;
        String sha = carvedAt.get(p.offset());
        if (p.sample().sha256().equals(sha)) {
          exact++;
        } else if (sha != null) {
          wrong++;
        }
      }
      tally.put(type, new Tally(total, exact, wrong));
    }
    return tally;
  }
}
