/**
 * Bulwark's domain model: immutable records with typed ids and units in their names.
 * Start at {@link org.bulwark.model.Scenario}, which holds everything else. Times are hours
 * relative to C-day; capacities are tonnes per day; distances are kilometres.
 */
package org.bulwark.model;
