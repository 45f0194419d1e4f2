/**
 * The {@code bulwark} command line (picocli). Start at {@link org.bulwark.cli.Bulwark}. Every
 * command turns user errors into one clear message and exit code 2, internal faults into exit
 * code 1, and never writes over what the user had.
 */
package org.bulwark.cli;
