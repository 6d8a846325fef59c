package org.okju.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a diary or ledger (Korean, English or mixed) into entity mentions and suggested facts, line
 * by line, each with its provenance. The public entry point of the ledger's extraction.
 *
 * <p>Order inside a line matters and is fixed: dates and times first (so that {@code 5월 3일} is
 * never read as numbers), then phones, accounts and tapes, then places and drugs, then percentages,
 * then money, and people last, on the line with everything else masked out.
 *
 * <p>Not thread-safe (Nori's tokenizer and OpenNLP's taggers are not): one per thread. Loading the
 * models takes about a second; reuse an instance for many documents.
 */
public final class LedgerExtractor {
  private static final Pattern ABOUT_VICTIM =
      Pattern.compile(
          "불러|만남|만났|데려|촬영|찍|녹화|피해자|(?i:\\bmet\\b|\\bsummoned\\b|\\bfilmed\\b|\\brecorded\\b|\\bvictim\\b)");

  private final PersonReader persons;
  private final String defaultCurrency;

  /** An extractor whose amounts without a currency are Korean won. */
  public LedgerExtractor() {
    this("KRW");
  }

  /** An extractor whose amounts without a currency are in {@code defaultCurrency}. */
  public LedgerExtractor(String defaultCurrency) {
    this.persons = new PersonReader(new KoreanMorphology(), new EnglishNlp());
    this.defaultCurrency = defaultCurrency;
  }

  /** Reads one document. */
  public Extraction extract(DocumentText doc) {
    List<EntityMention> entities = new ArrayList<>();
    List<SuggestedFact> facts = new ArrayList<>();
    Set<String> victims = new LinkedHashSet<>();
    FactRules rules = new FactRules(victims);
    Optional<LocalDate> entryDate = Optional.empty();
    Optional<Integer> year = Optional.empty();
    int offset = 0;
    for (int p = 0; p < doc.pages().size(); p++) {
      String[] lines = doc.pages().get(p).split("\n", -1);
      for (int n = 0; n < lines.length; n++) {
        String line = lines[n];
        List<Found<Temporal>> temporals = DateReader.find(line, entryDate, year);
        for (Found<Temporal> t : temporals) {
          if (t.value().date().isPresent()) {
            if (t.value().heading()) {
              entryDate = t.value().date();
              rules.newEntry();
              temporals = DateReader.find(line, entryDate, year);
            }
            year = Optional.of(t.value().date().get().getYear());
            break;
          }
        }
        String masked = mask(line, temporals);
        List<Found<Named>> things = new ArrayList<>(ThingReader.identifiers(masked));
        masked = mask(masked, things);
        List<Found<Named>> words = ThingReader.words(masked);
        things.addAll(words);
        masked = mask(masked, words);
        List<Found<BigDecimal>> percents = PercentReader.find(masked);
        masked = mask(masked, percents);
        List<Found<Money>> money = MoneyReader.find(masked, defaultCurrency);
        masked = mask(masked, money);
        List<Found<Person>> people = persons.find(masked, ABOUT_VICTIM.matcher(line).find());
        LineReading reading =
            new LineReading(line, entryDate, temporals, things, percents, money, people);
        Span lineSpan = new Span(p + 1, n + 1, offset, offset + line.length(), line);
        facts.addAll(rules.build(reading, lineSpan));
        mentions(reading, rules.cues(), p + 1, n + 1, offset, entities);
        offset += line.length() + 1; // the \n, or the \f between pages after the last line
      }
    }
    return new Extraction(doc.name(), entities, facts, doc.warnings());
  }

  private static void mentions(
      LineReading r,
      Map<Integer, RoleCue> cues,
      int page,
      int line,
      int offset,
      List<EntityMention> out) {
    List<EntityMention> row = new ArrayList<>();
    for (Found<Temporal> t : r.temporals()) {
      row.add(mention(r, page, line, offset, t, t.value().type(), t.value().normalized(), null));
    }
    for (Found<Named> t : r.things()) {
      row.add(mention(r, page, line, offset, t, t.value().type(), t.value().normalized(), null));
    }
    for (Found<BigDecimal> t : r.percents()) {
      row.add(
          mention(r, page, line, offset, t, EntityType.PERCENT, t.value().toPlainString(), null));
    }
    for (Found<Money> t : r.money()) {
      row.add(
          mention(
              r,
              page,
              line,
              offset,
              t,
              EntityType.MONEY,
              t.value().value().toPlainString(),
              t.value().currency()));
    }
    for (Found<Person> t : r.persons()) {
      EntityMention m =
          mention(r, page, line, offset, t, EntityType.PERSON, t.value().name(), null);
      Optional<RoleCue> cue =
          Optional.ofNullable(cues.get(t.start()))
              .or(
                  () ->
                      t.value()
                          .role()
                          .filter(PersonReader::isAccompliceTitle)
                          .map(title -> new RoleCue(PersonRole.ACCOMPLICE, title)));
      row.add(
          new EntityMention(
              m.type(),
              m.value(),
              m.normalized(),
              t.value().role(),
              m.currency(),
              m.span(),
              m.confidence(),
              m.flags(),
              cue));
    }
    row.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    out.addAll(row);
  }

  private static EntityMention mention(
      LineReading r,
      int page,
      int line,
      int offset,
      Found<?> f,
      EntityType type,
      String normalized,
      String currency) {
    String text = r.line().substring(f.start(), f.end());
    Span span = new Span(page, line, offset + f.start(), offset + f.end(), text);
    return new EntityMention(
        type,
        text,
        normalized,
        Optional.empty(),
        Optional.ofNullable(currency),
        span,
        f.confidence(),
        f.flags(),
        Optional.empty());
  }

  private static String mask(String line, List<? extends Found<?>> found) {
    char[] c = line.toCharArray();
    for (Found<?> f : found) {
      for (int i = f.start(); i < f.end() && i < c.length; i++) {
        c[i] = ' ';
      }
    }
    return new String(c);
  }
}
