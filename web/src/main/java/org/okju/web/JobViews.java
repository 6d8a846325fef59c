package org.okju.web;

import java.util.List;
import org.okju.web.auth.Permission;
import org.okju.web.pages.JobRow;
import org.okju.web.store.JobRecords;
import org.okju.web.store.ServerStore;

/** Jobs as pages list them. Thread-safe. */
final class JobViews {
  private final ServerStore store;

  JobViews(ServerStore store) {
    this.store = store;
  }

  List<JobRow> rows(CaseScope scope, int limit) {
    return rowsOf(store, scope, limit);
  }

  static List<JobRow> rowsOf(ServerStore store, CaseScope scope, int limit) {
    return store.jobs().ofCase(scope.registered().id(), limit).stream()
        .map(j -> row(scope, j))
        .toList();
  }

  static JobRow row(CaseScope scope, JobRecords.Job j) {
    boolean mine = j.user().equals(scope.caller().name());
    return new JobRow(
        j.id(),
        j.kind(),
        summary(j.parameters()),
        j.user(),
        j.state(),
        Display.time(j.queued()),
        j.message().orElse(""),
        j.result().map(r -> "/cases/" + scope.name() + "/jobs/" + j.id() + "/result"),
        j.active() && (mine || scope.may(Permission.JOB_CANCEL_ANY)));
  }

  // The parameters in a few words for the list ({"path":"/evidence/drive"} → /evidence/drive).
  private static String summary(String parametersJson) {
    try {
      var node = Json.MAPPER.readTree(parametersJson);
      StringBuilder b = new StringBuilder();
      node.properties()
          .forEach(e -> b.append(b.length() == 0 ? "" : ", ").append(e.getValue().asText()));
      return b.toString();
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
