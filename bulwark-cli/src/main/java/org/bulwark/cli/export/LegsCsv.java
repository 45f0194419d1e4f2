package org.bulwark.cli.export;

import java.util.List;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Leg;
import org.bulwark.deploy.Movement;
import org.bulwark.model.Scenario;

/**
 * {@code legs.csv}: the movement table, one row per leg, TPFDD-like. Units in the plan's order,
 * legs numbered from 1 in time order. Besides the equipment's legs through the network, a unit that
 * draws prepositioned stocks has its personnel's charter flight (kind {@code personnel}) and the
 * draw (kind {@code draw}) first, and a unit that flies its personnel apart has their flight after
 * its equipment's legs; these are outside the network's capacities. Unreachable units and units
 * already at their destination have no rows (see {@code arrivals.csv}).
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
        java.util.Map<org.bulwark.model.UnitId, org.bulwark.model.Reinforcement> byUnit = new java.util.HashMap<>();
        scenario.reinforcements().forEach(r -> byUnit.put(r.unit(), r));
        for (Movement m : plan.movements()) {
            List<Leg> legs = m.legs();
            org.bulwark.model.Reinforcement r = byUnit.get(m.unit());
            int number = 0;
            if (legs.isEmpty() || r == null) {
                continue;
            }
            if (r.drawAt().isPresent()) {
                org.bulwark.model.NodeId home = scenario.unit(m.unit()).orElseThrow().home();
                double landed = scenario.equipmentReadyHour(r) - r.drawHours();
                personnel(table, lookup, m, ++number, "air", "personnel", home, r.drawAt().get(), r.availableHour(), landed);
                personnel(table, lookup, m, ++number, "draw", "draw", r.drawAt().get(), r.drawAt().get(), landed,
                        scenario.equipmentReadyHour(r));
            }
            for (int i = 0; i < legs.size(); i++) {
                Leg leg = legs.get(i);
                table.row(m.unit().value(), Integer.toString(++number), leg.modeLabel(), leg.from().value(), leg.to().value(),
                        Decimals.hours(leg.departHour()), Decimals.hours(leg.arriveHour()), leg.kind().label(),
                        leg.link().map(l -> l.value()).orElse(""), lookup.unitName(m.unit()), lookup.nation(m.unit()),
                        Decimals.tonnes(m.tonnes()), Decimals.day(leg.departHour()), Decimals.day(leg.arriveHour()),
                        lookup.nodeName(leg.from()), lookup.nodeName(leg.to()), m.destination().value(),
                        Integer.toString(m.priority()), Decimals.hours(leg.firstArriveHour()),
                        Integer.toString(leg.elements().size()), Double.isFinite(leg.elements().tonnes(0)) ? Decimals.tonnes(leg.elements().tonnes(0)) : "",
                        lifts(scenario, leg, m.tonnes()));
            }
            if (m.personnelArriveHour().isPresent()) {
                personnel(table, lookup, m, ++number, "air", "personnel", scenario.unit(m.unit()).orElseThrow().home(),
                        m.destination(), r.availableHour(), m.personnelArriveHour().getAsDouble());
            }
        }
        return table.write();
    }

    /** A row outside the network: the personnel's charter flight, or the draw at a prepositioned site (no tonnes, link or lifts). */
    private static void personnel(CsvTable table, PlanLookup lookup, Movement m, int number, String mode, String kind,
                                  org.bulwark.model.NodeId from, org.bulwark.model.NodeId to, double depart, double arrive) {
        table.row(m.unit().value(), Integer.toString(number), mode, from.value(), to.value(), Decimals.hours(depart),
                Decimals.hours(arrive), kind, "", lookup.unitName(m.unit()), lookup.nation(m.unit()), "", Decimals.day(depart),
                Decimals.day(arrive), lookup.nodeName(from), lookup.nodeName(to), m.destination().value(),
                Integer.toString(m.priority()), Decimals.hours(arrive), "", "", "");
    }
}
