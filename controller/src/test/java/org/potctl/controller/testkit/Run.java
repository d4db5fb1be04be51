package org.potctl.controller.testkit;

/**
 * One potctl invocation: its exit code and what it printed. The one record every CLI test uses
 * (before, each test class declared its own).
 *
 * @param code the exit code
 * @param out stdout
 * @param err stderr
 */
public record Run(int code, String out, String err) {

  /** stdout then stderr, for failure messages. */
  public String all() {
    return out + err;
  }
}
