package org.okju.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.okju.evidence.image.ImageFileReader;
import org.okju.evidence.posix.FileKind;
import org.okju.evidence.posix.FileStat;
import org.okju.evidence.posix.OpenedFile;
import org.okju.evidence.posix.PosixException;
import org.okju.evidence.posix.ReadOnlyFiles;

/**
 * Re-opens catalogued evidence read-only from its {@link EvidenceAddress}: the one door through
 * which verify, the report and the ledger read evidence after ingest. Folder files are opened with
 * {@code O_RDONLY|O_NOFOLLOW|O_NOATIME} (see {@link ReadOnlyFiles}); a file inside a disk image is
 * read through the image ({@link ImageFileReader}). Thread-safe.
 */
public final class EvidenceReader {
  private static final int BUFFER = 1 << 20;

  private final ReadOnlyFiles files;
  private final ImageFileReader images;

  /** A reader of this process's evidence. */
  public EvidenceReader() {
    this(new ReadOnlyFiles());
  }

  /** A reader that shares {@code files} (and its count of reads without O_NOATIME). */
  public EvidenceReader(ReadOnlyFiles files) {
    this.files = files;
    // The tools' links to an image's segments are made in the JVM's temporary directory, never
    // beside the evidence.
    this.images = new ImageFileReader(files, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** Reads that could not protect the access time (not the owner, not root). */
  public long atimeNotPreserved() {
    return files.atimeNotPreserved();
  }

  /**
   * Opens the evidence at {@code address} for one sequential read.
   *
   * @throws EvidenceException when it is gone, unreadable or no longer a regular file
   */
  public EvidenceStream open(EvidenceAddress address) throws EvidenceException {
    if (address instanceof EvidenceAddress.FolderFile f) {
      return openFolderFile(f);
    }
    if (address instanceof EvidenceAddress.ImageFile f) {
      return images.open(f);
    }
    throw new EvidenceException("unsupported", "no reader for " + address);
  }

  /** What re-reading found: SHA-256 and size. */
  public static final class Digest {
    // A class, not a record: its arrays are handed over as they are, neither copied nor compared.
    private final byte[] sha256;
    private final long size;

    public Digest(byte[] sha256, long size) {
      this.sha256 = sha256;
      this.size = size;
    }

    public byte[] sha256() {
      return sha256;
    }

    public long size() {
      return size;
    }
  }

  /** Reads the whole evidence at {@code address} and returns its SHA-256. */
  public Digest sha256(EvidenceAddress address) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
    long size = 0;
    try (EvidenceStream in = open(address)) {
      byte[] buffer = new byte[BUFFER];
      for (int n; (n = in.read(buffer, 0, buffer.length)) > 0; ) {
        md.update(buffer, 0, n);
        size += n;
      }
    }
    return new Digest(md.digest(), size);
  }

  /** The whole evidence at {@code address} if it has at most {@code limit} bytes, else null. */
  public byte[] readSmall(EvidenceAddress address, int limit) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (EvidenceStream in = open(address)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer, 0, buffer.length)) > 0; ) {
        if ((long) out.size() + n > limit) {
          return null;
        }
        out.write(buffer, 0, n);
      }
    }
    return out.toByteArray();
  }

  /**
   * Copies at most {@code maxBytes} of the evidence at {@code address} to a new file {@code target}
   * (outside the evidence), for libraries that only read paths (document parsers): they work on the
   * copy, never on the evidence.
   *
   * @throws IOException when the evidence cannot be read or the copy cannot be written
   */
  public void copyTo(EvidenceAddress address, Path target, long maxBytes) throws IOException {
    try (EvidenceStream in = open(address);
        OutputStream out =
            Files.newOutputStream(
                target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      for (int n; total < maxBytes && (n = in.read(buffer, 0, buffer.length)) > 0; ) {
        int keep = (int) Math.min(n, maxBytes - total);
        out.write(buffer, 0, keep);
        total += keep;
      }
    }
  }

  // A directory source holds its items below it; a single-file source is its only item.
  private EvidenceStream openFolderFile(EvidenceAddress.FolderFile f) throws EvidenceException {
    byte[] path = f.root();
    FileStat root = files.statFollowing(f.root());
    if (root.kind() == FileKind.DIRECTORY) {
      path = PathBytes.join(f.root(), f.relative());
    } else if (!java.util.Arrays.equals(f.relative(), PathBytes.name(f.root()))) {
      // A file inside a disk image source (p1/DCIM/a.jpg) is an ImageFile address: its catalogue
      // row says where it lies. Never the image file's own bytes under the file's name.
      throw new EvidenceException(
          "inside-image",
          PathBytes.display(f.relative())
              + " is inside the disk image "
              + PathBytes.display(f.root())
              + ": it is read through the image (EvidenceAddress.ImageFile)");
    }
    OpenedFile opened = files.openFile(path);
    if (opened.stat().kind() != FileKind.REGULAR) {
      opened.close();
      throw new EvidenceException(
          "not-regular",
          PathBytes.display(path) + " is now a " + opened.stat().kind().word() + ", not a file");
    }
    return opened;
  }

  /** Whether {@code e} says the evidence is no longer where it was. */
  public static boolean gone(EvidenceException e) {
    return e instanceof PosixException p
        && (p.errno() == PosixException.ENOENT || p.errno() == PosixException.ENOTDIR);
  }
}
