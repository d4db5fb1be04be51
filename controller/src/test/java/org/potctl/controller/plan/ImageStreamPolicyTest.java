package org.potctl.controller.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.potctl.state.zfs.SendStreamHeader;
import org.potctl.state.zfs.StreamDataset;

/** Which properties of an image's stream {@code pot import} may receive. */
class ImageStreamPolicyTest {

  private static final String TOP = "zroot/pot/jails/www";

  @Test
  void potsOwnImageCarriesNothingAndPasses() {
    var header = header(dataset(TOP, Map.of()), dataset(TOP + "/m", Map.of()));
    assertEquals(List.of(), ImageStreamPolicy.problems(header, "www_1_0", "/opt/pot"));
  }

  @Test
  void storageAndUserPropertiesPass() {
    var header =
        header(
            dataset(TOP, Map.of("compression", "15", "atime", "0", "org.example:team", "web")),
            dataset(TOP + "/m", Map.of("recordsize", "1048576", "xattr", "2")));
    assertEquals(List.of(), ImageStreamPolicy.problems(header, "www_1_0", "/opt/pot"));
  }

  @Test
  void aMountpointOnlyWherePotMountsTheDatasetAnyway() {
    var inPlace =
        header(
            dataset(TOP, Map.of("mountpoint", "/opt/pot/jails/www_1_0")),
            dataset(TOP + "/m", Map.of("mountpoint", "/opt/pot/jails/www_1_0/m")));
    assertEquals(List.of(), ImageStreamPolicy.problems(inPlace, "www_1_0", "/opt/pot/"));
    var elsewhere =
        header(dataset(TOP, Map.of()), dataset(TOP + "/m", Map.of("mountpoint", "/usr/local/etc")));
    assertEquals(
        List.of("mountpoint=/usr/local/etc on www_1_0/m"),
        ImageStreamPolicy.problems(elsewhere, "www_1_0", "/opt/pot"));
    var anotherPots = header(dataset(TOP, Map.of("mountpoint", "/opt/pot/jails/db")));
    assertEquals(
        List.of("mountpoint=/opt/pot/jails/db on www_1_0"),
        ImageStreamPolicy.problems(anotherPots, "www_1_0", "/opt/pot"));
  }

  @Test
  void hostReachingPropertiesAndPotctlStampsAreEachNamed() {
    var header =
        header(
            dataset(
                TOP,
                Map.of(
                    "sharenfs", "on",
                    "potctl:protect", "on",
                    "potctl:other", "x",
                    "reservation", "1099511627776",
                    "jailed", "1")),
            dataset("zroot/elsewhere", Map.of("setuid", "1", "org.freebsd:swap", "on")));
    assertEquals(
        List.of(
            "jailed=1 on www_1_0",
            "potctl:other=x on www_1_0",
            "potctl:protect=on on www_1_0",
            "reservation=1099511627776 on www_1_0",
            "sharenfs=on on www_1_0",
            "org.freebsd:swap=on on zroot/elsewhere",
            "setuid=1 on zroot/elsewhere"),
        ImageStreamPolicy.problems(header, "www_1_0", "/opt/pot"));
  }

  @Test
  void theBuildPotsOwnerStampPassesForTheImportStampsThePotAtOnce() {
    var header = header(dataset(TOP, Map.of("potctl:owner", "build", ":pot.tag", "1")));
    assertEquals(List.of(), ImageStreamPolicy.problems(header, "www_1_0", "/opt/pot"));
    var apply = header(dataset(TOP, Map.of("potctl:apply", "a1")));
    assertEquals(
        List.of("potctl:apply=a1 on www_1_0"),
        ImageStreamPolicy.problems(apply, "www_1_0", "/opt/pot"));
  }

  @Test
  void snapshotsMayCarryOnlyUserProperties() {
    SortedMap<String, SortedMap<String, String>> snaps = new TreeMap<>();
    snaps.put("1700000000", new TreeMap<>(Map.of("org.example:x", "y", "potctl:apply", "z")));
    var header =
        new SendStreamHeader(
            TOP + "@1700000000", true, List.of(new StreamDataset(TOP, new TreeMap<>(), snaps)));
    assertEquals(
        List.of("potctl:apply=z on www_1_0@1700000000"),
        ImageStreamPolicy.problems(header, "www_1_0", "/opt/pot"));
  }

  private static SendStreamHeader header(StreamDataset... datasets) {
    return new SendStreamHeader(TOP + "@1700000000", true, List.of(datasets));
  }

  private static StreamDataset dataset(String name, Map<String, String> props) {
    return new StreamDataset(name, new TreeMap<>(props), new TreeMap<>());
  }
}
