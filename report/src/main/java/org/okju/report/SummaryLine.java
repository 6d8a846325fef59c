package org.okju.report;

/**
 * One line of the report's first page, the summary a prosecutor reads in a minute: what a section
 * found, in a sentence. Both texts are already in the report's language and passed through the
 * privacy filter.
 *
 * @param label what the line is about ("Recordings", "Confirmed facts")
 * @param text what was found
 */
public record SummaryLine(String label, String text) {}
