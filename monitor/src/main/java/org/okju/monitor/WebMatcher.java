package org.okju.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okju.casefile.ItemId;
import org.okju.casefile.WebCaptures;
import org.okju.copies.CopyLookup;
import org.okju.copies.Media;
import org.okju.copies.TapesJson;
import org.okju.fingerprint.PictureThumbnail;

/**
 * Which case items a media payload from the web is a copy of: copy grouping's own detector ({@link
 * CopyLookup}) over the case's media, after the negative bank has taken out what must never match.
 * Thread-safe.
 */
final class WebMatcher {
  private final CopyLookup lookup;
  private final NegativeBank negatives;

  WebMatcher(CopyLookup lookup, NegativeBank negatives) {
    this.lookup = lookup;
    this.negatives = negatives;
  }

  /**
   * The matches of a payload: {@code media} when it was fingerprinted (else only identical bytes
   * count, by SHA-256), with its digests.
   */
  List<WebCaptures.Match> matches(
      Payload payload, Media media, Optional<PictureThumbnail> thumbnail) {
    if (negatives.hasDigest("md5", payload.md5().toHex())
        || negatives.hasDigest("sha256", payload.sha256().toHex())) {
      return List.of();
    }
    Media filtered = negatives.filter(media);
    if (!media.views().isEmpty() && filtered.views().isEmpty()) {
      return List.of();
    }
    List<WebCaptures.Match> out = new ArrayList<>();
    for (CopyLookup.Found f : lookup.find(filtered, thumbnail)) {
      out.add(
          new WebCaptures.Match(
              payload.sha256(),
              new ItemId(f.member().item()),
              f.relation(),
              TapesJson.evidence(f.evidence()),
              f.weight()));
    }
    return out;
  }

  /** A payload known by its digests only (too large to keep): identical bytes match. */
  List<WebCaptures.Match> matchesByDigest(Payload payload, boolean video) {
    return matches(
        payload,
        new Media(
            WebMediaHasher.OUTSIDER_ITEM,
            "web",
            payload.sha256().toHex(),
            payload.size(),
            video,
            List.of()),
        Optional.empty());
  }
}
