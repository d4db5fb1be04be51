package org.potctl.state.zfs;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One dataset a send stream carries, with the local properties {@code zfs receive} will set on it:
 * what an image would do to the receiving host, read before it is received.
 *
 * @param name the dataset's name on the sending side ({@code pool/jails/web}, no snapshot)
 *     <p>The properties are those {@code zfs send -R} gathers: set locally (or received) on the
 *     dataset, never inherited ones. String properties ({@code mountpoint}, {@code sharenfs}, user
 *     properties such as {@code potctl:owner}) keep their text; numeric and index properties come
 *     as the numbers the stream carries, not as {@code zfs get} shows them ({@code compression=on}
 *     is {@code 1}, {@code canmount=off} is {@code 0}).
 * @param properties the dataset's properties by name, every value as text (numbers as unsigned
 *     decimals); empty for a plain substream, which carries none
 * @param snapshotProperties properties of its snapshots, by snapshot name (no {@code @})
 */
public record StreamDataset(
    String name,
    SortedMap<String, String> properties,
    SortedMap<String, SortedMap<String, String>> snapshotProperties) {

  /** Unmodifiable copies. */
  public StreamDataset {
    properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
    SortedMap<String, SortedMap<String, String>> snaps = new TreeMap<>();
    snapshotProperties.forEach(
        (k, v) -> snaps.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(v))));
    snapshotProperties = Collections.unmodifiableSortedMap(snaps);
  }
}
