package org.okju.web.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A user's role on the workbench. What each may do is {@code org.okju.web.auth.Access}'s table; the
 * roles are those of a takedown team.
 */
public enum Role {
  /** Runs the server: every case, every action, everyone's media-view counts. */
  ADMIN,
  /** Ingests seized drives, runs analyses, reports and exports. */
  INVESTIGATOR,
  /** Confirms, rejects and corrects what the diaries say. */
  REVIEWER,
  /** Works through the tapes: takedown lists; sees media blurred only. */
  TAKEDOWN,
  /** Checks the custody log and verification; sees no media. */
  AUDITOR;

  /** The role's word ({@code admin}, {@code investigator}, ...). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The role with this word.
   *
   * @throws IllegalArgumentException naming the roles when there is none
   */
  public static Role parse(String code) {
    for (Role r : values()) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no role " + code + "; roles: " + codes());
  }

  /** Every role's word, separated by {@code |}. */
  public static String codes() {
    return Arrays.stream(values()).map(Role::code).collect(Collectors.joining("|"));
  }
}
