package org.okju.ledger;

import java.util.List;
import java.util.Locale;

/**
 * A person's part in the case. Only {@link #ACCUSED}, {@link #ACCOMPLICE} and {@link #WITNESS}
 * confirmed by a reviewer are ever shown by name ({@link org.okju.casefile.Disclosure}).
 */
public enum PersonRole {
  VICTIM,
  ACCUSED,
  ACCOMPLICE,
  WITNESS,
  UNKNOWN;

  /** Which role wins when one person's mentions suggest several: a victim is a victim. */
  static final List<PersonRole> PRECEDENCE = List.of(VICTIM, ACCUSED, ACCOMPLICE, WITNESS, UNKNOWN);

  /** Lower-case word used in the store, JSON and the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The role for a word.
   *
   * @throws IllegalArgumentException naming the word and the roles when it is none of them
   */
  public static PersonRole ofCode(String code) {
    for (PersonRole r : values()) {
      if (r.code().equals(code.toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "not a role: " + code + " (victim, accused, accomplice, witness or unknown)");
  }

  /**
   * The role suggested by all of a person's cues: the first of {@link #PRECEDENCE} among them,
   * except that a person paid or given a share is never a victim (issue 16: an accomplice),
   * whatever else the sentences say of him ({@link RoleCue#rulesOutVictim()}), and one with a
   * victim's cues whose only other cue is plain money paid to her is unknown.
   */
  static PersonRole suggested(List<RoleCue> cues) {
    boolean notVictim = cues.stream().anyMatch(RoleCue::rulesOutVictim);
    // Met, filmed or drugged, and given money that says nothing of a job (not a share, not pay for
    // the drive or the pills): in doubt whether she is a victim, she is pseudonymised as unknown
    // until a reviewer decides, rather than suggested as an accomplice whose name
    // `ledger confirm --all` would show (a victim given money to keep her, to come again, or sent
    // what a sale made).
    if (notVictim
        && cues.stream().anyMatch(c -> c.role() == VICTIM)
        && cues.stream()
            .allMatch(
                c ->
                    c.role() == VICTIM
                        || c.role() == UNKNOWN
                        || (c.role() == ACCOMPLICE && c.cue().equals(RoleCue.PAID)))) {
      return UNKNOWN;
    }
    for (PersonRole r : PRECEDENCE) {
      if ((r != VICTIM || !notVictim) && cues.stream().anyMatch(c -> c.role() == r)) {
        return r;
      }
    }
    return UNKNOWN;
  }
}
