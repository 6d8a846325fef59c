package org.okju.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteServerStoreTest extends ServerStoreContract {
  @TempDir Path tmp;

  @Override
  ServerStore open() {
    return ServerStore.init(tmp.resolve("server"), Optional.empty());
  }

  @Test
  void theServerDirectoryIsTheOwnersOnlyAndCannotBeInitialisedTwice() throws Exception {
    Path dir = tmp.resolve("server");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
        .isEqualTo("rwx------");
    assertThat(Files.isRegularFile(dir.resolve(ServerLocation.DATABASE))).isTrue();
    assertThatThrownBy(() -> ServerStore.init(dir, Optional.empty()))
        .isInstanceOf(ServerStoreException.class);
    assertThatThrownBy(() -> ServerStore.open(tmp.resolve("nothing-here")))
        .isInstanceOf(ServerStoreException.class)
        .hasMessageContaining("okju server init");
  }
}
