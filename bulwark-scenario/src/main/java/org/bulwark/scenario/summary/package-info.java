/**
 * Digests of a scenario for people: forces by nation, type and tier, posture by region, the
 * network by mode, the threat. Start at {@link org.bulwark.scenario.summary.ScenarioSummaries}.
 */
package org.bulwark.scenario.summary;
