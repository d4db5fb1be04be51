/**
 * The engine test kit (issue 13 item 7): {@link org.potctl.controller.testkit.Potctl} runs potctl
 * in process against a simulated host and exposes what it recorded; {@link
 * org.potctl.controller.testkit.RunAssert}, {@link org.potctl.controller.testkit.HostAssert} and
 * {@link org.potctl.controller.testkit.ReportAssert} are the fluent assertions (JOSDK's {@code
 * ExecutionAssert}). Every CLI test uses its one {@link org.potctl.controller.testkit.Run} record.
 */
package org.potctl.controller.testkit;
