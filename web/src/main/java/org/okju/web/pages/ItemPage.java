package org.okju.web.pages;

import java.util.List;
import java.util.Optional;

/**
 * One item: metadata, hashes, fingerprints, its tape and relation, matches, problems and custody
 * entries, and the media panel, which shows no pixels until asked with a reason.
 */
public record ItemPage(
    Chrome chrome,
    long id,
    String path,
    String source,
    List<Prop> properties,
    List<Prop> hashes,
    List<Prop> metadata,
    List<Prop> problems,
    Optional<Tape> tape,
    List<Prop> matches,
    List<CustodyRow> custody,
    Optional<MediaPanel> media) {
  public ItemPage {
    properties = List.copyOf(properties);
    hashes = List.copyOf(hashes);
    metadata = List.copyOf(metadata);
    problems = List.copyOf(problems);
    matches = List.copyOf(matches);
    custody = List.copyOf(custody);
  }

  /** A labelled value. */
  public record Prop(String name, String value) {}

  /** The item's tape, its relation to the representative and why. */
  public record Tape(String id, String relation, String evidence, boolean strong) {}

  /**
   * What the viewer may do with the item's pixels.
   *
   * @param kind {@code image} or {@code video}
   * @param modes the view modes the viewer's role allows, least revealing first
   * @param decidedBy the hash evidence that already settles the item, when exact or strong
   */
  public record MediaPanel(String kind, List<String> modes, Optional<String> decidedBy) {
    public MediaPanel {
      modes = List.copyOf(modes);
    }
  }
}
