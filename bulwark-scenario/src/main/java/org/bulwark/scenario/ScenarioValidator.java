package org.bulwark.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bulwark.model.CampaignInput;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.Distribution;
import org.bulwark.model.ForceTier;
import org.bulwark.model.Mode;
import org.bulwark.model.NationRole;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Readiness;
import org.bulwark.scenario.Drafts.AssemblyAreaRow;
import org.bulwark.scenario.Drafts.AxisRow;
import org.bulwark.scenario.Drafts.GaugeBreakRow;
import org.bulwark.scenario.Drafts.LinkRow;
import org.bulwark.scenario.Drafts.NationRow;
import org.bulwark.scenario.Drafts.NodeRow;
import org.bulwark.scenario.Drafts.ObjectiveRow;
import org.bulwark.scenario.Drafts.ParameterRow;
import org.bulwark.scenario.Drafts.PlacementRow;
import org.bulwark.scenario.Drafts.RegionRow;
import org.bulwark.scenario.Drafts.ReinforcementRow;
import org.bulwark.scenario.Drafts.TerrainRow;
import org.bulwark.scenario.Drafts.UncertaintyRow;
import org.bulwark.scenario.Drafts.UnitRow;
import org.bulwark.scenario.Drafts.UnitTypeRow;

/**
 * The checks that need more than one value: unique ids, references between files, values that
 * are impossible, and the rules of the network (gauges, weight limits) and of the force lists.
 * Reports everything it finds.
 */
final class ScenarioValidator {
    private static final Set<String> PUBLIC_MARKINGS = Set.of("UNCLASSIFIED", "PUBLIC");

    private final Drafts d;
    private final Problems problems;

    private ScenarioValidator(Drafts drafts, Problems problems) {
        this.d = drafts;
        this.problems = problems;
    }

    static void validate(Drafts drafts, Problems problems) {
        new ScenarioValidator(drafts, problems).validate();
    }

    private void validate() {
        scenario();
        Map<String, NationRow> nations = index(d.nations, NationRow::code, "nation", "list each nation once");
        Map<String, UnitTypeRow> types = index(d.unitTypes, UnitTypeRow::id, "unit type", "give each unit type its own id");
        Map<String, RegionRow> regions = index(d.regions, RegionRow::id, "region", "give each region its own id");
        Map<String, NodeRow> nodes = index(d.nodes, NodeRow::id, "node", "give each node its own id");
        Map<String, LinkRow> links = index(d.links, LinkRow::id, "link", "give each link its own id");
        Map<String, GaugeBreakRow> breaks = index(d.gaugeBreaks, GaugeBreakRow::node, "gauge break at node", "give each node one gauge break");
        Map<String, UnitRow> units = index(d.units, UnitRow::id, "unit", "give each unit its own id");
        Map<String, ObjectiveRow> objectives = index(d.objectives, ObjectiveRow::id, "objective", "give each objective its own id");
        unitTypes();
        nodes(regions);
        links(nodes);
        for (GaugeBreakRow row : d.gaugeBreaks) {
            ref(row.node(), nodes, "nodes", "node '%s' is not in the network");
            nonNegative(row.transshipmentHours(), "transshipment time", "hours");
            positiveCapacity(row.capacityTonnesPerDay());
        }
        gauges(nodes, breaks);
        units(nations, types, nodes);
        Map<String, PlacementRow> posture = index(d.posture, PlacementRow::unit, "posture entry for unit", "place each unit once");
        for (PlacementRow row : d.posture) {
            ref(row.unit(), units, "units", "unit '%s' is not in the units table");
            ref(row.node(), nodes, "nodes", "node '%s' is not in the network");
            notAdversary(row.unit(), units, nations, "be in the posture");
        }
        reinforcements(units, nodes, nations, types, posture);
        for (ObjectiveRow row : d.objectives) {
            ref(row.node(), nodes, "nodes", "node '%s' is not in the network");
            priority(row.priority());
        }
        threat(units, nodes, nations, objectives);
        operationalMap(nodes, objectives);
        campaign();
        lift();
        index(d.terrain, TerrainRow::node, "terrain row for node", "give each node one terrain row");
        for (TerrainRow row : d.terrain) {
            ref(row.node(), nodes, "nodes", "node '%s' is not in the network");
        }
        new TargetsValidator(d, problems, nations, types).validate();
    }

    private void scenario() {
        var s = d.scenario;
        if (s == null) {
            return;
        }
        if (s.classification() != null && !PUBLIC_MARKINGS.contains(s.classification().value().toUpperCase(Locale.ROOT))) {
            problems.error(s.classification().location(), s.classification().path(),
                    "classification '" + s.classification().value() + "' is not allowed: Bulwark holds public data only",
                    "use UNCLASSIFIED or PUBLIC, and keep classified material out of Bulwark");
        }
        if (s.horizonDays() != null && !(s.horizonDays().value() > 0)) {
            problems.error(s.horizonDays().location(), s.horizonDays().path(),
                    "the horizon must be more than 0 days, got " + ScenarioBinder.number(s.horizonDays().value()),
                    "give how many days after C-day the scenario runs, e.g. 90");
        } else if (s.horizonDays() != null && s.horizonDays().value() > MAX_HORIZON_DAYS) {
            problems.error(s.horizonDays().location(), s.horizonDays().path(),
                    "the horizon of " + ScenarioBinder.number(s.horizonDays().value()) + " days is more than Bulwark plans ("
                            + MAX_HORIZON_DAYS + " days, two years)",
                    "give how many days after C-day the deployment runs, e.g. 90");
        }
    }

    private void unitTypes() {
        for (UnitTypeRow row : d.unitTypes) {
            nonNegativeInt(row.personnel(), "personnel");
            nonNegativeInt(row.vehicles(), "vehicles");
            nonNegative(row.liftTonnes(), "lift", "tonnes");
            nonNegative(row.liftM2(), "lift area", "square metres");
            nonNegative(row.heaviestItemTonnes(), "heaviest item", "tonnes");
            nonNegative(row.combatValue(), "combat value", "");
            hours(row.rsoiHours(), "RSOI hours (reception, staging and onward movement after closure)", "48");
            if (row.rsoiHours() != null && row.rsoiHours().value() > 720) {
                problems.warning(row.rsoiHours().location(), row.rsoiHours().path(), "RSOI of "
                        + ScenarioBinder.number(row.rsoiHours().value()) + " h is more than 30 days; Desert Storm's slowest "
                        + "battalions took 17 (FM 100-17-3's standard is 2)", "check the unit: hours, not minutes or days");
            }
        }
    }

