package org.okju.copies;

import java.util.List;
import java.util.Map;

/**
 * A group of copies of one recording.
 *
 * @param id {@code T-001}, ... numbered in order of the representatives' SHA-256, so the same case
 *     gives the same ids on every run
 * @param kind {@code video} when any member is a video, else {@code image}
 * @param members the representative first, then the copies by SHA-256
 */
public record Tape(String id, String kind, List<Member> members) {
  public Tape {
    members = List.copyOf(members);
  }

  /** The group's representative: its longest video, or its largest image. */
  public Media representative() {
    return members.get(0).media();
  }

  /**
   * A member and why it belongs.
   *
   * @param relation to the representative: {@code representative}, {@code identical}, {@code
   *     re-encoded}, {@code transformed}, {@code trimmed}, {@code excerpt}, {@code compilation} or
   *     {@code still}
   * @param evidence distances, view and orientation, frame shares, offset and length, the
   *     thresholds; {@code via} names the member it was matched to when that is not the
   *     representative
   */
  public record Member(Media media, String relation, Map<String, Object> evidence) {
    public Member {
      evidence = Map.copyOf(evidence);
    }
  }
}
