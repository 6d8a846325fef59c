package org.okju.web.pages;

import java.util.List;

/** The cases the user may open. */
public record CasesPage(Chrome chrome, List<Row> cases) {
  public CasesPage {
    cases = List.copyOf(cases);
  }

  /** One case: its name and when it was registered. */
  public record Row(String name, String added) {}
}
