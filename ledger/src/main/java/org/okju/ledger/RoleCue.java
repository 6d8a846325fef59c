package org.okju.ledger;

import java.util.Set;

/**
 * Why the reader suggests a role for one mention of a person: the role and the word of the line
 * that decided it ({@code 촬영}, {@code 사냥감}, {@code 실장} …), kept as the decision's evidence. A
 * person the line pays or gives a share to has the cue {@link #PAID} or {@link #SHARE}: the two
 * that rule a victim out (issue 16: "never someone paid or given a share").
 */
public record RoleCue(PersonRole role, String cue) {
  /** The cue of a person money went to (from the writer or from another person). */
  public static final String PAID = "paid";

  /** The cue of a person given a share of the proceeds. */
  public static final String SHARE = "share";

  /** The cue of a person paid for a crew's work ("for the drive", 수고비, 약값). */
  public static final String PAID_FOR_WORK = "paid for work";

  private static final Set<String> NOT_A_VICTIM = Set.of(PAID, SHARE, PAID_FOR_WORK);

  /** A person paid or given a share; the reader never suggests such a person is a victim. */
  public static RoleCue paidOrShare(String cue) {
    return new RoleCue(PersonRole.ACCOMPLICE, cue);
  }

  /** Whether this cue rules out that the person is a victim: paid, or given a share. */
  public boolean rulesOutVictim() {
    return role == PersonRole.ACCOMPLICE && NOT_A_VICTIM.contains(cue);
  }
}
