package org.okju.evidence.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.okju.evidence.posix.FileKind;
import org.okju.evidence.posix.PosixException;
import org.okju.evidence.posix.ReadOnlyFiles;

/**
 * The segment files of a split image, found from the first: EWF's {@code .E01 … .E99, .EAA … .EZZ,
 * .FAA …} (libewf's naming) and a split raw image's {@code .001, .002 …}. Stateless.
 */
final class SegmentNames {
  private static final int MAX_SEGMENTS = 14_971; // E01 .. ZZZ

  private SegmentNames() {}

  /** Whether {@code path} is named as the first segment of a split raw set ({@code .001}). */
  static boolean firstOfRawSet(byte[] path) {
    return endsWith(path, ".001");
  }

  /** The EWF segments from {@code first} on, as long as the next one exists. */
  static List<byte[]> ewfSet(ReadOnlyFiles files, byte[] first) {
    return set(files, first, SegmentNames::nextEwf);
  }

  /** The raw segments from {@code first} ({@code .001}) on, as long as the next one exists. */
  static List<byte[]> rawSet(ReadOnlyFiles files, byte[] first) {
    if (!firstOfRawSet(first)) {
      return List.of(first);
    }
    return set(files, first, SegmentNames::nextRaw);
  }

  private interface Next {
    byte[] after(byte[] path);
  }

  private static List<byte[]> set(ReadOnlyFiles files, byte[] first, Next next) {
    List<byte[]> out = new ArrayList<>();
    out.add(first);
    for (byte[] p = next.after(first); p != null && out.size() < MAX_SEGMENTS; p = next.after(p)) {
      try {
        if (files.statFollowing(p).kind() != FileKind.REGULAR) {
          break;
        }
      } catch (PosixException e) {
        break;
      }
      out.add(p);
    }
    return out;
  }

  /** E01 → E02 … E99 → EAA … EZZ → FAA …; the case of the first letter is kept. */
  static byte[] nextEwf(byte[] path) {
    int n = path.length;
    if (n < 4 || path[n - 4] != '.') {
      return null;
    }
    char a = (char) path[n - 3];
    char b = (char) path[n - 2];
    char c = (char) path[n - 1];
    boolean lower = Character.isLowerCase(a);
    if (Character.isDigit(b) && Character.isDigit(c)) {
      int k = (b - '0') * 10 + (c - '0');
      if (k < 99) {
        k++;
        return replace(path, a, (char) ('0' + k / 10), (char) ('0' + k % 10));
      }
      return replace(path, a, lower ? 'a' : 'A', lower ? 'a' : 'A');
    }
    char base = lower ? 'a' : 'A';
    int x = Character.toUpperCase(b) - 'A';
    int y = Character.toUpperCase(c) - 'A';
    if (x < 0 || x > 25 || y < 0 || y > 25) {
      return null;
    }
    if (++y == 26) {
      y = 0;
      if (++x == 26) {
        x = 0;
        if (Character.toUpperCase(a) == 'Z') {
          return null;
        }
        a++;
      }
    }
    return replace(path, a, (char) (base + x), (char) (base + y));
  }

  static byte[] nextRaw(byte[] path) {
    int n = path.length;
    if (n < 4 || path[n - 4] != '.') {
      return null;
    }
    String digits = new String(path, n - 3, 3, java.nio.charset.StandardCharsets.US_ASCII);
    if (!digits.matches("[0-9]{3}") || digits.equals("999")) {
      return null;
    }
    String next = String.format(Locale.ROOT, "%03d", Integer.parseInt(digits) + 1);
    return replace(path, next.charAt(0), next.charAt(1), next.charAt(2));
  }

  private static byte[] replace(byte[] path, char a, char b, char c) {
    byte[] out = Arrays.copyOf(path, path.length);
    out[out.length - 3] = (byte) a;
    out[out.length - 2] = (byte) b;
    out[out.length - 1] = (byte) c;
    return out;
  }

  static boolean endsWith(byte[] path, String suffix) {
    String tail =
        new String(
                path,
                Math.max(0, path.length - suffix.length()),
                Math.min(path.length, suffix.length()),
                java.nio.charset.StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return tail.equals(suffix);
  }
}
