package org.okju.web.auth;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes (OWASP's recommended parameters: 19 MiB of memory, 2 iterations, 1 lane;
 * 16-byte salt, 32-byte hash), in the PHC string form spring-security-crypto writes, so the
 * parameters travel with each hash and can be raised later. Thread-safe.
 */
public final class Passwords {
  /** ASVS 5.0 V6.2.1: at least 8 characters (15 or more recommended). */
  public static final int MIN_LENGTH = 8;

  /** Longer passwords are refused: hashing megabytes is a denial of service. */
  public static final int MAX_LENGTH = 1024;

  private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

  // A hash of a random password, compared against when the user does not exist, so that a wrong
  // user name takes as long as a wrong password (no user enumeration by timing).
  private final String decoy = encoder.encode(Secrets.token());

  /**
   * Hashes a new password.
   *
   * @throws IllegalArgumentException when it is shorter than {@value #MIN_LENGTH} or longer than
   *     {@value #MAX_LENGTH} characters
   */
  public String hash(String password) {
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
    }
    if (password.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a password has at most " + MAX_LENGTH + " characters");
    }
    return encoder.encode(password);
  }

  /** Whether {@code password} is the one {@code hash} was made from. */
  public boolean matches(String password, String hash) {
    if (password.length() > MAX_LENGTH) {
      return false;
    }
    return encoder.matches(password, hash);
  }

  /** Spends the time of one comparison, for a user who does not exist. */
  public void matchDecoy(String password) {
    encoder.matches(password.length() > MAX_LENGTH ? "" : password, decoy);
  }
}
