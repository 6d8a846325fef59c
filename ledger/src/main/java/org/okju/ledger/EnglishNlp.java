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
    try {
      this.tokenizer = new TokenizerME(new TokenizerModel(stream(TOKENS)));
      this.tagger = new POSTaggerME(new POSModel(stream(POS)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP models", e);
    }
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

  /** Runs of capitalised proper nouns (at most three tokens) in {@code line}. */
  List<NameRun> properNames(String line) {
    List<NameRun> out = new ArrayList<>();
    if (line.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
      return out;
    }
    Span[] spans = tokenizer.tokenizePos(line);
    String[] tokens = Span.spansToStrings(spans, line);
    String[] tags = tagger.tag(tokens);
    int i = 0;
    while (i < tokens.length) {
      if (isName(tokens[i], tags[i])) {
        int j = i;
        while (j + 1 < tokens.length && j - i < 2 && isName(tokens[j + 1], tags[j + 1])) {
          j++;
        }
        int s = spans[i].getStart();
        int e = spans[j].getEnd();
        out.add(new NameRun(s, e, line.substring(s, e)));
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean isName(String token, String tag) {
    return (tag.equals("PROPN") || tag.equals("NNP"))
        && token.length() > 1
        && Character.isUpperCase(token.charAt(0))
        && token.chars().skip(1).allMatch(Character::isLowerCase);
  }
}
