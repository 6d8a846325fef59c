package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case's writer lock and opening only existing cases, on each real database. */
abstract class WriterLockContract {
  @TempDir Path tmp;

  abstract Backend backend();

  @Test
  void aSecondStoreIsRefusedWithTheHolderAndGetsTheLockOnceItIsReleased() throws Exception {
    CaseLocation where = backend().freshLocation(tmp);
    try (CaseStore first = CaseStore.open(where);
        CaseStore second = CaseStore.open(where)) {
      assertThat(second.writer()).isEmpty();
      CaseLock lock = first.lock("okju ingest", "inv1");
      assertThat(lock.holder().pid()).isEqualTo(ProcessHandle.current().pid());
      assertThatThrownBy(() -> second.lock("okju copies", "inv2"))
          .isInstanceOf(CaseBusyException.class)
          .hasMessageStartingWith(
              "case busy: okju ingest (pid " + ProcessHandle.current().pid() + ", started ");
      assertThat(second.writer()).map(LockHolder::command).contains("okju ingest");
      assertThat(second.writer()).map(LockHolder::user).contains("inv1");
      lock.close();
      assertThat(second.writer()).isEmpty();
      try (CaseLock again = second.lock("okju copies", "inv2")) {
        assertThat(first.writer()).contains(again.holder());
      }
    }
  }

  @Test
  void theHolderMayLockAgainAndKeepsTheLockUntilTheOutermostRelease() throws Exception {
    CaseLocation where = backend().freshLocation(tmp);
    try (CaseStore store = CaseStore.open(where);
        CaseStore other = CaseStore.open(where)) {
      CaseLock outer = store.lock("okju ingest", "inv1");
      CaseLock inner = store.lock("okju ingest (library)", "inv1");
      assertThat(inner.holder()).isEqualTo(outer.holder());
      inner.close();
      assertThatThrownBy(() -> other.lock("okju match", "inv2"))
          .isInstanceOf(CaseBusyException.class);
      outer.close();
      other.lock("okju match", "inv2").close();
    }
  }

  @Test
  void closingTheStoreReleasesItsLock() throws Exception {
    CaseLocation where = backend().freshLocation(tmp);
    try (CaseStore other = CaseStore.open(where)) {
      CaseStore store = CaseStore.open(where);
      store.lock("okju ingest", "inv1");
      store.close();
      assertThat(other.writer()).isEmpty();
      other.lock("okju ingest", "inv1").close();
    }
  }

  @Test
  void anotherProcessIsNamedAndItsLockEndsWhenItIsKilled() throws Exception {
    CaseLocation where = backend().freshLocation(tmp);
    CaseStore.open(where).close();
    Process holder = LockHolderProcess.start(where, "okju ingest");
    try (CaseStore store = CaseStore.open(where)) {
      assertThatThrownBy(() -> store.lock("okju copies", "inv2"))
          .isInstanceOf(CaseBusyException.class)
          .hasMessageContaining("case busy: okju ingest (pid " + holder.pid() + ", started ");
      holder.destroyForcibly(); // SIGKILL: nothing of the holder's runs
      holder.waitFor();
      // The kernel closes the holder's file or socket; the server may take a moment to notice.
      CaseLock lock = null;
      for (int i = 0; i < 100 && lock == null; i++) {
        try {
          lock = store.lock("okju copies", "inv2");
        } catch (CaseBusyException e) {
          Thread.sleep(100);
        }
      }
      assertThat(lock).as("lock free after its holder was killed").isNotNull();
      assertThat(store.writer()).map(LockHolder::command).contains("okju copies");
      lock.close();
    } finally {
      holder.destroyForcibly();
    }
  }

  @Test
  void openingAnExistingCaseNeverCreatesOne() throws Exception {
    CaseLocation where = backend().freshLocation(tmp);
    assertThat(where.exists()).isFalse();
    assertThatThrownBy(() -> CaseStore.openExisting(where))
        .isInstanceOf(NoCaseException.class)
        .hasMessageContaining("no case");
    assertThat(where.exists()).isFalse();
    if (where instanceof CaseLocation.Directory d) {
      assertThat(Files.exists(d.path())).isFalse();
    } else {
      try (Connection c = backend().raw(where);
          ResultSet r = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        assertThat(r.next()).as("no table created").isFalse();
      }
    }
    CaseStore.open(where).close();
    assertThat(where.exists()).isTrue();
    CaseStore.openExisting(where).close();
  }

  static boolean hasTable(Connection c, String name) throws Exception {
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet r = meta.getTables(null, null, name, null)) {
      return r.next();
    }
  }
}
