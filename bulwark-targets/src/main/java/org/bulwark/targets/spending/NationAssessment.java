package org.bulwark.targets.spending;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.NationCode;

/**
 * One ally in the assessed year: its published figures (with their source) and where it stands
 * against each commitment — the three Alliance guidelines first, then its own pledges in the
 * order of the pledges table.
 *
 * @param figures      the row of the expenditure table, unchanged
 * @param trend        the trend of defence spending as % of GDP, when there are enough years
 * @param assessments  every commitment that applies, Alliance guidelines first
 */
public record NationAssessment(DefenceSpending figures, Optional<Trend> trend, List<Assessment> assessments) {
    public NationAssessment {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(trend, "trend");
        assessments = List.copyOf(assessments);
    }

    public NationCode nation() {
        return figures.nation();
    }

    /** The assessment against one Alliance guideline. */
    public Assessment against(CommitmentKind kind) {
        if (kind == CommitmentKind.NATIONAL) {
            throw new IllegalArgumentException("a nation may have several pledges: use pledges()");
        }
        return assessments.stream().filter(a -> a.commitment() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException(nation() + " has no assessment against " + kind));
    }

    /** The assessments against the nation's own pledges, in table order. */
    public List<Assessment> pledges() {
        return assessments.stream().filter(a -> a.commitment() == CommitmentKind.NATIONAL).toList();
    }
}
