package org.potctl.controller.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.potctl.schema.diag.Diagnostic;
import org.potctl.schema.model.PortExport;
import org.potctl.schema.model.PotSpec;
import org.potctl.state.model.Dataset;
import org.potctl.state.model.IpAddresses;
import org.potctl.state.model.Pot;

/**
 * Objects of other specs on the same host are part of every plan's picture (DESIGN §3.3): a host
 * port (per protocol) or a static IP this spec wants that a pot of another spec id already uses is
 * a plan error at the spec's pot, naming that spec and its recorded origin; the same for a pot
 * potctl does not manage (no owner stamp), which would otherwise end up with a second redirect of
 * its port or its address twice on the host. A pot's host ports are those it will export: its spec
 * flavours' {@code export-ports} lines count unless its {@code ports} replace them ({@link
 * FlavourSettings}). A pot of another spec is no clone source either ({@code template}, or the pot
 * of an {@code image} that spec imported): {@code pot clone -F} would snapshot it and copy its
 * data. (A name owned by another spec is refused by the handlers, {@link Ownership} and {@link
 * Recorded}, with {@link #describe}.)
 */
public final class OtherSpecs {

  private OtherSpecs() {}

  /** Every port and static-IP clash of the spec's pots with pots of other spec ids or none. */
  public static List<Diagnostic> conflicts(PlanContext ctx) {
    List<Held> held = new ArrayList<>();
    for (Pot other : ctx.host().pots().values()) {
      holder(ctx, other.name()).ifPresent(h -> held.add(new Held(other, h)));
    }
    List<Diagnostic> found = new ArrayList<>(SharedHostDirs.check(ctx));
    for (PotSpec pot : ctx.spec().pots().values()) {
      found.addAll(BorrowedObjects.of(ctx, pot));
      PotSpec exporting = FlavourSettings.effective(ctx.spec(), pot, ctx.host().flavours());
      boolean byFlavour = pot.ports().isEmpty() && !exporting.ports().isEmpty();
      for (Held other : held) {
        if (!other.pot().name().equals(pot.name())) {
          ports(ctx, exporting, byFlavour, other.pot(), other.holder(), found);
          ips(ctx, pot, other.pot(), other.holder(), found);
        }
      }
    }
    return found;
  }

  /** A host pot that is not this spec's, with how messages name its holder. */
  private record Held(Pot pot, String holder) {}

  /** {@code spec 'ID' (ORIGIN)}: another spec as messages name it, with its recorded origin. */
  static String describe(PlanContext ctx, String specId) {
    return "spec '"
        + specId
        + "'"
        + ctx.inventory().origin(specId).map(o -> " (" + o + ")").orElse("");
  }

  /**
   * How messages name whoever holds pot {@code pot} ({@code " of spec 'ID' (ORIGIN)"}, or that
   * potctl does not manage it); empty for a pot of this spec.
   */
  static Optional<String> holder(PlanContext ctx, String pot) {
    Dataset ds = ctx.host().datasets().get(ctx.host().config().potDataset(pot));
    Optional<String> owner = ds == null ? Optional.empty() : ds.owner();
    if (owner.isEmpty()) {
      return Optional.of(", which potctl does not manage");
    }
    return owner.filter(o -> !o.equals(ctx.specId())).map(o -> " of " + describe(ctx, o));
  }

  /** {@code byFlavour}: the pot's ports are its flavours' (located at its flavours). */
  private static void ports(
      PlanContext ctx,
      PotSpec pot,
      boolean byFlavour,
      Pot other,
      String holder,
      List<Diagnostic> found) {
    for (int i = 0; i < pot.ports().size(); i++) {
      PortExport p = pot.ports().get(i);
      if (p.hostPort().isEmpty()) {
        continue;
      }
      String proto = p.proto().name().toLowerCase(Locale.ROOT);
      int host = p.hostPort().getAsInt();
      boolean clash =
          other.ports().stream()
              .anyMatch(
                  e ->
                      e.hostPort().isPresent()
                          && e.hostPort().getAsInt() == host
                          && e.protocol().name().equalsIgnoreCase(proto));
      if (clash) {
        found.add(
            at(
                ctx,
                pot,
                byFlavour ? "flavours" : "ports[" + i + "]",
                "host port "
                    + proto
                    + "/"
                    + host
                    + (byFlavour ? " (an export-ports line of its flavours)" : "")
                    + " is already exported by pot "
                    + other.name()
                    + holder));
      }
    }
  }

  private static void ips(
      PlanContext ctx, PotSpec pot, Pot other, String holder, List<Diagnostic> found) {
    List<String> theirs = addresses(other.network().ip().orElse(""));
    List<String> ours = pot.network().ips();
    for (int i = 0; i < ours.size(); i++) {
      String ip = AliasItem.parse(ours.get(i)).ip();
      if (theirs.contains(canonical(ip))) {
        found.add(
            at(
                ctx,
                pot,
                ours.size() == 1 ? "network.ip" : "network.ip[" + i + "]",
                "static IP " + ip + " is already used by pot " + other.name() + holder));
      }
    }
  }

  private static List<String> addresses(String potConfIp) {
    List<String> out = new ArrayList<>();
    for (String item : potConfIp.trim().split("\\s+")) {
      if (!item.isEmpty()) {
        out.add(canonical(AliasItem.parse(item).ip()));
      }
    }
    return out;
  }

  /**
   * The address as it is compared ({@link IpAddresses#canonical}): one IPv6 address in two
   * spellings is one address; text that is no address compares as written.
   */
  private static String canonical(String ip) {
    return IpAddresses.canonical(ip).orElse(ip);
  }

  static Diagnostic at(PlanContext ctx, PotSpec pot, String field, String message) {
    return ctx.errorAt(pot.address(), pot.address().specPath() + "." + field, message);
  }
}
