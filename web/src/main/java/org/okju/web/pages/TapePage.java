package org.okju.web.pages;

import java.util.List;

/**
 * One tape: each member with its relation to the representative, how it joined and the evidence
 * (distance, view, time offset), its path and source, and what it matched in hash sets; beside it
 * the related items (evidence against a member only, kept in tapes of their own); and, for a role
 * that may split tapes, the form that takes chosen members out in one logged action.
 */
public record TapePage(
    Chrome chrome,
    String id,
    String kind,
    List<Member> members,
    List<Related> related,
    List<String> formats,
    boolean mayTakedown,
    boolean maySplit) {
  public TapePage {
    members = List.copyOf(members);
    related = List.copyOf(related);
    formats = List.copyOf(formats);
  }

  /**
   * A member.
   *
   * @param joined {@code representative}, {@code direct} (evidence against the representative),
   *     {@code via-member} (against another member, checked against the representative) or {@code
   *     compilation}
   * @param evidence the evidence as "key value" pairs
   * @param strong whether the evidence is exact or strong (its media need not be opened)
   * @param splittable whether a split may take it out (not the compilations, which join every tape
   *     they hold a run of)
   */
  public record Member(
      long item,
      String path,
      String source,
      String relation,
      String joined,
      String evidence,
      boolean strong,
      String matches,
      boolean splittable) {}

  /**
   * An item related to the tape but not in it.
   *
   * @param member the member it has evidence against
   * @param inTape the tape it is in itself
   */
  public record Related(
      long item, String path, long member, String inTape, String relation, String evidence) {}
}
