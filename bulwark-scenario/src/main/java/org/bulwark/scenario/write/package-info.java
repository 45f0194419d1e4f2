/**
 * Writing scenarios as folders of YAML and CSV files (see {@code docs/format.md}). Start at
 * {@link org.bulwark.scenario.write.ScenarioWriter}: {@code files(scenario)} gives the text of
 * every file without touching the disk, {@code write(scenario, folder)} puts them on disk.
 */
package org.bulwark.scenario.write;
