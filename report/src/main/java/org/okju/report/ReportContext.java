package org.okju.report;

import org.okju.casefile.CaseStore;

/**
 * What a {@link ReportSection} may read: the case (read only; a section never writes), the privacy
 * rules every printed name and path goes through, and the words of the report's language.
 *
 * @param store the case
 * @param privacy what may be printed about people
 * @param words the report's language
 */
public record ReportContext(CaseStore store, Privacy privacy, Words words) {}
