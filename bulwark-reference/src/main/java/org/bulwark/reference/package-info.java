/**
 * Bulwark's bundled public reference data, each row with its source: NATO defence expenditure
 * and spending pledges, forward land forces, NATO readiness forces, theatre geography and links,
 * and open-source adversary forces. Start at {@link org.bulwark.reference.ReferenceData#bundled()}.
 * The files, their manifest {@code datasets.json} and the provenance record {@code SOURCES.md}
 * are resources of this package.
 */
package org.bulwark.reference;
