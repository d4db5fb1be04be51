package org.potctl.state.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.potctl.state.statedir.NoFollowFiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code DIR/model.json} under a lock held across processes: every command loads the model, works
 * on it and saves it (temp file, rename) before the lock is released, so two hosts on the same
 * directory never lose or tear an update. A command that changed nothing (jls, zfs list, pot info
 * …) saves nothing, and a model file that did not change since this store last read or wrote it is
 * not parsed again ({@link ModelCache}).
 */
final class SimStore {

  private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  private final Path modelFile;
  private final Path lockFile;
  private final Path createLockFile;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ModelCache cache = new ModelCache();
  private final ModelWriter writer = new ModelWriter(JSON);

  SimStore(Path dir) {
    this.modelFile = dir.resolve("model.json");
    this.lockFile = dir.resolve(".model.lock");
    this.createLockFile = dir.resolve("tmp").resolve("pot-lock-file");
  }

  /** Runs {@code work} on the current model under the lock and saves what it leaves. */
  <T> T transact(Function<SimState, T> work) {
    return locked(
        lockFile,
        () -> {
          SimModel before = load();
          SimState state = new SimState(before);
          try {
            return work.apply(state);
          } finally {
            SimModel after = state.toModel();
            if (!after.sameAs(before)) {
              save(after);
            }
          }
        });
  }

  /** Saves {@code state} as it is now, from inside {@link #transact} (a command killed halfway). */
  void checkpoint(SimState state) {
    save(state.toModel());
  }

  /** Runs {@code work} under pot's global create lock ({@code lockf -k /tmp/pot-lock-file}). */
  <T> T underCreateLock(Supplier<T> work) {
    return locked(createLockFile, work);
  }

  /** The last saved model, read without locking (the file is always whole). */
  SimModel load() {
    Optional<ModelCache.Version> version = ModelCache.version(modelFile);
    Optional<SimModel> known = version.flatMap(cache::get);
    if (known.isPresent()) {
      return known.get();
    }
    String text = AtomicFiles.readOrEmpty(modelFile);
    SimModel model = text.isBlank() ? SimModel.empty() : JSON.readValue(text, SimModel.class);
    version.ifPresent(v -> cache.put(v, model));
    return model;
  }

  private void save(SimModel model) {
    AtomicFiles.write(modelFile, writer.write(model));
    ModelCache.version(modelFile).ifPresent(v -> cache.put(v, model));
  }

  private static <T> T locked(Path file, Supplier<T> work) {
    Path key = file.toAbsolutePath().normalize();
    ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
    jvmLock.lock();
    try {
      NoFollowFiles.privateDir(key.getParent());
      try (FileChannel ch =
          NoFollowFiles.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock lock = ch.lock();
        try {
          return work.get();
        } finally {
          lock.release();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + key, e);
    } finally {
      jvmLock.unlock();
    }
  }
}
