package org.okju.index.hashset;

/**
 * A record of a hash-set file that could not be read; the rest of the file is read on.
 *
 * @param line line number (1-based) for text and JSON files, row number for NSRL v3
 * @param reason what was wrong, naming the offending text
 */
public record ParseProblem(long line, String reason) {}
