package org.okju.casefile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A source's manifest: one SHA-256 over its whole catalogue, recorded at ingest and recomputed by
 * verification, so that any catalogue row changed afterwards shows.
 *
 * <p><b>Form, version 1.</b> SHA-256 over one line per item. Each level's items are sorted by the
 * unsigned bytes of their paths; the members of each archive of a level follow all items of that
 * level, in the same order, recursively (so the hash does not depend on the order ingest wrote the
 * rows in, which parallel workers and resumed runs change):
 *
 * <pre>depth TAB path-as-lower-hex TAB size TAB md5 TAB sha1 TAB sha256 TAB modified LF</pre>
 *
 * where depth is 0 for a file of the source and n for a member nested in n archives, and an unknown
 * value is {@code -}. The database sorts and the catalogue is streamed, so memory stays bounded.
 *
 * <p>Stateless; thread-safe as far as the store is.
 */
public final class CatalogueManifest {
  /** Sees every item in manifest order, with its depth and its path below the source. */
  @FunctionalInterface
  public interface Visitor {
    void visit(Item item, int depth, String displayPath);
  }

  private CatalogueManifest() {}

  /** The manifest of {@code source}. */
  public static Sha256 compute(Items items, SourceId source) {
    return compute(items, source, (item, depth, path) -> {});
  }

  /** The manifest of {@code source}, showing every item to {@code visitor} on the way. */
  public static Sha256 compute(Items items, SourceId source, Visitor visitor) {
    MessageDigest md = sha256();
    Set<ItemId> containers = items.containers(source);
    level(items, source, containers, Optional.empty(), 0, "", visitor, md);
    return Sha256.of(md.digest());
  }

  private static void level(
      Items items,
      SourceId source,
      Set<ItemId> containers,
      Optional<ItemId> parent,
      int depth,
      String prefix,
      Visitor visitor,
      MessageDigest md) {
    List<Item> nested = new ArrayList<>();
    List<String> nestedPaths = new ArrayList<>();
    try (Stream<Item> children = items.children(source, parent)) {
      children.forEach(
          item -> {
            String display = prefix + item.path().display();
            md.update(line(item, depth).getBytes(StandardCharsets.UTF_8));
            visitor.visit(item, depth, display);
            if (containers.contains(item.id())) {
              nested.add(item);
              nestedPaths.add(display);
            }
          });
    }
    // Recursing inside the stream would hold one connection per level; archives are few.
    for (int i = 0; i < nested.size(); i++) {
      level(
          items,
          source,
          containers,
          Optional.of(nested.get(i).id()),
          depth + 1,
          nestedPaths.get(i) + "!/",
          visitor,
          md);
    }
  }

  /** The manifest line of one item (version 1). */
  public static String line(Item item, int depth) {
    return depth
        + "\t"
        + Hex.encode(item.path().bytes())
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
