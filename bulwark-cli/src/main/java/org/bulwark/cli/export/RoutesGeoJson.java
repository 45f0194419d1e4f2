package org.bulwark.cli.export;

import static org.bulwark.cli.export.JsonTree.number;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Leg;
import org.bulwark.deploy.LegKind;
import org.bulwark.deploy.Movement;
import org.bulwark.model.GeoPoint;
import org.bulwark.model.Scenario;

/**
 * {@code routes.geojson}: one LineString per unit that moves, through the nodes of its route,
 * with its times and status, to style or filter unit by unit (RFC 7946, {@code [longitude, latitude]}).
 * Kept apart from {@code flows.geojson} so each file is one layer of one geometry type in QGIS.
 */
public final class RoutesGeoJson {
    public static final String FILE = "routes.geojson";

    private RoutesGeoJson() {
    }

    public static String write(Scenario scenario, DeploymentPlan plan) {
        PlanLookup lookup = new PlanLookup(scenario);
        ObjectNode root = JsonTree.object().put("type", "FeatureCollection");
        root.putObject("metadata").put("scenario", scenario.info().id()).put("illustrative", scenario.info().illustrative())
                .put("crs", "WGS 84 (EPSG:4326), [longitude, latitude]");
        ArrayNode features = root.putArray("features");
        for (Movement m : plan.movements()) {
            List<Leg> moves = m.legs().stream().filter(l -> l.kind() == LegKind.MOVE).toList();
            if (moves.isEmpty()) {
                continue;
            }
            List<GeoPoint> points = new ArrayList<>();
            Optional<GeoPoint> start = lookup.location(moves.get(0).from());
            start.ifPresent(points::add);
            Set<String> modes = new LinkedHashSet<>();
            for (Leg leg : moves) {
                lookup.location(leg.to()).ifPresent(points::add);
                modes.add(leg.modeLabel());
            }
            if (start.isEmpty() || points.size() != moves.size() + 1) {
                continue;
            }
            ObjectNode feature = FlowsGeoJson.feature(features, FlowsGeoJson.lineString(points));
            ObjectNode p = feature.putObject("properties").put("unit_id", m.unit().value())
                    .put("unit_name", lookup.unitName(m.unit())).put("nation", lookup.nation(m.unit()))
                    .put("home", m.home().value()).put("destination", m.destination().value())
                    .put("status", m.status().label()).put("modes", String.join(" ", modes))
                    .put("priority", m.priority());
            number(p, "tonnes", m.tonnes(), Decimals.TONNES);
            number(p, "depart_hour", m.legs().get(0).departHour(), Decimals.HOURS);
            number(p, "arrive_hour", m.arriveHour().orElse(Double.NaN), Decimals.HOURS);
            number(p, "required_hour", m.requiredHour(), Decimals.HOURS);
            number(p, "late_hours", m.lateHours(), Decimals.HOURS);
        }
        return JsonTree.write(root);
    }
}
