package org.potctl.controller.kind;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.potctl.controller.plan.Plan;
import org.potctl.state.model.Dataset;

/** Collects the fingerprints of the observed objects a decision read. */
final class Observed {

  private final SortedMap<String, String> fingerprints = new TreeMap<>();

  Observed put(String key, Optional<String> fingerprint) {
    fingerprints.put(key, fingerprint.orElse(Plan.ABSENT));
    return this;
  }

  Observed dataset(String name, Optional<Dataset> dataset) {
    return put("dataset." + name, dataset.map(Dataset::fingerprint));
  }

  SortedMap<String, String> map() {
    return fingerprints;
  }
}
