package org.okju.web.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The jobs started from the browser, one row each, so a case's page shows what ran, who started it
 * and where its result is, also after a restart. Thread-safe.
 */
public final class JobRecords {
  /**
   * A job as recorded.
   *
   * @param kind {@code ingest}, {@code copies}, {@code match}, {@code ledger}, {@code hashset},
   *     {@code report}, {@code export}, {@code takedown}, {@code verify}
   * @param parameters the job's parameters, a JSON object
   * @param state {@code queued}, {@code running}, {@code done}, {@code failed}, {@code cancelled},
   *     or {@code interrupted} (the server stopped while it ran)
   * @param message the outcome in one line
   * @param result the file the job wrote, relative to the case's output folder
   */
  public record Job(
      long id,
      long caseId,
      String kind,
      String parameters,
      String user,
      String state,
      Instant queued,
      Optional<Instant> started,
      Optional<Instant> finished,
      Optional<String> message,
      Optional<String> result) {
    /** Whether the job is waiting or running. */
    public boolean active() {
      return state.equals("queued") || state.equals("running");
    }
  }

  private static final String COLUMNS =
      "id, case_id, kind, parameters, username, state, queued_at, started_at, finished_at,"
          + " message, result FROM server_job";

  private final ServerDatabase db;

  JobRecords(ServerDatabase db) {
    this.db = db;
  }

  /** Records a queued job; returns its id. */
  public long queue(long caseId, String kind, String parameters, String user, Instant now) {
    return db.write(
        "queue job",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO server_job (case_id, kind, parameters, username, state, queued_at)"
                      + " VALUES (?, ?, ?, ?, 'queued', ?) RETURNING id")) {
            s.setLong(1, caseId);
            s.setString(2, kind);
            s.setString(3, parameters);
            s.setString(4, user);
            s.setString(5, now.toString());
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return r.getLong(1);
            }
          }
        });
  }

  /** Marks a job running. */
  public void started(long id, Instant now) {
    db.write(
        "start job",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE server_job SET state = 'running', started_at = ? WHERE id = ?")) {
            s.setString(1, now.toString());
            s.setLong(2, id);
            s.executeUpdate();
          }
          return null;
        });
  }

  /** Records how a job ended. */
  public void finished(
      long id, String state, String message, Optional<String> result, Instant now) {
    db.write(
        "finish job",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE server_job SET state = ?, message = ?, result = ?, finished_at = ?"
                      + " WHERE id = ?")) {
            s.setString(1, state);
            s.setString(2, message);
            s.setString(3, result.orElse(null));
            s.setString(4, now.toString());
            s.setLong(5, id);
            s.executeUpdate();
          }
          return null;
        });
  }

  /** Jobs a stopped server left queued or running: they are marked interrupted. */
  public int interruptLeftovers(Instant now) {
    return db.write(
        "mark interrupted jobs",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE server_job SET state = 'interrupted', finished_at = ?,"
                      + " message = 'the server stopped before the job finished'"
                      + " WHERE state IN ('queued', 'running')")) {
            s.setString(1, now.toString());
            return s.executeUpdate();
          }
        });
  }

  /** One job. */
  public Optional<Job> find(long id) {
    List<Job> one = list("SELECT " + COLUMNS + " WHERE id = ?", id, 1);
    return one.stream().findFirst();
  }

  /** A case's latest jobs, newest first. */
  public List<Job> ofCase(long caseId, int limit) {
    return list("SELECT " + COLUMNS + " WHERE case_id = ? ORDER BY id DESC", caseId, limit);
  }

  private List<Job> list(String sql, long key, int limit) {
    return db.read(
        "list jobs",
        c -> {
          List<Job> out = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(sql + " LIMIT " + limit)) {
            s.setLong(1, key);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(map(r));
              }
            }
          }
          return out;
        });
  }

  private static Job map(ResultSet r) throws SQLException {
    return new Job(
        r.getLong("id"),
        r.getLong("case_id"),
        r.getString("kind"),
        r.getString("parameters"),
        r.getString("username"),
        r.getString("state"),
        Instant.parse(r.getString("queued_at")),
        time(r, "started_at"),
        time(r, "finished_at"),
        Optional.ofNullable(r.getString("message")),
        Optional.ofNullable(r.getString("result")));
  }

  private static Optional<Instant> time(ResultSet r, String column) throws SQLException {
    String t = r.getString(column);
    return t == null ? Optional.empty() : Optional.of(Instant.parse(t));
  }
}
