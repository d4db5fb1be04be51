/**
 * Checks Potfiles: the JSON Schema adapter (networknt) and the semantic rules of DESIGN.md §2, one
 * small class per rule family. Every rule reports into a shared {@code Diagnostics.Builder}; none
 * stops the others.
 */
package org.potctl.schema.validate;
