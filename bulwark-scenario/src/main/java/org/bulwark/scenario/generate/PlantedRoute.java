package org.bulwark.scenario.generate;

import java.util.List;
import java.util.Objects;
import org.bulwark.model.LinkId;
import org.bulwark.model.UnitId;

/**
 * One reinforcement's part of a planted plan: the links it takes from its home to its
 * destination, in order, the trap it belongs to, and when the generator worked out it closes at
 * the latest when the units before it in the plan's order have moved as planted.
 *
 * @param latestClosureHour an upper bound on the unit's closure (last lift element in place) under
 *                          the streamed movement model of docs/deployment-model.md; its required
 *                          hour is this plus its slack
 */
public record PlantedRoute(UnitId unit, List<LinkId> links, PlantedFamily family, double latestClosureHour) {
    public PlantedRoute {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(family, "family");
        links = List.copyOf(links);
        if (links.isEmpty()) {
            throw new IllegalArgumentException("planted route of " + unit + " has no links");
        }
    }
}
