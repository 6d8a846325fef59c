package org.okju.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Login attempts allowed per client address in a sliding window (ASVS V6.3: anti-automation),
 * beside the per-user lockout of {@link Login}. Remembers a bounded number of addresses (the least
 * recently seen are forgotten first). Thread-safe.
 */
public final class LoginThrottle {
  private static final int MAX_ADDRESSES = 10_000;

  private final int attempts;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> seen =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
          return size() > MAX_ADDRESSES;
        }
      };

  /**
   * @param attempts attempts allowed per address in {@code window}
   */
  public LoginThrottle(int attempts, Duration window, Clock clock) {
    this.attempts = attempts;
    this.window = window;
    this.clock = clock;
  }

  /**
   * Counts an attempt from {@code address}; returns false when the address has used up its attempts
   * (the attempt is then refused before any password is checked).
   */
  public synchronized boolean tryAcquire(String address) {
    Instant now = clock.instant();
    Deque<Instant> times = seen.computeIfAbsent(address, a -> new ArrayDeque<>());
    while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
      times.pollFirst();
    }
    if (times.size() >= attempts) {
      return false;
    }
    times.addLast(now);
    return true;
  }
}
