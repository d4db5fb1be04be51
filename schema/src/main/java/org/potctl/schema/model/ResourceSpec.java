package org.potctl.schema.model;

import org.potctl.schema.address.ResourceAddress;

/** A named resource declared in a spec. */
public sealed interface ResourceSpec permits PotSpec, FscompSpec, BridgeSpec, FlavourSpec {

  /** The resource's name, unique within its kind. */
  String name();

  /** The resource's canonical address. */
  ResourceAddress address();
}
