package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.potctl.controller.plan.FieldChange;
import org.potctl.controller.plan.Readiness;
import org.potctl.controller.plan.StepKind;
import org.potctl.schema.model.DesiredState;
import org.potctl.schema.model.DnsSpec;
import org.potctl.schema.model.MountSpec;
import org.potctl.schema.model.NetworkType;
import org.potctl.schema.model.PotOptions;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.PotType;
import org.potctl.state.pot.PotClone;
import org.potctl.state.pot.PotCommands;
import org.potctl.state.pot.PotCreate;
import org.potctl.state.pot.PotSetCommands;
import org.potctl.state.zfs.ZfsCommands;

/**
 * The steps that create a pot as the spec says: {@code pot create} (with its flavours), the owner
 * stamp at once, then mounts, ports, attributes, limits, env, hosts, dependencies and the start.
 */
final class PotCreateSteps {

  private PotCreateSteps() {}

  static List<StepDraft> steps(PlanContext ctx, PotSpec spec) {
    String dataset = ctx.host().config().potDataset(spec.name());
    List<StepDraft> steps = new ArrayList<>();
    steps.addAll(creation(ctx, spec));
    steps.add(StepDraft.of(StepKind.STAMP, ZfsCommands.stampOwner(dataset, ctx.specId())));
    if (spec.protect()) {
      steps.add(StepDraft.of(StepKind.STAMP, ZfsCommands.stampProtect(dataset)));
    }
    spec.options()
        .cmd()
        .ifPresent(
            c ->
                steps.add(
                    StepDraft.of(
                        StepKind.CONFIGURE,
                        PotSetCommands.setCommand(spec.name(), PotOptions.storedCommand(c)))));
    steps.addAll(HookSteps.create(ctx, spec));
    for (MountSpec m : spec.mounts()) {
      steps.add(StepDraft.of(StepKind.MOUNT, PotDiff.mountIn(spec.name(), m)));
    }
    if (!spec.ports().isEmpty()) {
      steps.add(
          StepDraft.of(
              StepKind.EXPORT_PORTS,
              PotSetCommands.exportPorts(spec.name(), PotValues.potPorts(spec))));
    }
    spec.attributes()
        .forEach(
            (k, v) ->
                steps.add(
                    StepDraft.of(
                        StepKind.CONFIGURE,
                        PotSetCommands.setAttribute(spec.name(), k, PotValues.attribute(v)))));
    if (spec.resources().isLimited()) {
      steps.add(
          StepDraft.of(
              StepKind.CONFIGURE,
              PotSetCommands.setRss(
                  spec.name(),
                  spec.resources().cpus(),
                  spec.resources().memory().map(Object::toString))));
    }
    if (!spec.env().isEmpty()) {
      steps.add(
          StepDraft.of(
              StepKind.CONFIGURE, PotSetCommands.setEnv(spec.name(), PotValues.env(spec))));
    }
    if (!spec.hosts().isEmpty()) {
      steps.add(
          StepDraft.of(
              StepKind.CONFIGURE, PotSetCommands.setHosts(spec.name(), PotValues.hosts(spec))));
    }
    for (String dep : spec.dependsOn()) {
      steps.add(
          StepDraft.afterDependencies(
              StepKind.CONFIGURE, PotSetCommands.addDependency(spec.name(), dep), Readiness.NONE));
    }
    if (spec.state() == DesiredState.RUNNING) {
      steps.add(start(spec));
    }
    return steps;
  }

  /**
   * {@code pot create}; for a clone {@code pot clone -P} of its template or image, with {@code pot
   * import} first when the image is not on the host and this pot is the one that imports it. The
   * imported {@code <name>_<tag>} pot gets the spec's owner stamp at once: it is the spec's, kept
   * while a spec pot is made from it and trashed once none is ({@code OrphanNodes}).
   */
  private static List<StepDraft> creation(PlanContext ctx, PotSpec spec) {
    List<StepDraft> steps = new ArrayList<>(DnsStaging.stage(ctx.flavourDir(), spec));
    steps.addAll(createOrClone(ctx, spec));
    steps.addAll(DnsStaging.unstage(ctx.flavourDir(), spec));
    return steps;
  }

  private static List<StepDraft> createOrClone(PlanContext ctx, PotSpec spec) {
    Optional<String> from = spec.options().clonedFrom();
    PotCreate create = potCreate(spec, DnsStaging.path(ctx.flavourDir(), spec));
    if (from.isEmpty()) {
      return List.of(StepDraft.of(StepKind.CREATE_POT, PotCommands.create(create)));
    }
    List<StepDraft> steps = new ArrayList<>();
    spec.options()
        .image()
        .filter(i -> !ctx.host().pots().containsKey(i.localName()))
        .filter(i -> ctx.spec().imageImporter(spec).orElse("").equals(spec.name()))
        .ifPresent(i -> steps.addAll(ImageImportSteps.steps(ctx, i)));
    steps.add(StepDraft.of(StepKind.CLONE_POT, new PotClone(from.get(), create).command()));
    return steps;
  }

