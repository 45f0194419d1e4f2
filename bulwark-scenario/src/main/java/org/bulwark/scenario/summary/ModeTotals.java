package org.bulwark.scenario.summary;

/**
 * The links of one mode.
 *
 * @param constrainedLinks links with a finite capacity
 * @param smallestCapacityTonnesPerDay the tightest finite capacity, or NaN when none is set
 */
public record ModeTotals(String mode, int links, double totalKm, int constrainedLinks, double smallestCapacityTonnesPerDay) {
}
