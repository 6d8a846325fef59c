package org.okju.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Item;
import org.okju.casefile.NewCustodyEntry;
import org.okju.web.media.EvidencePixels;
import org.okju.web.media.MediaRenderer;
import org.okju.web.media.MediaUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request to see an item's pixels, checked in the contract's order (after the guard's 404 for
 * non-members): a reason is required (400), the mode must be one the role may use (403), the item
 * must exist (404) and have pixels; then the pixels are rendered on the server and the view is
 * appended to the custody log ({@value Pages#MEDIA_VIEWED}: user, item, mode, reason) before a
 * single byte is sent. Thread-safe.
 */
final class MediaViews {
  private static final Logger LOG = LoggerFactory.getLogger(MediaViews.class);
  static final int MAX_REASON = 500;

  /** A view as rendered and logged. */
  static final class View {
    // A class, not a record: its arrays are handed over as they are, neither copied nor compared.
    private final byte[] jpeg;
    private final MediaPolicy.Mode mode;
    private final CustodyEntry entry;

    View(byte[] jpeg, MediaPolicy.Mode mode, CustodyEntry entry) {
      this.jpeg = jpeg;
      this.mode = mode;
      this.entry = entry;
    }

    byte[] jpeg() {
      return jpeg;
    }

    MediaPolicy.Mode mode() {
      return mode;
    }

    CustodyEntry entry() {
      return entry;
    }
  }

  private final EvidencePixels pixels;
  private final MediaRenderer renderer = new MediaRenderer();
  private final String okjuVersion;

  MediaViews(EvidencePixels pixels, String okjuVersion) {
    this.pixels = pixels;
    this.okjuVersion = okjuVersion;
  }

  /** Checks the reason (400) and the mode (400 unknown, 403 not for this role). */
  static MediaPolicy.Mode check(CaseScope scope, String reason, String modeText) {
    if (reason == null || reason.isBlank()) {
      throw WebError.badRequest("A reason is required to see media.");
    }
    if (reason.length() > MAX_REASON) {
      throw WebError.badRequest("The reason has at most " + MAX_REASON + " characters.");
    }
    MediaPolicy.Mode mode =
        MediaPolicy.Mode.parse(modeText == null || modeText.isBlank() ? "blurred" : modeText)
            .orElseThrow(
                () -> WebError.badRequest("mode is blurred, colour, greyscale or original"));
    if (!scope.may(mode.permission)) {
      throw WebError.forbidden(
          "Your role (" + scope.caller().role().code() + ") may not see media " + mode.code + ".");
    }
    return mode;
  }

  /** Renders, logs and returns the view of {@code item} (the checks of {@link #check} passed). */
  View view(CaseScope scope, Item item, MediaPolicy.Mode mode, String reason, String via) {
    Optional<String> kind = MediaPolicy.kind(item);
    if (kind.isEmpty()) {
      throw WebError.conflict(
          "This item has no pixels to show (" + item.mediaType().orElse("unknown type") + ").");
    }
    MediaRenderer.Look look = new MediaRenderer.Look(mode.grey, mode.blur);
    byte[] jpeg;
    try {
      if (kind.get().equals("video")) {
        jpeg =
            renderer.contactSheet(pixels.stills(scope.store(), item, mode.blur ? 480 : 1280), look);
      } else {
        jpeg = renderer.picture(pixels.picture(scope.store(), item), look);
      }
    } catch (MediaUnavailableException e) {
      LOG.info(
          "item {} of case {} cannot be shown: {}",
          item.id().value(),
          scope.name(),
          e.getMessage());
      throw WebError.conflict(e.getMessage());
    }
    ObjectNode p = Json.MAPPER.createObjectNode();
    p.put("item", item.id().value());
    p.put("kind", kind.get());
    p.put("mode", mode.code);
    p.put("reason", reason.strip().replaceAll("\\p{Cntrl}", " "));
    p.put("via", via);
    CustodyEntry entry =
        scope
            .store()
            .custody()
            .append(
                NewCustodyEntry.of(
                    scope.caller().name(),
                    Pages.MEDIA_VIEWED,
                    p.toString(),
                    item.digests().sha256().map(h -> Map.of("item", h)).orElse(Map.of()),
                    Map.of(),
                    okjuVersion));
    return new View(jpeg, mode, entry);
  }
}
