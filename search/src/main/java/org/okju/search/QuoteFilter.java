package org.okju.search;

import org.okju.casefile.Disclosure;

/**
 * What a document's name and a quoted line become before they leave okju: where victims' names are
 * replaced by their pseudonyms. Search hits go through the case's {@link Disclosure}, the one
 * policy every output of a case follows: a person is named only once a reviewer confirmed them as
 * accused, accomplice or witness; victims and everyone unresolved are shown by pseudonym, in every
 * spelling the identity table knows.
 */
@FunctionalInterface
public interface QuoteFilter {
  /** {@code text} (a line, a document's catalogue path, the query echoed) as an output shows it. */
  String shown(String text);

  /** The case's disclosure policy as it stands. */
  static QuoteFilter of(Disclosure disclosure) {
    return disclosure::text;
  }

  /** Text as the evidence has it, names and all: for tests of the index alone. */
  QuoteFilter AS_WRITTEN = text -> text;
}
