package org.okju.ledger;

/**
 * Where something was read: provenance kept with every entity and fact.
 *
 * @param page 1-based page
 * @param line 1-based line within the page
 * @param start first character, counted in {@link DocumentText#text()}
 * @param end one past the last character
 * @param text the quoted text
 */
public record Span(int page, int line, int start, int end, String text) {}