  /** The rule an image pot named {@code pot} is held to under this plan's allowances. */
  static Readiness.ImageConfined confined(PlanContext ctx, String pot) {
    return new Readiness.ImageConfined(
        pot,
        ctx.host().config().zfsRoot(),
        ctx.host().config().fsRoot(),
        ctx.allowances().hooks(),
        ctx.allowances().privilegedAttributes(),
        ctx.allowances().reservedHostPorts().parseable());
  }

  /** {@code pot start}, after the pot's dependencies, ready when running with its redirects. */
  static StepDraft start(PotSpec spec) {
    return StepDraft.afterDependencies(
        StepKind.START,
        PotCommands.start(spec.name()),
        new Readiness.PotRunning(spec.name(), PotValues.redirects(spec)));
  }

  /**
   * The {@code pot create} of {@code spec}; a custom dns names {@code stagedDns}, the copy of its
   * resolv.conf on the host ({@link DnsStaging}).
   */
  static PotCreate potCreate(PotSpec spec, Optional<String> stagedDns) {
    org.potctl.state.model.NetworkType network =
        org.potctl.state.model.NetworkType.fromPot(spec.network().type().label());
    boolean hasIp = spec.network().type() != NetworkType.INHERIT;
    DnsSpec dns = spec.options().dns();
    Optional<String> dnsFlag =
        switch (dns.mode()) {
          case INHERIT -> Optional.empty();
          case POT, OFF -> Optional.of(dns.mode().label());
          case CUSTOM -> Optional.of("custom:" + stagedDns.orElseThrow());
        };
    return new PotCreate(
        spec.name(),
        PotType.fromPot(spec.type().label()),
        OptionalInt.empty(),
        spec.options().clonedFrom().orElse(spec.base()),
        network,
        hasIp ? spec.network().ips() : List.of(),
        spec.network().bridge(),
        spec.flavours(),
        spec.network().stack(),
        dnsFlag);
  }

  /** Every field the spec sets, as a create shows it (before is null). */
  static List<FieldChange> fields(PotSpec spec) {
    List<FieldChange> f = new ArrayList<>();
    spec.options()
        .image()
        .ifPresentOrElse(
            i ->
                f.add(
                    new FieldChange(
                        "image", null, Json.text(i.url() + "/" + i.name() + ":" + i.tag()))),
            () ->
                spec.options()
                    .template()
                    .ifPresentOrElse(
                        t -> f.add(new FieldChange("template", null, Json.text(t))),
                        () -> {
                          f.add(new FieldChange("base", null, Json.text(spec.base())));
                          f.add(new FieldChange("type", null, Json.text(spec.type().label())));
                        }));
    f.add(new FieldChange("network.type", null, Json.text(spec.network().type().label())));
    spec.network()
        .bridge()
        .ifPresent(b -> f.add(new FieldChange("network.bridge", null, Json.text(b))));
    f.add(
        new FieldChange(
            "network.ip",
            null,
            spec.network().ips().size() > 1
                ? Json.list(spec.network().ips())
                : Json.text(spec.network().ip().orElse("auto"))));
    f.addAll(PotOptionDiff.createFields(spec));
    f.addAll(HookSteps.createFields(spec));
    if (!spec.mounts().isEmpty()) {
      f.add(
          new FieldChange(
              "mounts",
              null,
              Json.list(spec.mounts().stream().map(m -> PotValues.mount(spec, m)).toList())));
    }
    if (!spec.ports().isEmpty()) {
      f.add(
          new FieldChange(
              "ports", null, Json.list(spec.ports().stream().map(p -> p.toPotSyntax()).toList())));
    }
    if (!spec.flavours().isEmpty()) {
      f.add(new FieldChange("flavours", null, Json.list(spec.flavours())));
    }
    spec.resources()
        .cpus()
        .ifPresent(c -> f.add(new FieldChange("resources.cpus", null, Json.number(c))));
    spec.resources()
        .memory()
        .ifPresent(m -> f.add(new FieldChange("resources.memory", null, Json.text(m.toString()))));
    spec.attributes()
        .forEach(
            (k, v) ->
                f.add(new FieldChange("attributes." + k, null, Json.text(PotValues.attribute(v)))));
    if (!spec.env().isEmpty()) {
      f.add(new FieldChange("env", null, Json.list(PotValues.env(spec))));
    }
    if (!spec.hosts().isEmpty()) {
      f.add(new FieldChange("hosts", null, Json.object(spec.hosts())));
    }
    if (!spec.dependsOn().isEmpty()) {
      f.add(new FieldChange("depends_on", null, Json.list(spec.dependsOn())));
    }
    f.add(new FieldChange("state", null, Json.text(spec.state().label())));
    if (spec.protect()) {
      f.add(new FieldChange("protect", null, Json.bool(true)));
    }
    return FscompHandler.sorted(f);
  }
}
