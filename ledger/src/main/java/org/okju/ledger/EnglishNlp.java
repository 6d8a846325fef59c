package org.okju.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * English tokens and parts of speech from Apache OpenNLP with the Universal Dependencies EWT models
 * shipped as Maven artifacts (opennlp-models-*-en 1.3.0); nothing is downloaded at run time. Used
 * to find runs of proper nouns ({@code PROPN}) as candidate names. Not thread-safe (the OpenNLP *ME
 * classes are not).
 */
final class EnglishNlp {
  /** A run of proper nouns in a line. */
  record NameRun(int start, int end, String text) {}

  private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;

  EnglishNlp() {
    this.tokenizer = new TokenizerME(Models.TOKENIZER);
    this.tagger = new POSTaggerME(Models.TAGGER);
  }

  /**
   * The models, read once per process on first use and shared by every instance: OpenNLP's {@code
   * *Model} classes are immutable and thread-safe, its {@code *ME} classes are not. An extractor
   * holds two instances (the person candidates and the quotes' safety net), which had each read and
   * parsed both models.
   */
  private static final class Models {
    static final TokenizerModel TOKENIZER;
    static final POSModel TAGGER;

    static {
      try {
        TOKENIZER = new TokenizerModel(stream(TOKENS));
        TAGGER = new POSModel(stream(POS));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the OpenNLP models", e);
      }
    }

    private Models() {}
  }

  private static InputStream stream(String name) {
    InputStream in = EnglishNlp.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model missing from the class path: " + name);
    }
    try (in) {
      return new java.io.ByteArrayInputStream(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
    }
  }

  /** A word: tokens the tokenizer split inside a hyphenated name joined again. */
  private record Word(int start, int end, String text, boolean proper) {}

  private static final java.util.regex.Pattern NAME_WORD =
      java.util.regex.Pattern.compile("[A-Z][a-z]+(?:-(?:[A-Za-z][a-z]+|[aeiou](?![A-Za-z])))*");

  /**
   * Runs of capitalised proper nouns (at most three words) in {@code line}. A hyphenated given name
   * the tokenizer splits ({@code Jae-} {@code hee}) is one word again, and a possessive {@code 's}
   * is not part of the name.
   */
  List<NameRun> properNames(String line) {
    List<NameRun> out = new ArrayList<>();
    if (line.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
      return out;
    }
    List<Word> words = words(line);
    int i = 0;
    while (i < words.size()) {
      if (isName(words.get(i))) {
        int j = i;
        while (j + 1 < words.size()
            && j - i < 2
            && isName(words.get(j + 1))
            && words.get(j + 1).start() == words.get(j).end() + 1
            && line.charAt(words.get(j).end()) == ' ') {
          j++;
        }
        int s = words.get(i).start();
        int e = words.get(j).end();
        out.add(new NameRun(s, e, line.substring(s, e)));
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private List<Word> words(String line) {
    Span[] spans = tokenizer.tokenizePos(line);
    String[] tokens = Span.spansToStrings(spans, line);
    String[] tags = tagger.tag(tokens);
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < tokens.length) {
      int start = spans[i].getStart();
      int end = spans[i].getEnd();
      boolean proper = tags[i].startsWith("PROPN") || tags[i].equals("NNP");
      while (i + 1 < tokens.length
          && spans[i + 1].getStart() == end
          && (line.charAt(end - 1) == '-' || line.charAt(end) == '-')) {
        i++;
        end = spans[i].getEnd();
      }
      String text = line.substring(start, end);
      if (text.endsWith("'s") || text.endsWith("\u2019s")) {
        end -= 2;
        text = text.substring(0, text.length() - 2);
      }
      words.add(new Word(start, end, text, proper));
      i++;
    }
    return words;
  }

  private static boolean isName(Word w) {
    return w.proper() && NAME_WORD.matcher(w.text()).matches();
  }

  /** How the tagger reads one word in a neutral frame: its tag and the tag's probability. */
  record WordTag(String tag, double probability) {}

  /**
   * The tag of {@code word} alone in a neutral frame ("they said WORD again"): a common word in
   * lower case ("statement", "reports") is read as a noun or verb with confidence, a name is not;
   * the tagger's vocabulary is the nearest thing to an English dictionary okju carries.
   */
  WordTag alone(String word) {
    String[] frame = {"they", "said", word, "again", "."};
    String[] tags = tagger.tag(frame);
    double[] p = tagger.probs();
    return new WordTag(tags[2], p[2]);
  }

  /** Tokens and tags of a line, for development. */
  String debug(String line) {
    Span[] spans = tokenizer.tokenizePos(line);
    String[] tokens = Span.spansToStrings(spans, line);
    String[] tags = tagger.tag(tokens);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      b.append(tokens[i]).append('/').append(tags[i]).append(' ');
    }
    return b.toString();
  }
}
