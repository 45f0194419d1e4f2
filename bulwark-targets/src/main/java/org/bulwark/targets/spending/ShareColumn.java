package org.bulwark.targets.spending;

import java.util.Map;
import java.util.Objects;
import org.bulwark.model.NationCode;
import org.bulwark.model.Source;

/**
 * A further per-ally share to set beside GDP and defence expenditure in a {@link BurdenSharing}
 * view — the extension point for the share of a plan's requirement that the targets engine
 * computes, or for any custom key.
 *
 * @param name      a short column name, e.g. "requirement"
 * @param sharePct  each ally's share in percent; allies absent from the map have none
 * @param source    where the shares come from
 */
public record ShareColumn(String name, Map<NationCode, Double> sharePct, Source source) {
    public ShareColumn {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a share column needs a name");
        }
        sharePct = Map.copyOf(sharePct);
        Objects.requireNonNull(source, "source");
        sharePct.forEach((nation, share) -> {
            if (!(share >= 0) || share > 100) {
                throw new IllegalArgumentException(name + ": share of " + nation + " must be in [0, 100], was " + share);
            }
        });
    }

    /** The ally's share, 0 when it has none. */
    public double of(NationCode nation) {
        return sharePct.getOrDefault(nation, 0.0);
    }
}
