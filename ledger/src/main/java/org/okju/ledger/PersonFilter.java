package org.okju.ledger;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The learnt doubt on the rules' people: a person the rules read, who takes part in no suggested
 * fact, and whom the {@link PersonModel} (resource {@code person-model.tsv}, trained on the
 * development documents as the rules read them before each round's fixes, that is on text the rules
 * had never seen) finds less likely than its threshold to be a person, is flagged {@link
 * #DOUBTFUL}: not a person of the reading. Its mentions stay, so that the identity table still
 * holds the name and every output still pseudonymises it (a victim the filter doubts wrongly keeps
 * her name withheld); a person a fact names is never doubted. Not thread-safe (Nori, OpenNLP).
 */
final class PersonFilter {
  /** The flag of a name given under a label saying who she is (the offender's hunting words). */
  private static final String LABEL_FLAG = "label";

  private static final java.util.regex.Pattern LATIN =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z\\-]*(?: [A-Za-z][A-Za-z\\-]*)?");

  /** The flag of a doubted person's mentions. */
  static final String DOUBTFUL = "doubtful-person";

  static final String MODEL_RESOURCE = "/org/okju/ledger/person-model.tsv";
  private static final PersonModel MODEL = load();

  private final PersonCandidates candidates = new PersonCandidates();

  private static PersonModel load() {
    try (InputStream in = PersonFilter.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("person model missing from the class path");
      }
      return PersonModel.read(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the person model", e);
    }
  }

  /** The entities with the doubted people's mentions flagged. */
  List<EntityMention> apply(Extraction x, DocumentText doc) {
    Set<String> parties = new HashSet<>();
    for (SuggestedFact f : x.facts()) {
      f.subject().ifPresent(parties::add);
      f.object().ifPresent(parties::add);
    }
    // A name a contact card saves is a person whatever word it is (ContactCards), and so is the
    // writer of a chat's messages: someone wrote them, whatever word their display name is (석구,
    // hunter_kr). The filter learnt from names in sentences, where a word may be no one.
    for (EntityMention e : x.entities()) {
      if (e.type() == EntityType.PERSON
          && (e.flags().contains(ContactCards.CONTACT_FLAG)
              || e.flags().contains(LedgerExtractor.CHAT_WRITER_FLAG)
              // A woman the offender names under his hunting words, in a list too (prey: Hana,
              // Somi), is never doubted away: victim-first, as a party to a fact is not. Only a
              // name in Latin letters, which that rule reads only when shaped as a name; a Korean
              // word after 물고기 may be any word (물고기 누구였지), and the filter stays its judge.
              || (e.flags().contains(LABEL_FLAG) && LATIN.matcher(e.normalized()).matches())
              // An item of a list with a person in it (명단: 다온, 수린, 하니) is listed as she is.
              || e.flags().contains(ListedPeople.LISTED_FLAG)
              // A name another stands for (별 = 나래; Bella = 벨라, real name 한보람) is written down
              // on purpose as someone's.
              || e.flags().stream().anyMatch(f -> f.startsWith(PeopleResolver.ALIAS_FLAG))
              // So is a name a naming phrase gives her ("Yerin called her Sunny"): the word may be
              // an adjective elsewhere, but here it is said to be what she is called.
              || e.flags().contains(EnglishNames.NAMED_AS_FLAG)
              // A romanised Korean given name (Dahye, hayeon, Ye-eun): shaped as no English word,
              // in these documents it is a woman's name wherever the rules read it ("Sat next to
              // Dahye all night", "Thanks to Nari"), and the filter, which learnt from words that
              // may be no one, doubted her once written (session 32).
              || RomanisedNames.givenNameShaped(e.normalized()))) {
        parties.add(e.normalized());
      }
    }
    List<PersonCandidates.RulesPerson> rules = PersonCandidates.RulesPerson.of(x);
    Set<String> judged = new HashSet<>();
    rules.stream().map(PersonCandidates.RulesPerson::name).forEach(judged::add);
    judged.removeAll(parties);
    Set<String> doubted = new HashSet<>();
    // A record of interview's interviewee is its author, who answers in the first person: his name
    // in the header is no one else the lines speak of (doubted, so it stays withheld all the same).
    TranscriptSubject.of(doc.text())
        .filter(name -> !parties.contains(name))
        .ifPresent(doubted::add);
    if (!judged.isEmpty()) {
      for (PersonCandidates.Candidate c : candidates.of(doc, rules, judged)) {
        if (c.byRules() && MODEL.probability(c.features()) < MODEL.threshold()) {
          doubted.add(c.name());
        }
      }
    }
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention e : x.entities()) {
      if (e.type() == EntityType.PERSON && doubted.contains(e.normalized())) {
        List<String> flags = new ArrayList<>(e.flags());
        flags.add(DOUBTFUL);
        out.add(e.withFlags(flags));
      } else {
        out.add(e);
      }
    }
    return out;
  }
}
