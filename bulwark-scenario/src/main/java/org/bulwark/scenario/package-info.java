/**
 * Reading and checking scenario folders. Start at {@link org.bulwark.scenario.ScenarioReader#read},
 * which gives a {@link org.bulwark.scenario.ScenarioRead}: the {@link org.bulwark.model.Scenario}, or
 * every {@link org.bulwark.scenario.Problem} found, each with its file, line and column.
 *
 * <p>Inside, reading runs in four steps: {@code TreeReader} parses YAML (snakeyaml-engine) and CSV
 * (Jackson) into one located tree; {@code ScenarioBinder} binds the trees to located drafts,
 * checking fields and types; {@code ScenarioValidator} checks references, the rules of the
 * network and the force lists, the campaign settings ({@code campaign.yaml}, {@code terrain.csv})
 * and the operational map (road paths of axes); {@code ScenarioAssembler} builds the model with
 * its defaults.
 * The file format is specified in {@code docs/format.md}.
 */
package org.bulwark.scenario;
