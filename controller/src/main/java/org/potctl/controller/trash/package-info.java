/**
 * potctl's trash (DESIGN §3.3): the datasets deletes renamed into {@code
 * <POT_ZFS_ROOT>/potctl-trash/<kind>-<name>-<apply id>}, as values read from an observed host, for
 * {@code potctl restore} and {@code potctl gc}. Pure: no I/O.
 */
package org.potctl.controller.trash;
