package org.okju.monitor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A place copies are found on, as the platform registry describes it.
 *
 * @param name how notices and statistics name it
 * @param category {@code adult}, {@code search}, {@code social}, {@code community}, {@code p2p},
 *     {@code file-host}, or {@code unknown} for a host the registry does not know
 * @param hosts host patterns: {@code example.com} matches it and every subdomain
 * @param regime the legal regime its notices follow by default ({@code kr}, {@code eu-dsa}, {@code
 *     us-tida})
 * @param email the address requests go to, when it takes e-mail
 * @param form the URL of its removal request form, when it has one
 * @param language the language its notices are written in ({@code ko}, {@code en})
 * @param deadlineHours how long it has to remove a copy after a notice (48 under the US TAKE IT
 *     DOWN Act)
 */
public record Platform(
    String name,
    String category,
    List<String> hosts,
    String regime,
    Optional<String> email,
    Optional<String> form,
    String language,
    int deadlineHours) {
  public Platform {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    hosts = List.copyOf(hosts);
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(language, "language");
    if (deadlineHours <= 0) {
      throw new IllegalArgumentException(name + ": deadline_hours must be positive");
    }
  }

  /** The categories a platform may have. */
  public static final List<String> CATEGORIES =
      List.of("adult", "search", "social", "community", "p2p", "file-host", "unknown");

  /** The regimes a notice may follow. */
  public static final List<String> REGIMES = List.of("kr", "eu-dsa", "us-tida");
}
