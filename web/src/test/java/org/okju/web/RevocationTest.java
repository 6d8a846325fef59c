package org.okju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.web.auth.Secrets;
import org.okju.web.store.Cases;
import org.okju.web.store.Users;

/**
 * Access is decided afresh on every request (one joined lookup, no cache): a membership ended or a
 * token revoked while a client is paging is refused on its very next request.
 */
class RevocationTest {
  @TempDir Path tmp;

  @Test
  void aMembershipEndedIsRefusedOnTheNextApiRequestAndPage() throws Exception {
    try (Fixture f = Fixture.start(tmp)) {
      Api api = new Api(f.base(), f.tokens.get("investigator"));
      Browser browser = f.signedIn("investigator");
      assertThat(api.get("/api/cases/alpha/items?limit=5").statusCode()).isEqualTo(200);
      assertThat(browser.get("/cases/alpha/items").statusCode()).isEqualTo(200);
      Users.Account user = f.store.users().find("investigator").orElseThrow();
      Cases.Registered alpha = f.store.cases().find("alpha").orElseThrow();

      f.store.cases().removeMember(user.id(), alpha.id());

      assertThat(api.get("/api/cases/alpha/items?limit=5").statusCode()).isEqualTo(404);
      assertThat(api.get("/api/cases/alpha/items/" + f.alphaItems.get(0).value()).statusCode())
          .isEqualTo(404);
      assertThat(browser.get("/cases/alpha/items").statusCode()).isEqualTo(404);
      // Given back, it works again at once.
      f.store.cases().addMember(user.id(), alpha.id());
      assertThat(api.get("/api/cases/alpha/items?limit=5").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aRevokedTokenIsRefusedOnTheNextRequest() throws Exception {
    try (Fixture f = Fixture.start(tmp)) {
      String token = f.tokens.get("takedown");
      Api api = new Api(f.base(), token);
      assertThat(api.get("/api/cases/alpha/items?limit=5").statusCode()).isEqualTo(200);

      f.store.tokens().revoke(Secrets.sha256(token));

      assertThat(api.get("/api/cases/alpha/items?limit=5").statusCode()).isEqualTo(401);
      assertThat(api.get("/api/cases").statusCode()).isEqualTo(401);
      assertThat(api.get("/api/cases/beta/items").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void aCaseNameThatIsNoCaseIsNotFoundForAnAdminToo() throws Exception {
    try (Fixture f = Fixture.start(tmp)) {
      Api admin = new Api(f.base(), f.tokens.get("admin"));
      assertThat(admin.get("/api/cases/beta/items?limit=5").statusCode()).isEqualTo(200);
      assertThat(admin.get("/api/cases/gamma/items").statusCode()).isEqualTo(404);
      assertThat(admin.get("/api/cases/bad%20name/items").statusCode()).isEqualTo(404);
    }
  }
}
