package org.okju.web;

import java.util.Optional;
import org.okju.web.store.Role;
import org.okju.web.store.Users;

/**
 * Who is making a request: a signed-in browser (with its session's CSRF token) or an API client.
 *
 * @param csrfToken the session's CSRF token; empty for API clients (Bearer tokens cannot be forged
 *     by another site)
 */
public record Caller(Users.Account account, Optional<String> csrfToken) {
  public String name() {
    return account.name();
  }

  public Role role() {
    return account.role();
  }

  /** Whether the caller is an admin (a member of every case). */
  public boolean admin() {
    return account.role() == Role.ADMIN;
  }
}
