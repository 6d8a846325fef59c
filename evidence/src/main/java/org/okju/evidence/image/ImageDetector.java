package org.okju.evidence.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.okju.evidence.posix.OpenedFile;
import org.okju.evidence.posix.PosixException;
import org.okju.evidence.posix.ReadOnlyFiles;

/**
 * Tells a disk image from any other file by its content: the EWF signature, or a partition table
 * (MBR, GPT) or file system (FAT, exFAT, NTFS, ext2/3/4, HFS+, ISO 9660) at its start. Names only
 * help to say that a file named like an image is not one. Stateless.
 */
public final class ImageDetector {
  private static final int HEAD = 40 * 1024;
  private static final List<String> IMAGE_NAMES =
      List.of(".e01", ".ex01", ".l01", ".s01", ".dd", ".raw", ".img", ".001", ".iso", ".bin");

  private ImageDetector() {}

  /** What the head of a file says. */
  public record Detection(Optional<ImageFormat> format, String what) {}

  /**
   * Looks at the first 40 KiB of the file at {@code path}.
   *
   * @throws PosixException when it cannot be read
   */
  public static Detection detect(ReadOnlyFiles files, byte[] path) throws PosixException {
    byte[] head = new byte[HEAD];
    int n;
    try (OpenedFile f = files.openFile(path)) {
      n = 0;
      while (n < HEAD) {
        int k = f.readAt(n, head, n, HEAD - n);
        if (k <= 0) {
          break;
        }
        n += k;
      }
    }
    return detect(head, n);
  }

  static Detection detect(byte[] head, int n) {
    if (n <= 0) {
      return new Detection(Optional.empty(), "empty (0 bytes)");
    }
    if (n >= 8 && Arrays.equals(Arrays.copyOf(head, 8), EwfMedia.SIGNATURE)) {
      return new Detection(Optional.of(ImageFormat.EWF), "EWF (EnCase) image");
    }
    if (n >= 8 && ascii(head, 0, 4).equals("EVF2")) {
      return new Detection(
          Optional.empty(), "EWF2 (Ex01) image, which libewf 20140813 cannot read");
    }
    if (n >= 8 && (ascii(head, 0, 3).equals("LVF") || ascii(head, 0, 4).equals("LEF2"))) {
      return new Detection(
          Optional.empty(), "EnCase logical evidence file (L01), not a disk image");
    }
    String raw = rawKind(head, n);
    return raw == null
        ? new Detection(Optional.empty(), "not a disk image")
        : new Detection(Optional.of(ImageFormat.RAW), raw);
  }

  /** Whether a file with this name would be taken for a disk image by a person. */
  public static boolean namedLikeImage(byte[] path) {
    return IMAGE_NAMES.stream().anyMatch(s -> SegmentNames.endsWith(path, s));
  }

  /**
   * The file system whose boot sector or superblock starts at {@code offset} of {@code media}, as a
   * short word ({@code fat32}, {@code ntfs}, {@code ext} …), or {@code unknown}.
   */
  static String fileSystemAt(ImageMedia media, long offset) {
    byte[] head = new byte[HEAD];
    int n;
    try {
      n = media.read(offset, head, 0, HEAD);
    } catch (java.io.IOException e) {
      return "unknown";
    }
    String kind = rawKind(head, n);
    if (kind == null || (!kind.contains("file system") && !kind.startsWith("ISO"))) {
      return "unknown";
    }
    if (kind.startsWith("ISO")) {
      return "iso9660";
    }
    String word = kind.replace("raw ", "").split(" ", -1)[0].toLowerCase(java.util.Locale.ROOT);
    return switch (word) {
      case "ext2/3/4" -> "ext";
      case "fat12/16" -> "fat";
      default -> word;
    };
  }

  private static String rawKind(byte[] h, int n) {
    if (n >= 520 && ascii(h, 512, 8).equals("EFI PART")) {
      return "raw disk image with a GPT partition table";
    }
    if (n >= 4104 && ascii(h, 4096, 8).equals("EFI PART")) {
      return "raw disk image with a GPT partition table (4 KiB sectors)";
    }
    if (n >= 11 && ascii(h, 3, 8).equals("NTFS    ")) {
      return "raw NTFS file system image";
    }
    if (n >= 11 && ascii(h, 3, 8).equals("EXFAT   ")) {
      return "raw exFAT file system image";
    }
    if (n >= 90 && bootSignature(h, n) && ascii(h, 82, 5).equals("FAT32")) {
      return "raw FAT32 file system image";
    }
    if (n >= 62 && bootSignature(h, n) && ascii(h, 54, 3).equals("FAT")) {
      return "raw FAT12/16 file system image";
    }
    if (n >= 1082 && (h[1080] & 0xff) == 0x53 && (h[1081] & 0xff) == 0xef) {
      return "raw ext2/3/4 file system image";
    }
    if (n >= 1026 && (ascii(h, 1024, 2).equals("H+") || ascii(h, 1024, 2).equals("HX"))) {
      return "raw HFS+ file system image";
    }
    if (n >= 32774 && ascii(h, 32769, 5).equals("CD001")) {
      return "ISO 9660 image";
    }
    if (n >= 512 && bootSignature(h, n) && plausibleMbr(h)) {
      return "raw disk image with an MBR partition table";
    }
    return null;
  }

  private static boolean bootSignature(byte[] h, int n) {
    return n >= 512 && (h[510] & 0xff) == 0x55 && (h[511] & 0xff) == 0xaa;
  }

  // Four 16-byte entries at 446: status 0x00 or 0x80, at least one with a type, none absurd.
  private static boolean plausibleMbr(byte[] h) {
    int used = 0;
    for (int i = 0; i < 4; i++) {
      int e = 446 + 16 * i;
      int status = h[e] & 0xff;
      int type = h[e + 4] & 0xff;
      if (status != 0 && status != 0x80) {
        return false;
      }
      if (type != 0) {
        long start = le32(h, e + 8);
        long length = le32(h, e + 12);
        if (start == 0 || length == 0) {
          return false;
        }
        used++;
      }
    }
    return used > 0;
  }

  private static long le32(byte[] h, int at) {
    return (h[at] & 0xffL)
        | (h[at + 1] & 0xffL) << 8
        | (h[at + 2] & 0xffL) << 16
        | (h[at + 3] & 0xffL) << 24;
  }

  private static String ascii(byte[] h, int at, int length) {
    return new String(h, at, length, StandardCharsets.ISO_8859_1);
  }
}
