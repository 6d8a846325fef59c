package org.okju.cli.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Whether the sources the running jar was built from have changed since. In a checkout, the
 * launcher rebuilds the jar when a pom or anything under a module's {@code src/main} is newer than
 * it; a resident lets the launcher skip that walk of the tree (most of a short command's shell
 * time) by watching the same files itself (inotify) and turning every command away once one
 * changes, so that the launcher then rebuilds as before. The Spark module is left out, as there.
 */
public final class SourceWatch implements AutoCloseable {
  private static final String POM = "pom.xml";

  private final WatchService watcher;
  private final Set<WatchKey> sourceFolders = ConcurrentHashMap.newKeySet();
  private volatile boolean changed;

  private SourceWatch(WatchService watcher) {
    this.watcher = watcher;
  }

  /**
   * Watches the sources of the checkout at {@code home} for changes after {@code built} (the jar's
   * time). An installation without sources never changes.
   */
  public static SourceWatch start(Path home, FileTime built) throws IOException {
    SourceWatch watch = new SourceWatch(FileSystems.getDefault().newWatchService());
    List<Path> trees = new ArrayList<>();
    try {
      watch.register(home);
      watchModules(watch, home, trees);
    } catch (UncheckedIOException e) {
      watch.close();
      throw e.getCause();
    }
    // What changed between the launcher's own check and the watches' start.
    watch.changed = newerThan(home, trees, built);
    Thread t = new Thread(watch::await, "okju-resident-sources");
    t.setDaemon(true);
    t.start();
    return watch;
  }

  private static void watchModules(SourceWatch watch, Path home, List<Path> trees)
      throws IOException {
    try (DirectoryStream<Path> modules = Files.newDirectoryStream(home, Files::isDirectory)) {
      for (Path module : modules) {
        if (Files.isRegularFile(module.resolve(POM))
            && !module.getFileName().toString().equals("spark")) {
          watch.register(module);
          Path main = module.resolve("src").resolve("main");
          if (Files.isDirectory(main)) {
            trees.add(main);
          }
        }
      }
    }
    for (Path tree : trees) {
      try (Stream<Path> dirs = Files.walk(tree)) {
        dirs.filter(Files::isDirectory).forEach(d -> watch.sourceFolders.add(watch.register(d)));
      }
    }
  }

  public boolean changed() {
    return changed;
  }

  private WatchKey register(Path dir) {
    try {
      return dir.register(
          watcher,
          StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean newerThan(Path home, List<Path> trees, FileTime built) throws IOException {
    List<Path> poms = new ArrayList<>();
    poms.add(home.resolve(POM));
    for (Path main : trees) {
      poms.add(main.getParent().getParent().resolve(POM));
    }
    for (Path pom : poms) {
      if (Files.exists(pom) && modifiedAfter(pom, built)) {
        return true;
      }
    }
    for (Path tree : trees) {
      try (Stream<Path> files = Files.walk(tree)) {
        if (files.anyMatch(f -> Files.isRegularFile(f) && modifiedAfter(f, built))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean modifiedAfter(Path file, FileTime built) {
    try {
      return Files.getLastModifiedTime(file).compareTo(built) > 0;
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * Any event under {@code src/main} is a change; in the checkout's and the modules' own folders
   * (watched for their poms) only one naming a pom, or an overflow.
   */
  private void await() {
    try {
      while (!changed) {
        WatchKey key = watcher.take();
        boolean sources = sourceFolders.contains(key);
        for (WatchEvent<?> event : key.pollEvents()) {
          if (sources
              || event.kind() == StandardWatchEventKinds.OVERFLOW
              || POM.equals(String.valueOf(event.context()))) {
            changed = true;
          }
        }
        key.reset();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // the resident is ending
    }
  }

  @Override
  public void close() throws IOException {
    watcher.close();
  }
}
