/**
 * The files a deployment plan is written to: {@code legs.csv}, {@code arrivals.csv},
 * {@code bottlenecks.csv}, {@code utilisation.csv}, {@code plan.json}, {@code flows.geojson} and
 * {@code routes.geojson}. Each writer is a pure function of the plan (and the scenario, for
 * names and coordinates) and gives the same bytes for the same plan on any machine and locale:
 * UTF-8, {@code \n} line ends, numbers with a dot and at most {@link Decimals#HOURS} decimals for
 * hours. Start at {@link org.bulwark.cli.export.PlanFiles}; every column is described in
 * docs/deployment.md.
 */
package org.bulwark.cli.export;
