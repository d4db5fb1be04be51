/**
 * The Potfile language: {@link org.potctl.schema.SpecLoader} reads a spec directory and returns a
 * {@link org.potctl.schema.model.Spec} or every problem found, at {@code file:line:col}. Pure: it
 * reads files and nothing else.
 */
package org.potctl.schema;
