package org.okju.web.store;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.TestDatabases;

/** The contract on a real PostgreSQL 15 (a database of its own on the tests' throw-away server). */
class PostgresServerStoreTest extends ServerStoreContract {
  @TempDir Path tmp;

  @Override
  ServerStore open() throws Exception {
    CaseLocation.Server db = (CaseLocation.Server) TestDatabases.postgresql();
    return ServerStore.open(new ServerLocation(tmp, Optional.of(db)));
  }
}
