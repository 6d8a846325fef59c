package org.okju.monitor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.okju.casefile.Takedowns;
import org.okju.copies.Media;
import org.okju.fingerprint.Pdq256;
import org.okju.fingerprint.PdqResult;
import org.okju.index.MultiIndexHashIndex;
import org.okju.index.PackedHashes;

/**
 * Hashes that must never be exported and never make a sighting: pictures and frames a partner
 * reported as false matches or a reviewer rejected (the case's {@code negative_hash} rows), and by
 * rule every uniform, black or low-quality picture or frame (PDQ quality below {@link
 * PdqResult#MIN_USEFUL_QUALITY}: such hashes match anything). A picture whose whole view lies
 * within {@link #RADIUS} of a negative hash is suppressed; a video loses the frames that do.
 * Immutable, thread-safe.
 */
final class NegativeBank {
  /** How near a negative PDQ hash suppresses: the match threshold partners use. */
  static final int RADIUS = 31;

  private final Set<String> digests;
  private final MultiIndexHashIndex pdq;

  private NegativeBank(Set<String> digests, MultiIndexHashIndex pdq) {
    this.digests = digests;
    this.pdq = pdq;
  }

  /** The bank of the case's negative hashes. */
  static NegativeBank of(List<Takedowns.NegativeHash> hashes) {
    Set<String> digests = new HashSet<>();
    PackedHashes.Builder b = PackedHashes.builder();
    int n = 0;
    for (Takedowns.NegativeHash h : hashes) {
      String hex = h.hash().toLowerCase(Locale.ROOT);
      if (h.kind().equals("pdq")) {
        b.add(Pdq256.parse(hex), n++);
      } else {
        digests.add(h.kind() + ":" + hex);
      }
    }
    return new NegativeBank(digests, n == 0 ? null : MultiIndexHashIndex.build(b.build()));
  }

  /** An empty bank (the rule on quality still holds). */
  static NegativeBank empty() {
    return new NegativeBank(Set.of(), null);
  }

  /** Whether a digest ({@code md5}, {@code sha256}) is in the bank. */
  boolean hasDigest(String kind, String hex) {
    return digests.contains(kind + ":" + hex.toLowerCase(Locale.ROOT));
  }

  /** Whether a PDQ hash is near a negative one or too poor to mean anything. */
  boolean suppresses(Pdq256 hash, int quality) {
    return quality < PdqResult.MIN_USEFUL_QUALITY || near(hash);
  }

  /** Whether a PDQ hash is within {@link #RADIUS} of a negative one. */
  boolean near(Pdq256 hash) {
    return pdq != null && !pdq.query(hash, RADIUS).isEmpty();
  }

  /**
   * The views of {@code media} that may match: none of a picture that is near a negative hash in
   * any orientation; a video without its frames near one. Views of low quality are left to the
   * detector, which ignores them anyway.
   */
  Media filter(Media media) {
    if (pdq == null) {
      return media;
    }
    Set<Long> negativeFrames = new HashSet<>();
    for (Media.View v : media.views()) {
      if (v.kind().equals("full") && near(v.hash())) {
        negativeFrames.add(v.frame());
      }
    }
    if (negativeFrames.isEmpty()) {
      return media;
    }
    List<Media.View> kept = new ArrayList<>();
    if (media.video()) {
      for (Media.View v : media.views()) {
        if (!negativeFrames.contains(v.frame())) {
          kept.add(v);
        }
      }
    }
    return new Media(
        media.item(),
        media.path(),
        media.sha256(),
        media.size(),
        media.video(),
        kept,
        media.pixels(),
        media.profile());
  }
}
