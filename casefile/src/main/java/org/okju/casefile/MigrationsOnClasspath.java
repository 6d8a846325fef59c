package org.okju.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions of this build's versioned migration scripts, read from the class path's folder and
 * jar listings only: no script is read or parsed, which is what makes {@link SchemaCurrency} cheap
 * beside Flyway's own resolution.
 */
final class MigrationsOnClasspath {
  private static final Pattern SCRIPT = Pattern.compile("V([0-9][0-9._]*)__[^/]*\\.sql");

  private MigrationsOnClasspath() {}

  /** Versions of every {@code V<version>__*.sql} under the given class-path folders. */
  static Set<String> versions(ClassLoader loader, String... folders) {
    Set<String> versions = new TreeSet<>();
    for (String folder : folders) {
      try {
        Enumeration<URL> roots = loader.getResources(folder);
        while (roots.hasMoreElements()) {
          addVersions(roots.nextElement(), folder, versions);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list the migrations under " + folder, e);
      }
    }
    return versions;
  }

  private static void addVersions(URL root, String folder, Set<String> versions)
      throws IOException {
    switch (root.getProtocol()) {
      case "file" -> {
        try (DirectoryStream<Path> scripts = Files.newDirectoryStream(Path.of(root.toURI()))) {
          for (Path script : scripts) {
            add(script.getFileName().toString(), versions);
          }
        } catch (URISyntaxException e) {
          throw new IOException("not a folder: " + root, e);
        }
      }
      case "jar" -> {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          String prefix = folder.endsWith("/") ? folder : folder + "/";
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
              add(name.substring(prefix.length()), versions);
            }
          }
        }
      }
      default -> throw new IOException("cannot list migrations in " + root);
    }
  }

  private static void add(String fileName, Set<String> versions) {
    Matcher m = SCRIPT.matcher(fileName);
    if (m.matches()) {
      versions.add(m.group(1).replace('_', '.'));
    }
  }
}
