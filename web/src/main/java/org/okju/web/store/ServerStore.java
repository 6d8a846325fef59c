package org.okju.web.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A workbench server's store: users and roles, case memberships, browser sessions, API tokens, the
 * registered cases and the jobs run from the browser. SQLite in the server directory, or a team's
 * PostgreSQL. Separate from every case. Thread-safe; close it when done.
 */
public final class ServerStore implements AutoCloseable {
  private final ServerLocation location;
  private final ServerDatabase db;
  private final Users users;
  private final Cases cases;
  private final Sessions sessions;
  private final ApiTokens tokens;
  private final JobRecords jobs;
  private final CaseAccess access;

  private ServerStore(ServerLocation location, ServerDatabase db) {
    this.location = location;
    this.db = db;
    this.users = new Users(db);
    this.cases = new Cases(db);
    this.sessions = new Sessions(db);
    this.tokens = new ApiTokens(db);
    this.jobs = new JobRecords(db);
    this.access = new CaseAccess(db);
  }

  /**
   * Creates a server directory and its store.
   *
   * @param postgresUrl a team's PostgreSQL ({@code postgresql://…}); empty for SQLite in the
   *     directory
   * @throws ServerStoreException when the directory is already a server's or the database fails
   */
  public static ServerStore init(Path directory, Optional<String> postgresUrl) {
    return open(ServerLocation.create(directory, postgresUrl));
  }

  /**
   * Opens the store of an existing server directory, migrating it to this build's schema.
   *
   * @throws ServerStoreException when there is no server there or its database fails
   */
  public static ServerStore open(Path directory) {
    return open(ServerLocation.read(directory));
  }

  /** Opens the store at {@code location}. */
  public static ServerStore open(ServerLocation location) {
    return new ServerStore(location, ServerDatabase.open(location, 8));
  }

  /** Where the store is. */
  public ServerLocation location() {
    return location;
  }

  public Users users() {
    return users;
  }

  public Cases cases() {
    return cases;
  }

  public Sessions sessions() {
    return sessions;
  }

  /** Caller and case in one lookup, for every request of a case. */
  public CaseAccess access() {
    return access;
  }

  public ApiTokens tokens() {
    return tokens;
  }

  public JobRecords jobs() {
    return jobs;
  }

  @Override
  public void close() {
    db.close();
  }
}
