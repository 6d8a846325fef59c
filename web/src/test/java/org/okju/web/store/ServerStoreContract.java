package org.okju.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every server store does, run against a real SQLite file and a real PostgreSQL. */
abstract class ServerStoreContract {
  static final Instant T0 = Instant.parse("2025-04-01T09:00:00Z");

  ServerStore store;

  abstract ServerStore open() throws Exception;

  @BeforeEach
  void openStore() throws Exception {
    store = open();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void usersAreFoundByNameWithTheirRoleAndNamesAreUnique() {
    Users.Account a = store.users().add("kim.reviewer", Role.REVIEWER, "$argon2id$x", T0);
    assertThat(store.users().find("kim.reviewer")).hasValue(a);
    assertThat(store.users().find(a.id()).map(Users.Account::role)).hasValue(Role.REVIEWER);
    assertThat(store.users().passwordHash(a.id())).hasValue("$argon2id$x");
    assertThatThrownBy(() -> store.users().add("kim.reviewer", Role.ADMIN, "h", T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.users().add("bad name", Role.ADMIN, "h", T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFifthFailureLocksAndASuccessResetsTheCount() {
    Users.Account a = store.users().add("lee", Role.TAKEDOWN, "h", T0);
    for (int i = 1; i <= 4; i++) {
      Users.Account after = store.users().recordFailure(a.id(), 5, Duration.ofMinutes(15), T0);
      assertThat(after.failedLogins()).isEqualTo(i);
      assertThat(after.lockedAt(T0)).isFalse();
    }
    store.users().recordSuccess(a.id());
    assertThat(store.users().find(a.id()).orElseThrow().failedLogins()).isZero();
    Users.Account locked = null;
    for (int i = 0; i < 5; i++) {
      locked = store.users().recordFailure(a.id(), 5, Duration.ofMinutes(15), T0);
    }
    assertThat(locked.lockedAt(T0.plusSeconds(14 * 60))).isTrue();
    assertThat(locked.lockedAt(T0.plusSeconds(15 * 60))).isFalse();
  }

  @Test
  void casesRememberTheirEvidenceRootsAndMembers() {
    Cases.Registered c = store.cases().add("op-harbor", "/cases/harbor", List.of("/mnt/ev"), T0);
    Users.Account a = store.users().add("park", Role.INVESTIGATOR, "h", T0);
    store.cases().addMember(a.id(), c.id());
    store.cases().addMember(a.id(), c.id());
    assertThat(store.cases().find("op-harbor").orElseThrow().evidenceRoots())
        .containsExactly("/mnt/ev");
    assertThat(store.cases().membershipsOf(a.id())).containsExactly(c.id());
    assertThat(store.cases().memberNames(c.id())).containsExactly("park");
    assertThatThrownBy(() -> store.cases().add("op harbor", "/x", List.of(), T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.cases().add("op-harbor", "/y", List.of(), T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneAccessLookupAnswersTheCallerTheCaseAndAllItsEvidenceRoots() {
    Cases.Registered two =
        store.cases().add("two-roots", "/cases/two", List.of("/mnt/b", "/mnt/a"), T0);
    Cases.Registered none = store.cases().add("no-roots", "/cases/none", List.of(), T0);
    Users.Account member = store.users().add("ahn", Role.REVIEWER, "h", T0);
    Users.Account other = store.users().add("baek", Role.REVIEWER, "h", T0);
    Users.Account admin = store.users().add("root", Role.ADMIN, "h", T0);
    store.cases().addMember(member.id(), two.id());
    store.cases().addMember(member.id(), none.id());
    store.tokens().add(member.id(), "m-hash", T0);

    store.sessions().create("m-session", member.id(), "m-csrf", T0);
    store.sessions().touch("m-session", T0.plusSeconds(90));
    store.sessions().create("o-session", other.id(), "o-csrf", T0);
    store.sessions().create("a-session", admin.id(), "a-csrf", T0);

    CaseAccess.Answer byToken = store.access().byToken("m-hash", "two-roots").orElseThrow();
    assertThat(byToken.account()).isEqualTo(member);
    assertThat(byToken.opened()).hasValue(store.cases().find("two-roots").orElseThrow());
    assertThat(byToken.opened().orElseThrow().evidenceRoots()).containsExactly("/mnt/a", "/mnt/b");
    CaseAccess.SessionAnswer bySession =
        store.access().bySession("m-session", "two-roots").orElseThrow();
    assertThat(bySession.session()).isEqualTo(store.sessions().find("m-session").orElseThrow());
    assertThat(bySession.session().lastSeen()).isEqualTo(T0.plusSeconds(90));
    assertThat(bySession.answer()).isEqualTo(byToken);
    assertThat(store.access().bySession("m-session", "no-roots").orElseThrow().answer().opened())
        .hasValue(none);
    assertThat(store.access().bySession("a-session", "two-roots").orElseThrow().answer().opened())
        .hasValue(store.cases().find("two-roots").orElseThrow());
    // Not a member, no such case, no such token or session: nothing opened, or no caller.
    CaseAccess.Answer outsider =
        store.access().bySession("o-session", "two-roots").orElseThrow().answer();
    assertThat(outsider.account()).isEqualTo(other);
    assertThat(outsider.opened()).isEmpty();
    assertThat(store.access().byToken("m-hash", "gamma").orElseThrow().opened()).isEmpty();
    assertThat(store.access().byToken("other", "two-roots")).isEmpty();
    assertThat(store.access().bySession("other", "two-roots")).isEmpty();
    // A membership ended is seen by the next lookup.
    store.cases().removeMember(member.id(), two.id());
    assertThat(store.access().bySession("m-session", "two-roots").orElseThrow().answer().opened())
        .isEmpty();
    assertThat(store.access().byToken("m-hash", "two-roots").orElseThrow().opened()).isEmpty();
  }

  @Test
  void sessionsAndTokensAreFoundByTheirHashes() {
    Users.Account a = store.users().add("choi", Role.AUDITOR, "h", T0);
    store.sessions().create("s-hash", a.id(), "csrf", T0);
    assertThat(store.sessions().find("s-hash").orElseThrow().csrfToken()).isEqualTo("csrf");
    store.sessions().touch("s-hash", T0.plusSeconds(60));
    assertThat(store.sessions().find("s-hash").orElseThrow().lastSeen())
        .isEqualTo(T0.plusSeconds(60));
    assertThat(store.sessions().deleteIdleSince(T0.plusSeconds(61))).isEqualTo(1);
    assertThat(store.sessions().find("s-hash")).isEmpty();
    store.tokens().add(a.id(), "t-hash", T0);
    assertThat(store.tokens().userOf("t-hash")).hasValue(a.id());
    assertThat(store.tokens().userOf("other")).isEmpty();
  }

  @Test
  void jobsLeftRunningByAStoppedServerAreMarkedInterrupted() {
    Cases.Registered c = store.cases().add("c1", "/c1", List.of(), T0);
    long queued = store.jobs().queue(c.id(), "copies", "{}", "park", T0);
    long running = store.jobs().queue(c.id(), "ingest", "{\"path\":\"/x\"}", "park", T0);
    store.jobs().started(running, T0);
    long done = store.jobs().queue(c.id(), "verify", "{}", "park", T0);
    store.jobs().started(done, T0);
    store.jobs().finished(done, "done", "held", Optional.of("r.json"), T0);
    assertThat(store.jobs().interruptLeftovers(T0)).isEqualTo(2);
    assertThat(store.jobs().find(queued).orElseThrow().state()).isEqualTo("interrupted");
    assertThat(store.jobs().find(done).orElseThrow().result()).hasValue("r.json");
    assertThat(store.jobs().ofCase(c.id(), 10))
        .extracting(JobRecords.Job::id)
        .containsExactly(done, running, queued);
  }
}
