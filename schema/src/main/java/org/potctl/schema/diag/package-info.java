/** Diagnostics as values: collected, never thrown, sorted by file and position. */
package org.potctl.schema.diag;
