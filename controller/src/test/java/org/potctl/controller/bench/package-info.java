/**
 * Benchmarks ({@code *Bench}, run with {@code -Pbench}) and their spec generator: generated specs
 * of 100 … 10,000 pots, hosts populated in bulk, phase timings and peak heap printed as a table.
 */
package org.potctl.controller.bench;
