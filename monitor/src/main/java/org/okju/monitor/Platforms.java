package org.okju.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.net.InternetDomainName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.okju.casefile.CaseData;

/**
 * The platform registry: which platform a URL is on, by its host. okju ships one ({@code
 * platforms.yaml} in this package: categories, regimes and deadlines); a case may replace or add
 * platforms with its own YAML or JSON (the {@code platforms} case setting), which wins for the
 * hosts it names. A host no platform claims is grouped under its registrable domain (the public
 * suffix list Guava carries: {@code a.b.example.co.kr} is {@code example.co.kr}), category {@code
 * unknown}, with the defaults of the shipped registry. Immutable, thread-safe.
 *
 * <p>The file is a list under {@code platforms:}, each with {@code name}, {@code category}, {@code
 * hosts}, {@code regime}, {@code email}, {@code form}, {@code language}, {@code deadline_hours};
 * {@code defaults:} gives the regime, language and deadline of unknown hosts.
 */
public final class Platforms {
  /** The case setting that holds a case's own registry. */
  public static final String SETTING = "platforms";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<String, Platform> byName;
  private final Map<String, Platform> byHost;
  private final Platform defaults;

  private Platforms(Map<String, Platform> byName, Platform defaults) {
    this.byName = byName;
    this.defaults = defaults;
    this.byHost = new HashMap<>();
    byName.values().forEach(p -> p.hosts().forEach(h -> byHost.put(h, p)));
  }

  /** Thrown for a registry file that cannot be read, with what is wrong. */
  public static final class BadRegistryException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadRegistryException(String message) {
      super(message);
    }
  }

  /** The registry okju ships. */
  public static Platforms shipped() {
    try (InputStream in = Platforms.class.getResourceAsStream("platforms.yaml")) {
      return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BadRegistryException e) {
      throw new IllegalStateException("the shipped platforms.yaml is broken: " + e.getMessage(), e);
    }
  }

  /** The case's registry: the shipped one with the case's own platforms over it. */
  public static Platforms of(CaseData store) throws BadRegistryException {
    Optional<String> own = store.takedowns().setting(SETTING);
    return own.isEmpty() ? shipped() : parse(own.get(), shipped());
  }

  /**
   * A registry read from YAML or JSON text, over {@code base} (null: on its own).
   *
   * @throws BadRegistryException naming the entry and field that is wrong
   */
  public static Platforms parse(String text, Platforms base) throws BadRegistryException {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (IOException e) {
      throw new BadRegistryException("not YAML or JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new BadRegistryException("expected an object with platforms: [...]");
    }
    Map<String, Platform> byName =
        base == null ? new LinkedHashMap<>() : new LinkedHashMap<>(base.byName);
    Platform defaults = base == null ? null : base.defaults;
    JsonNode d = root.path("defaults");
    if (!d.isMissingNode()) {
      defaults =
          new Platform(
              "(defaults)",
              "unknown",
              List.of(),
              text(d, "regime", "defaults").orElse("eu-dsa"),
              Optional.empty(),
              Optional.empty(),
              text(d, "language", "defaults").orElse("en"),
              d.path("deadline_hours").asInt(72));
    }
    if (defaults == null) {
      throw new BadRegistryException("defaults: missing (regime, language, deadline_hours)");
    }
    for (JsonNode p : root.path("platforms")) {
      Platform platform = platform(p);
      // A case's entry replaces the shipped one of that name, and takes its hosts from others.
      byName.remove(platform.name());
      for (Map.Entry<String, Platform> e : new ArrayList<>(byName.entrySet())) {
        List<String> hosts = new ArrayList<>(e.getValue().hosts());
        if (hosts.removeAll(platform.hosts())) {
          Platform old = e.getValue();
          byName.put(
              e.getKey(),
              new Platform(
                  old.name(),
                  old.category(),
                  hosts,
                  old.regime(),
                  old.email(),
                  old.form(),
                  old.language(),
                  old.deadlineHours()));
        }
      }
      byName.put(platform.name(), platform);
    }
    return new Platforms(byName, defaults);
  }

  private static Platform platform(JsonNode p) throws BadRegistryException {
    String name = text(p, "name", "a platform").orElse("");
    if (name.isBlank()) {
      throw new BadRegistryException("a platform has no name");
    }
    String category = text(p, "category", name).orElse("unknown");
    if (!Platform.CATEGORIES.contains(category)) {
      throw new BadRegistryException(
          name + ": category " + category + " is not one of " + Platform.CATEGORIES);
    }
    String regime = text(p, "regime", name).orElse("eu-dsa");
    if (!Platform.REGIMES.contains(regime)) {
      throw new BadRegistryException(
          name + ": regime " + regime + " is not one of " + Platform.REGIMES);
    }
    List<String> hosts = new ArrayList<>();
    for (JsonNode h : p.path("hosts")) {
      hosts.add(h.asText().toLowerCase(Locale.ROOT).replaceFirst("^\\*\\.", ""));
    }
    if (hosts.isEmpty()) {
      throw new BadRegistryException(name + ": no hosts");
    }
    int deadline = p.path("deadline_hours").asInt(0);
    if (deadline <= 0) {
      throw new BadRegistryException(name + ": deadline_hours must be a positive number");
    }
    return new Platform(
        name,
        category,
        hosts,
        regime,
        text(p, "email", name),
        text(p, "form", name),
        text(p, "language", name).orElse("en"),
        deadline);
  }

  private static Optional<String> text(JsonNode n, String field, String where)
      throws BadRegistryException {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull() || v.asText().isBlank()) {
      return Optional.empty();
    }
    if (!v.isValueNode()) {
      throw new BadRegistryException(where + ": " + field + " must be text");
    }
    return Optional.of(v.asText().strip());
  }

  /** The platform named {@code name}, shipped, the case's, or one grouped by domain. */
  public Optional<Platform> named(String name) {
    Platform p = byName.get(name);
    if (p != null) {
      return Optional.of(p);
    }
    return name.isBlank() ? Optional.empty() : Optional.of(unknown(name));
  }

  /** The registry's own platforms, in file order. */
  public List<Platform> all() {
    return List.copyOf(byName.values());
  }

  /** The platform {@code url} is on. */
  public Platform of(String url) {
    String host = host(url);
    for (String h = host; !h.isEmpty(); h = parent(h)) {
      Platform p = byHost.get(h);
      if (p != null) {
        return p;
      }
    }
    return unknown(registrable(host));
  }

  private Platform unknown(String domain) {
    return new Platform(
        domain,
        "unknown",
        List.of(domain),
        defaults.regime(),
        Optional.empty(),
        Optional.empty(),
        defaults.language(),
        defaults.deadlineHours());
  }

  static String host(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String parent(String host) {
    int dot = host.indexOf('.');
    return dot < 0 ? "" : host.substring(dot + 1);
  }

  /** The registrable domain of {@code host} (an IP address or a host without one: itself). */
  static String registrable(String host) {
    if (host.isEmpty()) {
      return "(no host)";
    }
    try {
      InternetDomainName d = InternetDomainName.from(host);
      return d.isUnderPublicSuffix() ? d.topPrivateDomain().toString() : host;
    } catch (IllegalArgumentException e) {
      return host;
    }
  }
}
