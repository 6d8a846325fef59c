package org.okju.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.okju.web.auth.Secrets;

/**
 * Rendered views waiting for the page's {@code <img>} to fetch them: the POST that asked (with its
 * reason) logged the view and left the JPEG here under a random ticket; the image request takes it
 * once, within two minutes, as the same user in the same case. Nothing is written to disk.
 * Thread-safe.
 */
final class ViewTickets {
  private static final Duration LIFETIME = Duration.ofMinutes(2);
  private static final int MAX_WAITING = 500;

  private static final class Ticket {
    // A class, not a record: its arrays are handed over as they are, neither copied nor compared.
    private final byte[] jpeg;
    private final long userId;
    private final String caseName;
    private final Instant expires;

    Ticket(byte[] jpeg, long userId, String caseName, Instant expires) {
      this.jpeg = jpeg;
      this.userId = userId;
      this.caseName = caseName;
      this.expires = expires;
    }

    byte[] jpeg() {
      return jpeg;
    }

    long userId() {
      return userId;
    }

    String caseName() {
      return caseName;
    }

    Instant expires() {
      return expires;
    }
  }

  private final Map<String, Ticket> waiting = new ConcurrentHashMap<>();
  private final Clock clock;

  ViewTickets(Clock clock) {
    this.clock = clock;
  }

  /** Leaves a rendered view for one fetch; returns its ticket. */
  String put(byte[] jpeg, long userId, String caseName) {
    Instant now = clock.instant();
    for (Iterator<Ticket> it = waiting.values().iterator(); it.hasNext(); ) {
      if (it.next().expires().isBefore(now)) {
        it.remove();
      }
    }
    if (waiting.size() >= MAX_WAITING) {
      throw new WebError(503, "Too many views waiting to be shown; try again in a minute.");
    }
    String ticket = Secrets.token();
    waiting.put(ticket, new Ticket(jpeg, userId, caseName, now.plus(LIFETIME)));
    return ticket;
  }

  /** Takes the view of a ticket, if it is this user's in this case and still fresh. */
  Optional<byte[]> take(String ticket, long userId, String caseName) {
    Ticket t = waiting.get(ticket);
    // Another user's or case's request leaves the ticket for its owner.
    if (t == null || t.userId() != userId || !t.caseName().equals(caseName)) {
      return Optional.empty();
    }
    if (!waiting.remove(ticket, t) || t.expires().isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(t.jpeg());
  }
}
