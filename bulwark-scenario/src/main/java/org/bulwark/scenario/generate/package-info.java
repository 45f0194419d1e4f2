/**
 * Synthetic scenarios of any size, for benchmarks, property tests and demonstrations. Start at
 * {@link org.bulwark.scenario.generate.ScenarioGenerator#generate(GeneratorSpec)} with a preset
 * such as {@link org.bulwark.scenario.generate.GeneratorSpec#SMALL}. Pure: no I/O, no clock;
 * the seed is part of the spec.
 */
package org.bulwark.scenario.generate;