    private void nodes(Map<String, RegionRow> regions) {
        for (NodeRow row : d.nodes) {
            if (row.lat() != null && !(Math.abs(row.lat().value()) <= 90)) {
                problems.error(row.lat().location(), row.lat().path(), "latitude " + ScenarioBinder.number(row.lat().value())
                        + " is out of range", "use decimal degrees from -90 to 90 (north positive)");
            }
            if (row.lon() != null && !(Math.abs(row.lon().value()) <= 180)) {
                problems.error(row.lon().location(), row.lon().path(), "longitude " + ScenarioBinder.number(row.lon().value())
                        + " is out of range", "use decimal degrees from -180 to 180 (east positive)");
            }
            if (row.region() != null) {
                ref(row.region(), regions, "regions", "region '%s' is not in regions.yaml");
            }
            positiveCapacity(row.handlingTonnesPerDay());
        }
        swappedCoordinates();
    }

    /**
     * A node far from the other nodes of its nation that would sit among them with latitude and
     * longitude exchanged (Vilnius in the Gulf of Riga) is a warning: the columns look swapped.
     */
    private void swappedCoordinates() {
        Map<String, List<NodeRow>> byNation = new LinkedHashMap<>();
        for (NodeRow row : d.nodes) {
            if (row.nation() != null && row.lat() != null && row.lon() != null) {
                byNation.computeIfAbsent(row.nation().value(), k -> new java.util.ArrayList<>()).add(row);
            }
        }
        for (List<NodeRow> rows : byNation.values()) {
            if (rows.size() < 3) {
                continue;
            }
            double[] lats = rows.stream().mapToDouble(r -> r.lat().value()).sorted().toArray();
            double[] lons = rows.stream().mapToDouble(r -> r.lon().value()).sorted().toArray();
            double midLat = lats[lats.length / 2];
            double midLon = lons[lons.length / 2];
            for (NodeRow row : rows) {
                double as = kmBetween(row.lat().value(), row.lon().value(), midLat, midLon);
                double swapped = Math.abs(row.lon().value()) <= 90
                        ? kmBetween(row.lon().value(), row.lat().value(), midLat, midLon) : Double.POSITIVE_INFINITY;
                if (as > 300 && swapped < as / 3) {
                    problems.warning(row.lat().location(), row.lat().path(), String.format(Locale.ROOT,
                            "node '%s' lies %.0f km from the middle of %s's other nodes; with latitude and longitude "
                                    + "exchanged it would lie %.0f km from it", row.id() == null ? "?" : row.id().value(), as,
                            row.nation().value(), swapped),
                            "check the order of the columns: lat (north, e.g. 54.68 for Vilnius) before lon (east, e.g. 25.28)");
                }
            }
        }
    }

