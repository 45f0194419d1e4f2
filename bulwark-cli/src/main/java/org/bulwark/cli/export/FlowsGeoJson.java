package org.bulwark.cli.export;

import static org.bulwark.cli.export.JsonTree.number;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Leg;
import org.bulwark.deploy.LegKind;
import org.bulwark.deploy.Movement;
import org.bulwark.deploy.Resource;
import org.bulwark.deploy.Utilisation;
import org.bulwark.model.GeoPoint;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.Scenario;

/**
 * {@code flows.geojson} (RFC 7946, WGS 84, {@code [longitude, latitude]}): what the plan moves
 * where, for a map. One LineString per link direction the plan uses ({@code "feature": "flow"})
 * and one Point per node a leg starts or ends at ({@code "feature": "node"}), in the order the
 * plan first uses them. QGIS opens it as two layers, lines and points.
 */
public final class FlowsGeoJson {
    public static final String FILE = "flows.geojson";

    private FlowsGeoJson() {
    }

    public static String write(Scenario scenario, DeploymentPlan plan) {
        PlanLookup lookup = new PlanLookup(scenario);
        Map<Resource, Utilisation> utilisation = new LinkedHashMap<>();
        plan.utilisation().forEach(u -> utilisation.put(u.resource(), u));
        Map<Resource, Flow> flows = new LinkedHashMap<>();
        Map<NodeId, NodeUse> nodes = new LinkedHashMap<>();
        for (Movement m : plan.movements()) {
            if (m.legs().isEmpty()) {
                continue;
            }
            nodes.computeIfAbsent(m.home(), NodeUse::new).departing.add(m.unit().value());
            for (Leg leg : m.legs()) {
                nodes.computeIfAbsent(leg.from(), NodeUse::new);
                nodes.computeIfAbsent(leg.to(), NodeUse::new);
                if (leg.kind() == LegKind.MOVE) {
                    Flow flow = flows.computeIfAbsent(Resource.link(leg.link().orElseThrow(), leg.from(), leg.to()),
                            r -> new Flow(leg.modeLabel()));
                    flow.tonnes += m.tonnes();
                    flow.units.add(m.unit().value());
                } else {
                    NodeUse use = nodes.get(leg.from());
                    use.tonnesHandled += m.tonnes();
                    use.transship |= leg.kind() == LegKind.TRANSSHIP;
                }
            }
            if (m.arriveHour().isPresent()) {
                nodes.computeIfAbsent(m.destination(), NodeUse::new).arriving.add(m.unit().value());
            }
        }

        ObjectNode root = JsonTree.object().put("type", "FeatureCollection");
        root.putObject("metadata").put("scenario", scenario.info().id()).put("illustrative", scenario.info().illustrative())
                .put("crs", "WGS 84 (EPSG:4326), [longitude, latitude]");
        ArrayNode features = root.putArray("features");
        flows.forEach((resource, flow) -> {
            Optional<GeoPoint> from = lookup.location(resource.from());
            Optional<GeoPoint> to = lookup.location(resource.to());
            if (from.isEmpty() || to.isEmpty()) {
                return;
            }
            ObjectNode feature = feature(features, lineString(List.of(from.get(), to.get())));
            ObjectNode p = feature.putObject("properties").put("feature", "flow")
                    .put("link_id", Resources.linkId(resource)).put("mode", flow.mode)
                    .put("from_node", resource.from().value()).put("to_node", resource.to().value())
                    .put("from_name", lookup.nodeName(resource.from())).put("to_name", lookup.nodeName(resource.to()));
            number(p, "tonnes", flow.tonnes, Decimals.TONNES);
            p.put("unit_count", flow.units.size()).put("units", String.join(" ", flow.units));
            Utilisation u = utilisation.get(resource);
            double capacityPerPeriod = u == null ? Double.POSITIVE_INFINITY : u.capacityPerPeriod();
            number(p, "capacity_tonnes_per_day", capacityPerPeriod * 24 / plan.timeStepHours(), Decimals.TONNES);
            number(p, "peak_share", u != null && Double.isFinite(capacityPerPeriod) ? u.peakShare() : Double.NaN, Decimals.SHARE);
        });
        nodes.forEach((id, use) -> {
            Optional<Node> node = lookup.node(id);
            if (node.isEmpty()) {
                return;
            }
            ObjectNode feature = feature(features, point(node.get().location()));
            ObjectNode p = feature.putObject("properties").put("feature", "node").put("node_id", id.value())
                    .put("name", node.get().name()).put("kind", node.get().kind().label())
                    .put("nation", node.get().nation().value()).put("region", lookup.region(id));
            number(p, "tonnes_handled", use.tonnesHandled, Decimals.TONNES);
            number(p, "handling_capacity_tonnes_per_day", node.get().handlingTonnesPerDay(), Decimals.TONNES);
            Utilisation handling = utilisation.get(Resource.handling(id));
            number(p, "handling_peak_share", handling != null && Double.isFinite(handling.capacityPerPeriod())
                    ? handling.peakShare() : Double.NaN, Decimals.SHARE);
            Utilisation gaugeBreak = utilisation.get(Resource.gaugeBreak(id));
            number(p, "gauge_break_peak_share", gaugeBreak != null && Double.isFinite(gaugeBreak.capacityPerPeriod())
                    ? gaugeBreak.peakShare() : Double.NaN, Decimals.SHARE);
            p.put("transshipment", use.transship)
                    .put("units_departing", use.departing.size()).put("units_arriving", use.arriving.size());
        });
        return JsonTree.write(root);
    }

    static ObjectNode feature(ArrayNode features, ObjectNode geometry) {
        ObjectNode feature = features.addObject().put("type", "Feature");
        feature.set("geometry", geometry);
        return feature;
    }

    static ObjectNode lineString(List<GeoPoint> points) {
        ObjectNode geometry = JsonTree.object().put("type", "LineString");
        ArrayNode coordinates = geometry.putArray("coordinates");
        points.forEach(p -> coordinates.add(position(p)));
        return geometry;
    }

    static ObjectNode point(GeoPoint location) {
        ObjectNode geometry = JsonTree.object().put("type", "Point");
        geometry.set("coordinates", position(location));
        return geometry;
    }

    private static ArrayNode position(GeoPoint p) {
        return JsonTree.MAPPER.createArrayNode().add(Decimals.of(p.longitude(), Decimals.DEGREES))
                .add(Decimals.of(p.latitude(), Decimals.DEGREES));
    }

    private static final class Flow {
        final String mode;
        final Set<String> units = new LinkedHashSet<>();
        double tonnes;

        Flow(String mode) {
            this.mode = mode;
        }
    }

    private static final class NodeUse {
        final List<String> departing = new ArrayList<>();
        final List<String> arriving = new ArrayList<>();
        double tonnesHandled;
        boolean transship;

        NodeUse(NodeId id) {
        }
    }
}
