/** Typed, comparable identities of spec resources ({@code pot.web}, {@code fscomp.web-data}). */
package org.potctl.schema.address;
