package org.okju.ledger;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a percentage goes to (issue 16): the person written next to it, in lists ({@code cut: Jin
 * 25%, Park 10 percent, the old man (Mr Seo) 45%}, {@code 몫: 삼촌 20%, 재석 15%, 나 65%}) and tables
 * ({@code 조현 / 30% / 90만}); the writer's own when "나", "내 몫", "me", "my cut" stand there; else the
 * subject of the clause ({@code Tomas keeps his 30%}, {@code Mr. Bae, who rents us the room, wants
 * 15%}). Never "the rest". Stateless.
 */
final class Shares {
  private static final Pattern SEPARATOR = Pattern.compile("[,;/→·|:]|\\s[-–—]\\s|\\band\\b|그리고");
  private static final Pattern SELF =
      Pattern.compile(
          "(?:^|[\\s(])(?:나|내\\s?몫|내몫|나\\s?몫|제\\s?몫|본인)(?:은|는|이|도)?\\s*$"
              + "|(?i:(?:^|\\s)(?:me|mine|my (?:cut|share|part))(?: is| was|:)?\\s*$"
              + "|(?:^|\\s)I(?: get| keep| take)?\\s*$)");
  private static final Pattern YOURS =
      Pattern.compile(
          "(?i)(?:^|\\s)(?:your|ur)(?: (?:cut|share|part|end))?(?: is|:)?\\s*$"
              // 나 40 너 60, 니 몫 30%: the other party's, in Korean
              + "|(?:^|[\\s(])(?:너|니|네\\s?몫|니\\s?몫|너\\s?몫)(?:은|는|도)?\\s*$");
  private static final Pattern REST = Pattern.compile("나머지|(?i:\\bthe rest\\b|\\bremainder\\b)");
  // Between a percentage and the one it goes to: said ("40% to Tank"), or nothing at all ("30%
  // Kim").
  private static final Pattern SAID_TO = Pattern.compile("(?i)\\s*(?:to|goes to|→)\\s*");
  private static final Pattern RIGHT_AFTER = Pattern.compile("(?i)\\s*(?:to|for|goes to|→)?\\s*");

  private Shares() {}

  /** The receiver of the percentage {@code p} of line {@code r}, if the line says who it is. */
  static Optional<String> receiver(LineReading r, Found<BigDecimal> p) {
    String line = r.line();
    int clauseStart = Math.max(r.textStart(), Clause.start(line, p.start()));
    int segStart = segmentStart(r, p);
    String seg = line.substring(segStart, p.start());
    if (REST.matcher(seg).find()) {
      return Optional.empty();
    }
    Found<Person> inSegment = null;
    for (Found<Person> x : r.persons()) {
      if (x.start() >= segStart && x.end() <= p.start()) {
        inSegment = x;
      }
    }
    if (r.row().isPresent()) {
      if (inSegment != null
          && r.row().get().at(inSegment.start()).equals(r.row().get().at(p.start()))) {
        // "1.8m rcvd. Jae 35%, Hoon 15%" in a notes cell: each to the name before it, not to
        // the row's first person.
        return Optional.of(inSegment.value().name());
      }
      Optional<String> rowPerson = r.persons().stream().findFirst().map(x -> x.value().name());
      if (rowPerson.isPresent()) {
        return rowPerson;
      }
      String first = r.row().get().cells().get(0).text();
      if (SELF.matcher(" " + first).find()) {
        return Optional.of(r.self()); // 나 / 50% / 150만
      }
    }
    if (SELF.matcher(seg).find() && (inSegment == null || selfAfter(seg, inSegment, segStart))) {
      return Optional.of(r.self());
    }
    if (inSegment != null) {
      return Optional.of(inSegment.value().name());
    }
    // "buyer, 1.1m agreed, 40% to Tank": a person the share is said to go to, right after it,
    // before the clause's subject (the buyer had been given Tank's share; session 32).
    Optional<String> to = personRightAfter(r, p, SAID_TO);
    if (to.isPresent()) {
      return to;
    }
    // The subject of the clause: the nearest person before it in the clause.
    Found<Person> before = null;
    for (Found<Person> x : r.persons()) {
      if (x.start() >= clauseStart && x.end() <= p.start()) {
        before = x;
      }
    }
    if (before != null) {
      return Optional.of(before.value().name());
    }
    // "30% to Kim": a person right after it.
    return personRightAfter(r, p, RIGHT_AFTER);
  }

  /**
   * Whether the percentage is written as the reader's ("your 40%", "your cut: 30%", "너 60"): in a
   * message to the other party of a chat, his.
   */
  static boolean yours(LineReading r, Found<BigDecimal> p) {
    return YOURS.matcher(r.line().substring(segmentStart(r, p), p.start())).find();
  }

  // Where the list item holding the percentage starts: after the last separator of its clause.
  private static int segmentStart(LineReading r, Found<BigDecimal> p) {
    String line = r.line();
    int segStart = Math.max(r.textStart(), Clause.start(line, p.start()));
    Matcher m = SEPARATOR.matcher(line);
    while (m.find() && m.end() <= p.start()) {
      if (m.end() > segStart && !inParentheses(line, m.start())) {
        segStart = m.end();
      }
    }
    return segStart;
  }

  // In "나 몫은" the self word follows any name in the segment.
  private static boolean selfAfter(String seg, Found<Person> person, int segStart) {
    Matcher m = SELF.matcher(seg);
    return m.find() && segStart + m.start() >= person.end() - 1;
  }

  private static boolean inParentheses(String line, int at) {
    int open = line.lastIndexOf('(', at);
    int close = line.lastIndexOf(')', at);
    return open > close && line.indexOf(')', at) > at;
  }

  /** The amount a share is of: the row's amount in a table, else the line's only amount. */
  static Optional<Money> amount(LineReading r, Found<BigDecimal> p) {
    if (r.row().isPresent()) {
      return r.money().stream().findFirst().map(Found::value);
    }
    return r.money().size() == 1
            && !Cues.in(Cues.GIVE, r.line())
            && !Cues.in(Cues.RECEIVE, r.line())
        ? Optional.of(r.money().get(0).value())
        : Optional.empty();
  }

  /** The person right after {@code p} in its clause, nothing but {@code gap} between. */
  private static Optional<String> personRightAfter(
      LineReading r, Found<BigDecimal> p, Pattern gap) {
    String line = r.line();
    int clauseEnd = Clause.end(line, p.end());
    for (Found<Person> x : r.persons()) {
      if (x.start() >= p.end()
          && x.start() < clauseEnd
          && gap.matcher(line.substring(p.end(), x.start())).matches()) {
        return Optional.of(x.value().name());
      }
    }
    return Optional.empty();
  }
}
