package org.potctl.state.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.potctl.state.model.HostState;
import org.potctl.state.model.Mount;
import org.potctl.state.model.Pot;
import org.potctl.state.model.Redirect;

/** {@code potctl observe} as text: a readable tree of pots, then the other objects, sorted. */
public final class HostStateText {

  private HostStateText() {}

  /** The report for {@code state} seen through host driver {@code driver}. */
  public static String render(HostState state, String driver) {
    List<String> out = new ArrayList<>();
    out.add(
        "host: "
            + driver
            + "  zfs_root "
            + state.config().zfsRoot()
            + "  fs_root "
            + state.config().fsRoot());
    state
        .config()
        .setting("POT_NETWORK")
        .ifPresent(
            n ->
                out.add(
                    "network: "
                        + n
                        + state
                            .config()
                            .setting("POT_GATEWAY")
                            .map(g -> "  gateway " + g)
                            .orElse("")
                        + state.config().setting("POT_EXTIF").map(i -> "  extif " + i).orElse("")));
    out.add("fingerprint: " + state.fingerprint());
    out.add("");
    out.add(heading("pots", state.pots().size()));
    state.pots().values().forEach(p -> pot(out, p, state));
    if (!state.incompletePots().isEmpty()) {
      out.add("  incomplete (no pot.conf): " + String.join(", ", state.incompletePots()));
    }
    out.add(heading("fscomps", state.fscomps().size()));
    state
        .fscomps()
        .forEach(
            (name, ds) ->
                out.add(
                    String.format(
                        Locale.ROOT,
                        "  %-24s %-10s %s",
                        name,
                        human(ds.usedBytes()),
                        ds.owner().map(o -> "owner " + o).orElse("unmanaged"))));
    out.add(heading("bridges", state.bridges().size()));
    state
        .bridges()
        .values()
        .forEach(
            b ->
                out.add(
                    String.format(
                        Locale.ROOT,
                        "  %-24s %-18s gateway %s",
                        b.name(),
                        b.network(),
                        b.gateway())));
    out.add(heading("flavours", state.flavours().size()));
    state
        .flavours()
        .values()
        .forEach(
            f ->
                out.add(
                    String.format(
                        Locale.ROOT,
                        "  %-24s %s",
                        f.name(),
                        (f.commands().isPresent() ? "commands" : "")
                            + (f.commands().isPresent() && f.scriptDigest().isPresent() ? "+" : "")
                            + (f.scriptDigest().isPresent() ? "script" : ""))));
    out.add(heading("bases", state.bases().size()));
    state.bases().values().forEach(b -> out.add("  " + b.name()));
    List<Redirect> foreign =
        state.redirects().stream()
            .filter(
                r ->
                    state.pots().keySet().stream()
                        .noneMatch(p -> Redirect.anchorFor(p).equals(r.anchor())))
            .toList();
    if (!foreign.isEmpty()) {
      out.add(heading("redirects without a pot", foreign.size()));
      foreign.forEach(r -> out.add("  " + r.anchor() + ": " + redirect(r)));
    }
    return String.join("\n", out) + "\n";
  }

  private static String heading(String what, int n) {
    return what + " (" + n + "):";
  }

  private static void pot(List<String> out, Pot p, HostState state) {
    String level =
        p.type().potName()
            + (p.type() == org.potctl.state.model.PotType.MULTI ? "/" + p.level() : "");
    String net =
        p.network().type().potName()
            + p.network().bridge().map(b -> ":" + b).orElse("")
            + p.network().ip().map(ip -> " " + ip).orElse("");
    out.add(
        String.format(
            Locale.ROOT,
            "  %-24s %-8s %-8s %-8s %s",
            p.name(),
            state.isRunning(p.name()) ? "running" : "stopped",
            level,
            p.base(),
            net));
    for (Mount m : p.mounts()) {
      String opt = m.option().potName().isEmpty() ? "" : " (" + m.option().potName() + ")";
      out.add("      mount " + m.source() + " -> " + m.target() + opt);
    }
    p.ports()
        .forEach(
            x ->
                out.add(
                    "      port  "
                        + x.protocol().potName()
                        + " "
                        + x.potPort()
                        + " <- "
                        + (x.hostPort().isPresent()
                            ? String.valueOf(x.hostPort().getAsInt())
                            : "auto")));
    state.redirectsOf(p.name()).forEach(r -> out.add("      rdr   " + redirect(r)));
    if (!p.depends().isEmpty()) {
      out.add("      depends " + String.join(", ", p.depends()));
    }
    p.hooks().forEach((type, digest) -> out.add("      hook  " + type + " " + digest));
  }

  private static String redirect(Redirect r) {
    return r.protocol().potName()
        + " "
        + r.destination()
        + ":"
        + r.hostPort()
        + " -> "
        + r.potIp()
        + ":"
        + r.potPort();
  }

  private static String human(long bytes) {
    String units = "BKMGTPE";
    double v = bytes;
    int u = 0;
    while (v >= 1024 && u < units.length() - 1) {
      v /= 1024;
      u++;
    }
    return u == 0 ? bytes + "B" : String.format(Locale.ROOT, "%.1f%c", v, units.charAt(u));
  }
}
