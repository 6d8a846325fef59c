package org.okju.ledger;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one a record of interview is about: the name its header gives the interviewee ({@code
 * Interviewee: Han Ji-seok}, {@code 피의자: 오태민}, {@code 진술인: …}) when the document goes on in
 * questions and answers ({@code Q:}/{@code A:}, {@code 문:}/{@code 답:}). The answers are his, in the
 * first person, so he is the document's author, whom the corpus never lists as a person; the header
 * alone, without questions and answers, says nothing of whose the lines are. Stateless.
 */
final class TranscriptSubject {
  private static final Pattern HEADER =
      Pattern.compile(
          "(?m)^\\s*(?:Interviewee(?: name)?|Person interviewed|Suspect|Witness"
              + "|Name of (?:suspect|witness|interviewee)|피의자|진술인|참고인|피조사자)"
              + "\\s*[:：]\\s*(?<name>[가-힣]{2,4}|[A-Z][A-Za-z\\-]+(?: [A-Z][A-Za-z\\-]+){0,2})"
              + "(?=\\s|$|[(,])");
  private static final Pattern QUESTION = Pattern.compile("(?m)^\\s*(?:Q|문)\\s*[:：.]");
  private static final Pattern ANSWER = Pattern.compile("(?m)^\\s*(?:A|답)\\s*[:：.]");
  // A speaker's label opening a line, as a record of taped interview names its speakers in
  // capitals instead of Q and A: "DC MORRIS: …", "BAEK: …", "MS PRICE: …".
  private static final Pattern SPEAKER =
      Pattern.compile("(?m)^\\s*(?<label>(?:[A-Z][A-Za-z]{0,3}\\.?\\s)?[A-Z][A-Z\\-]+)\\s?:");

  private TranscriptSubject() {}

  /** The interviewee's name as the header writes it, when the text is such a transcript. */
  static Optional<String> of(String text) {
    Matcher h = HEADER.matcher(text);
    if (!h.find()) {
      return Optional.empty();
    }
    String name = h.group("name");
    boolean questionsAndAnswers = count(QUESTION, text) >= 2 && count(ANSWER, text) >= 2;
    return questionsAndAnswers || labelledSpeakers(name, text)
        ? Optional.of(name)
        : Optional.empty();
  }

  /**
   * Whether the lines are spoken under labels in capitals, at least two under a word of the
   * interviewee's name (his surname: BAEK for BAEK Seung-ho) and two under another's (the
   * officer's): then the lines under his label are his answers, as A: lines are.
   */
  private static boolean labelledSpeakers(String name, String text) {
    java.util.Set<String> own = new java.util.HashSet<>();
    for (String w : name.split("\\s+", -1)) {
      own.add(w.toUpperCase(java.util.Locale.ROOT));
    }
    int his = 0;
    int others = 0;
    Matcher m = SPEAKER.matcher(text);
    while (m.find()) {
      String label = m.group("label");
      String last = label.substring(label.lastIndexOf(' ') + 1);
      if (label.indexOf(' ') < 0 && own.contains(label.toUpperCase(java.util.Locale.ROOT))) {
        his++;
      } else if (!own.contains(last.toUpperCase(java.util.Locale.ROOT))) {
        others++;
      }
    }
    return his >= 2 && others >= 2;
  }

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
