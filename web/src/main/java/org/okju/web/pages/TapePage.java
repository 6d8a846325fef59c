package org.okju.web.pages;

import java.util.List;

/**
 * One tape: each member with its relation to the representative and the evidence (distance, view,
 * time offset), its path and source, and what it matched in hash sets.
 */
public record TapePage(
    Chrome chrome,
    String id,
    String kind,
    List<Member> members,
    List<String> formats,
    boolean mayTakedown) {
  public TapePage {
    members = List.copyOf(members);
    formats = List.copyOf(formats);
  }

  /**
   * A member.
   *
   * @param evidence the evidence as "key value" pairs
   * @param strong whether the evidence is exact or strong (its media need not be opened)
   */
  public record Member(
      long item,
      String path,
      String source,
      String relation,
      String evidence,
      boolean strong,
      String matches) {}
}
