package org.bulwark.cli.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bulwark.model.NationCode;
import org.bulwark.targets.spending.Assessment;
import org.bulwark.targets.spending.BurdenShare;
import org.bulwark.targets.spending.NationAssessment;
import org.bulwark.targets.spending.SpendingReport;

/**
 * A spending report as the user asked to see it: the allies selected (all when none was named)
 * and their names. Totals and shares stay Alliance-wide whatever the selection.
 *
 * @param report    the whole report
 * @param names     English short names by code
 * @param selected  the allies to show; empty for all
 */
public record SpendingView(SpendingReport report, Map<NationCode, String> names, Set<NationCode> selected) {
    public SpendingView {
        Objects.requireNonNull(report, "report");
        names = Map.copyOf(names);
        selected = Set.copyOf(selected);
    }

    /** The assessed allies shown, in table order. */
    public List<NationAssessment> nations() {
        return report.nations().stream().filter(n -> shown(n.nation())).toList();
    }

    /** The burden shares shown, in table order; empty when the year has no US-dollar figures. */
    public List<BurdenShare> shares() {
        return report.burdenSharing().map(b -> b.shares().stream().filter(s -> shown(s.nation())).toList())
                .orElse(List.of());
    }

    public String name(NationCode nation) {
        return names.getOrDefault(nation, nation.value());
    }

    /** Which Alliance pledge an assessment rests on, in words; empty for a national pledge. */
    public String basis(Assessment assessment) {
        if (assessment.basis().equals(report.guidelines().wales())) {
            return "Wales 2014";
        }
        if (assessment.basis().equals(report.guidelines().vilnius())) {
            return "Vilnius 2023";
        }
        if (assessment.basis().equals(report.guidelines().hague())) {
            return "The Hague 2025";
        }
        return "";
    }

    private boolean shown(NationCode nation) {
        return selected.isEmpty() || selected.contains(nation);
    }
}
