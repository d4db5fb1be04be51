/**
 * The desired state a spec declares: deeply immutable records, already validated and normalised
 * (pot's attribute values, canonical sizes, sorted maps). Nothing here knows YAML.
 */
package org.potctl.schema.model;
