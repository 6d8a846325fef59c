package org.okju.ledger;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a person stands in a line: the clause around a position, whether a name is the subject of
 * what follows (Korean 가/이/은/는/께서, a name before an English verb) or its object (Korean 를/을, 한테,
 * 에게, 랑; a name after an English verb). Keeps the clause boundaries of the last line each thread
 * asked about; thread-safe.
 */
final class Clause {
  private static final Pattern BOUNDARY =
      Pattern.compile(
          // Not the dot of an initial or a title: J.W. Kang, Ms. Y. Noh, Mr. Tak.
          "(?<!\\b[A-Z])(?<!\\b(?:Mr|Ms|Dr|St))(?<!\\bMrs)[.;!?]\\s|[.;!?]$|\\s[-–—]\\s|\\n");
  private static final Pattern SUBJECT_PARTICLE =
      Pattern.compile("^(?:이(?=[가는]))?(?:씨|님|이형|형님|형|선배)?(?:이|가|께서|은|는)(?![가-힣])");
  private static final Pattern OBJECT_PARTICLE =
      Pattern.compile("^(?:씨|님|이형|형님|형|선배|이)?(?:를|을|한테서|에게서|한테|에게|께|이랑|랑|하고|와|과|을|쪽에서)");

  private static final Pattern KIN_APART =
      Pattern.compile("\\s(형님|형|선배님|선배|누나|언니|오빠)(?=[가-힣])([가-힣]*)");

  private Clause() {}

  /**
   * The clause boundaries of the line last asked about, on each thread. The rules ask for the
   * clause around every amount, name and verb of a line; scanning a long line (a PDF paragraph of
   * thousands of characters) again for each of them made reading one 330,000-character PDF take 84
   * s. The same string object gives the same matches, so the answers are those of a scan.
   */
  // Private, built once per line and never handed out or compared: its arrays are not shared.
  @SuppressWarnings("ArrayRecordComponent")
  private record Boundaries(String line, int[] starts, int[] ends) {}

  private static final ThreadLocal<Boundaries> LAST = new ThreadLocal<>();

  private static Boundaries boundaries(String line) {
    Boundaries b = LAST.get();
    // Identity: the rules pass the one line object around; comparing contents would scan a long
    // line again on every call, which is what this saves.
    @SuppressWarnings("ReferenceEquality")
    boolean other = b == null || b.line() != line;
    if (other) {
      Matcher m = BOUNDARY.matcher(line);
      List<int[]> found = new java.util.ArrayList<>();
      while (m.find()) {
        found.add(new int[] {m.start(), m.end()});
      }
      int[] starts = new int[found.size()];
      int[] ends = new int[found.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = found.get(i)[0];
        ends[i] = found.get(i)[1];
      }
      b = new Boundaries(line, starts, ends);
      LAST.set(b);
    }
    return b;
  }

  /** The start of the clause (sentence, or dash-separated part) holding {@code at}. */
  static int start(String line, int at) {
    int[] ends = boundaries(line).ends();
    int start = 0;
    for (int i = 0; i < ends.length && ends[i] <= at; i++) {
      start = ends[i];
    }
    return start;
  }

  /** The end of the clause holding {@code at}. */
  static int end(String line, int at) {
    for (int s : boundaries(line).starts()) {
      if (s >= at) {
        return s;
      }
    }
    return line.length();
  }

  /** The clause holding {@code at}. */
  static String around(String line, int at) {
    return line.substring(start(line, at), end(line, at));
  }

  /** The Korean particle right after a name ("" when none or in English). */
  static String particle(String line, Found<Person> p) {
    int e = p.end();
    int s = hangulEnd(line, e);
    String own = line.substring(e, s);
    // 현철이 형한테, 민수 형이: a kinship word written apart carries the particle.
    Matcher kin = KIN_APART.matcher(line.substring(s));
    if (own.matches("이?") && kin.lookingAt()) {
      return own + kin.group(1) + kin.group(2);
    }
    if (own.isEmpty()) {
      return particleAfterMarks(line, e);
    }
    return own;
  }

