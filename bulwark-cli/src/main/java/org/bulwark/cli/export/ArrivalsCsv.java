package org.bulwark.cli.export;

import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Movement;
import org.bulwark.model.Scenario;

/**
 * {@code arrivals.csv}: one row per reinforcement, in the plan's order: when its last element
 * arrives (the closure lateness counts) and its first, when its personnel land when they fly apart,
 * when it is in place (both closed, plus RSOI), or why it cannot be.
 */
public final class ArrivalsCsv {
    public static final String FILE = "arrivals.csv";
    static final String[] HEADER = {"unit_id", "destination", "available_hour", "required_hour", "arrive_hour",
        "late_hours", "status", "reason", "detail", "priority", "tonnes", "unit_name", "nation", "home",
        "destination_name", "region", "weighted_late_hours", "required_day", "arrive_day", "first_arrive_hour",
        "first_arrive_day", "rsoi_hours", "in_place_hour", "in_place_day", "draw_at", "draw_hours", "unit_home",
        "personnel_by", "personnel_arrive_hour"};

    private ArrivalsCsv() {
    }

    public static String write(Scenario scenario, DeploymentPlan plan) {
        PlanLookup lookup = new PlanLookup(scenario);
        java.util.Map<org.bulwark.model.UnitId, org.bulwark.model.Reinforcement> byUnit = new java.util.HashMap<>();
        scenario.reinforcements().forEach(r -> byUnit.put(r.unit(), r));
        CsvTable table = new CsvTable(HEADER);
        for (Movement m : plan.movements()) {
            org.bulwark.model.Reinforcement r = byUnit.get(m.unit());
            boolean draws = r != null && r.drawAt().isPresent();
            String arrive = m.arriveHour().isPresent() ? Decimals.hours(m.arriveHour().getAsDouble()) : "";
            String arriveDay = m.arriveHour().isPresent() ? Decimals.day(m.arriveHour().getAsDouble()) : "";
            table.row(m.unit().value(), m.destination().value(), Decimals.hours(m.availableHour()),
                    Decimals.hours(m.requiredHour()), arrive, Decimals.hours(m.lateHours()), m.status().label(),
                    m.reason().map(reason -> reason.label()).orElse(""), m.detail(), Integer.toString(m.priority()),
                    Decimals.tonnes(m.tonnes()), lookup.unitName(m.unit()), lookup.nation(m.unit()), m.home().value(),
                    lookup.nodeName(m.destination()), lookup.region(m.destination()),
                    Decimals.hours(m.weight() * m.lateHours()), Decimals.day(m.requiredHour()), arriveDay,
                    m.firstArriveHour().isPresent() ? Decimals.hours(m.firstArriveHour().getAsDouble()) : "",
                    m.firstArriveHour().isPresent() ? Decimals.day(m.firstArriveHour().getAsDouble()) : "",
                    Decimals.hours(m.rsoiHours()),
                    m.inPlaceHour().isPresent() ? Decimals.hours(m.inPlaceHour().getAsDouble()) : "",
                    m.inPlaceHour().isPresent() ? Decimals.day(m.inPlaceHour().getAsDouble()) : "",
                    draws ? r.drawAt().get().value() : "", draws ? Decimals.hours(r.drawHours()) : "",
                    scenario.unit(m.unit()).map(u -> u.home().value()).orElse(""),
                    r == null ? "" : r.personnel().label(),
                    m.personnelArriveHour().isPresent() ? Decimals.hours(m.personnelArriveHour().getAsDouble()) : "");
        }
        return table.write();
    }
}
