package org.okju.report;

import java.util.Locale;

/** The language a report is written in ({@code okju report --lang ko|en}). */
public enum ReportLanguage {
  /** English (the default). */
  EN(Locale.ROOT, "en"),
  /** Korean. */
  KO(Locale.KOREAN, "ko");

  private final Locale locale;
  private final String code;

  ReportLanguage(Locale locale, String code) {
    this.locale = locale;
    this.code = code;
  }

  /** The BCP 47 code written into the page's {@code lang} attribute. */
  public String code() {
    return code;
  }

  Locale locale() {
    return locale;
  }

  /**
   * The language named by its code.
   *
   * @throws IllegalArgumentException for a code other than {@code en} or {@code ko}
   */
  public static ReportLanguage parse(String code) {
    for (ReportLanguage l : values()) {
      if (l.code.equalsIgnoreCase(code)) {
        return l;
      }
    }
    throw new IllegalArgumentException("report language must be en or ko, not " + code);
  }
}
