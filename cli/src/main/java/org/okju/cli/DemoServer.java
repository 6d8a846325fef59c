package org.okju.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.okju.web.auth.Passwords;
import org.okju.web.auth.Secrets;
import org.okju.web.store.Cases;
import org.okju.web.store.Role;
import org.okju.web.store.ServerStore;

/**
 * {@code okju demo --serve}: a workbench server beside the demo case, with the case registered as
 * {@code demo} (its fictional drive's folder as evidence root, so an ingest can be started from the
 * browser) and an admin {@code demo} whose password is made up for this run and printed once.
 */
final class DemoServer {
  static final String USER = "demo";

  private DemoServer() {}

  static int serve(
      PrintWriter out, PrintWriter err, Path work, Path casePath, int port, String bind)
      throws InterruptedException {
    Path dir = work.resolve("server");
    // 20 characters of a 256-bit token: about 120 bits, more than enough for a demo.
    String password = Secrets.token().substring(0, 20);
    try (ServerStore store = ServerStore.init(dir, Optional.empty())) {
      Instant now = Instant.now();
      Cases.Registered demo =
          store
              .cases()
              .add(
                  "demo",
                  casePath.toAbsolutePath().toString(),
                  List.of(work.toAbsolutePath().toString()),
                  now);
      var admin = store.users().add(USER, Role.ADMIN, new Passwords().hash(password), now);
      store.cases().addMember(admin.id(), demo.id());
      out.println();
      out.println(
          "Workbench (okju serve " + dir + "): sign in as '" + USER + "' with the one-time");
      out.println("password " + password);
      out.println("Evidence on the server may be ingested from under " + work);
      out.flush();
      return ServeCommand.serve(out, err, store, port, bind, false);
    }
  }
}
