package org.okju.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions of visitors who have not signed in: just the CSRF token their login form carries. Kept
 * in memory and bounded (anyone can make one, so none reaches the store), forgotten after {@code
 * lifetime}. Keyed by the SHA-256 of the cookie value. Thread-safe.
 */
public final class PreLoginSessions {
  private static final int MAX_SESSIONS = 20_000;

  private record Entry(String csrfToken, Instant created) {}

  private final Duration lifetime;
  private final Clock clock;
  private final Map<String, Entry> sessions =
      new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
          return size() > MAX_SESSIONS;
        }
      };

  public PreLoginSessions(Duration lifetime, Clock clock) {
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** Records a new pre-login session with its CSRF token. */
  public synchronized void put(String idSha256, String csrfToken) {
    sessions.put(idSha256, new Entry(csrfToken, clock.instant()));
  }

  /** The CSRF token of a live pre-login session. */
  public synchronized Optional<String> csrfToken(String idSha256) {
    Entry e = sessions.get(idSha256);
    if (e == null) {
      return Optional.empty();
    }
    if (e.created().plus(lifetime).isBefore(clock.instant())) {
      sessions.remove(idSha256);
      return Optional.empty();
    }
    return Optional.of(e.csrfToken());
  }

  /** Forgets a pre-login session (it became a signed-in one). */
  public synchronized void remove(String idSha256) {
    sessions.remove(idSha256);
  }
}
