/**
 * Aligned text tables for the CLI's listings (status, trash, fleet summaries) through picocli's
 * {@code Help.TextTable}: columns padded to their widest cell, two spaces apart, no trailing
 * spaces.
 */
package org.potctl.controller.table;
