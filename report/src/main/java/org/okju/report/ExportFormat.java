package org.okju.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@code okju export --format} writes. */
public enum ExportFormat {
  /** CASE/UCO JSON-LD: File observables with hashes, an InvestigativeAction per custody entry. */
  CASE_UCO("case-uco"),
  /** VICS 2.0 JSON as a case file (OData {@code #Cases}: the case with its Media). */
  VICS2("vics2"),
  /** VICS 2.0 JSON as a flat media list (OData {@code #Media}). */
  VICS2_MEDIA("vics2-media"),
  /** FollowTheMoney entities, one JSON object per line. */
  FTM("ftm"),
  /** The catalogue as CSV (RFC 4180). */
  CSV("csv");

  private final String word;

  ExportFormat(String word) {
    this.word = word;
  }

  /** The CLI word. */
  public String word() {
    return word;
  }

  /**
   * The format named by a CLI word.
   *
   * @throws IllegalArgumentException naming the accepted words
   */
  public static ExportFormat parse(String word) {
    for (ExportFormat f : values()) {
      if (f.word.equals(word.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown export format "
            + word
            + "; one of "
            + Arrays.stream(values()).map(ExportFormat::word).collect(Collectors.joining(", ")));
  }
}
