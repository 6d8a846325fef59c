package org.okju.web;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CaseStoreException;
import org.okju.web.store.Cases;

/**
 * The case stores of the registered cases, each opened on first use and kept open until the
 * workbench stops. Never creates a case: a registered directory that lost its database is an error,
 * not a new empty case. Thread-safe.
 */
final class OpenCases implements AutoCloseable {
  private final Map<String, CaseStore> open = new ConcurrentHashMap<>();

  /**
   * The store of a registered case.
   *
   * @throws CaseStoreException when its database cannot be opened
   */
  CaseStore store(Cases.Registered registered) {
    return open.computeIfAbsent(registered.name(), n -> openStore(registered));
  }

  private static CaseStore openStore(Cases.Registered registered) {
    CaseLocation location = CaseLocation.parse(registered.location());
    if (location instanceof CaseLocation.Directory d && !Files.isRegularFile(d.database())) {
      throw new CaseStoreException(registered.name(), "the case's database is missing", null);
    }
    return CaseStore.open(c -> c.location(location).poolSize(6));
  }

  @Override
  public void close() {
    open.values().forEach(CaseStore::close);
    open.clear();
  }
}
