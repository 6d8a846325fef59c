package org.okju.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Who sends a notice: the person (and the centre or office they act for) whose name, e-mail and
 * signature the regimes require. Kept in the case (setting {@code notifier}) once given, so later
 * notices need not repeat it. Never the victim: a notice names the victim by pseudonym only.
 *
 * @param name the notifier's name, signed at the foot of the notice
 * @param email where the platform answers
 * @param organisation the centre, office or firm they act for
 * @param phone a telephone number
 * @param address a postal address
 */
public record Notifier(
    String name,
    String email,
    Optional<String> organisation,
    Optional<String> phone,
    Optional<String> address) {
  /** The case setting that keeps it. */
  public static final String SETTING = "notifier";

  private static final ObjectMapper JSON = new ObjectMapper();

  public Notifier {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    if (name.isBlank() || !email.contains("@")) {
      throw new IllegalArgumentException("a notifier needs a name and an e-mail address");
    }
  }

  /** As stored in the case. */
  public String toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("name", name);
    o.put("email", email);
    organisation.ifPresent(v -> o.put("organisation", v));
    phone.ifPresent(v -> o.put("phone", v));
    address.ifPresent(v -> o.put("address", v));
    return o.toString();
  }

  /** The notifier stored in the case, if any. */
  public static Optional<Notifier> parse(String json) {
    try {
      JsonNode o = JSON.readTree(json);
      return Optional.of(
          new Notifier(
              o.path("name").asText(),
              o.path("email").asText(),
              text(o, "organisation"),
              text(o, "phone"),
              text(o, "address")));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode o, String field) {
    String v = o.path(field).asText("");
    return v.isBlank() ? Optional.empty() : Optional.of(v);
  }
}
