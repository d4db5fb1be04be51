/**
 * pf: the pure parser of pot's redirect anchors as {@code pfctl -a 'pot-rdr/*' -s nat} prints them
 * (pot.md §5.2, §5.4).
 */
package org.potctl.state.pf;
