package org.potctl.schema.bind;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.potctl.schema.model.PortExport;
import org.potctl.schema.model.Protocol;
import tools.jackson.databind.JsonNode;

/**
 * Reads the three forms of a port export: {@code "udp:53:5353"}, {@code 80}, {@code {pot, host,
 * proto}}.
 */
public final class PortSyntax {

  private static final Pattern TEXT =
      Pattern.compile("(?:(tcp|udp):)?([0-9]{1,5})(?::([0-9]{1,5}))?");
  private static final String FORM =
      "must look like [tcp:|udp:]POT_PORT[:HOST_PORT], e.g. 80:30080";

  private PortSyntax() {}

  /** The export {@code node} describes, or why it is invalid. */
  public static Outcome<PortExport> parse(JsonNode node) {
    if (node.isString()) {
      return text(node.stringValue());
    }
    if (node.isIntegralNumber()) {
      return build(Protocol.TCP, Values.longValue(node).orElse(0), -1);
    }
    if (node.isObject()) {
      return object(node);
    }
    return Outcome.fail(FORM);
  }

  private static Outcome<PortExport> text(String text) {
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      return Outcome.fail(FORM);
    }
    Protocol proto = "udp".equals(m.group(1)) ? Protocol.UDP : Protocol.TCP;
    long host = m.group(3) == null ? -1 : Long.parseLong(m.group(3));
    return build(proto, Long.parseLong(m.group(2)), host);
  }

  private static Outcome<PortExport> object(JsonNode node) {
    JsonNode pot = node.path(Fields.POT);
    JsonNode host = node.path(Fields.HOST);
    JsonNode proto = node.path(Fields.PROTO);
    if (!pot.isIntegralNumber() || !(host.isMissingNode() || host.isIntegralNumber())) {
      return Outcome.fail("pot and host must be port numbers");
    }
    if (!proto.isMissingNode()
        && !(proto.isString()
            && (proto.stringValue().equals("tcp") || proto.stringValue().equals("udp")))) {
      return Outcome.fail("proto must be tcp or udp");
    }
    Protocol p = "udp".equals(proto.asString("")) ? Protocol.UDP : Protocol.TCP;
    long hostPort = host.isMissingNode() ? -1 : Values.longValue(host).orElse(0);
    return build(p, Values.longValue(pot).orElse(0), hostPort);
  }

  private static Outcome<PortExport> build(Protocol proto, long pot, long host) {
    if (!PortExport.isValidPort(pot) || (host != -1 && !PortExport.isValidPort(host))) {
      return Outcome.fail("ports must be between 1 and 65535");
    }
    OptionalInt h = host == -1 ? OptionalInt.empty() : OptionalInt.of((int) host);
    return Outcome.ok(new PortExport(proto, (int) pot, h));
  }
}
