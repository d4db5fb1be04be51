/**
 * The only place that knows Potfile field names and value syntax: declared resources gathered
 * across files ({@link org.potctl.schema.bind.Declarations}), value normalisers shared with the
 * checks, and the binder from checked trees to {@link org.potctl.schema.model} records.
 */
package org.potctl.schema.bind;
