/**
 * YAML loading with marks and limits: one Potfile becomes a Jackson tree plus an index from JSON
 * path to source location. Nesting depth, aliases, node count and scalar length are bounded, so a
 * hostile file ends in a diagnostic, never in an exhausted heap or stack.
 */
package org.potctl.schema.yaml;
