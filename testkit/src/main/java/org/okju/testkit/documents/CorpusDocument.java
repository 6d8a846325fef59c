package org.okju.testkit.documents;

/**
 * One document of the test corpus.
 *
 * @param file its file name in the corpus folder
 * @param format what it is, for messages ("docx", "txt CP949", …)
 * @param marker a made-up word found only in this document (a search term, a check that its text
 *     was read)
 * @param amount the amount of money in won its diary line records, 0 when it has none
 * @param readable whether okju should read its text (false for containers that only carry the
 *     directory of the format, made where no library writes the real thing)
 */
public record CorpusDocument(
    String file, String format, String marker, long amount, boolean readable) {}