    private static double kmBetween(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private void links(Map<String, NodeRow> nodes) {
        for (LinkRow row : d.links) {
            ref(row.from(), nodes, "nodes", "node '%s' is not in the network");
            ref(row.to(), nodes, "nodes", "node '%s' is not in the network");
            if (row.from() != null && row.to() != null && row.from().value().equals(row.to().value())) {
                problems.error(row.to().location(), row.to().path(), "the link joins node '" + row.to().value() + "' to itself",
                        "a link joins two different nodes");
            }
            nonNegative(row.distanceKm(), "distance", "km");
            if (row.speedKmh() != null && !(row.speedKmh().value() > 0)) {
                problems.error(row.speedKmh().location(), row.speedKmh().path(), "the speed must be more than 0 km/h, got "
                        + ScenarioBinder.number(row.speedKmh().value()), "give a planning speed, e.g. 40, or leave it empty for the mode's");
            }
            nonNegative(row.transitHours(), "transit time", "hours");
            if (row.speedKmh() != null && row.transitHours() != null) {
                problems.error(row.transitHours().location(), row.transitHours().path(),
                        "both speed_kmh and transit_hours are given", "give one of them: the transit time is taken from either");
            }
            positiveCapacity(row.capacityTonnesPerDay());
            if (row.liftsPerDay() != null) {
                if (!(row.liftsPerDay().value() > 0) || Double.isInfinite(row.liftsPerDay().value())) {
                    problems.error(row.liftsPerDay().location(), row.liftsPerDay().path(), "lift elements a day must be more than 0, got "
                            + ScenarioBinder.number(row.liftsPerDay().value()),
                            "give the sorties, trains, sailings or march units a day, e.g. 12, or leave it empty");
                }
                if (row.capacityTonnesPerDay() != null) {
                    problems.error(row.liftsPerDay().location(), row.liftsPerDay().path(),
                            "both capacity_tonnes_per_day and lifts_per_day are given",
                            "give one of them: lifts_per_day times the mode's lift element (lift.yaml) is the capacity in tonnes a day");
                }
            }
            if (row.weightLimitTonnes() != null && !(row.weightLimitTonnes().value() > 0)) {
                problems.error(row.weightLimitTonnes().location(), row.weightLimitTonnes().path(),
                        "the weight limit must be more than 0 tonnes, got " + ScenarioBinder.number(row.weightLimitTonnes().value()),
                        "leave it empty when no limit is known");
            }
            if (row.mode() != null) {
                if (row.mode().value() == Mode.RAIL && !row.gaugeGiven() && row.id() != null) {
                    problems.error(row.mode().location(), row.path() + ".gauge_mm", "rail link '" + row.id().value() + "' has no gauge",
                            "give gauge_mm: 1435, 1520 or 1435/1520 (dual gauge)");
                } else if (row.mode().value() != Mode.RAIL && row.gaugeGiven()) {
                    problems.error(row.gauge() != null ? row.gauge().location() : row.mode().location(), row.path() + ".gauge_mm",
                            "a " + row.mode().value().label()
                            + " link has no gauge", "leave gauge_mm empty on road, sea and air links");
                }
            }
        }
    }

    /** Where a 1435 mm and a 1520 mm rail link meet, cargo has to be transshipped. */
    private void gauges(Map<String, NodeRow> nodes, Map<String, GaugeBreakRow> breaks) {
        Map<String, Map<RailGauge, LinkRow>> gaugesAt = new LinkedHashMap<>();
        for (LinkRow row : d.links) {
            if (row.gauge() == null || row.gauge().value() == RailGauge.DUAL || row.from() == null || row.to() == null) {
                continue;
            }
            for (Located<String> end : List.of(row.from(), row.to())) {
                gaugesAt.computeIfAbsent(end.value(), k -> new LinkedHashMap<>()).putIfAbsent(row.gauge().value(), row);
            }
        }
        for (var entry : gaugesAt.entrySet()) {
            Map<RailGauge, LinkRow> gauges = entry.getValue();
            NodeRow node = nodes.get(entry.getKey());
            if (gauges.size() > 1 && node != null && !breaks.containsKey(entry.getKey())) {
                problems.error(node.id().location(), node.id().path(), "1435 mm rail (link '"
                        + gauges.get(RailGauge.STANDARD_1435).id().value() + "') meets 1520 mm rail (link '"
                        + gauges.get(RailGauge.BROAD_1520).id().value() + "') at node '" + entry.getKey() + "' without a gauge break",
                        "add the node to gauge-breaks.yaml with its transshipment time, or make a link dual gauge (1435/1520)");
            }
        }
    }

    private void units(Map<String, NationRow> nations, Map<String, UnitTypeRow> types, Map<String, NodeRow> nodes) {
        String catalogue = d.unitTypesFile == null ? "the default unit-type catalogue" : d.unitTypesFile;
        for (UnitRow row : d.units) {
            ref(row.nation(), nations, "nations", "nation '%s' is not in nations.yaml");
            ref(row.type(), types, "unit_types", "unit type '%s' is not in " + catalogue);
            ref(row.home(), nodes, "nodes", "node '%s' is not in the network");
            nonNegativeInt(row.personnel(), "personnel");
            nonNegativeInt(row.vehicles(), "vehicles");
            nonNegative(row.liftTonnes(), "lift", "tonnes");
            nonNegative(row.liftM2(), "lift area", "square metres");
            nonNegative(row.heaviestItemTonnes(), "heaviest item", "tonnes");
            nonNegative(row.combatValue(), "combat value", "");
            nonNegative(row.noticeDays(), "notice to move", "days");
            if (row.noticeDays() != null && row.noticeDays().value() > MAX_HORIZON_DAYS) {
                problems.error(row.noticeDays().location(), row.noticeDays().path(), "a notice to move of "
                        + ScenarioBinder.number(row.noticeDays().value()) + " days is beyond the " + MAX_HORIZON_DAYS
                        + " days Bulwark plans", "give the days the unit needs before it can move, e.g. 10");
            }
            UnitTypeRow type = row.type() == null ? null : types.get(row.type().value());
            if (type != null && row.personnel() != null && row.personnel().value() >= 0 && type.personnel() != null
                    && type.liftTonnes() != null && row.liftTonnes() == null && type.personnel().value() > 0) {
                double ratio = row.personnel().value() / (double) type.personnel().value();
                if (ratio < 0.6 || ratio > 1.0 / 0.6) { // battlegroups vary by a third; beyond that, likely a unit of another size
                    problems.warning(row.personnel().location(), row.personnel().path(), "unit '" + (row.id() == null ? "?"
                            : row.id().value()) + "' has " + ScenarioBinder.number(row.personnel().value()) + " personnel, its type '"
                            + row.type().value() + "' " + ScenarioBinder.number(type.personnel().value()) + ", yet it moves the type's "
                            + ScenarioBinder.number(type.liftTonnes().value()) + " t", "give lift_tonnes for this unit (e.g. "
                            + ScenarioBinder.number(Math.round(type.liftTonnes().value() * ratio)) + " t in proportion), "
                            + "or leave personnel empty if it is a full unit of its type");
                }
            }
            double notice = row.noticeDays() == null ? 0 : row.noticeDays().value();
            if (row.tier() != null && notice >= 0 && !row.tier().value().admits(notice)) {
                ForceTier tier = row.tier().value();
                ForceTier expected = ForceTier.ofNoticeDays(notice);
                problems.error(row.tier().location(), row.tier().path(), tier.label() + " does not agree with a notice to move of "
                        + ScenarioBinder.number(notice) + " days",
                        tier.label() + " means " + range(tier) + "; use " + expected.label() + " or change notice_days");
            }
        }
    }

    private static String range(ForceTier tier) {
        if (tier == ForceTier.BEYOND_TIER_3) {
            return "more than 180 days' notice";
        }
        return ScenarioBinder.number(tier.minNoticeDays()) + " to " + ScenarioBinder.number(tier.maxNoticeDays()) + " days' notice";
    }

    private void reinforcements(Map<String, UnitRow> units, Map<String, NodeRow> nodes, Map<String, NationRow> nations,
                                Map<String, UnitTypeRow> types, Map<String, PlacementRow> posture) {
        Map<String, ReinforcementRow> seen = new LinkedHashMap<>();
        drawnSets(units, types);
        NetworkComponents network = NetworkComponents.anyMode(d.links, nodes.keySet());
        for (ReinforcementRow row : d.reinforcements) {
            ref(row.unit(), units, "units", "unit '%s' is not in the units table");
            ref(row.destination(), nodes, "nodes", "node '%s' is not in the network");
            if (row.destination() != null && nodes.get(row.destination().value()) != null) {
                NodeRow node = nodes.get(row.destination().value());
                NationRow nation = node.nation() == null ? null : nations.get(node.nation().value());
                if (nation != null && nation.role() != null && nation.role().value() == NationRole.ADVERSARY) {
                    problems.error(row.destination().location(), row.destination().path(), "destination '"
                            + row.destination().value() + "' is in " + nation.code().value() + ", an adversary nation",
                            "send reinforcements to an allied node");
                }
            }
            priority(row.priority());
            draw(row, nodes, nations);
            if (row.unit() == null) {
                continue;
            }
            String id = row.unit().value();
            ReinforcementRow first = seen.putIfAbsent(id, row);
            if (first != null) {
                problems.error(row.unit().location(), row.unit().path(), "unit '" + id + "' already reinforces (first at "
                        + first.unit().location() + ")", "give each unit one reinforcement");
            }
            PlacementRow placed = posture.get(id);
            if (placed != null) {
                problems.error(row.unit().location(), row.unit().path(), "unit '" + id + "' is already in the posture (at "
                        + placed.unit().location() + ")", "a unit is in place or reinforces, not both: remove one of the two");
            }
            notAdversary(row.unit(), units, nations, "reinforce");
            UnitRow unit = units.get(id);
            if (unit == null) {
                continue;
            }
            if (row.drawAt() == null && unit.home() != null && row.destination() != null
                    && nodes.containsKey(unit.home().value()) && nodes.containsKey(row.destination().value())
                    && !network.connected(unit.home().value(), row.destination().value())) {
                problems.error(row.destination().location(), row.destination().path(), "no link of any mode joins the home '"
                        + unit.home().value() + "' of unit '" + id + "' to its destination '" + row.destination().value()
                        + "': it can never arrive", "add the links that join them in links.csv, or change the destination");
            }
            withinPlanningHours(row.availableHour());
            withinPlanningHours(row.requiredHour());
            double available;
            if (row.availableHour() != null) {
                available = row.availableHour().value();
            } else {
                double notice = unit.noticeDays() == null ? 0 : Math.max(0, unit.noticeDays().value());
                available = notice * Readiness.HOURS_PER_DAY;
            }
            if (row.requiredHour() != null && row.requiredHour().value() < available) {
                problems.error(row.requiredHour().location(), row.requiredHour().path(), "required hour "
                        + ScenarioBinder.number(row.requiredHour().value()) + " is before the available hour "
                        + ScenarioBinder.number(available) + (row.availableHour() == null ? " (the unit's notice to move)" : ""),
                        "the unit cannot arrive before it can leave: make required_hour at least " + ScenarioBinder.number(available));
            }
            heaviestItem(row, unit, types);
        }
    }

    /** An hour after C-day must lie within the longest horizon Bulwark plans (it sizes the planner's timeline). */
    private void withinPlanningHours(Located<Double> hour) {
        if (hour != null && hour.value() > MAX_HORIZON_DAYS * 24.0) {
            problems.error(hour.location(), hour.path(), "hour " + ScenarioBinder.number(hour.value()) + " is beyond the "
                    + MAX_HORIZON_DAYS + " days (" + MAX_HORIZON_DAYS * 24 + " h) Bulwark plans",
                    "give hours after C-day within the scenario's horizon, e.g. 240 for day 10");
        }
    }

    /** A reinforcing unit must be able to leave home: some link there must carry its heaviest item. */
    private void heaviestItem(ReinforcementRow row, UnitRow unit, Map<String, UnitTypeRow> types) {
        Double heaviest = null;
        if (unit.heaviestItemTonnes() != null) {
            heaviest = unit.heaviestItemTonnes().value();
        } else if (unit.type() != null && types.containsKey(unit.type().value())
                && types.get(unit.type().value()).heaviestItemTonnes() != null) {
            heaviest = types.get(unit.type().value()).heaviestItemTonnes().value();
        }
        if (heaviest == null || unit.home() == null) {
            return;
        }
        String home = unit.home().value();
        double best = 0;
        boolean any = false;
        for (LinkRow link : d.links) {
            boolean touches = (link.from() != null && link.from().value().equals(home)) || (link.to() != null && link.to().value().equals(home));
            if (touches) {
                any = true;
                best = Math.max(best, link.weightLimitTonnes() == null ? Double.POSITIVE_INFINITY : link.weightLimitTonnes().value());
            }
        }
        if (any && heaviest > best) {
            problems.error(row.unit().location(), row.unit().path(), "unit '" + unit.id().value() + "' has a heaviest item of "
                    + ScenarioBinder.number(heaviest) + " tonnes, but no link at its home node '" + home + "' carries more than "
                    + ScenarioBinder.number(best) + " tonnes",
                    "raise weight_limit_tonnes on a link at " + home + ", add a link that carries the load, or correct heaviest_item_tonnes");
        }
    }

    private void threat(Map<String, UnitRow> units, Map<String, NodeRow> nodes, Map<String, NationRow> nations,
                        Map<String, ObjectiveRow> objectives) {
        if (d.threat == null) {
            return;
        }
        nonNegative(d.threat.warningHours(), "warning time", "hours");
        Map<String, AssemblyAreaRow> areas = index(d.threat.assemblyAreas(), AssemblyAreaRow::id, "assembly area", "give each assembly area its own id");
        index(d.threat.axes(), AxisRow::id, "axis", "give each axis its own id");
        for (AssemblyAreaRow area : d.threat.assemblyAreas()) {
            ref(area.node(), nodes, "nodes", "node '%s' is not in the network");
            for (Located<String> unit : area.units()) {
                if (ref(unit, units, "units", "unit '%s' is not in the units table")) {
                    NationRow nation = nationOf(units.get(unit.value()), nations);
                    if (nation != null && nation.role() != null && nation.role().value() != NationRole.ADVERSARY) {
                        problems.error(unit.location(), unit.path(), "unit '" + unit.value() + "' is not an adversary unit (nation "
                                + nation.code().value() + " is " + nation.role().value().name().toLowerCase(Locale.ROOT) + ")",
                                "assembly areas hold adversary units only; allied forces go in posture.yaml or reinforcements");
                    }
                }
            }
        }
        for (AxisRow axis : d.threat.axes()) {
            ref(axis.from(), areas, "threat", "assembly area '%s' is not in threat.yaml");
            ref(axis.objective(), objectives, "objectives", "objective '%s' is not in objectives.yaml");
            for (Located<String> node : axis.route()) {
                ref(node, nodes, "nodes", "node '%s' is not in the network");
            }
        }
    }

    /**
     * The campaign model moves along roads: every objective must be on the road network, and
     * every axis must have a road path from its assembly area through its route to its objective.
     * Allied and adversary nodes alike. Skipped while a link's mode or ends are reported wrong:
     * the map is then incomplete, and every gap it shows would only repeat that problem.
     */
    private void operationalMap(Map<String, NodeRow> nodes, Map<String, ObjectiveRow> objectives) {
        if (d.unreadable.contains("nodes") || d.unreadable.contains("links")) {
            return;
        }
        for (LinkRow link : d.links) {
            if (link.mode() == null || link.from() == null || link.to() == null || !nodes.containsKey(link.from().value())
                    || !nodes.containsKey(link.to().value()) || link.from().value().equals(link.to().value())) {
                return;
            }
        }
        NetworkComponents roads = NetworkComponents.roads(d.links, nodes.keySet());
        Set<String> offMap = new HashSet<>();
        for (ObjectiveRow row : d.objectives) {
            if (row.id() == null || row.node() == null || !nodes.containsKey(row.node().value())
                    || objectives.get(row.id().value()) != row || roads.onRoads(row.node().value())) {
                continue;
            }
            offMap.add(row.id().value());
            problems.error(row.location(), row.path(), "objective '" + row.id().value() + "' is outside the operational map: "
                    + "no road link reaches its node '" + row.node().value() + "'",
                    "the campaign model moves along roads: add a road link to " + row.node().value()
                            + ", or put the objective at a node on the road network");
        }
        if (d.threat == null) {
            return;
        }
        Map<String, AssemblyAreaRow> areas = new LinkedHashMap<>();
        for (AssemblyAreaRow area : d.threat.assemblyAreas()) {
            if (area.id() != null) {
                areas.putIfAbsent(area.id().value(), area);
            }
        }
        for (AxisRow axis : d.threat.axes()) {
            AssemblyAreaRow area = axis.from() == null ? null : areas.get(axis.from().value());
            ObjectiveRow objective = axis.objective() == null ? null : objectives.get(axis.objective().value());
            if (axis.id() == null || area == null || area.node() == null || objective == null || objective.node() == null
                    || offMap.contains(objective.id().value())) {
                continue;
            }
            List<Located<String>> stops = new ArrayList<>();
            stops.add(area.node());
            stops.addAll(axis.route());
            stops.add(objective.node());
            if (stops.stream().anyMatch(stop -> !nodes.containsKey(stop.value()))) {
                continue;
            }
            String reported = null; // a node without roads breaks both legs at it: say so once
            for (int i = 0; i + 1 < stops.size(); i++) {
                String a = stops.get(i).value();
                String b = stops.get(i + 1).value();
                if (roads.connected(a, b) || a.equals(reported)) {
                    continue;
                }
                String isolated = !roads.onRoads(a) ? a : !roads.onRoads(b) ? b : null;
                reported = isolated;
                problems.error(axis.location(), axis.path(), "axis '" + axis.id().value() + "' has no road path from "
                        + stop(a, i, stops.size(), axis.from().value()) + " to "
                        + stop(b, i + 1, stops.size(), objective.id().value()),
                        (isolated != null ? "node '" + isolated + "' has no road link at all; " : "")
                                + "the campaign model moves along roads (allied and adversary): add road links that join "
                                + a + " to " + b + ", or change the route");
            }
        }
    }

    /** Limits on the values that drive the size of a run (issue 15: validated input never exhausts a machine). */
    static final int MAX_HORIZON_DAYS = 730;
    static final int MAX_CAMPAIGN_DAYS = 365;
    static final int MAX_CAMPAIGN_STEPS = 20_000;

    private void campaign() {
        var c = d.campaign;
        if (c == null) {
            return;
        }
        if (finite(c.days()) && !(c.days().value() > 0)) {
            problems.error(c.days().location(), c.days().path(), "the campaign must last more than 0 days, got "
                    + ScenarioBinder.number(c.days().value()), "give the number of days after D-day to model, e.g. 30");
        }
        if (finite(c.stepHours()) && !(c.stepHours().value() > 0 && c.stepHours().value() <= 24)) {
            problems.error(c.stepHours().location(), c.stepHours().path(), "the time step must be more than 0 and at most 24 hours, got "
                    + ScenarioBinder.number(c.stepHours().value()), "use e.g. 1 (hourly) or 6");
        }
        if (finite(c.days()) && c.days().value() > MAX_CAMPAIGN_DAYS) {
            problems.error(c.days().location(), c.days().path(), "a campaign of " + ScenarioBinder.number(c.days().value())
                    + " days is longer than the model is meant for (" + MAX_CAMPAIGN_DAYS + " days)",
                    "the model covers the opening weeks of a campaign; give e.g. 30");
        } else if (finite(c.days()) && finite(c.stepHours()) && c.days().value() > 0 && c.stepHours().value() > 0
                && c.days().value() * 24 / c.stepHours().value() > MAX_CAMPAIGN_STEPS) {
            problems.error(c.stepHours().location(), c.stepHours().path(), "a step of " + java.math.BigDecimal.valueOf(c.stepHours().value()).stripTrailingZeros().toPlainString()
                    + " h over " + ScenarioBinder.number(c.days().value()) + " days makes "
                    + ScenarioBinder.number(Math.ceil(c.days().value() * 24 / c.stepHours().value())) + " steps per run, more than "
                    + MAX_CAMPAIGN_STEPS, "use a step of at least " + ScenarioBinder.number(Math.ceil(c.days().value() * 24
                    / MAX_CAMPAIGN_STEPS * 100) / 100) + " h, e.g. 1");
        }
        for (ParameterRow row : c.parameters()) {
            CampaignParameter p = row.parameter();
            if (finite(row.value()) && !within(row.value().value(), p)) {
                problems.error(row.value().location(), row.value().path(), p.id() + " must be within "
                        + ScenarioBinder.legalRange(p) + ", got " + ScenarioBinder.number(row.value().value()),
                        "use a value within " + ScenarioBinder.legalRange(p) + " (" + p.description() + ")");
            }
        }
        for (UncertaintyRow row : c.uncertainty()) {
            uncertainty(row);
        }
    }

    /** Checks one uncertain input: its numbers are possible for its shape and its support lies in the input's range. */
    private void uncertainty(UncertaintyRow row) {
        if (row.shape() == null) {
            return;
        }
        DistributionShape shape = row.shape().value();
        Map<String, Double> numbers = new LinkedHashMap<>();
        boolean complete = true;
        for (String field : shape.fields()) {
            Located<Double> number = row.number(field);
            if (number == null) {
                complete &= !shape.required().contains(field);
            } else if (finite(number)) {
                numbers.put(field, number.value());
            } else {
                complete = false;
            }
        }
        if (!complete || !possible(row, shape)) {
            return;
        }
        Distribution distribution = shape.build(numbers);
        CampaignInput input = row.input();
        boolean tooLow = distribution.lowest() < input.min();
        boolean tooHigh = distribution.highest() > input.max();
        if (!tooLow && !tooHigh) {
            return;
        }
        problems.error(row.location(), row.path(), input.id() + " must stay within " + ScenarioBinder.legalRange(input)
                + ", but this " + shape.label() + " distribution " + (shape == DistributionShape.FIXED
                        ? "is " + ScenarioBinder.number(distribution.lowest())
                        : "spans " + span(distribution)),
                supportHint(row, shape, input, tooLow, tooHigh));
    }

    /** Reports numbers a distribution of this shape cannot have; true when there are none. */
    private boolean possible(UncertaintyRow row, DistributionShape shape) {
        int before = problems.count();
        Located<Double> min = row.number("min");
        Located<Double> max = row.number("max");
        switch (shape) {
            case UNIFORM, TRIANGULAR, NORMAL -> {
                if (min != null && max != null && !(min.value() < max.value())) {
                    problems.error(max.location(), max.path(), "max must be more than min, got min "
                            + ScenarioBinder.number(min.value()) + " and max " + ScenarioBinder.number(max.value()),
                            "swap them, or widen the range");
                }
            }
            default -> { }
        }
        if (shape == DistributionShape.TRIANGULAR) {
            Located<Double> mode = row.number("mode");
            if (!(min.value() <= mode.value() && mode.value() <= max.value())) {
                problems.error(mode.location(), mode.path(), "mode " + ScenarioBinder.number(mode.value())
                        + " is outside [min, max] = [" + ScenarioBinder.number(min.value()) + ", "
                        + ScenarioBinder.number(max.value()) + "]", "the mode (the most likely value) lies between min and max");
            }
        }
        if (shape == DistributionShape.NORMAL) {
            positive(row.number("sd"), "the standard deviation sd", "use a positive spread; for a single value use {distribution: fixed, value: …}");
        }
        if (shape == DistributionShape.LOGNORMAL) {
            positive(row.number("median"), "the median", "a log-normal value is always positive: give its median, e.g. 1.0");
            positive(row.number("sigma"), "sigma", "use a positive spread, e.g. 0.15; for a single value use {distribution: fixed, value: …}");
        }
        return problems.count() == before;
    }

    private void positive(Located<Double> value, String what, String hint) {
        if (!(value.value() > 0)) {
            problems.error(value.location(), value.path(), what + " must be more than 0, got " + ScenarioBinder.number(value.value()), hint);
        }
    }

    private static String supportHint(UncertaintyRow row, DistributionShape shape, CampaignInput input, boolean tooLow, boolean tooHigh) {
        String lowest = ScenarioBinder.number(input.min());
        String highest = ScenarioBinder.number(input.max());
        return switch (shape) {
            case FIXED -> "use a value within " + ScenarioBinder.legalRange(input);
            case LOGNORMAL -> "a log-normal distribution " + (tooHigh ? "is unbounded above" : "comes arbitrarily close to 0")
                    + "; use a triangular, uniform or truncated normal distribution within " + ScenarioBinder.legalRange(input);
            case NORMAL -> {
                List<String> fixes = new ArrayList<>();
                if (tooLow) {
                    fixes.add(row.number("min") == null ? "add min: " + lowest : "raise min to " + lowest + " or more");
                }
                if (tooHigh) {
                    fixes.add(row.number("max") == null ? "add max: " + highest : "lower max to " + highest + " or less");
                }
                yield String.join(" and ", fixes) + " to truncate the normal distribution";
            }
            case UNIFORM, TRIANGULAR -> {
                List<String> fixes = new ArrayList<>();
                if (tooLow) {
                    fixes.add("raise min to " + lowest + " or more");
                }
                if (tooHigh) {
                    fixes.add("lower max to " + highest + " or less");
                }
                yield String.join(" and ", fixes);
            }
        };
    }

    private static String span(Distribution distribution) {
        double lo = distribution.lowest();
        double hi = distribution.highest();
        return (lo == Double.NEGATIVE_INFINITY ? "(-∞" : "[" + ScenarioBinder.number(lo)) + ", "
                + (hi == Double.POSITIVE_INFINITY ? "∞)" : ScenarioBinder.number(hi) + "]");
    }

    private static boolean within(double value, CampaignInput input) {
        return value >= input.min() && value <= input.max();
    }

    /** Whether a number is given and finite; reports one too large to be finite (e.g. 1e999). */
    private boolean finite(Located<Double> value) {
        if (value == null) {
            return false;
        }
        if (!Double.isFinite(value.value())) {
            problems.error(value.location(), value.path(), "the number is too large", "give a finite number");
            return false;
        }
        return true;
    }

    /** "RU_CHE (assembly area 'kaliningrad')", "RU_GUS (route[0])" or "PL_SUW (objective 'suwalki')". */
    private static String stop(String node, int index, int count, String name) {
        if (index == 0) {
            return node + " (assembly area '" + name + "')";
        }
        if (index == count - 1) {
            return node + " (objective '" + name + "')";
        }
        return node + " (route[" + (index - 1) + "])";
    }

    /** A draw of prepositioned equipment: at a known, allied node; draw hours only with a draw site, and not negative. */
    /**
     * Personnel one prepositioned site equips, above which the draws there are a warning: a heavy
     * brigade set, about 4,000-5,000 soldiers (APS-2 Powidz; docs/movement-factors-research.md).
     */
    private static final int ONE_SET_PERSONNEL = 5000;

    /** A warning per draw site whose units have more personnel than one brigade set equips: stocks are not counted. */
    private void drawnSets(Map<String, UnitRow> units, Map<String, UnitTypeRow> types) {
        Map<String, Integer> personnel = new LinkedHashMap<>();
        Map<String, ReinforcementRow> last = new LinkedHashMap<>();
        for (ReinforcementRow row : d.reinforcements) {
            if (row.drawAt() == null || row.unit() == null || !units.containsKey(row.unit().value())) {
                continue;
            }
            UnitRow unit = units.get(row.unit().value());
            UnitTypeRow type = unit.type() == null ? null : types.get(unit.type().value());
            Integer people = unit.personnel() != null ? unit.personnel().value()
                    : type != null && type.personnel() != null ? type.personnel().value() : null;
            if (people != null && people > 0) {
                personnel.merge(row.drawAt().value(), people, Integer::sum);
                last.put(row.drawAt().value(), row);
            }
        }
        personnel.forEach((site, people) -> {
            if (people > ONE_SET_PERSONNEL) {
                ReinforcementRow row = last.get(site);
                problems.warning(row.drawAt().location(), row.drawAt().path(), "the units drawing at '" + site + "' have "
                        + ScenarioBinder.number(people) + " personnel; one heavy brigade set equips about 4,000-5,000",
                        "Bulwark does not count stocks: check the site holds a set for each (APS-2 Powidz holds one, "
                                + "docs/movement-factors-research.md), or draw some units elsewhere");
            }
        });
    }

    private void draw(ReinforcementRow row, Map<String, NodeRow> nodes, Map<String, NationRow> nations) {
        if (row.drawAt() != null) {
            ref(row.drawAt(), nodes, "nodes", "node '%s' is not in the network");
            NodeRow node = nodes.get(row.drawAt().value());
            NationRow nation = node == null || node.nation() == null ? null : nations.get(node.nation().value());
            if (nation != null && nation.role() != null && nation.role().value() == NationRole.ADVERSARY) {
                problems.error(row.drawAt().location(), row.drawAt().path(), "node '" + row.drawAt().value()
                        + "' is in adversary territory (" + nation.code().value() + "): no stocks can be drawn there",
                        "give an allied node where the equipment is prepositioned, e.g. an APS site");
            }
        } else if (row.drawHours() != null) {
            problems.error(row.drawHours().location(), row.drawHours().path(), "draw_hours is given without draw_at",
                    "give draw_at, the node where the unit draws prepositioned equipment, or leave draw_hours empty");
        }
        hours(row.drawHours(), "hours to draw prepositioned equipment", "24");
        if (row.drawHours() != null && row.drawHours().value() > 336) {
            problems.warning(row.drawHours().location(), row.drawHours().path(), "a draw of "
                    + ScenarioBinder.number(row.drawHours().value()) + " h is longer than the 14 days a brigade draw took "
                    + "in Europe around 2017 (doctrine: 4-6 days)", "check the unit: hours, not minutes; or leave it empty for "
                    + "32 h per 1,000 personnel");
        }
        if (row.drawAt() != null && row.personnelBy() != null && row.personnelBy().value() == org.bulwark.model.PersonnelMove.AIR) {
            problems.error(row.personnelBy().location(), row.personnelBy().path(), "personnel_by is 'air' and the unit draws at '"
                    + row.drawAt().value() + "'", "leave personnel_by empty: with a draw the personnel fly to the draw site "
                    + "anyway and move on with the drawn equipment");
        }
        if (row.drawAt() != null && row.destination() != null && row.drawAt().value().equals(row.destination().value())) {
            problems.warning(row.drawAt().location(), row.drawAt().path(), "the unit draws at its destination, so it "
                    + "does not move after the draw and gets no RSOI time", "that is right for a unit that falls in on "
                    + "stocks where it fights; otherwise give the stock site");
        }
    }

    private void notAdversary(Located<String> unitId, Map<String, UnitRow> units, Map<String, NationRow> nations, String where) {
        if (unitId == null) {
            return;
        }
        NationRow nation = nationOf(units.get(unitId.value()), nations);
        if (nation != null && nation.role() != null && nation.role().value() == NationRole.ADVERSARY) {
            problems.error(unitId.location(), unitId.path(), "unit '" + unitId.value() + "' belongs to adversary nation "
                    + nation.code().value() + " and cannot " + where,
                    "put adversary units in threat.yaml assembly areas");
        }
    }

    private static NationRow nationOf(UnitRow unit, Map<String, NationRow> nations) {
        return unit == null || unit.nation() == null ? null : nations.get(unit.nation().value());
    }

    /** Reports the second and later rows with an id already used; returns the first row for each id. */
    private <R> Map<String, R> index(List<R> rows, Function<R, Located<String>> id, String kind, String hint) {
        Map<String, R> byId = new LinkedHashMap<>();
        Map<String, Located<String>> first = new LinkedHashMap<>();
        for (R row : rows) {
            Located<String> key = id.apply(row);
            if (key == null) {
                continue;
            }
            Located<String> earlier = first.putIfAbsent(key.value(), key);
            if (earlier != null) {
                problems.error(key.location(), key.path(), "duplicate " + kind + " '" + key.value() + "' (first at "
                        + earlier.location() + ")", hint);
            } else {
                byId.put(key.value(), row);
            }
        }
        return byId;
    }

    /**
     * Whether {@code ref} names a known id of {@code table}; reports it with a did-you-mean when not,
     * unless the table could not be read. Null (absent or already reported) refs are not known.
     */
    private boolean ref(Located<String> ref, Map<String, ?> known, String table, String message) {
        if (ref == null) {
            return false;
        }
        if (known.containsKey(ref.value())) {
            return true;
        }
        if (d.unreadable.contains(table)) {
            return false; // the table itself is reported; every reference into it would only repeat that
        }
        problems.error(ref.location(), ref.path(), String.format(Locale.ROOT, message, ref.value()),
                Problems.didYouMean(ref.value(), known.keySet(), byName(ref.value(), known)
                        .orElse(known.isEmpty() ? null : Problems.useOneOf(known.keySet()))));
        return false;
    }

    /**
     * For a node written by its place name ({@code Powidz}) rather than its id: "Maybe you meant
     * 'PL_EPPW' (Powidz Air Base)?" when exactly one node's name holds the word.
     */
    private static java.util.Optional<String> byName(String wrong, Map<String, ?> known) {
        String word = wrong.strip().toLowerCase(Locale.ROOT);
        if (word.length() < 3) {
            return java.util.Optional.empty();
        }
        NodeRow match = null;
        for (Object row : known.values()) {
            if (row instanceof NodeRow node && node.name() != null
                    && node.name().value().toLowerCase(Locale.ROOT).contains(word)) {
                if (match != null) {
                    return java.util.Optional.empty();
                }
                match = node;
            }
        }
        return match == null ? java.util.Optional.empty()
                : java.util.Optional.of("Maybe you meant '" + match.id().value() + "' (" + match.name().value() + ")?");
    }

    private void lift() {
        if (d.lift == null) {
            return;
        }
        for (Drafts.LiftModeRow row : d.lift.modes().values()) {
            String mode = row.mode().label();
            positiveFinite(row.elementTonnes(), (row.mode() == org.bulwark.model.Mode.AIR ? "an " : "a ") + mode
                    + " element must carry more than 0 tonnes",
                    "give the payload of one " + mode + " element in tonnes, e.g. "
                            + ScenarioBinder.number(org.bulwark.model.LiftIncrements.DEFAULT.tonnes(row.mode()))
                            + ", or leave it out for the bundled default");
            positiveFinite(row.maxItemTonnes(), "the heaviest item " + (row.mode() == org.bulwark.model.Mode.AIR ? "an " : "a ")
                    + mode + " element takes must be more than 0 tonnes", "give the tonnes, e.g. "
                            + ScenarioBinder.number(org.bulwark.model.LiftIncrements.DEFAULT.maxItemTonnes(row.mode()))
                            + ", or leave it out: then it is the element's tonnes");
            positiveFinite(row.speedKmh(), "the " + mode + " planning speed must be more than 0 km/h",
                    "give km/h, e.g. " + ScenarioBinder.number(org.bulwark.model.MovementTimes.DEFAULT.speedKmh(row.mode()))
                            + ", or leave it out for the bundled default");
            hours(row.loadHours(), "hours to load one " + mode + " element",
                    ScenarioBinder.number(org.bulwark.model.MovementTimes.DEFAULT.loadHours(row.mode())));
            hours(row.unloadHours(), "hours to unload one " + mode + " element",
                    ScenarioBinder.number(org.bulwark.model.MovementTimes.DEFAULT.unloadHours(row.mode())));
        }
        Drafts.MarchRow march = d.lift.march();
        liftPlausibility();
        if (march != null) {
            Located<Double> perDay = march.hoursPerDay();
            if (perDay != null && !(perDay.value() > 0 && perDay.value() <= 24)) {
                problems.error(perDay.location(), perDay.path(), "columns must drive more than 0 and at most 24 hours a day, got "
                        + ScenarioBinder.number(perDay.value()), "give the driving hours of a march day, e.g. 10; 24 drives round the clock");
            }
            Located<Double> start = march.startHour();
            if (start != null && !(start.value() >= 0 && start.value() < 24)) {
                problems.error(start.location(), start.path(), "the hour columns set off must be from 0 to less than 24, got "
                        + ScenarioBinder.number(start.value()), "give an hour of the day counted from hour 0 of the scenario, e.g. 6");
            }
        }
    }

    /**
     * Warnings (not errors) for figures beyond any real lift of the mode, which are more likely a
     * slip of unit (kg for t, m/s or knots for km/h) than a plan: the largest aircraft (An-124,
     * 120 t), a heavy freight train (about 5,000 t in Europe), the largest Ro-Ro (about 100,000 t),
     * and the fastest the mode moves.
     */
    private void liftPlausibility() {
        java.util.Map<org.bulwark.model.Mode, double[]> limits = java.util.Map.of(
                org.bulwark.model.Mode.AIR, new double[] {150, 1000},
                org.bulwark.model.Mode.RAIL, new double[] {5000, 160},
                org.bulwark.model.Mode.SEA, new double[] {100_000, 70},
                org.bulwark.model.Mode.ROAD, new double[] {10_000, 120});
        for (Drafts.LiftModeRow row : d.lift.modes().values()) {
            double[] limit = limits.get(row.mode());
            String mode = row.mode().label();
            Located<Double> tonnes = row.elementTonnes();
            if (tonnes != null && Double.isFinite(tonnes.value()) && tonnes.value() > limit[0]) {
                problems.warning(tonnes.location(), tonnes.path(), (row.mode() == org.bulwark.model.Mode.AIR ? "an " : "a ") + mode + " element of " + ScenarioBinder.number(tonnes.value())
                        + " t is more than any real one (about " + ScenarioBinder.number(limit[0]) + " t at most)",
                        "check the unit: tonnes, not kilograms; one sortie, train, sailing or march unit");
            }
            Located<Double> speed = row.speedKmh();
            if (speed != null && Double.isFinite(speed.value()) && speed.value() > limit[1]) {
                problems.warning(speed.location(), speed.path(), "a " + mode + " planning speed of " + ScenarioBinder.number(speed.value())
                        + " km/h is faster than the mode moves (about " + ScenarioBinder.number(limit[1]) + " km/h at most)",
                        "check the unit: km/h, including halts");
            }
        }
    }

    private void positiveFinite(Located<Double> value, String what, String hint) {
        if (value != null && !(value.value() > 0 && Double.isFinite(value.value()))) {
            problems.error(value.location(), value.path(), what + ", got " + ScenarioBinder.number(value.value()), hint);
        }
    }

    private void hours(Located<Double> value, String what, String example) {
        if (value != null && !(value.value() >= 0 && Double.isFinite(value.value()))) {
            problems.error(value.location(), value.path(), "the " + what + " must be 0 or more, got "
                    + ScenarioBinder.number(value.value()), "give hours, e.g. " + example + ", or leave it out for the bundled default");
        }
    }

    private void nonNegative(Located<Double> value, String what, String unit) {
        if (value != null && value.value() < 0) {
            problems.error(value.location(), value.path(), "the " + what + " cannot be negative, got "
                    + ScenarioBinder.number(value.value()) + (unit.isEmpty() ? "" : " " + unit), "use 0 or more");
        }
    }

    private void nonNegativeInt(Located<Integer> value, String what) {
        if (value != null && value.value() < 0) {
            problems.error(value.location(), value.path(), what + " cannot be negative, got " + value.value(), "use 0 or more");
        }
    }

    private void positiveCapacity(Located<Double> value) {
        if (value != null && !(value.value() > 0)) {
            problems.error(value.location(), value.path(), "a capacity must be more than 0 tonnes per day, got "
                    + ScenarioBinder.number(value.value()), "give tonnes per day, e.g. 12000, or leave it empty for unconstrained");
        }
    }

    private void priority(Located<Integer> value) {
        if (value != null && value.value() < 1) {
            problems.error(value.location(), value.path(), "priority must be 1 or more, got " + value.value(),
                    "use 1 for the most important, 2 for the next, and so on");
        }
    }
}
