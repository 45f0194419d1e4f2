package org.bulwark.targets.spending;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bulwark.model.NationCode;

/**
 * Every ally's spending in one year against the commitments, the Alliance totals and the
 * burden-sharing view.
 *
 * @param year                the assessed year
 * @param method              how statuses and projections were decided
 * @param guidelines          the Alliance guidelines used
 * @param nations             one per ally with a figure in the year, in the order of the expenditure table
 * @param withoutFigures      allies with no figure in the year (Iceland always; in 2025 all but 16)
 * @param withoutCashFigures  allies with a % of GDP but no US-dollar figures in the year: while any
 *                            exists, totals and shares cannot be formed
 * @param aggregates          NATO and NATO Europe and Canada; empty when {@code withoutCashFigures} is not
 * @param burdenSharing       the shares view; empty when {@code withoutCashFigures} is not, or the
 *                            Alliance's defence total is zero
 */
public record SpendingReport(
        int year,
        ProjectionMethod method,
        AllianceGuidelines guidelines,
        List<NationAssessment> nations,
        List<NationCode> withoutFigures,
        List<NationCode> withoutCashFigures,
        List<AllianceAggregate> aggregates,
        Optional<BurdenSharing> burdenSharing) {

    public SpendingReport {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(guidelines, "guidelines");
        nations = List.copyOf(nations);
        withoutFigures = List.copyOf(withoutFigures);
        withoutCashFigures = List.copyOf(withoutCashFigures);
        aggregates = List.copyOf(aggregates);
        Objects.requireNonNull(burdenSharing, "burdenSharing");
    }

    /** The ally's assessment, if it has a figure in the year. */
    public Optional<NationAssessment> nation(NationCode code) {
        return nations.stream().filter(n -> n.nation().equals(code)).findFirst();
    }
}
