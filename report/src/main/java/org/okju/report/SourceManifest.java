package org.okju.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.casefile.Md5;
import org.okju.casefile.Sha1;
import org.okju.casefile.Sha256;

/**
 * Recomputes a source's manifest hash from its catalogue rows, so that a row changed in the
 * database after ingest shows.
 *
 * <p><b>Manifest form, version 1</b>, as ingest defines it (ingest's {@code CatalogueAudit}):
 * SHA-256 over one line per item, depth-first, each level's items sorted by the unsigned bytes of
 * their paths, a member following all items of its archive's level:
 *
 * <pre>depth TAB path-as-lower-hex TAB size TAB md5 TAB sha1 TAB sha256 TAB modified LF</pre>
 *
 * with depth 0 for a file of the source, n for a member nested in n archives, {@code -} for an
 * unknown value. Ingest recurses into items it detected as archives; an item has members only if it
 * is one, so recursing into every item that has members gives the same lines. The two
 * implementations must stay identical: the test vector in {@code SourceManifestTest} pins it.
 * Stateless.
 */
public final class SourceManifest {
  private static final Comparator<Item> BY_PATH_BYTES =
      (a, b) -> Arrays.compareUnsigned(a.path().bytes(), b.path().bytes());

  private SourceManifest() {}

  /** The manifest of a source whose catalogue is {@code items} (any order). */
  public static Sha256 of(List<Item> items) {
    Map<Optional<ItemId>, List<Item>> byParent = new HashMap<>();
    for (Item item : items) {
      byParent.computeIfAbsent(item.parent(), k -> new ArrayList<>()).add(item);
    }
    MessageDigest md = AtomicFile.sha256();
    level(byParent, Optional.empty(), 0, md);
    return Sha256.of(md.digest());
  }

  private static void level(
      Map<Optional<ItemId>, List<Item>> byParent,
      Optional<ItemId> parent,
      int depth,
      MessageDigest md) {
    List<Item> children = new ArrayList<>(byParent.getOrDefault(parent, List.of()));
    children.sort(BY_PATH_BYTES);
    for (Item item : children) {
      md.update(line(item, depth).getBytes(StandardCharsets.UTF_8));
    }
    for (Item item : children) {
      if (byParent.containsKey(Optional.of(item.id()))) {
        level(byParent, Optional.of(item.id()), depth + 1, md);
      }
    }
  }

  static String line(Item item, int depth) {
    return depth
        + "\t"
        + hex(item.path().bytes())
        + "\t"
        + (item.size().isPresent() ? Long.toString(item.size().getAsLong()) : "-")
        + "\t"
        + item.digests().md5().map(Md5::toHex).orElse("-")
        + "\t"
        + item.digests().sha1().map(Sha1::toHex).orElse("-")
        + "\t"
        + item.digests().sha256().map(Sha256::toHex).orElse("-")
        + "\t"
        + item.times().modified().map(Object::toString).orElse("-")
        + "\n";
  }

  private static String hex(byte[] b) {
    StringBuilder s = new StringBuilder(b.length * 2);
    for (byte x : b) {
      s.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
    }
    return s.toString();
  }
}
