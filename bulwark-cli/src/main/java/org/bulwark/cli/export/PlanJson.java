package org.bulwark.cli.export;

import static org.bulwark.cli.export.JsonTree.number;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import org.bulwark.deploy.Bottleneck;
import org.bulwark.deploy.Closure;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Leg;
import org.bulwark.deploy.Movement;
import org.bulwark.deploy.MovementStatus;
import org.bulwark.deploy.Resource;
import org.bulwark.deploy.Utilisation;
import org.bulwark.model.Scenario;
import org.bulwark.model.ScenarioInfo;

/**
 * {@code plan.json}: the whole plan for scripts. Utilisation is summarised per resource (capacity,
 * peak, total, periods used and saturated); the period-by-period figures are in
 * {@code utilisation.csv}, which would make this file huge on large instances.
 */
public final class PlanJson {
    public static final String FILE = "plan.json";
    /** Changes when a field is renamed or removed; adding fields keeps it. */
    public static final String FORMAT = "bulwark-plan/1";
    /** A period counts as saturated when it uses at least this share of the capacity (rounding slack). */
    static final double SATURATED = 1 - 1e-6;

    private PlanJson() {
    }

    public static String write(Scenario scenario, DeploymentPlan plan) {
        ObjectNode root = JsonTree.object();
        root.put("format", FORMAT);
        ScenarioInfo info = scenario.info();
        root.putObject("scenario").put("id", info.id()).put("name", info.name())
                .put("classification", info.classification()).put("illustrative", info.illustrative())
                .put("asOf", info.asOf());
        number(root, "timeStepHours", plan.timeStepHours(), Decimals.HOURS);
        root.put("periods", plan.periods());
        number(root, "horizonHours", plan.horizonHours(), Decimals.HOURS);

        ObjectNode objective = root.putObject("objective");
        number(objective, "weightedLateHours", plan.objective().weightedLateHours(), Decimals.HOURS);
        number(objective, "closureHour", plan.objective().closureHour(), Decimals.HOURS);
        number(objective, "liftTonneKm", plan.objective().liftTonneKm(), Decimals.TONNES);
        ObjectNode bound = root.putObject("bound");
        number(bound, "weightedLateHours", plan.bound().weightedLateHours(), Decimals.HOURS);
        number(bound, "closureHour", plan.bound().closureHour(), Decimals.HOURS);
        bound.put("method", plan.bound().method());
        number(root, "gap", plan.gap(), Decimals.SHARE);
        number(root, "closureGap", plan.bound().closureGap(plan.objective()), Decimals.SHARE);

        ObjectNode counts = root.putObject("counts");
        counts.put("reinforcements", plan.movements().size());
        for (MovementStatus status : MovementStatus.values()) {
            counts.put(status.label(), plan.movements().stream().filter(m -> m.status() == status).count());
        }

        ArrayNode movements = root.putArray("movements");
        plan.movements().forEach(m -> movements.add(movement(m)));

        ArrayNode closures = root.putArray("closures");
        for (Closure closure : plan.closures()) {
            ObjectNode c = closures.addObject().put("region", closure.region());
            ArrayNode points = c.putArray("points");
            for (Closure.Point p : closure.points()) {
                ObjectNode point = points.addObject();
                number(point, "hour", p.hour(), Decimals.HOURS);
                point.put("units", p.units()).put("personnel", p.personnel());
                number(point, "combatValue", p.combatValue(), Decimals.TONNES);
            }
        }

        ArrayNode bottlenecks = root.putArray("bottlenecks");
        for (Bottleneck b : plan.bottlenecks()) {
            ObjectNode node = bottlenecks.addObject().put("rank", b.rank());
            node.set("resource", resource(b.resource()));
            number(node, "capacityTonnesPerDay", b.capacityTonnesPerDay(), Decimals.TONNES);
            number(node, "weightedLateHoursSaved", b.weightedLateHoursSaved(), Decimals.HOURS);
            node.put("unitsDelayed", b.unitsDelayed()).put("saturatedPeriods", b.saturatedPeriods());
        }

        ArrayNode utilisation = root.putArray("utilisation");
        for (Utilisation u : plan.utilisation()) {
            ObjectNode node = utilisation.addObject();
            node.set("resource", resource(u.resource()));
            number(node, "capacityPerPeriod", u.capacityPerPeriod(), Decimals.TONNES);
            number(node, "peakTonnes", u.peakTonnes(), Decimals.TONNES);
            number(node, "peakShare", Double.isFinite(u.capacityPerPeriod()) ? u.peakShare() : Double.NaN, Decimals.SHARE);
            u.periods().stream().max(Comparator.comparingDouble(Utilisation.PeriodUse::tonnes)
                            .thenComparing(Comparator.comparingInt(Utilisation.PeriodUse::period).reversed()))
                    .ifPresent(p -> node.put("peakPeriod", p.period()));
            number(node, "totalTonnes", u.periods().stream().mapToDouble(Utilisation.PeriodUse::tonnes).sum(), Decimals.TONNES);
            node.put("periodsUsed", u.periods().size());
            node.put("saturatedPeriods", u.periods().stream()
                    .filter(p -> p.tonnes() >= SATURATED * u.capacityPerPeriod()).count());
        }
        return JsonTree.write(root);
    }

    private static ObjectNode movement(Movement m) {
        ObjectNode node = JsonTree.object();
        node.put("unit", m.unit().value()).put("home", m.home().value()).put("destination", m.destination().value());
        number(node, "availableHour", m.availableHour(), Decimals.HOURS);
        number(node, "requiredHour", m.requiredHour(), Decimals.HOURS);
        node.put("priority", m.priority());
        number(node, "tonnes", m.tonnes(), Decimals.TONNES);
        node.put("status", m.status().label());
        number(node, "arriveHour", m.arriveHour().orElse(Double.NaN), Decimals.HOURS);
        number(node, "firstArriveHour", m.firstArriveHour().orElse(Double.NaN), Decimals.HOURS);
        number(node, "rsoiHours", m.rsoiHours(), Decimals.HOURS);
        number(node, "inPlaceHour", m.inPlaceHour().orElse(Double.NaN), Decimals.HOURS);
        number(node, "lateHours", m.lateHours(), Decimals.HOURS);
        node.put("reason", m.reason().map(r -> r.label()).orElse(null));
        node.put("detail", m.detail());
        ArrayNode legs = node.putArray("legs");
        for (int i = 0; i < m.legs().size(); i++) {
            Leg leg = m.legs().get(i);
            ObjectNode l = legs.addObject().put("leg", i + 1).put("kind", leg.kind().label()).put("mode", leg.modeLabel())
                    .put("from", leg.from().value()).put("to", leg.to().value())
                    .put("link", leg.link().map(id -> id.value()).orElse(null));
            number(l, "departHour", leg.departHour(), Decimals.HOURS);
            number(l, "arriveHour", leg.arriveHour(), Decimals.HOURS);
        }
        return node;
    }

    private static ObjectNode resource(Resource r) {
        return JsonTree.object().put("key", Resources.key(r)).put("kind", r.kind().label())
                .put("link", r.link().map(id -> id.value()).orElse(null))
                .put("from", r.from().value()).put("to", r.to().value());
    }
}
