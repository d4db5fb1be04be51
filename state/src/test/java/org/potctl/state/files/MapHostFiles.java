package org.potctl.state.files;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory host file system for tests: files by absolute path; directories are implied. */
public final class MapHostFiles implements HostFiles {

  private final TreeMap<String, String> files = new TreeMap<>();
  private final AtomicInteger reads = new AtomicInteger();

  /** Adds (or replaces) a file. */
  public MapHostFiles put(String path, String text) {
    files.put(path, text);
    return this;
  }

  /** How many file reads were made. */
  public int reads() {
    return reads.get();
  }

  @Override
  public List<String> list(String directory) {
    String prefix = directory.endsWith("/") ? directory : directory + "/";
    TreeSet<String> names = new TreeSet<>();
    for (String path : files.tailMap(prefix).keySet()) {
      if (!path.startsWith(prefix)) {
        break;
      }
      String rest = path.substring(prefix.length());
      int slash = rest.indexOf('/');
      names.add(slash < 0 ? rest : rest.substring(0, slash));
    }
    return List.copyOf(names);
  }

  @Override
  public boolean isDirectory(String path) {
    String prefix = path + "/";
    String next = files.ceilingKey(prefix);
    return next != null && next.startsWith(prefix);
  }

  @Override
  public Optional<String> read(String path) {
    reads.incrementAndGet();
    return Optional.ofNullable(files.get(path));
  }

  @Override
  public Optional<byte[]> readBytes(String path) {
    return read(path).map(t -> t.getBytes(StandardCharsets.UTF_8));
  }
}
