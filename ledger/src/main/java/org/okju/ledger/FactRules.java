package org.okju.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds suggested facts from one line's entities and cue words (Korean and English). Holds the
 * context of the current diary entry (its last victim and place), since an entry often spreads one
 * event over several lines. Not thread-safe: one per document.
 */
final class FactRules {
  private static final Pattern GIVE =
      Pattern.compile(
          "줬|줌|주었|줘|건넴|건넸|건네|보냄|보냈|송금|이체|지급|전달|상납|입금(?!받)|(?i:\\bpaid\\b|\\bpay\\b|\\bgave\\b"
              + "|\\bsent\\b|\\bwired\\b|\\btransferred\\b|\\bhanded\\b)|→|->");
  private static final Pattern RECEIVE =
      Pattern.compile(
          "받음|받았|받아|받기|입금받|수금|뜯|챙김|챙겼|(?i:\\breceived\\b|\\bgot\\b|\\bcollected\\b|\\btook in\\b)");
  private static final Pattern MEET =
      Pattern.compile(
          "불러냄|불러냈|불러|만남|만났|데려감|데려갔|데리고|호출|픽업|(?i:\\bmet\\b|\\bmeet\\b|\\bsummoned\\b"
              + "|\\bcalled\\b|\\bpicked up\\b|\\bbrought\\b|\\btook her\\b)");
  private static final Pattern RECORD =
      Pattern.compile(
          "촬영|찍음|찍었|찍어|녹화|몰카|(?i:\\brecorded\\b|\\bfilmed\\b|\\bshot\\b|\\btaped\\b|\\brecording\\b"
              + "|\\bfilming\\b)");
  private static final Pattern MINE =
      Pattern.compile("내\\s?몫|나\\s|(?i:\\bmy (?:cut|share)\\b|\\bme\\b|\\bmine\\b)");
  private static final Set<String> ENGLISH_ACCOMPLICE_ROLES =
      Set.of(
          "pharmacist",
          "boss",
          "aide",
          "manager",
          "driver",
          "brother",
          "uncle",
          "director",
          "chief",
          "supplier");

  private Optional<String> lastVictim = Optional.empty();
  private Optional<String> lastPlace = Optional.empty();
  private final Set<String> victims;
  // The role each person of the current line was given, by the name's start in the line.
  private final java.util.Map<Integer, RoleCue> cues = new java.util.HashMap<>();

  /**
   * @param victims receives the names of people found to be victims
   */
  FactRules(Set<String> victims) {
    this.victims = victims;
  }

  /** A new entry (a dated heading) starts: context from the previous one no longer applies. */
  void newEntry() {
    lastVictim = Optional.empty();
    lastPlace = Optional.empty();
  }

  /** The facts of one line; {@code span} is the line's provenance. */
  List<SuggestedFact> build(LineReading r, Span span) {
    cues.clear();
    List<SuggestedFact> out = new ArrayList<>();
    String line = r.line();
    Optional<String> place =
        r.things(EntityType.PLACE).stream().findFirst().map(f -> f.value().normalized());
    Optional<String> victim =
        r.persons().stream()
            .filter(p -> isVictimCandidate(p.value()))
            .map(p -> p.value().name())
            .findFirst();
    boolean meets = MEET.matcher(line).find();
    boolean records = RECORD.matcher(line).find();
    if (victim.isPresent() && (meets || records || isMarkedVictim(r))) {
      victims.add(victim.get());
      lastVictim = victim;
      String word = victimCue(line);
      String name = victim.get();
      r.persons().stream()
          .filter(p -> p.value().name().equals(name))
          .forEach(p -> cues.put(p.start(), new RoleCue(PersonRole.VICTIM, word)));
    }
    victim = victim.filter(victims::contains);
    place.ifPresent(p -> lastPlace = Optional.of(p));
    Optional<String> date = r.date();

    if (meets && (victim.isPresent() || place.isPresent())) {
      Optional<String> who = victim.or(() -> lastVictim);
      double c = victim.isPresent() && place.isPresent() ? 0.85 : 0.6;
      out.add(
          fact(
              FactType.MEETING,
              who,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              date,
              place.or(() -> lastPlace),
              span,
              c));
    }
    if (records) {
      Optional<String> who = victim.or(() -> lastVictim);
      List<Found<Named>> tapes = r.things(EntityType.TAPE);
      Optional<String> tape = tapes.stream().findFirst().map(t -> t.value().normalized());
      if (who.isPresent() || tape.isPresent()) {
        double c = who.isPresent() && tape.isPresent() ? 0.85 : 0.6;
        out.add(
            fact(
                FactType.RECORDING,
                who,
                tape,
                Optional.empty(),
                Optional.empty(),
                date,
                place.or(() -> lastPlace),
                span,
                c));
      }
    }
    for (Found<Named> drug : r.things(EntityType.DRUG)) {
      Optional<String> supplier =
          r.persons().stream()
              .filter(
                  p ->
                      p.value()
                          .role()
                          .map(x -> x.equals("약사") || x.equals("pharmacist"))
                          .orElse(false))
              .findFirst()
              .or(
                  () ->
                      r.persons().stream()
                          .filter(p -> !victims.contains(p.value().name()))
                          .findFirst())
              .map(p -> p.value().name());
      if (supplier.isPresent()) {
        cue(r, supplier.get(), PersonRole.ACCOMPLICE, drug.value().value());
        out.add(
            fact(
                FactType.SUPPLY,
                supplier,
                Optional.of(drug.value().normalized()),
                r.money().stream().findFirst().map(Found::value),
                Optional.empty(),
                date,
                place,
                span,
                0.8));
      }
    }
    if (!r.percents().isEmpty()) {
      shares(r, victim, date, span, out);
    } else {
      payments(r, victim, date, span, out);
    }
    return out;
  }

