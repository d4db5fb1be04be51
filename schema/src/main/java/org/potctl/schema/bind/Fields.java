package org.potctl.schema.bind;

/** Potfile field names. */
public final class Fields {
  public static final String VERSION = "version";
  public static final String POTS = "pots";
  public static final String FSCOMPS = "fscomps";
  public static final String BRIDGES = "bridges";
  public static final String FLAVOURS = "flavours";
  public static final String SIZE = "size";
  public static final String PROPERTIES = "properties";
  public static final String PROTECT = "protect";
  public static final String NOMAD = "nomad";
  public static final String COMMANDS = "commands";
  public static final String SCRIPT = "script";
  public static final String BASE = "base";
  public static final String TYPE = "type";
  public static final String NETWORK = "network";
  public static final String BRIDGE = "bridge";
  public static final String IP = "ip";
  public static final String MOUNTS = "mounts";
  public static final String FSCOMP = "fscomp";
  public static final String DIR = "dir";
  public static final String AT = "at";
  public static final String READONLY = "readonly";
  public static final String PORTS = "ports";
  public static final String POT = "pot";
  public static final String HOST = "host";
  public static final String PROTO = "proto";
  public static final String RESOURCES = "resources";
  public static final String CPUS = "cpus";
  public static final String MEMORY = "memory";
  public static final String ATTRIBUTES = "attributes";
  public static final String ENV = "env";
  public static final String HOSTS = "hosts";
  public static final String DEPENDS_ON = "depends_on";
  public static final String STATE = "state";
  public static final String AUTO = "auto";
  public static final String CMD = "cmd";
  public static final String DNS = "dns";
  public static final String CUSTOM = "custom";
  public static final String STACK = "stack";
  public static final String SNAPSHOT_BEFORE_CHANGE = "snapshot_before_change";
  public static final String IMAGE = "image";
  public static final String URL = "url";
  public static final String NAME = "name";
  public static final String TAG = "tag";
  public static final String TEMPLATE = "template";
  public static final String HOOKS = "hooks";

  private Fields() {}
}
