package org.okju.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * What a user types to search, parsed: words (all must occur), {@code "quoted phrases"} (the words
 * in that order, across a line break too) and prefixes ({@code 사장*}, {@code recei*}, at least two
 * characters before the star). Each word or phrase is looked for in Korean morphemes, in English
 * stems and as written; a prefix as written and among Korean morphemes. Immutable.
 */
public final class SearchQuery {
  /** A part of the query. */
  sealed interface Clause permits Word, Phrase, Prefix {}

  record Word(String text) implements Clause {}

  record Phrase(String text) implements Clause {}

  record Prefix(String text) implements Clause {}

  private final String text;
  private final List<Clause> clauses;

  private SearchQuery(String text, List<Clause> clauses) {
    this.text = text;
    this.clauses = List.copyOf(clauses);
  }

  /**
   * Parses a query.
   *
   * @throws IllegalArgumentException naming the problem: an empty query, an unclosed quote, a star
   *     inside a word or after fewer than two characters
   */
  public static SearchQuery parse(String text) {
    List<Clause> clauses = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int end = text.indexOf('"', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed quote in the query: " + text);
        }
        String phrase = text.substring(i + 1, end).strip();
        if (!phrase.isEmpty()) {
          clauses.add(new Phrase(phrase));
        }
        i = end + 1;
      } else {
        int end = i;
        while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
          end++;
        }
        clauses.add(word(text.substring(i, end), text));
        i = end;
      }
    }
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("the query is empty");
    }
    return new SearchQuery(text, clauses);
  }

  private static Clause word(String w, String query) {
    int star = w.indexOf('*');
    if (star < 0) {
      return new Word(w);
    }
    if (star != w.length() - 1) {
      throw new IllegalArgumentException(
          "a star may only end a word (a prefix): " + w + " in " + query);
    }
    String stem = w.substring(0, star);
    if (stem.codePointCount(0, stem.length()) < 2) {
      throw new IllegalArgumentException(
          "a prefix needs at least two characters before the star: " + w);
    }
    return new Prefix(stem);
  }

  /** The text the user typed. */
  public String text() {
    return text;
  }

  List<Clause> clauses() {
    return clauses;
  }

  /**
   * The Lucene query: every clause must match, each as Korean morphemes, as English stems or as
   * written.
   *
   * @param analyzer the analysers by field ({@link SearchFields#analyzer()})
   * @param english the English stems' analyser ({@link SearchFields#english()}), asked of the words
   *     field, where the index keeps the stems
   */
  Query toLucene(Analyzer analyzer, Analyzer english) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    QueryBuilder stems = new QueryBuilder(english);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Clause c : clauses) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      int fields = 0;
      if (c instanceof Prefix p) {
        String lower = p.text().toLowerCase(Locale.ROOT);
        any.add(new PrefixQuery(new Term(SearchFields.WORDS, lower)), Occur.SHOULD);
        // Korean morphemes too: 사장* finds 최사장한테, whose morphemes are 최 and 사장.
        any.add(new PrefixQuery(new Term(SearchFields.KOREAN, lower)), Occur.SHOULD);
        fields++;
      } else if (c instanceof Word w) {
        // A Korean word is one or more morphemes next to each other: a phrase of them.
        fields += add(any, builder.createPhraseQuery(SearchFields.KOREAN, w.text()));
        fields += add(any, stems.createBooleanQuery(SearchFields.WORDS, w.text(), Occur.MUST));
        fields += add(any, builder.createPhraseQuery(SearchFields.WORDS, w.text()));
      } else if (c instanceof Phrase ph) {
        fields += add(any, builder.createPhraseQuery(SearchFields.KOREAN, ph.text()));
        fields += add(any, stems.createPhraseQuery(SearchFields.WORDS, ph.text()));
        fields += add(any, builder.createPhraseQuery(SearchFields.WORDS, ph.text()));
      }
      if (fields > 0) {
        all.add(any.build(), Occur.MUST);
      }
    }
    return all.build();
  }

  // A clause of nothing but stop words or punctuation analyses to nothing: it is left out.
  private static int add(BooleanQuery.Builder any, Query q) {
    if (q == null) {
      return 0;
    }
    any.add(q, Occur.SHOULD);
    return 1;
  }

  @Override
  public String toString() {
    return text;
  }
}
