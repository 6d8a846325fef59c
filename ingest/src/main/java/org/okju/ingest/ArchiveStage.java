package org.okju.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.ItemId;
import org.okju.evidence.EvidenceStream;

/**
 * Opens zip, tar, gzip, bzip2, xz and 7z archives (commons-compress) and catalogues their members
 * as children, recursively, each member read once like a file. Bounded: archives nested deeper than
 * {@code maxArchiveDepth} are catalogued but not opened; members are stopped when an archive tree
 * expands past {@code maxExpandedBytes} or a member past {@code maxExpansionRatio} times its
 * compressed size. Encrypted members are catalogued with an error, not guessed at.
 */
final class ArchiveStage implements IngestStage {
  static final String NAME = "archive";

  private StageContext context;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Fact> requires() {
    return EnumSet.of(Fact.CONTENT);
  }

  @Override
  public Set<Fact> provides() {
    return EnumSet.of(Fact.MEMBERS);
  }

  @Override
  public void open(StageContext c) {
    this.context = c;
  }

  static boolean isArchive(String mediaType) {
    return switch (mediaType) {
      case "application/zip",
          "application/x-tar",
          "application/x-gtar",
          "application/gzip",
          "application/x-gzip",
          "application/x-7z-compressed",
          "application/x-bzip2",
          "application/x-xz" ->
          true;
      default -> false;
    };
  }

  @Override
  public void process(IngestItem item) throws InterruptedException {
    String type = item.mediaType().orElse("");
    if (!item.readable() || item.content().isEmpty() || !isArchive(type)) {
      return;
    }
    IngestSettings s = context.settings();
    if (item.depth() >= s.maxArchiveDepth()) {
      item.problem(
          NAME,
          "too-deep",
          ErrorSeverity.WARNING,
          "archive nested "
              + item.depth()
              + " deep: not opened (limit "
              + s.maxArchiveDepth()
              + ")");
      return;
    }
    ExpansionBudget budget =
        item.expansion()
            .orElseGet(
                () ->
                    new ExpansionBudget(
                        s.maxExpandedBytes(), s.maxExpansionRatio(), s.expansionRatioPast()));
    ItemId id = context.registerContainer(item);
    Members members = new Members(context, item, id, budget);
    Content content = item.content().get();
    try {
      switch (type) {
        case "application/zip" -> zip(content, members);
        case "application/x-7z-compressed" -> sevenZ(content, members);
        case "application/x-tar", "application/x-gtar" -> tar(content.stream(), members);
        default -> single(type, content, item, members);
      }
    } catch (PasswordRequiredException e) {
      item.problem(NAME, "encrypted", ErrorSeverity.ERROR, "encrypted archive: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      // commons-compress throws unchecked exceptions on some malformed archives.
      item.problem(
          NAME,
          "corrupt-archive",
          ErrorSeverity.ERROR,
          e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    if (budget.exhausted()) {
      item.problem(
          NAME,
          "zip-bomb",
          ErrorSeverity.ERROR,
          "expansion stopped after "
              + members.count()
              + " members: limit of "
              + s.maxExpandedBytes()
              + " bytes");
    }
  }

  private static void zip(Content content, Members members)
      throws IOException, InterruptedException {
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(content.channel()).get()) {
      var entries = zip.getEntriesInPhysicalOrder();
      while (entries.hasMoreElements() && !members.stopped()) {
        ZipArchiveEntry e = entries.nextElement();
        if (e.isDirectory()) {
          continue;
        }
        Optional<String> refusal = Optional.empty();
        if (e.getGeneralPurposeBit().usesEncryption()) {
          refusal = Optional.of("encrypted");
        } else if (!zip.canReadEntryData(e)) {
          refusal = Optional.of("unsupported-compression");
        }
        members.add(
            e.getRawName(), e, e.getCompressedSize(), refusal, () -> wrap(zip.getInputStream(e)));
      }
    }
  }

  private static void sevenZ(Content content, Members members)
      throws IOException, InterruptedException {
    try (SevenZFile z = SevenZFile.builder().setSeekableByteChannel(content.channel()).get()) {
      SevenZArchiveEntry e;
      while ((e = z.getNextEntry()) != null && !members.stopped()) {
        if (e.isDirectory() || !e.hasStream()) {
          continue;
        }
        SevenZFile file = z;
        members.add(
            e.getName().getBytes(StandardCharsets.UTF_8),
            e,
            -1,
            Optional.empty(),
            () ->
                new EvidenceStream() {
                  @Override
                  public int read(byte[] buffer, int offset, int length) throws IOException {
                    return file.read(buffer, offset, length);
                  }

                  @Override
                  public void close() {}
                });
      }
    }
  }

  private static void tar(InputStream in, Members members)
      throws IOException, InterruptedException {
    try (ArchiveInputStream<TarArchiveEntry> tar = new TarArchiveInputStream(in, "ISO-8859-1")) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null && !members.stopped()) {
        if (e.isDirectory()) {
          continue;
        }
        byte[] name = e.getName().getBytes(StandardCharsets.ISO_8859_1);
        if (e.isSymbolicLink() || e.isLink()) {
          members.special(
              name, e, (e.isSymbolicLink() ? "symlink" : "hard link") + " to " + e.getLinkName());
        } else if (!e.isFile()) {
          members.special(name, e, "special file (device or FIFO) in the archive");
        } else {
          ArchiveInputStream<TarArchiveEntry> stream = tar;
          members.add(name, e, -1, Optional.empty(), () -> wrap(new NoClose(stream)));
        }
      }
    }
  }

  private static void single(String type, Content content, IngestItem item, Members members)
      throws IOException, InterruptedException {
    InputStream raw = content.stream();
    InputStream in =
        switch (type) {
          case "application/x-bzip2" -> new BZip2CompressorInputStream(raw, true);
          case "application/x-xz" ->
              XZCompressorInputStream.builder()
                  .setInputStream(raw)
                  .setDecompressConcatenated(true)
                  .get();
          // The header's file name is ISO-8859-1 (RFC 1952); memberName turns it back into bytes.
          default ->
              GzipCompressorInputStream.builder()
                  .setInputStream(raw)
                  .setDecompressConcatenated(true)
                  .setFileNameCharset(StandardCharsets.ISO_8859_1)
                  .get();
        };
    try (in) {
      byte[] name = memberName(item, in);
      members.add(name, null, content.size(), Optional.empty(), () -> wrap(new NoClose(in)));
    }
  }

  private static byte[] memberName(IngestItem item, InputStream in) {
    if (in instanceof GzipCompressorInputStream gz && gz.getMetaData().getFileName() != null) {
      return gz.getMetaData().getFileName().getBytes(StandardCharsets.ISO_8859_1);
    }
    byte[] path = item.path().bytes();
    int start = 0;
    for (int i = 0; i < path.length; i++) {
      if (path[i] == '/') {
        start = i + 1;
      }
    }
    String last = new String(path, start, path.length - start, StandardCharsets.ISO_8859_1);
    String stripped = last.replaceFirst("(?i)\\.(gz|tgz|bz2|tbz2|xz|txz)$", "");
    if (last.toLowerCase(java.util.Locale.ROOT).matches(".*\\.t(gz|bz2|xz)$")) {
      stripped = stripped + ".tar";
    }
    return (stripped.isEmpty() ? "content" : stripped).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static EvidenceStream wrap(InputStream in) {
    return new EvidenceStream() {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return in.read(buffer, offset, length);
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  /** Keeps an archive's shared stream open when one member's source is closed. */
  private static final class NoClose extends java.io.FilterInputStream {
    NoClose(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  @Override
  public void close() {}
}
