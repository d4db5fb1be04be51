package org.potctl.state.pot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.potctl.state.exec.Command;
import org.potctl.state.model.HostsEntry;
import org.potctl.state.model.NetworkType;
import org.potctl.state.model.PortExport;
import org.potctl.state.model.PotType;
import org.potctl.state.model.Protocol;

class PotCommandsTest {

  private static String line(Command c) {
    return c.display();
  }

  @Test
  void createsASinglePotWithInheritNetwork() {
    assertEquals(
        "pot create -p web -t single -b 14.1 -N inherit",
        line(PotCommands.create(PotCreate.single("web", "14.1"))));
  }

  @Test
  void createsAPrivateBridgeMultiPotWithFlavoursInOrder() {
    PotCreate c =
        new PotCreate(
            "db",
            PotType.MULTI,
            OptionalInt.of(1),
            "14.1",
            NetworkType.PRIVATE_BRIDGE,
            Optional.of("10.192.0.18"),
            Optional.of("backend"),
            List.of("nginx", "slim"));
    assertEquals(
        List.of(
            "pot",
            "create",
            "-p",
            "db",
            "-t",
            "multi",
            "-l",
            "1",
            "-b",
            "14.1",
            "-N",
            "private-bridge",
            "-i",
            "10.192.0.18",
            "-B",
            "backend",
            "-f",
            "nginx",
            "-f",
            "slim"),
        PotCommands.create(c).argv());
  }

  @Test
  void bridgePotWithoutAddressAsksForAuto() {
    PotCreate c =
        PotCreate.single("web", "14.1")
            .withNetwork(NetworkType.PUBLIC_BRIDGE, Optional.empty(), Optional.empty());
    assertEquals(
        "pot create -p web -t single -b 14.1 -N public-bridge -i auto",
        line(PotCommands.create(c)));
  }

