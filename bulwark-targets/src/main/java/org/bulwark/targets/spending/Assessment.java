package org.bulwark.targets.spending;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.bulwark.model.Commitment;

/**
 * One nation's figure in the assessed year against one commitment, with the status and how it
 * was reached.
 *
 * @param commitment     what is measured against: an Alliance guideline or a national pledge
 * @param basis          the pledge row it comes from (for the equipment guideline: the Wales row)
 * @param measure        the figure compared
 * @param targetPct      the target share, in the measure's unit
 * @param timing         when it applies, as read from the pledge's {@code by_year}
 * @param dueYear        the year it is due; empty when it has no date
 * @param value          the nation's figure in the assessed year, as published
 * @param status         met, on track, off track or not assessed
 * @param reason         one sentence saying why
 * @param trend          the trend fitted over the recent years, when there are enough of them
 * @param projectedPct   the value projected to the due year (only for a target not met and not yet due)
 * @param extrapolated   true when the projection reaches further ahead than the trend reaches back
 */
public record Assessment(
        CommitmentKind commitment,
        Commitment basis,
        Measure measure,
        double targetPct,
        PledgeTiming timing,
        OptionalInt dueYear,
        OptionalDouble value,
        Status status,
        String reason,
        Optional<Trend> trend,
        OptionalDouble projectedPct,
        boolean extrapolated) {

    public Assessment {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(dueYear, "dueYear");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(projectedPct, "projectedPct");
        if (extrapolated && projectedPct.isEmpty()) {
            throw new IllegalArgumentException("only a projection can be extrapolated");
        }
    }
}
