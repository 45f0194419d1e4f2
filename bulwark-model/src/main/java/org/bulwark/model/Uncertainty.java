package org.bulwark.model;

import java.util.Objects;

/**
 * An input the campaign's Monte Carlo draws anew for every replication.
 *
 * @param input        what is uncertain
 * @param distribution how it is distributed; its support lies within the input's legal range
 */
public record Uncertainty(CampaignInput input, Distribution distribution, Source source) {
    public Uncertainty {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(source, "source");
        if (distribution.lowest() < input.min() || distribution.highest() > input.max()) {
            throw new IllegalArgumentException(input.id() + " must stay within [" + input.min() + ", "
                    + input.max() + "], the distribution spans [" + distribution.lowest() + ", "
                    + distribution.highest() + "]");
        }
    }
}