  @Test
  void createRefusesWhatPotRefuses() {
    PotCreate single = PotCreate.single("web", "14.1");
    assertThrows(
        IllegalArgumentException.class,
        () -> single.withNetwork(NetworkType.PRIVATE_BRIDGE, Optional.empty(), Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> single.withNetwork(NetworkType.PUBLIC_BRIDGE, Optional.empty(), Optional.of("b")));
    assertThrows(
        IllegalArgumentException.class,
        () -> single.withNetwork(NetworkType.ALIAS, Optional.empty(), Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> single.withNetwork(NetworkType.INHERIT, Optional.of("10.0.0.1"), Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new PotCreate(
                "web",
                PotType.SINGLE,
                OptionalInt.of(1),
                "14.1",
                NetworkType.INHERIT,
                Optional.empty(),
                Optional.empty(),
                List.of()));
    assertThrows(IllegalArgumentException.class, () -> PotCreate.single("my.pot", "14.1"));
    assertThrows(IllegalArgumentException.class, () -> PotCreate.single("web", "latest;rm"));
  }

  @Test
  void provisioningCommands() {
    assertEquals("pot create-base -r 14.1", line(PotCommands.createBase("14.1")));
    assertEquals("pot create-fscomp -f web-data", line(PotCommands.createFscomp("web-data")));
    assertEquals(
        "pot create-private-bridge -B backend -S 6",
        line(PotCommands.createPrivateBridge("backend", 6)));
    assertThrows(
        IllegalArgumentException.class, () -> PotCommands.createPrivateBridge("backend", 1));
    assertThrows(IllegalArgumentException.class, () -> PotCommands.createBase("../14.1"));
  }

  @Test
  void mountsFscompsAndDirectoriesReadOnlyOrNot() {
    assertEquals(
        "pot mount-in -p web -f web-data -m /usr/local/www -r",
        line(PotCommands.mountInFscomp("web", "web-data", "/usr/local/www", true)));
    assertEquals(
        "pot mount-in -p web -d /srv/static -m /static",
        line(PotCommands.mountInDirectory("web", "/srv/static", "/static", false)));
    assertEquals("pot mount-out -p web -m /static", line(PotCommands.mountOut("web", "/static")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "relative",
        "/",
        "/a/../b",
        "/a/./b",
        "/a//b",
        "/a/",
        "/with space",
        "/tab\tx",
        "/nl\nx"
      })
  void mountTargetsMustBeNormalisedAbsolutePaths(String target) {
    assertThrows(
        IllegalArgumentException.class, () -> PotCommands.mountInFscomp("web", "d", target, false));
  }

  @Test
  void portsEnvAndHostsReplaceWholeLists() {
    assertEquals(
        "pot export-ports -p web -e 80:30080 -e udp:53:5353 -e 22",
        line(
            PotSetCommands.exportPorts(
                "web",
                List.of(
                    new PortExport(Protocol.TCP, 80, OptionalInt.of(30080)),
                    new PortExport(Protocol.UDP, 53, OptionalInt.of(5353)),
                    new PortExport(Protocol.TCP, 22, OptionalInt.empty())))));
    assertEquals(
        List.of("pot", "set-env", "-p", "web", "-E", "APP_ENV=production", "-E", "MSG=a b c"),
        PotSetCommands.setEnv("web", List.of("APP_ENV=production", "MSG=a b c")).argv());
    assertEquals(
        "pot set-hosts -p web -H db:10.192.1.2",
        line(PotSetCommands.setHosts("web", List.of(new HostsEntry("10.192.1.2", "db")))));
    assertThrows(
        IllegalArgumentException.class, () -> PotSetCommands.exportPorts("web", List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> PotSetCommands.setEnv("web", List.of("NOEQUALS")));
    assertThrows(
        IllegalArgumentException.class,
        () -> PotSetCommands.setEnv("web", List.of("A=line\nbreak")));
    assertThrows(
        IllegalArgumentException.class,
        () -> PotSetCommands.setHosts("web", List.of(new HostsEntry("10.1.1.256", "db"))));
  }

  @Test
  void settingsAndLifecycle() {
    assertEquals(
        "pot set-attribute -p web -A start-at-boot -V YES",
        line(PotSetCommands.setAttribute("web", "start-at-boot", "YES")));
    assertEquals(
        "pot set-rss -p web -C 2 -M 512M",
        line(PotSetCommands.setRss("web", OptionalInt.of(2), Optional.of("512M"))));
    assertEquals(
        "pot set-rss -p web -M 1G",
        line(PotSetCommands.setRss("web", OptionalInt.empty(), Optional.of("1G"))));
    assertEquals("pot add-dep -p web -P db", line(PotSetCommands.addDependency("web", "db")));
    assertEquals(
        "pot set-cmd -p web -c nginx -g 'daemon off;'",
        line(PotSetCommands.setCommand("web", "nginx -g 'daemon off;'")));
    assertEquals("pot start -p web", line(PotCommands.start("web")));
    assertEquals("pot stop -p web", line(PotCommands.stop("web")));
    assertEquals("pot destroy -p web -F", line(PotCommands.destroy("web", true)));
    assertEquals("pot destroy -p web", line(PotCommands.destroy("web", false)));
    assertEquals("pot destroy -f web-data", line(PotCommands.destroyFscomp("web-data")));
    assertEquals("pot destroy -B backend", line(PotCommands.destroyBridge("backend")));
    assertEquals("pot snapshot -p web", line(PotCommands.snapshot("web")));
    assertEquals("pot snapshot -f web-data", line(PotCommands.snapshotFscomp("web-data")));
  }

  @Test
  void settingsRefuseBadInput() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PotSetCommands.setAttribute("web", "a.*/d;s/x", "YES"));
    assertThrows(
        IllegalArgumentException.class, () -> PotSetCommands.setAttribute("web", "persistent", ""));
    assertThrows(
        IllegalArgumentException.class,
        () -> PotSetCommands.setAttribute("web", "exec_stop", "a\npot.attr.children=9"));
    assertEquals(
        "pot set-attribute -p web -A exec_stop -V /bin/sh /etc/rc.shutdown",
        line(PotSetCommands.setAttribute("web", "exec_stop", "/bin/sh /etc/rc.shutdown")));
    assertThrows(
        IllegalArgumentException.class,
        () -> PotSetCommands.setRss("web", OptionalInt.empty(), Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> PotSetCommands.setRss("web", OptionalInt.of(0), Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> PotSetCommands.setRss("web", OptionalInt.empty(), Optional.of("1.5G")));
    assertThrows(IllegalArgumentException.class, () -> PotSetCommands.addDependency("web", "web"));
    assertThrows(IllegalArgumentException.class, () -> PotCommands.start("-rf"));
    assertThrows(IllegalArgumentException.class, () -> PotCommands.start("x".repeat(56)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"A=$(reboot)", "A=`id`", "A=back\\slash", "A=say \"hi\""})
  void environmentValuesCannotCarryShellExpansion(String entry) {
    assertThrows(
        IllegalArgumentException.class, () -> PotSetCommands.setEnv("web", List.of(entry)));
  }
}
