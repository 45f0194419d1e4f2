package org.bulwark.cli.export;

import org.bulwark.deploy.Bottleneck;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Resource;
import org.bulwark.model.Link;
import org.bulwark.model.Scenario;

/** {@code bottlenecks.csv}: the capacities that held the plan up, by rank (1 = relaxing it saves the most). */
public final class BottlenecksCsv {
    public static final String FILE = "bottlenecks.csv";
    static final String[] HEADER = {"rank", "kind", "resource", "link_id", "from_node", "to_node",
        "capacity_tonnes_per_day", "weighted_late_hours_saved", "units_delayed", "saturated_periods", "mode",
        "from_name", "to_name"};

    private BottlenecksCsv() {
    }

    public static String write(Scenario scenario, DeploymentPlan plan) {
        PlanLookup lookup = new PlanLookup(scenario);
        CsvTable table = new CsvTable(HEADER);
        for (Bottleneck b : plan.bottlenecks()) {
            Resource r = b.resource();
            String mode = r.link().flatMap(id -> scenario.network().links().stream().filter(l -> l.id().equals(id)).findFirst())
                    .map(Link::mode).map(m -> m.label()).orElse("");
            table.row(Integer.toString(b.rank()), r.kind().label(), Resources.key(r), Resources.linkId(r), r.from().value(),
                    r.to().value(), Decimals.tonnes(b.capacityTonnesPerDay()), Decimals.hours(b.weightedLateHoursSaved()),
                    Integer.toString(b.unitsDelayed()), Integer.toString(b.saturatedPeriods()), mode,
                    lookup.nodeName(r.from()), lookup.nodeName(r.to()));
        }
        return table.write();
    }
}
