package org.potctl.controller.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a plan step does, as a code with a sentence (Terraform's {@code ActionReason}): set by the
 * planner when it drafts the step, carried by the step into the saved plan ({@code kind}) and the
 * journal, and the only thing the applier and the interruption evidence decide on. Nothing recovers
 * a step's meaning from its argv.
 */
public enum StepKind {
  CREATE_BASE("creates a base pot (pot create-base)", Trait.SERIAL),
  CREATE_POT("creates a pot and its dataset (pot create)", Trait.SERIAL, Trait.CREATES_DATASET),
  CLONE_POT("creates a pot from a template or image (pot clone)", Trait.SERIAL),
  FETCH_IMAGE(
      "fetches an image's files into pot's cache to be checked before the import (mkdir -p,"
          + " fetch -A -o)"),
  IMPORT_IMAGE("imports an image (pot import)", Trait.SERIAL),
  CREATE_FSCOMP("creates an fscomp dataset (pot create-fscomp)", Trait.CREATES_DATASET),
  CREATE_BRIDGE("creates a private bridge (pot create-private-bridge)", Trait.SERIAL),
  DESTROY_BRIDGE("destroys a private bridge (pot destroy -B)"),
  STAMP("stamps a dataset with potctl's properties (owner, apply, protect)"),
  UNSTAMP("removes potctl's properties from a dataset (owner and apply on forget, protect)"),
  SET_PROPERTY("sets a ZFS property of an fscomp"),
  CONFIGURE("changes a pot's configuration (set-attribute, set-env, set-hosts, set-cmd, add-dep)"),
  EXPORT_PORTS("sets a pot's exported ports (pot export-ports)"),
  MOUNT("mounts an fscomp or host directory into a pot (pot mount-in)"),
  START("starts a pot (pot start)"),
  STOP("stops a pot (pot stop)"),
  SNAPSHOT("snapshots a pot or fscomp before a change that loses data (pot snapshot)"),
  WRITE_FLAVOUR("writes a flavour file (tee)"),
  REMOVE_FLAVOUR("removes a flavour file (rm -f)"),
  STAGE_HOOK("stages a hook script in pot's flavour directory (tee, chmod 0700)"),
  SET_HOOK("copies a staged hook script into a pot (pot set-hook)"),
  REMOVE_HOOK("removes a staged hook copy or a pot's hook script (rm -f)"),
  STAGE_FILE(
      "stages a spec file pot copies at create (a custom resolv.conf) in pot's flavour"
          + " directory (tee)"),
  REMOVE_STAGED("removes a staged spec file after the create (rm -f)"),
  CREATE_TRASH("creates the trash dataset (zfs create)", Trait.TRASH),
  TRASH_PREPARE(
      "lets a multi pot's own datasets or a clone's m inherit their mountpoint (zfs inherit -r)"),
  TRASH_UNMOUNT(
      "unmounts a dataset on its way into the trash (zfs set mountpoint=none)", Trait.TRASH),
  TRASH_RENAME("moves a dataset into the trash (zfs rename)", Trait.TRASH),
  RESTORE_RENAME("moves a dataset out of the trash (zfs rename)", Trait.TRASH),
  RESTORE_MOUNT("mounts a restored dataset where pot expects it (zfs inherit -r mountpoint)"),
  DESTROY_TRASHED("destroys a trash entry for good (zfs destroy -r)", Trait.TRASH),
  MAKE_DIRECTORY("makes the image directory of an image build (mkdir -p)"),
  EXPORT_IMAGE("exports a pot as an image (pot export)"),
  DESTROY_POT("destroys the build pot of an image build (pot destroy)"),
  INVENTORY_RECORD(
      "records a bridge or flavour in the host inventory (a journal line of adopt or image build,"
          + " never a plan step)"),
  INVENTORY_REMOVE(
      "removes a bridge or flavour from the host inventory (a journal line of forget, never a plan"
          + " step)");

  /** Properties of a kind the engine acts on. */
  enum Trait {
    /** Takes pot's global lock (or is create-base): runs alone among such steps. */
    SERIAL,
    /** Begins creating a dataset of a resource: evidence for repairing a half-done create. */
    CREATES_DATASET,
    /** Touches the trash dataset: the plan records the trash's fingerprint. */
    TRASH
  }

  private final String text;
  private final boolean serial;
  private final boolean createsDataset;
  private final boolean trash;

  StepKind(String text, Trait... traits) {
    this.text = text;
    this.serial = Arrays.asList(traits).contains(Trait.SERIAL);
    this.createsDataset = Arrays.asList(traits).contains(Trait.CREATES_DATASET);
    this.trash = Arrays.asList(traits).contains(Trait.TRASH);
  }

  /** The code in JSON and the journal, e.g. {@code create-pot}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** What a step of this kind does, one sentence without a full stop. */
  public String text() {
    return text;
  }

  /** Whether steps of this kind take pot's global lock and so run one at a time. */
  public boolean serial() {
    return serial;
  }

  /** Whether a started step of this kind is evidence that potctl began to create the dataset. */
  public boolean createsDataset() {
    return createsDataset;
  }

  /** Whether steps of this kind touch the trash dataset. */
  public boolean touchesTrash() {
    return trash;
  }

  /** The kind of {@code code} ({@link #code}), if it names one. */
  public static Optional<StepKind> fromCode(String code) {
    for (StepKind k : values()) {
      if (k.code().equals(code)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
