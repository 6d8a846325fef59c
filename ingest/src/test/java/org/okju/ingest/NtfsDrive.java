package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * An NTFS file system built at test time without root or mounting: {@code mkntfs} makes it in a
 * plain file, {@code ntfscp} writes files (and named streams) into it, and libntfs-3g itself (the
 * library both tools are built on, called through JNA) makes the folders and deletes files, which
 * the ntfs-3g package has no command for.
 */
final class NtfsDrive {
  private static final int S_IFDIR = 0040000;

  /** The few libntfs-3g calls ntfs-3g's own tools lack ({@code volume.h}, {@code dir.h}). */
  private interface LibNtfs3g extends Library {
    Pointer ntfs_mount(String device, NativeLong flags);

    int ntfs_umount(Pointer volume, int force);

    Pointer ntfs_pathname_to_inode(Pointer volume, Pointer parent, String path);

    Pointer ntfs_create(Pointer dir, int securityId, byte[] name, byte nameLength, int type);

    int ntfs_delete(
        Pointer volume, String path, Pointer inode, Pointer dir, byte[] name, byte nameLength);

    int ntfs_inode_close(Pointer inode);
  }

  private final Path image;
  private final LibNtfs3g lib;

  private NtfsDrive(Path image, LibNtfs3g lib) {
    this.image = image;
    this.lib = lib;
  }

  /**
   * An empty NTFS file system of {@code megabytes} in {@code image}. Skipped without ntfs-3g,
   * except under CI, where {@code .ci/run} installs it.
   */
  static NtfsDrive format(Path image, int megabytes) throws IOException, InterruptedException {
    IngestImageTest.need("mkntfs", "ntfscp");
    LibNtfs3g lib;
    try {
      lib = Native.load("ntfs-3g", LibNtfs3g.class);
    } catch (UnsatisfiedLinkError e) {
      assertThat("true".equals(System.getenv("CI"))).as("libntfs-3g: " + e).isFalse();
      assumeTrue(false, "libntfs-3g is not installed");
      throw e;
    }
    try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
      f.setLength((long) megabytes << 20);
    }
    // -F: a file, not a block device; -Q: quick (no zeroing); -q: quiet.
    EvidenceTree.sh(image.getParent(), "mkntfs -F -Q -q -L PENDRIVE " + image + " 2>/dev/null");
    return new NtfsDrive(image, lib);
  }

  /** Makes the folder {@code name} in the root folder. */
  void mkdir(String name) {
    withRoot(
        (volume, root) -> {
          byte[] n = utf16(name);
          Pointer dir = lib.ntfs_create(root, 0, n, (byte) (n.length / 2), S_IFDIR);
          assertThat(dir).as("ntfs_create " + name).isNotNull();
          lib.ntfs_inode_close(dir);
        });
  }

  /** Copies {@code file} to {@code path} (folders separated by '/') with {@code ntfscp}. */
  void copy(Path file, String path) throws IOException, InterruptedException {
    EvidenceTree.sh(image.getParent(), "ntfscp -q " + image + " " + file + " " + path);
  }

  /** Writes {@code file} into the named data stream {@code stream} of {@code path}. */
  void copyToStream(Path file, String path, String stream)
      throws IOException, InterruptedException {
    EvidenceTree.sh(
        image.getParent(), "ntfscp -q -N " + stream + " " + image + " " + file + " " + path);
  }

  /** Deletes {@code name} from the root folder as Windows would: the MFT record is freed. */
  void delete(String name) {
    withRoot(
        (volume, root) -> {
          Pointer file = lib.ntfs_pathname_to_inode(volume, null, "/" + name);
          assertThat(file).as(name).isNotNull();
          byte[] n = utf16(name);
          // ntfs_delete closes the file's inode whether or not it succeeds.
          assertThat(lib.ntfs_delete(volume, "/" + name, file, root, n, (byte) (n.length / 2)))
              .as("ntfs_delete " + name)
              .isZero();
        });
  }

  private interface RootAction {
    void run(Pointer volume, Pointer root);
  }

  // Each change mounts the file system, changes it and unmounts it, so ntfscp in between sees it.
  private void withRoot(RootAction action) {
    Pointer volume = lib.ntfs_mount(image.toString(), new NativeLong(0));
    assertThat(volume).as("ntfs_mount " + image).isNotNull();
    Pointer root = lib.ntfs_pathname_to_inode(volume, null, "/");
    try {
      action.run(volume, root);
    } finally {
      lib.ntfs_inode_close(root);
      assertThat(lib.ntfs_umount(volume, 0)).as("ntfs_umount").isZero();
    }
  }

  private static byte[] utf16(String name) {
    return name.getBytes(StandardCharsets.UTF_16LE);
  }
}