  // A nickname in quotes or with its emoji ("박사"한테서, 불곰🐻 형한테), a Latin name and its particle
  // written apart (Pablo 한테).
  private static final Pattern MARKS_BEFORE_PARTICLE =
      Pattern.compile("[\"'”’」』]+|(?:[\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}])+|\\s(?=[가-힣]{2})");

  private static String particleAfterMarks(String line, int end) {
    Matcher marks = MARKS_BEFORE_PARTICLE.matcher(line).region(end, line.length());
    if (!marks.lookingAt()) {
      return "";
    }
    int from = marks.end();
    String next = line.substring(from, hangulEnd(line, from));
    if (KoreanParticles.isParticle(next)) {
      return next;
    }
    Matcher kin = KIN_APART.matcher(line.substring(from));
    if (next.isEmpty() && kin.lookingAt()) {
      return kin.group(1) + kin.group(2);
    }
    return "";
  }

  // The end of the run of Hangul syllables starting at {@code from}.
  private static int hangulEnd(String line, int from) {
    int to = from;
    while (to < line.length() && line.charAt(to) >= '가' && line.charAt(to) <= '힣') {
      to++;
    }
    return to;
  }

  /** Whether the Korean name is marked as the subject (가, 이, 께서, 은, 는). */
  static boolean koreanSubject(String line, Found<Person> p) {
    return SUBJECT_PARTICLE.matcher(particle(line, p)).find();
  }

  /** Whether the Korean name is marked as an object or companion (를, 한테, 랑 …). */
  static boolean koreanObject(String line, Found<Person> p) {
    return OBJECT_PARTICLE.matcher(particle(line, p)).find();
  }

  // "짱구랑 둘이", "희수하고 같이": a companion doing it with the writer, not the one it is done to;
  // "유상철과 손재호가 … 태웠고": one of two subjects joined by 과/와, who did it together.
  private static final Pattern COMPANION =
      Pattern.compile(
          "^(?:씨|님|이형|형님|형|선배|이)?(?:이랑|랑|하고|와|과)\\s*(?:(?:같이|둘이|셋이|함께|나랑|나하고)(?![가-힣])"
              + "|[가-힣]{2,4}(?:이|가|은|는)\\s)");

  /** Whether the Korean name is marked as the writer's companion (짱구랑 둘이, 희수하고 같이). */
  static boolean koreanCompanion(String line, Found<Person> p) {
    return COMPANION.matcher(line.substring(p.end())).find();
  }

  /**
   * The person doing what {@code verb} (a match's start) says: in Korean the subject-marked name of
   * the clause before it; in English the name closest before it in the clause with no other word
   * class between that a subject would not have.
   */
  static Found<Person> agentOf(String line, int verb, List<Found<Person>> persons) {
    int from = start(line, verb);
    Found<Person> best = null;
    for (Found<Person> p : persons) {
      // A name running into the verb's match (the verb word read as part of a name) is no agent.
      if (p.start() < from || p.end() > verb) {
        continue;
      }
      String between = line.substring(p.end(), verb);
      // A Korean name with no particle is not marked as the subject: notes drop 를 as often as
      // 가, and a diary's subject is its writer (망원역에서 소율 만남).
      boolean korean = !particle(line, p).isEmpty() || p.value().name().matches("[가-힣].*");
      if (korean
          ? koreanSubject(line, p)
          : between.matches("(?:'s|\\s|,[^,]*,|\\s(?:had|has|then|also|just|was|is))*\\s*")
              // "Marco handled the camera", "Kyle ran the cam": his verb, then the thing.
              || between.matches(
                  "\\s+(?:handled|held|ran|had|worked|set up|operated|manned|brought|kept|took)"
                      + "\\s+(?:the|a|his|my|her|our)\\s+")
              // "Felix came by around 1am with the camera": he brought it, he filmed.
              || between.matches(
                  "\\s+(?:came|showed up|turned up|arrived)\\b[^.;,]{0,30}?\\bwith\\s+(?:the|a|his|my)\\s+")) {
        best = p;
      }
    }
    return best;
  }
}
