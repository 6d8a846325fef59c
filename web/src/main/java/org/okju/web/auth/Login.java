package org.okju.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.okju.web.store.ServerStore;
import org.okju.web.store.Users;

/**
 * Checks a user name and password: Argon2id, a lock after {@code lockAfter} wrong passwords in a
 * row ({@code lockFor} long; a success resets the count), the same time spent for unknown users.
 * Thread-safe.
 */
public final class Login {
  /** How an attempt ended. */
  public sealed interface Outcome permits Success, Failure {}

  /** The password was right and the account not locked. */
  public record Success(Users.Account account) implements Outcome {}

  /**
   * The attempt failed.
   *
   * @param locked whether the account is (now) locked; the page says so only after a lock
   */
  public record Failure(boolean locked) implements Outcome {}

  private final ServerStore store;
  private final Passwords passwords;
  private final int lockAfter;
  private final Duration lockFor;
  private final Clock clock;

  public Login(
      ServerStore store, Passwords passwords, int lockAfter, Duration lockFor, Clock clock) {
    this.store = store;
    this.passwords = passwords;
    this.lockAfter = lockAfter;
    this.lockFor = lockFor;
    this.clock = clock;
  }

  /** Checks the credentials and records the outcome on the account. */
  public Outcome attempt(String name, String password) {
    Optional<Users.Account> found =
        Users.NAME.matcher(name).matches() ? store.users().find(name) : Optional.empty();
    if (found.isEmpty()) {
      passwords.matchDecoy(password);
      return new Failure(false);
    }
    Users.Account account = found.get();
    if (account.lockedAt(clock.instant())) {
      // Locked: the password is not even checked, so guessing on gains nothing.
      passwords.matchDecoy(password);
      return new Failure(true);
    }
    String hash = store.users().passwordHash(account.id()).orElseThrow();
    if (passwords.matches(password, hash)) {
      store.users().recordSuccess(account.id());
      return new Success(account);
    }
    Users.Account after =
        store.users().recordFailure(account.id(), lockAfter, lockFor, clock.instant());
    return new Failure(after.lockedAt(clock.instant()));
  }
}
