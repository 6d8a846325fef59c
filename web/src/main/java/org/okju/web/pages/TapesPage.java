package org.okju.web.pages;

import java.util.List;

/** The tapes: every recording with its copies; takedown lists for those who may write them. */
public record TapesPage(Chrome chrome, List<Row> tapes, List<String> formats, boolean mayTakedown) {
  public TapesPage {
    tapes = List.copyOf(tapes);
    formats = List.copyOf(formats);
  }

  /** One tape. */
  public record Row(
      String id, String kind, int members, String representative, String relations, int matched) {}
}