  private void shares(
      LineReading r,
      Optional<String> victim,
      Optional<String> date,
      Span span,
      List<SuggestedFact> out) {
    Optional<Money> deal =
        r.money().size() == 1 ? Optional.of(r.money().get(0).value()) : Optional.empty();
    Optional<String> of = victim.or(() -> lastVictim);
    for (Found<BigDecimal> p : r.percents()) {
      Optional<String> who = receiver(r, p.start(), p.end());
      who.ifPresent(w -> cue(r, w, PersonRole.ACCOMPLICE, "share"));
      double c = who.isPresent() ? 0.8 : 0.5;
      SuggestedFact f =
          fact(
              FactType.SHARE,
              who,
              of,
              deal,
              Optional.of(p.value()),
              date,
              Optional.empty(),
              span,
              c);
      out.add(who.isPresent() ? f : flagged(f, "receiver-unknown"));
    }
  }

  /** The person a percentage belongs to: the nearest non-victim before it, else after it. */
  private Optional<String> receiver(LineReading r, int start, int end) {
    Found<Person> before = null;
    for (Found<Person> p : r.persons()) {
      if (p.end() <= start && !victims.contains(p.value().name())) {
        before = p;
      }
    }
    int mine = -1;
    var m = MINE.matcher(r.line());
    while (m.find()) {
      if (m.end() <= start) {
        mine = m.start();
      }
    }
    if (mine >= 0 && (before == null || mine > before.end())) {
      return Optional.of(SuggestedFact.AUTHOR);
    }
    if (before != null) {
      return Optional.of(before.value().name());
    }
    return r.persons().stream()
        .filter(p -> p.start() >= end && !victims.contains(p.value().name()))
        .findFirst()
        .map(p -> p.value().name());
  }

