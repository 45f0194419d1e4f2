package org.bulwark.cli.export;

import java.util.List;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Leg;
import org.bulwark.deploy.Movement;
import org.bulwark.model.Scenario;

/**
 * {@code legs.csv}: the movement table, one row per leg, TPFDD-like. Units in the plan's order,
 * legs numbered from 1 in route order. Unreachable units and units already at their destination
 * have no rows (see {@code arrivals.csv}).
 */
public final class LegsCsv {
    public static final String FILE = "legs.csv";
    static final String[] HEADER = {"unit_id", "leg", "mode", "from_node", "to_node", "depart_hour", "arrive_hour",
        "kind", "link_id", "unit_name", "nation", "tonnes", "depart_day", "arrive_day", "from_name", "to_name",
        "destination", "priority", "first_arrive_hour", "elements", "element_tonnes", "lifts"};

    private LegsCsv() {
    }

    /**
     * For a move, the sorties, trains, sailings or march units the leg stands for: the unit's tonnes
     * over the mode's lift element (the planner may batch several into one of its elements); empty
     * for handling legs.
     */
    static String lifts(Scenario scenario, Leg leg, double tonnes) {
        if (leg.kind() != org.bulwark.deploy.LegKind.MOVE || leg.mode().isEmpty() || !(tonnes > 0)) {
            return "";
        }
        double element = scenario.network().increments().tonnes(leg.mode().get());
        return Long.toString((long) Math.ceil(tonnes / element - 1e-9));
    }

    public static String write(Scenario scenario, DeploymentPlan plan) {
        PlanLookup lookup = new PlanLookup(scenario);
        CsvTable table = new CsvTable(HEADER);
        for (Movement m : plan.movements()) {
            List<Leg> legs = m.legs();
            for (int i = 0; i < legs.size(); i++) {
                Leg leg = legs.get(i);
                table.row(m.unit().value(), Integer.toString(i + 1), leg.modeLabel(), leg.from().value(), leg.to().value(),
                        Decimals.hours(leg.departHour()), Decimals.hours(leg.arriveHour()), leg.kind().label(),
                        leg.link().map(l -> l.value()).orElse(""), lookup.unitName(m.unit()), lookup.nation(m.unit()),
                        Decimals.tonnes(m.tonnes()), Decimals.day(leg.departHour()), Decimals.day(leg.arriveHour()),
                        lookup.nodeName(leg.from()), lookup.nodeName(leg.to()), m.destination().value(),
                        Integer.toString(m.priority()), Decimals.hours(leg.firstArriveHour()),
                        Integer.toString(leg.elements().size()), Double.isFinite(leg.elements().tonnes(0)) ? Decimals.tonnes(leg.elements().tonnes(0)) : "",
                        lifts(scenario, leg, m.tonnes()));
            }
        }
        return table.write();
    }
}
