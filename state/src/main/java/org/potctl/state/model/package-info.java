/**
 * What potctl observed on a pot host: deeply immutable records in pot's own vocabulary (dataset
 * names, pot names, anchor names), never spec types. Every object has a content {@code
 * fingerprint()} ({@code sha256:} of a canonical text form) so saved plans can detect a host that
 * changed since.
 */
package org.potctl.state.model;
