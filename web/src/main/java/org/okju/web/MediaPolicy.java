package org.okju.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.okju.casefile.Catalogue;
import org.okju.casefile.HashSets;
import org.okju.casefile.Item;
import org.okju.web.auth.Permission;
import org.okju.web.pages.ItemPage;

/**
 * Victim first: which items can be seen at all (images and videos), in which modes a role may see
 * them, and when hash evidence already settles an item so its media need not be opened: the same
 * bytes as another copy, a PDQ distance of {@value #STRONG_DISTANCE} or less, or an exact match in
 * a hash set. Thread-safe.
 */
final class MediaPolicy {
  /** PDQ distances at or under this are near-certain copies (the reference's 31 is the limit). */
  static final int STRONG_DISTANCE = 10;

  /** The view modes, least revealing first. */
  enum Mode {
    BLURRED("blurred", Permission.MEDIA_BLURRED, true, true),
    COLOUR("colour", Permission.MEDIA_COLOUR, false, true),
    GREYSCALE("greyscale", Permission.MEDIA_GREYSCALE, true, false),
    ORIGINAL("original", Permission.MEDIA_ORIGINAL, false, false);

    final String code;
    final Permission permission;
    final boolean grey;
    final boolean blur;

    Mode(String code, Permission permission, boolean grey, boolean blur) {
      this.code = code;
      this.permission = permission;
      this.grey = grey;
      this.blur = blur;
    }

    static Optional<Mode> parse(String code) {
      for (Mode m : values()) {
        if (m.code.equals(code)) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }

    /** The mode with blur and greyscale as asked. */
    static Mode of(boolean grey, boolean blur) {
      for (Mode m : values()) {
        if (m.grey == grey && m.blur == blur) {
          return m;
        }
      }
      throw new IllegalStateException("every combination is a mode");
    }
  }

  /** {@code image}, {@code video} or empty for items that have no pixels to show. */
  static Optional<String> kind(Item item) {
    String type = item.mediaType().orElse("").toLowerCase(Locale.ROOT);
    if (type.startsWith("image/")) {
      return Optional.of("image");
    }
    if (type.startsWith("video/")) {
      return Optional.of("video");
    }
    return Optional.empty();
  }

  /** Whether a tape membership's evidence is exact or strong. */
  static boolean strong(Catalogue.Membership m) {
    if (m.relation().equals("identical") || m.relation().equals("representative")) {
      return m.relation().equals("identical");
    }
    try {
      JsonNode ev = Json.MAPPER.readTree(m.evidence());
      if (ev.has("distance")) {
        return ev.get("distance").asInt(99) <= STRONG_DISTANCE;
      }
      if (ev.has("meanDistance")) {
        return ev.get("meanDistance").asDouble(99) <= STRONG_DISTANCE;
      }
    } catch (java.io.IOException e) {
      return false;
    }
    return false;
  }

  /** The item's media panel for the caller; empty for items without pixels. */
  Optional<ItemPage.MediaPanel> panel(
      CaseScope scope,
      Item item,
      Optional<Catalogue.Membership> tape,
      List<HashSets.Match> matches) {
    Optional<String> kind = kind(item);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    List<String> modes = new ArrayList<>();
    for (Mode m : Mode.values()) {
      if (scope.may(m.permission)) {
        modes.add(m.code);
      }
    }
    Optional<String> decided = Optional.empty();
    Optional<HashSets.Match> exact =
        matches.stream().filter(x -> x.distance() <= STRONG_DISTANCE).findFirst();
    if (exact.isPresent()) {
      decided =
          Optional.of(
              "It matches an imported hash set "
                  + (exact.get().distance() == 0
                      ? "exactly (" + exact.get().hashKind() + ")"
                      : "at PDQ distance " + exact.get().distance())
                  + ".");
    } else if (tape.isPresent() && strong(tape.get())) {
      decided =
          Optional.of(
              "It is "
                  + tape.get().relation()
                  + " in tape "
                  + tape.get().tape()
                  + " by strong hash evidence: "
                  + tape.get().evidence());
    }
    return Optional.of(new ItemPage.MediaPanel(kind.get(), modes, decided));
  }
}
