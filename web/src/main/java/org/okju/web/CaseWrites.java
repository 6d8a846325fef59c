package org.okju.web;

import java.util.Map;
import java.util.Optional;
import org.okju.casefile.CaseBusyException;
import org.okju.casefile.CaseLock;
import org.okju.casefile.LockHolder;
import org.okju.web.auth.Permission;

/**
 * The case's writer lock around a page action that changes the case, as the CLI's verbs take it
 * ({@code CaseWriteOption}): a ledger decision or a tape split while {@code okju ingest} (or any
 * other writer process) holds the case is refused with 409 and who writes, instead of writing
 * beside it. Jobs take the lock themselves when they start ({@code CaseJobs}); media views only log
 * what was viewed and take no lock, as {@code okju ledger --identities} does not.
 */
final class CaseWrites {
  /** The actions that write, by the permission that allows them, as the lock holder names them. */
  private static final Map<Permission, String> WRITERS =
      Map.of(
          Permission.LEDGER_REVIEW, "okju serve (ledger review)",
          Permission.TAPE_SPLIT, "okju serve (tape split)",
          Permission.TAKEDOWN, "okju serve (takedown list)",
          Permission.VERIFY, "okju serve (verify)");

  private CaseWrites() {}

  /** The command a route's action writes as, when the route changes the case. */
  static Optional<String> writer(String method, Permission permission) {
    return method.equals("POST") ? Optional.ofNullable(WRITERS.get(permission)) : Optional.empty();
  }

  /** {@code handler} run while holding the case's writer lock as {@code command}. */
  static Guard.CaseHandler locked(String command, Guard.CaseHandler handler) {
    return (ctx, scope) -> {
      CaseLock lock;
      try {
        lock = scope.store().lock(command, scope.caller().name());
      } catch (CaseBusyException e) {
        throw WebError.conflict(
            "The case is being written by "
                + e.holder().map(LockHolder::describe).orElse("another okju process")
                + ". Nothing was changed; try again when it has finished.");
      }
      try (lock) {
        handler.handle(ctx, scope);
      }
    };
  }
}
