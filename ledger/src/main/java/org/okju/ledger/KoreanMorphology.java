package org.okju.ledger;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Korean word structure from Lucene's Nori (mecab-ko-dic): splits an eojeol (a space-separated
 * word) into morphemes with parts of speech, so that particles (은/는/이/가/을/를/에게/한테/의, tags J*) and
 * honorific suffixes (씨/님) come off a name. Only the tokenizer is used, never Nori's number filter,
 * which rewrites {@code 5월 3일}. Not thread-safe: one per extractor.
 */
final class KoreanMorphology {
  /** A morpheme: its text, where it starts in the word, and its part of speech. */
  record Morpheme(String text, int start, POS.Tag tag) {}

  /** A word with its trailing particles and honorific taken off. */
  record Stem(String stem, String particles, boolean honorific) {}

  // 씨 and 님, and the nickname suffixes friends and groups give a name (은채쨩, 수아찡).
  private static final Set<String> HONORIFICS = Set.of("씨", "님", "쨩", "찡");
  // Particles Nori may miss after an unknown name; longest first.
  private static final List<String> PARTICLES =
      List.of(
          "에게서", "한테서", "으로부터", "로부터", "이랑", "에게", "한테", "께서", "하고", "에서", "으로", "은", "는", "이", "가",
          "을", "를", "의", "와", "과", "랑", "께", "도", "로", "만");

  private final KoreanTokenizer tokenizer =
      new KoreanTokenizer(
          KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
          null,
          KoreanTokenizer.DecompoundMode.NONE,
          false,
          true);

