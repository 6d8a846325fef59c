package org.okju.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What any output of a case may say about a person: the one policy the report, every export, the
 * ledger's lists, network, timeline and JSON, and the web workbench go through, so that no output
 * can forget it. Built from the identity table ({@link Ledger#people()}).
 *
 * <p>A person is shown by name only once a reviewer confirmed them as accused, accomplice or
 * witness, and only when no spelling merged with them is a victim's; everyone else (victims,
 * unknown people, roles only suggested by the reader) is shown by pseudonym. {@link #text} rewrites
 * free text (quoted lines, places, tape titles, file names, custody parameters) the same way: every
 * spelling of a withheld person's name, with or without Korean particles and honorifics (they
 * follow the name, which is matched inside a word), with a hyphen or space or neither between
 * romanised syllables, and the given name alone of a full name, becomes the pseudonym; the
 * pseudonym of a disclosed person becomes the name. When in doubt it withholds: a withheld spelling
 * inside a longer word is replaced too.
 *
 * <p>Immutable and thread-safe.
 */
public final class Disclosure {
  /** The roles whose names may be shown once a reviewer confirmed them. */
  public static final Set<String> NAMED_ROLES = Set.of("accused", "accomplice", "witness");

  /** A person as outputs show them (merged spellings folded into the survivor). */
  public record Person(
      long entityId,
      String label,
      String pseudonym,
      String role,
      boolean confirmed,
      boolean disclosed) {}

  // Korean surnames of one or two syllables, and their usual romanisations, to find the given
  // name of a full name (김지은 → 지은, Kim Ji-eun → Ji-eun).
  private static final Set<String> HANGUL_SURNAMES_2 = Set.of("황보", "남궁", "제갈", "선우", "독고");
  private static final String HANGUL_SURNAMES_1 =
      "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어편용예경봉";
  private static final Set<String> LATIN_SURNAMES =
      Set.of(
          "kim", "lee", "yi", "rhee", "park", "pak", "bak", "choi", "choe", "jung", "chung",
          "jeong", "kang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh",
          "seo", "suh", "shin", "sin", "kwon", "hwang", "ahn", "an", "song", "ryu", "yoo", "yu",
          "jeon", "jun", "hong", "ko", "go", "moon", "mun", "yang", "son", "sohn", "bae", "baek",
          "paik", "heo", "huh", "nam", "shim", "sim", "noh", "roh", "ha", "kwak", "sung", "seong",
          "cha", "joo", "ju", "woo", "koo", "gu", "min", "jin", "na", "ji", "uhm", "chae", "won",
          "cheon");
  private static final Pattern PSEUDONYM = Pattern.compile("V-\\d{3,}");

  private final Map<Long, Person> byEntity;
  private final Map<String, Person> byPseudonym;
  private final Map<Long, String> otherEntities;
  private final Set<Long> retired;
  private final NameRewriter forOutput;
  private final NameRewriter forStorage;

  private Disclosure(
      Map<Long, Person> byEntity,
      Map<String, Person> byPseudonym,
      Map<Long, String> otherEntities,
      Set<Long> retired,
      NameRewriter forOutput,
      NameRewriter forStorage) {
    this.byEntity = byEntity;
    this.byPseudonym = byPseudonym;
    this.otherEntities = otherEntities;
    this.retired = Set.copyOf(retired);
    this.forOutput = forOutput;
    this.forStorage = forStorage;
  }

  /** The policy of a case's ledger as it stands now. */
  public static Disclosure of(Ledger ledger) {
    return of(ledger.people(), ledger.entities(), Map.of());
  }

  /** Nobody known: text passes unchanged. */
  public static Disclosure none() {
    return of(List.of(), List.of(), Map.of());
  }

  /**
   * The policy for these people and entities, with more spellings to withhold.
   *
   * @param alsoWithheld spelling → the pseudonym to write instead (a table kept outside the ledger)
   */
  public static Disclosure of(
      List<LedgerRows.Identity> people,
      List<LedgerRows.Entity> entities,
      Map<String, String> alsoWithheld) {
    Map<Long, LedgerRows.Entity> entityById = new HashMap<>();
    entities.forEach(e -> entityById.put(e.id(), e));
    Map<Long, LedgerRows.Identity> identityById = new LinkedHashMap<>();
    people.forEach(p -> identityById.put(p.entityId(), p));
    Map<Long, List<LedgerRows.Identity>> groups = new LinkedHashMap<>();
    for (LedgerRows.Identity p : people) {
      groups.computeIfAbsent(survivor(entityById, p.entityId()), k -> new ArrayList<>()).add(p);
    }
    Map<Long, Person> byEntity = new HashMap<>();
    Map<String, Person> byPseudonym = new HashMap<>();
    Map<String, String> exact = new LinkedHashMap<>();
    Map<String, String> derived = new LinkedHashMap<>();
    Map<String, String> storage = new LinkedHashMap<>();
    for (Map.Entry<Long, List<LedgerRows.Identity>> g : groups.entrySet()) {
      LedgerRows.Identity head = identityById.get(g.getKey());
      boolean anyVictim = g.getValue().stream().anyMatch(p -> p.role().equals("victim"));
      String label;
      Person person;
      if (head == null) { // merged into a non-person entity, e.g. the diary's author
        label =
            Optional.ofNullable(entityById.get(g.getKey())).map(e -> e.normalized()).orElse("?");
        person = new Person(g.getKey(), label, label, "unknown", false, false);
      } else {
        boolean disclosed = head.confirmed() && NAMED_ROLES.contains(head.role()) && !anyVictim;
        String role = anyVictim ? "victim" : head.role();
        label = disclosed ? primaryName(head) : head.pseudonym();
        person =
            new Person(head.entityId(), label, head.pseudonym(), role, head.confirmed(), disclosed);
      }
      for (LedgerRows.Identity p : g.getValue()) {
        byEntity.put(p.entityId(), person);
        byPseudonym.put(p.pseudonym(), person);
        for (LedgerRows.PersonName n : p.names()) {
          if (n.kind().equals("title")) {
            continue; // a role word alone (약사, boss) names nobody
          }
          storage.putIfAbsent(n.name(), p.pseudonym());
          if (person.disclosed()) {
            exact.putIfAbsent(n.name(), n.name()); // kept as written; protects it from variants
          } else {
            exact.put(n.name(), person.pseudonym());
            boolean titled =
                Optional.ofNullable(entityById.get(p.entityId()))
                    .flatMap(LedgerRows.Entity::role)
                    .isPresent();
            if (!titled) {
              givenName(n.name()).ifPresent(v -> derived.putIfAbsent(v, person.pseudonym()));
            }
          }
        }
      }
    }
    alsoWithheld.forEach(exact::put);
    alsoWithheld.forEach(storage::putIfAbsent);
    derived.forEach(exact::putIfAbsent);
    derived.forEach(storage::putIfAbsent);
    Map<Long, String> otherEntities = new HashMap<>();
    entities.stream()
        .filter(e -> !identityById.containsKey(e.id()))
        .forEach(e -> otherEntities.put(e.id(), e.normalized()));
    // A retired person (no reading finds them, no reviewer decided about them) is listed nowhere,
    // but their names above stay withheld: retiring never discloses.
    Set<Long> retired =
        entities.stream()
            .filter(LedgerRows.Entity::retired)
            .map(LedgerRows.Entity::id)
            .collect(Collectors.toSet());
    return new Disclosure(
        byEntity,
        byPseudonym,
        otherEntities,
        retired,
        new NameRewriter(exact, byPseudonym),
        new NameRewriter(storage, Map.of()));
  }

  private static long survivor(Map<Long, LedgerRows.Entity> byId, long id) {
    long current = id;
    for (int hops = 0; hops < 64; hops++) { // a merge chain; 64 bounds a cycle made by hand
      LedgerRows.Entity e = byId.get(current);
      if (e == null || e.mergedInto().isEmpty()) {
        return current;
      }
      current = e.mergedInto().get();
    }
    return current;
  }

  private static String primaryName(LedgerRows.Identity p) {
    for (String kind : List.of("name", "reviewer", "written", "title")) {
      for (LedgerRows.PersonName n : p.names()) {
        if (n.kind().equals(kind)) {
          return n.name();
        }
      }
    }
    return p.pseudonym();
  }

  /** The given name alone of a full name: 김지은 → 지은, Kim Ji-eun → Ji-eun, Sora Han → Sora. */
  static Optional<String> givenName(String name) {
    String n = name.strip();
    if (n.matches("[가-힣]{3,4}")) {
      if (n.length() == 4 && HANGUL_SURNAMES_2.contains(n.substring(0, 2))) {
        return Optional.of(n.substring(2));
      }
      if (n.length() == 3 && HANGUL_SURNAMES_1.indexOf(n.charAt(0)) >= 0) {
        return Optional.of(n.substring(1));
      }
      return Optional.empty();
    }
    // n is stripped: no empty first or last word to keep or drop.
    String[] words = n.split("\\s+", -1);
    if (words.length == 2 && n.matches("[\\p{IsLatin}\\s'-]+")) {
      boolean familyFirst = LATIN_SURNAMES.contains(words[0].toLowerCase(Locale.ROOT));
      String given = familyFirst ? words[1] : words[0];
      return given.length() >= 3 ? Optional.of(given) : Optional.empty();
    }
    return Optional.empty();
  }

  /** How a person entity is shown: the name once disclosed, else the pseudonym. */
  public String label(long entityId) {
    Person p = byEntity.get(entityId);
    if (p != null) {
      return p.label();
    }
    String other = otherEntities.get(entityId);
    return other == null ? "E" + entityId : text(other);
  }

  /**
   * How a stored value is shown: a pseudonym as {@link #label(long)} shows its person, anything
   * else through {@link #text}.
   */
  public String label(String stored) {
    Person p = byPseudonym.get(stored);
    return p != null ? p.label() : text(stored);
  }

  /** The person of an entity (a merged spelling's survivor), if the entity is a person. */
  public Optional<Person> person(long entityId) {
    return Optional.ofNullable(byEntity.get(entityId));
  }

  /** The person a label or pseudonym stands for. */
  public Optional<Person> personLabelled(String labelOrPseudonym) {
    Person p = byPseudonym.get(labelOrPseudonym);
    if (p != null) {
      return Optional.of(p);
    }
    return byEntity.values().stream().filter(x -> x.label().equals(labelOrPseudonym)).findFirst();
  }

  /** Whether the entity's name may be shown. */
  public boolean discloses(long entityId) {
    Person p = byEntity.get(entityId);
    return p != null && p.disclosed();
  }

  /**
   * Every person, merged spellings folded, in entity order; not the retired ones (no reading finds
   * them and no reviewer decided about them), whose names are withheld all the same.
   */
  public List<Person> people() {
    return byEntity.values().stream()
        .distinct()
        .filter(p -> !retired.contains(p.entityId()))
        .sorted(Comparator.comparingLong(Person::entityId))
        .toList();
  }

  /**
   * {@code text} as an output may show it: withheld names become pseudonyms, disclosed people's
   * pseudonyms become their names.
   */
  public String text(String text) {
    return forOutput.rewrite(text);
  }

  /**
   * A recorded text (a custody entry's parameters) as it may be shown: withheld names become their
   * pseudonyms, and nothing else changes. Unlike {@link #text}, the pseudonyms it records stay
   * pseudonyms, so what is shown is what was hashed, and a field that records a pseudonym shows
   * one.
   */
  public String withhold(String text) {
    return forOutput.rewriteKeepingPseudonyms(text);
  }

  /**
   * {@code text} with every known person's name replaced by their pseudonym, disclosed or not: the
   * form quotes are stored in, so that the tables outside the identity table hold no names.
   */
  public String pseudonymise(String text) {
    return forStorage.rewrite(text);
  }

  /** Whether {@code s} is a pseudonym's form ({@code V-001}). */
  public static boolean isPseudonym(String s) {
    return PSEUDONYM.matcher(s).matches();
  }
}
