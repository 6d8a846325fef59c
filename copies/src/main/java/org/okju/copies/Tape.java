package org.okju.copies;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A group of copies of one recording.
 *
 * @param id {@code T-001}, ... numbered in order of the representatives' SHA-256, so the same case
 *     gives the same ids on every run
 * @param kind {@code video} when any member is a video, else {@code image}
 * @param members the representative first, then the copies by SHA-256
 * @param related pictures and videos outside the tape with evidence against one of its members but
 *     not against its representative: near-duplicate evidence is not transitive, so they are shown
 *     beside the tape and never merged into it
 */
public record Tape(String id, String kind, List<Member> members, List<Related> related) {
  public Tape {
    members = List.copyOf(members);
    related = List.copyOf(related);
  }

  public Tape(String id, String kind, List<Member> members) {
    this(id, kind, members, List.of());
  }

  /** The group's representative: its longest video, or its largest image. */
  public Media representative() {
    return members.get(0).media();
  }

  /** How a member came into its tape. */
  public enum Join {
    /** The tape's representative. */
    REPRESENTATIVE,
    /** Evidence directly against the representative (or the same bytes as a member). */
    DIRECT,
    /**
     * Evidence against a member that matched the representative directly, the two distances adding
     * up to no more than the threshold: the member is within the threshold of the representative by
     * the triangle inequality, though the search did not pair them (its lookups are approximate).
     */
    VIA_MEMBER,
    /** A compilation: holds this tape's content among others', never merged with any. */
    COMPILATION;

    /** The name in JSON, the case and the report: {@code direct}, {@code via-member}, ... */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The join named {@code label}. @throws IllegalArgumentException for another name */
    public static Join of(String label) {
      for (Join j : values()) {
        if (j.label().equals(label)) {
          return j;
        }
      }
      throw new IllegalArgumentException("no join is called " + label);
    }
  }

  /**
   * A member and why it belongs.
   *
   * @param relation to the representative: {@code representative}, {@code identical}, {@code
   *     re-encoded}, {@code transformed}, {@code trimmed}, {@code excerpt}, {@code compilation} or
   *     {@code still}
   * @param join how it joined: directly against the representative, or via a member
   * @param evidence distances, view and orientation, frame shares, offset and length, the
   *     thresholds; {@code via} names the member it was matched to when that is not the
   *     representative
   */
  public record Member(Media media, String relation, Join join, Map<String, Object> evidence) {
    public Member {
      Objects.requireNonNull(join, "join");
      evidence = Map.copyOf(evidence);
    }
  }

  /**
   * A medium related to a tape through one of its members only.
   *
   * @param media the related medium
   * @param tape the tape it is in itself
   * @param member the member of this tape it has evidence against
   * @param relation what the evidence says it is to that member
   * @param evidence the evidence, as for a member
   */
  public record Related(
      Media media, String tape, Media member, String relation, Map<String, Object> evidence) {
    public Related {
      evidence = Map.copyOf(evidence);
    }
  }
}