  private void payments(
      LineReading r,
      Optional<String> victim,
      Optional<String> date,
      Span span,
      List<SuggestedFact> out) {
    String line = r.line();
    boolean give = GIVE.matcher(line).find();
    boolean receive = RECEIVE.matcher(line).find();
    for (Found<Money> money : r.money()) {
      Found<Person> counter = nearest(r.persons(), money.start());
      if (counter == null) {
        if (receive && victim.isEmpty()) {
          continue;
        }
        if (victim.isEmpty()) {
          continue;
        }
      }
      String other = counter != null ? counter.value().name() : victim.get();
      Optional<String> from;
      Optional<String> to;
      double c = 0.75;
      String after = counter == null ? "" : line.substring(counter.end()).stripLeading();
      String before =
          counter == null
              ? ""
              : line.substring(0, counter.start()).toLowerCase(java.util.Locale.ROOT);
      if (line.contains("→") || line.contains("->")) {
        List<Found<Person>> ps = r.persons();
        int arrow = Math.max(line.indexOf('→'), line.indexOf("->"));
        Optional<String> left =
            ps.stream()
                .filter(p -> p.end() <= arrow)
                .reduce((a, b) -> b)
                .map(p -> p.value().name());
        Optional<String> right =
            ps.stream().filter(p -> p.start() > arrow).findFirst().map(p -> p.value().name());
        from = left.or(() -> Optional.of(SuggestedFact.AUTHOR));
        to = right.or(() -> Optional.of(SuggestedFact.AUTHOR));
      } else if (after.matches("^(씨|님|이)?\\s?(에게서|한테서|로부터|께서).*")
          || before.matches(".*\\bfrom\\s*$")) {
        from = Optional.of(other);
        to = Optional.of(SuggestedFact.AUTHOR);
      } else if (after.matches("^(씨|님|이)?\\s?(에게|한테|께).*")
          || before.matches(".*\\b(to|paid|gave|pay)\\s*$")) {
        boolean fromThem = receive && !give && after.matches("^(씨|님|이)?\\s?한테.*");
        // "박실장이 김약사에게 10만원 줌": the payer is the subject before the payee.
        Optional<String> payer =
            r.persons().stream()
                .filter(p -> p.end() <= counter.start())
                .filter(p -> line.substring(p.end()).matches("^(씨|님)?(이|가|은|는)\\s.*"))
                .reduce((a, b) -> b)
                .map(p -> p.value().name());
        from = Optional.of(fromThem ? other : payer.orElse(SuggestedFact.AUTHOR));
        to = Optional.of(fromThem ? SuggestedFact.AUTHOR : other);
      } else if (after.matches("^(씨|님)?\\s?(이|가|은|는)\\s.*")
          || after.matches("^(?i)(paid|gave|sent)\\b.*")) {
        from = Optional.of(receive && !give ? SuggestedFact.AUTHOR : other);
        to = Optional.of(receive && !give ? other : SuggestedFact.AUTHOR);
        if (!receive && !give) {
          c = 0.5;
        }
      } else if (victims.contains(other) || receive && !give) {
        from = Optional.of(other);
        to = Optional.of(SuggestedFact.AUTHOR);
        c = give || receive ? 0.7 : 0.55;
      } else {
        from = Optional.of(SuggestedFact.AUTHOR);
        to = Optional.of(other);
        c = give ? 0.7 : 0.5;
      }
      for (Optional<String> party : List.of(from, to)) {
        party
            .filter(p -> !victims.contains(p))
            .ifPresent(p -> cue(r, p, PersonRole.ACCOMPLICE, give ? "paid" : "payment"));
      }
      out.add(
          fact(
              FactType.PAYMENT,
              from,
              to,
              Optional.of(money.value()),
              Optional.empty(),
              date,
              Optional.empty(),
              span,
              c * money.confidence() / 0.95));
    }
  }

  /** The role each person of the last line built was given, by where the name starts. */
  java.util.Map<Integer, RoleCue> cues() {
    return java.util.Map.copyOf(cues);
  }

  private void cue(LineReading r, String name, PersonRole role, String word) {
    for (Found<Person> p : r.persons()) {
      if (p.value().name().equals(name)) {
        cues.putIfAbsent(p.start(), new RoleCue(role, word));
      }
    }
  }

  private static String victimCue(String line) {
    for (Pattern p : List.of(MEET, RECORD)) {
      var m = p.matcher(line);
      if (m.find()) {
        return m.group();
      }
    }
    return PersonReader.VICTIM_WORDS.stream().filter(line::contains).findFirst().orElse("victim");
  }

  /** The person closest before {@code at} (or after, when none is before). */
  private static Found<Person> nearest(List<Found<Person>> persons, int at) {
    Found<Person> best = null;
    for (Found<Person> p : persons) {
      if (p.end() <= at) {
        best = p;
      }
    }
    if (best == null) {
      best = persons.stream().filter(p -> p.start() >= at).findFirst().orElse(null);
    }
    return best;
  }

  private boolean isVictimCandidate(Person p) {
    return p.role().map(r -> PersonReader.VICTIM_WORDS.contains(r) || r.equals("girl")).orElse(true)
            && p.role()
                .map(
                    r ->
                        !ENGLISH_ACCOMPLICE_ROLES.contains(r)
                            && !PersonReader.KOREAN_ROLES.contains(r))
                .orElse(true)
        || victims.contains(p.name());
  }

  private static boolean isMarkedVictim(LineReading r) {
    return r.persons().stream()
        .anyMatch(
            p ->
                p.value()
                    .role()
                    .map(x -> x.equals("피해자") || x.equals("victim") || x.equals("girl"))
                    .orElse(false));
  }

  private static SuggestedFact fact(
      FactType type,
      Optional<String> subject,
      Optional<String> object,
      Optional<Money> amount,
      Optional<BigDecimal> percent,
      Optional<String> date,
      Optional<String> place,
      Span span,
      double confidence) {
    List<String> flags = date.isEmpty() ? List.of("date-unknown") : List.of();
    return new SuggestedFact(
        type,
        subject,
        object,
        amount,
        percent,
        date,
        place,
        span,
        Math.min(0.99, Math.round(confidence * 100) / 100.0),
        flags);
  }

  private static SuggestedFact flagged(SuggestedFact f, String flag) {
    List<String> flags = new ArrayList<>(f.flags());
    flags.add(flag);
    return new SuggestedFact(
        f.type(),
        f.subject(),
        f.object(),
        f.amount(),
        f.percent(),
        f.date(),
        f.place(),
        f.span(),
        f.confidence(),
        flags);
  }
}
