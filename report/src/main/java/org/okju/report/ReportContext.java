package org.okju.report;

import org.okju.casefile.CaseStore;

/**
 * What a {@link ReportSection} may read: the case (read only; a section never writes) and the
 * privacy rules every printed name and path goes through.
 *
 * @param store the case
 * @param privacy what may be printed about people
 */
public record ReportContext(CaseStore store, Privacy privacy) {}
