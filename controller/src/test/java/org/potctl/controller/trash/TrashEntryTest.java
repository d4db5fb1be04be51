package org.potctl.controller.trash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.potctl.schema.address.ResourceAddress;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.HostState;
import org.potctl.state.model.PotConfig;

class TrashEntryTest {

  private static HostState host(String... names) {
    SortedMap<String, Dataset> datasets = new TreeMap<>();
    for (String n : names) {
      datasets.put(
          n, new Dataset(n, "none", Optional.empty(), 1024, Optional.empty(), Optional.empty()));
    }
    return new HostState(
        new PotConfig("zroot/pot", "/opt/pot"),
        datasets,
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        List.of(),
        new java.util.TreeSet<>());
  }

  private static final String T = "zroot/pot/potctl-trash/";

  @Test
  void namesWithDashesAreReadByThePotctlApplyIdAtTheEnd() {
    List<TrashEntry> all =
        TrashEntry.list(
            host(
                "zroot/pot/potctl-trash",
                T + "pot-web-data-20261123T135000Z-3f9a",
                T + "fscomp-a-20261124T000000Z-0000",
                T + "fscomp-a-20261124T000000Z-0000/child",
                "zroot/pot/jails/pot-x-20261123T135000Z-3f9a",
                T + "base-14.1-20261123T135000Z-3f9a"),
            ApplyTimes.NONE);
    assertEquals(
        List.of(ResourceAddress.fscomp("a"), ResourceAddress.pot("web-data")),
        all.stream().map(TrashEntry::address).toList());
    assertEquals("20261123T135000Z-3f9a", all.get(1).applyId());
    assertEquals(Optional.of(Instant.parse("2026-11-23T13:50:00Z")), all.get(1).time());
    assertEquals(1024, all.get(1).usedBytes());
  }

  @Test
  void millisecondApplyIdsAreReadAndSortAfterOlderSecondIds() {
    List<TrashEntry> all =
        TrashEntry.list(
            host(
                T + "pot-web-data-20261123T135000Z-3f9a",
                T + "pot-web-data-20261123T135001.250Z-0001-77aa",
                T + "pot-web-data-20261123T135001.250Z-0000-ffff"),
            ApplyTimes.NONE);
    assertEquals(
        List.of(
            "20261123T135001.250Z-0001-77aa",
            "20261123T135001.250Z-0000-ffff",
            "20261123T135000Z-3f9a"),
        all.stream().map(TrashEntry::applyId).toList());
    assertEquals(ResourceAddress.pot("web-data"), all.get(0).address());
    assertEquals(Optional.of(Instant.parse("2026-11-23T13:50:01.250Z")), all.get(0).time());
  }

  @Test
  void anApplyIdWithoutTimestampHasNoTimeAndIsFoundByItsName() {
    HostState host = host(T + "pot-web-ci-42", T + "pot-web-data-20261123T135000Z-3f9a");
    List<TrashEntry> web = TrashEntry.of(host, ResourceAddress.pot("web"), ApplyTimes.NONE);
    assertEquals(1, web.size());
    assertEquals("ci-42", web.get(0).applyId());
    assertEquals(Optional.empty(), web.get(0).time());
    assertEquals(1, TrashEntry.of(host, ResourceAddress.pot("web-data"), ApplyTimes.NONE).size());
  }

  @Test
  void sizesReadLikeZfsList() {
    assertEquals("512B", TrashListing.human(512));
    assertEquals("1.5M", TrashListing.human(1572864));
  }
}
