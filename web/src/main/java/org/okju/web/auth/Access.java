package org.okju.web.auth;

import static org.okju.web.auth.Permission.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.okju.web.store.Role;

/**
 * Who may do what, in one table (README "Roles"). A role's permissions hold only in the cases the
 * user is a member of; an admin is a member of every case. Immutable, thread-safe.
 */
public final class Access {
  private static final Map<Role, Set<Permission>> TABLE = new EnumMap<>(Role.class);

  static {
    TABLE.put(Role.ADMIN, EnumSet.allOf(Permission.class));
    TABLE.put(
        Role.INVESTIGATOR,
        EnumSet.of(
            READ,
            MEDIA_BLURRED,
            MEDIA_GREYSCALE,
            MEDIA_COLOUR,
            MEDIA_ORIGINAL,
            JOB_INGEST,
            JOB_ANALYSE,
            JOB_REPORT,
            JOB_EXPORT,
            TAKEDOWN,
            TAPE_SPLIT,
            VERIFY));
    // Reviewers read diaries; a picture may settle what a line means, but never in colour and
    // sharp: that is the investigator's call.
    TABLE.put(
        Role.REVIEWER,
        EnumSet.of(READ, MEDIA_BLURRED, MEDIA_GREYSCALE, MEDIA_COLOUR, LEDGER_REVIEW, VERIFY));
    // Takedown officers decide by hash evidence; a blurred view is enough to tell a wrong match.
    TABLE.put(Role.TAKEDOWN, EnumSet.of(READ, MEDIA_BLURRED, TAKEDOWN, TAPE_SPLIT, VERIFY));
    // Auditors check the record, never the media.
    TABLE.put(Role.AUDITOR, EnumSet.of(READ, VERIFY, VIEW_COUNTS_ALL));
  }

  private Access() {}

  /** Whether a member with {@code role} may do {@code permission}. */
  public static boolean allows(Role role, Permission permission) {
    return TABLE.get(role).contains(permission);
  }

  /** A role's permissions. */
  public static Set<Permission> of(Role role) {
    return EnumSet.copyOf(TABLE.get(role));
  }
}
