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
          "(?m)^\\s*(?:Interviewee|Suspect|Witness|Name of (?:suspect|witness)|피의자|진술인|참고인|피조사자)"
              + "\\s*[:：]\\s*(?<name>[가-힣]{2,4}|[A-Z][A-Za-z\\-]+(?: [A-Z][A-Za-z\\-]+){0,2})"
              + "(?=\\s|$|[(,])");
  private static final Pattern QUESTION = Pattern.compile("(?m)^\\s*(?:Q|문)\\s*[:：.]");
  private static final Pattern ANSWER = Pattern.compile("(?m)^\\s*(?:A|답)\\s*[:：.]");

  private TranscriptSubject() {}

  /** The interviewee's name as the header writes it, when the text is such a transcript. */
  static Optional<String> of(String text) {
    Matcher h = HEADER.matcher(text);
    if (!h.find() || count(QUESTION, text) < 2 || count(ANSWER, text) < 2) {
      return Optional.empty();
    }
    return Optional.of(h.group("name"));
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