  /** The morphemes of {@code word}. */
  List<Morpheme> analyse(String word) {
    List<Morpheme> out = new ArrayList<>();
    // Closing the tokenizer releases the reader, so it takes the next word.
    try (tokenizer) {
      tokenizer.setReader(new StringReader(word));
      tokenizer.reset();
      CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
      PartOfSpeechAttribute pos = tokenizer.getAttribute(PartOfSpeechAttribute.class);
      while (tokenizer.incrementToken()) {
        POS.Tag tag = pos.getLeftPOS() == null ? POS.Tag.UNKNOWN : pos.getLeftPOS();
        out.add(new Morpheme(term.toString(), offset.startOffset(), tag));
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return out;
  }

  /**
   * {@code word} without trailing particles and honorific: {@code 김민수씨에게} → {@code 김민수}. Nori's J*
   * tags decide first; a particle it missed after an unknown name is taken off by form.
   */
  Stem strip(String word) {
    List<Morpheme> ms = analyse(word);
    int end = word.length();
    for (int i = ms.size() - 1; i > 0; i--) {
      Morpheme m = ms.get(i);
      if (m.tag().name().startsWith("J") && m.start() > 0 && m.start() <= end) {
        end = m.start();
      } else {
        break;
      }
    }
    String stem = word.substring(0, end);
    String particles = word.substring(end);
    for (String p : PARTICLES) {
      if (stem.length() > p.length() + 1 && stem.endsWith(p) && particles.isEmpty()) {
        stem = stem.substring(0, stem.length() - p.length());
        particles = p;
        break;
      }
    }
    boolean honorific = false;
    for (String h : HONORIFICS) {
      if (stem.length() > 1 && stem.endsWith(h)) {
        stem = stem.substring(0, stem.length() - h.length());
        honorific = true;
        break;
      }
    }
    return new Stem(stem, particles, honorific);
  }

  /**
   * Whether Nori reads {@code word} as a verb or adjective made a noun by its ending (모름, 있음, 들어옴),
   * as 음슴체 notes end their lines: no name (보람, 다솜 are nouns to it).
   */
  boolean isNominalisedVerb(String word) {
    // Nori reads 있음 as 있 (VA) + 음 (E), and 들어옴 whole as a verb (VV).
    // (Only a last syllable closed by ㅁ: 나은 is 낫 + 은 to Nori, and a name.)
    char last = word.isEmpty() ? 'a' : word.charAt(word.length() - 1);
    if (last < '가' || last > '힣' || (last - '가') % 28 != 16) {
      return false;
    }
    List<Morpheme> ms = analyse(word);
    return !ms.isEmpty()
        && ms.get(0).tag().name().startsWith("V")
        && (ms.size() == 1 || ms.get(ms.size() - 1).tag().name().equals("E"));
  }

  /**
   * Whether Nori reads {@code word} of four syllables or more as common nouns of two syllables or
   * more each (서류봉투 as 서류 + 봉투): a compound thing, no name.
   */
  boolean isCompoundOfNouns(String word) {
    List<Morpheme> ms = analyse(word);
    return word.length() >= 4
        && ms.size() >= 2
        && ms.stream().allMatch(m -> m.tag().name().equals("NNG") && m.text().length() >= 2);
  }

  /**
   * Whether {@code word} is the noun-modifying form of a 하다 adjective or verb (이상한, 유명한, 조용한): its
   * stem of two syllables or more with 하다 is a common noun or root and the 하다 that makes it one, to
   * Nori. Such a word comes before a noun and names no one (Nori's dictionary reads 이상한 alone as a
   * proper noun).
   */
  boolean isVerbModifier(String word) {
    if (word.length() < 3 || !word.endsWith("한")) {
      return false;
    }
    String stem = word.substring(0, word.length() - 1);
    List<Morpheme> ms = analyse(stem + "하다");
    return ms.size() >= 2
        && ms.get(0).text().equals(stem)
        && ms.get(0).tag().name().matches("NNG|XR")
        && ms.get(1).tag().name().matches("XSA|XSV");
  }

  /** Whether Nori reads the whole of {@code word} as one common noun (곰, 강아지). */
  boolean isCommonNoun(String word) {
    List<Morpheme> ms = analyse(word);
    return ms.size() == 1 && ms.get(0).tag().name().equals("NNG") && ms.get(0).text().equals(word);
  }

  /** Whether Nori reads the whole of {@code word} as one ordinary word (이야기, 강아지). */
  boolean isWholeOrdinaryWord(String word) {
    List<Morpheme> ms = analyse(word);
    return ms.size() == 1
        && !ms.get(0).tag().name().startsWith("NNP")
        && ms.get(0).text().equals(word);
  }

  /**
   * Whether Nori finds no word of two syllables or more in a three-syllable {@code word} but one
   * made of its first two: how it misreads a full name it does not know (길서준 as 길 + 서 + 준, 문동혁 as
   * 문동 + 혁), unlike a word it knows whole (전화기) or one ending in a word (전재산: 전 + 재산).
   */
  boolean readsNoWordInGivenName(String word) {
    return analyse(word).stream()
        .filter(m -> m.text().length() >= 2)
        .allMatch(m -> m.start() == 0 && m.text().length() == 2);
  }

  /**
   * Whether Nori reads the whole of {@code word} as an adverb, conjunction, pronoun, determiner,
   * numeral or interjection (다시, 그냥, 이거): words that open a clause the way a bare name does, and
   * that no given name is.
   */
  boolean isFunctionWord(String word) {
    List<Morpheme> ms = analyse(word);
    return ms.size() == 1
        && ms.get(0).text().equals(word)
        && ms.get(0).tag().name().matches("MAG|MAJ|NP|MM|IC|NR");
  }

  /**
   * Whether Nori reads {@code word} as opening with a noun (common or proper) or a word it does not
   * know: what a name given alone as an answer is, unlike a verb, an adverb or a pronoun with its
   * particle (몰라, 아무도, 글쎄).
   */
  boolean opensWithNoun(String word) {
    List<Morpheme> ms = analyse(word);
    return !ms.isEmpty() && ms.get(0).tag().name().matches("NNG|NNP|SL|SH|UNKNOWN|UNA");
  }

  /**
   * Whether Nori reads {@code stem} as an ordinary word rather than a name: a common noun, adverb,
   * pronoun or verb of two or more syllables ({@code 이번}, {@code 오늘}, {@code 정말}).
   */
  boolean isOrdinaryWord(String stem) {
    for (Morpheme m : analyse(stem)) {
      String tag = m.tag().name();
      boolean ordinary =
          tag.equals("NNG")
              || tag.equals("MAG")
              || tag.equals("MAJ")
              || tag.equals("NP")
              || tag.equals("NR")
              || tag.equals("MM")
              || tag.startsWith("V")
              || tag.equals("XR")
              || tag.equals("IC");
      if (ordinary && (m.text().length() >= 2 || (m.start() == 0 && tag.startsWith("V")))) {
        return true;
      }
    }
    return false;
  }
}
