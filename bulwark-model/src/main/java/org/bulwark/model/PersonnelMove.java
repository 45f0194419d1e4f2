package org.bulwark.model;

import java.util.Locale;

/**
 * How a reinforcement's personnel reach its destination. Forces deploying from far away usually
 * fly their people while the vehicles go by sea or rail (FM 3-35, "Army Deployment and
 * Redeployment": personnel by strategic airlift, equipment by sealift, married up at the port of
 * debarkation); a unit that drives or takes the train moves its people with its vehicles.
 */
public enum PersonnelMove {
    /** With the equipment, through the network: in place when the equipment closes. */
    WITH_EQUIPMENT,
    /**
     * By chartered airliner from home to the destination, outside the network's capacities
     * ({@link MovementTimes#flightHours}); in place when both the equipment and the flight have closed.
     */
    AIR;

    /** The scenario files' word: {@code with_equipment} or {@code air}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
