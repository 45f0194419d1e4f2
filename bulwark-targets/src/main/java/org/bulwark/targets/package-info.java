/**
 * Capability targets and spending commitments. Pure engines over the model: no files, no clock,
 * no network. Spending commitments are in {@link org.bulwark.targets.spending}; the apportionment
 * of a requirement into national targets, and their cost, in {@link org.bulwark.targets.apportion}.
 */
package org.bulwark.targets;
