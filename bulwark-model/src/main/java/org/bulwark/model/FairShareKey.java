package org.bulwark.model;

import java.util.Arrays;
import java.util.Optional;

/** What a nation's fair share of a capability requirement is proportional to. */
public enum FairShareKey {
    /** Share of the participants' GDP (current prices and exchange rates, NATO Table 5). */
    GDP("gdp"),
    /** Share of the participants' defence expenditure (current prices and exchange rates, NATO Table 2). */
    DEFENCE("defence"),
    /** Weights declared in the scenario's {@code targets.yaml}. */
    CUSTOM("custom");

    private final String id;

    FairShareKey(String id) {
        this.id = id;
    }

    /** The id used in files and on the command line. */
    public String id() {
        return id;
    }

    public static Optional<FairShareKey> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
