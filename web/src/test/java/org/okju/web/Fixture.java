package org.okju.web;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.okju.casefile.ItemId;
import org.okju.web.auth.Passwords;
import org.okju.web.auth.Secrets;
import org.okju.web.store.Cases;
import org.okju.web.store.Role;
import org.okju.web.store.ServerStore;
import org.okju.web.store.Users;

/**
 * A running workbench on port 0 over a real server store and two real SQLite cases: {@code alpha}
 * (every role but the outsider is a member) and {@code beta} (only admins and the outsider). Users
 * are named after their roles; everyone's password is {@link #PASSWORD}.
 */
final class Fixture implements AutoCloseable {
  static final String PASSWORD = "correct horse battery";

  final ServerStore store;
  final Workbench workbench;
  final List<ItemId> alphaItems;
  final Map<String, String> tokens = new LinkedHashMap<>();
  final Path evidence;
  TestCase.Media media;

  /** The users: name → role; {@code outsider} is an investigator who is not in alpha. */
  static final Map<String, Role> USERS =
      Map.of(
          "admin", Role.ADMIN,
          "investigator", Role.INVESTIGATOR,
          "reviewer", Role.REVIEWER,
          "takedown", Role.TAKEDOWN,
          "auditor", Role.AUDITOR,
          "outsider", Role.INVESTIGATOR);

  private Fixture(ServerStore store, Workbench workbench, List<ItemId> alphaItems, Path evidence) {
    this.store = store;
    this.workbench = workbench;
    this.alphaItems = alphaItems;
    this.evidence = evidence;
  }

  static Fixture start(Path tmp) throws Exception {
    return start(tmp, c -> {});
  }

  static Fixture start(Path tmp, Consumer<WorkbenchConfig> config) throws Exception {
    Path evidence = tmp.resolve("evidence");
    List<ItemId> alpha = TestCase.create(tmp.resolve("alpha"), evidence.resolve("alpha"), 30);
    TestCase.addTapeAndDiary(tmp.resolve("alpha"), alpha);
    TestCase.Media media = TestCase.addMedia(tmp.resolve("alpha"), evidence.resolve("alpha"));
    TestCase.create(tmp.resolve("beta"), evidence.resolve("beta"), 3);
    ServerStore store = ServerStore.init(tmp.resolve("server"), Optional.empty());
    Instant now = Instant.now();
    Cases.Registered a =
        store
            .cases()
            .add("alpha", tmp.resolve("alpha").toString(), List.of(evidence.toString()), now);
    Cases.Registered b = store.cases().add("beta", tmp.resolve("beta").toString(), List.of(), now);
    String hash = new Passwords().hash(PASSWORD);
    Map<String, String> tokens = new LinkedHashMap<>();
    for (var e : USERS.entrySet()) {
      Users.Account u = store.users().add(e.getKey(), e.getValue(), hash, now);
      store.cases().addMember(u.id(), e.getKey().equals("outsider") ? b.id() : a.id());
      String token = Secrets.token();
      store.tokens().add(u.id(), Secrets.sha256(token), now);
      tokens.put(e.getKey(), token);
    }
    Workbench wb =
        Workbench.create(
                store,
                c -> {
                  c.port(0).okjuVersion("test");
                  config.accept(c);
                })
            .start();
    Fixture f = new Fixture(store, wb, alpha, evidence);
    f.media = media;
    f.tokens.putAll(tokens);
    return f;
  }

  /**
   * Items in alpha's catalogue: its text files, then the photo, the video (with ffmpeg), the zip
   * and its member.
   */
  int alphaCatalogueSize() {
    return alphaItems.size() + 3 + (media.video().isPresent() ? 1 : 0);
  }

  String base() {
    return "http://127.0.0.1:" + workbench.port();
  }

  Browser browser() {
    return new Browser(base());
  }

  Browser signedIn(String user) throws Exception {
    Browser b = browser();
    b.login(user, PASSWORD);
    return b;
  }

  @Override
  public void close() {
    workbench.close();
    store.close();
  }
}
