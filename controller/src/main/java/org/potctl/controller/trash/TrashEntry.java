package org.potctl.controller.trash;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.schema.address.ResourceKind;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.HostState;
import org.potctl.state.statedir.ApplyIds;

/**
 * One dataset in the trash, {@code <zfs_root>/potctl-trash/<kind>-<name>-<apply id>}.
 *
 * @param dataset the trashed dataset's full name
 * @param address what it was, {@code pot.web} or {@code fscomp.data}
 * @param applyId the id of the apply that moved it there
 * @param usedBytes the space it uses
 * @param ran when the apply that moved it there started, from its journal ({@link ApplyTimes})
 */
public record TrashEntry(
    String dataset,
    ResourceAddress address,
    String applyId,
    long usedBytes,
    Optional<Instant> ran) {

  /**
   * Newest first: by when it was trashed ({@link #time}; entries of unknown age last), then by
   * apply id ({@link ApplyIds#OLDEST_FIRST} reversed), then by address.
   */
  public static final Comparator<TrashEntry> NEWEST_FIRST =
      Comparator.comparing((TrashEntry e) -> e.time().isPresent())
          .thenComparing(e -> e.time().orElse(Instant.EPOCH))
          .thenComparing(TrashEntry::applyId, ApplyIds.OLDEST_FIRST)
          .reversed()
          .thenComparing(TrashEntry::address);

  private static final Pattern STANDARD =
      Pattern.compile(
          "(pot|fscomp)-(.+)-([0-9]{8}T[0-9]{6}(?:\\.[0-9]{3})?Z-[0-9a-f]+(?:-[0-9a-f]+)?)");
  private static final Pattern OTHER = Pattern.compile("(pot|fscomp)-([^-]+)-(.+)");

  public TrashEntry {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(applyId, "applyId");
    Objects.requireNonNull(ran, "ran");
  }

  /**
   * Every entry of the trash of {@code host}, newest first. A name like {@code pot-web-data-ID} is
   * read as pot {@code web-data} when ID has the timestamp form of potctl's apply ids; otherwise
   * the name is taken up to the first dash after the kind. {@code times} tells when each apply ran.
   */
  public static List<TrashEntry> list(HostState host, ApplyTimes times) {
    String prefix = host.config().trashDataset() + "/";
    List<TrashEntry> entries = new ArrayList<>();
    for (Dataset d : host.datasets().values()) {
      if (d.name().startsWith(prefix) && d.name().indexOf('/', prefix.length()) < 0) {
        parse(d.leaf()).ifPresent(e -> entries.add(e.with(d, times)));
      }
    }
    entries.sort(NEWEST_FIRST);
    return List.copyOf(entries);
  }

  /** The entries of {@code address}, newest first. */
  public static List<TrashEntry> of(HostState host, ResourceAddress address, ApplyTimes times) {
    String leafPrefix = address.kind().prefix() + "-" + address.name() + "-";
    List<TrashEntry> result = new ArrayList<>();
    for (TrashEntry e : list(host, times)) {
      if (e.address().equals(address)) {
        result.add(e);
      } else if (!STANDARD.matcher(leaf(e)).matches() && leaf(e).startsWith(leafPrefix)) {
        result.add(e.named(address, leaf(e).substring(leafPrefix.length()), times));
      }
    }
    return List.copyOf(result);
  }

  /**
   * When it was trashed: when the apply that trashed it started, from its journal, or else from the
   * apply id's timestamp (the later of the two: a saved plan's id is its plan's time).
   */
  public Optional<Instant> time() {
    Optional<Instant> id = ApplyIds.time(applyId);
    if (ran.isEmpty() || id.isEmpty()) {
      return ran.or(() -> id);
    }
    return Optional.of(ran.get().isAfter(id.get()) ? ran.get() : id.get());
  }

  private static String leaf(TrashEntry e) {
    return e.dataset().substring(e.dataset().lastIndexOf('/') + 1);
  }

  private static Optional<TrashEntry> parse(String leaf) {
    Matcher m = STANDARD.matcher(leaf);
    if (!m.matches()) {
      m = OTHER.matcher(leaf);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    ResourceKind kind = m.group(1).equals("pot") ? ResourceKind.POT : ResourceKind.FSCOMP;
    return Optional.of(
        new TrashEntry(
            leaf, new ResourceAddress(kind, m.group(2)), m.group(3), 0, Optional.empty()));
  }

  private TrashEntry with(Dataset d, ApplyTimes times) {
    return new TrashEntry(d.name(), address, applyId, d.usedBytes(), times.started(applyId));
  }

  private TrashEntry named(ResourceAddress as, String id, ApplyTimes times) {
    return new TrashEntry(dataset, as, id, usedBytes, times.started(id));
  }
}
