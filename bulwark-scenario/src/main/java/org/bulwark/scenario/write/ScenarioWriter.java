package org.bulwark.scenario.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bulwark.model.AreaTerrain;
import org.bulwark.model.AssemblyArea;
import org.bulwark.model.Axis;
import org.bulwark.model.Campaign;
import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.ContributionMinimum;
import org.bulwark.model.HostNationSupport;
import org.bulwark.model.Inventory;
import org.bulwark.model.NationCode;
import org.bulwark.model.TargetSetup;
import org.bulwark.model.UnitCost;
import org.bulwark.reference.ReferenceData;
import org.bulwark.model.Distribution;
import org.bulwark.model.GaugeBreak;
import org.bulwark.model.Link;
import org.bulwark.model.Mode;
import org.bulwark.model.MovementTimes;
import org.bulwark.model.LiftIncrements;
import org.bulwark.model.Nation;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.Objective;
import org.bulwark.model.Placement;
import org.bulwark.model.Readiness;
import org.bulwark.model.Region;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.ScenarioInfo;
import org.bulwark.model.Source;
import org.bulwark.model.Threat;
import org.bulwark.model.Uncertainty;
import org.bulwark.model.Unit;
import org.bulwark.model.UnitId;
import org.bulwark.model.UnitType;

/**
 * Writes a {@link Scenario} as a scenario folder in the format of {@code docs/format.md}:
 * YAML for the small structured parts, CSV for nodes, links, units and reinforcements.
 *
 * <p>Output is byte-for-byte deterministic: fixed file set, fixed field order, rows in the
 * scenario's order, numbers through a locale-independent formatter (integers without a decimal
 * point, other values in their shortest round-tripping form), UTF-8 and {@code '\n'} line ends.
 * Unconstrained capacities and weight limits are left empty (CSV) or omitted (YAML). Every value
 * the model holds is written explicitly, so nothing depends on the reader's defaults; in
 * particular every link carries both {@code distance_km} and {@code transit_hours}.
 *
 * <p>{@code campaign.yaml} is written only when the campaign settings differ from
 * {@link Campaign#DEFAULT} (its terrain aside), and {@code terrain.csv} only when nodes have
 * terrain of their own, so a scenario without campaign settings gives the same files as before.
 * A parameter override without a source is written as a bare number. Likewise {@code targets.yaml}
 * is written only when the target settings differ from {@link TargetSetup#DEFAULT},
 * {@code inventories.csv} only when there are inventories, and {@code costs.csv} only with the
 * costs that differ from the bundled table ({@code unit_costs.csv}), which a reader overlays again.
 *
 * <p>Spending is not written: a folder without spending files takes the bundled NATO data.
 */
public final class ScenarioWriter {
    public static final String SCENARIO = "scenario.yaml";
    public static final String NATIONS = "nations.yaml";
    public static final String UNIT_TYPES = "unit-types.yaml";
    public static final String REGIONS = "regions.yaml";
    public static final String NODES = "nodes.csv";
    public static final String LINKS = "links.csv";
    public static final String GAUGE_BREAKS = "gauge-breaks.yaml";
    public static final String UNITS = "units.csv";
    public static final String POSTURE = "posture.yaml";
    public static final String REINFORCEMENTS = "reinforcements.csv";
    public static final String OBJECTIVES = "objectives.yaml";
    public static final String THREAT = "threat.yaml";
    public static final String CAMPAIGN = "campaign.yaml";
    public static final String TERRAIN = "terrain.csv";
    public static final String TARGETS = "targets.yaml";
    public static final String INVENTORIES = "inventories.csv";
    public static final String COSTS = "costs.csv";
    public static final String LIFT = "lift.yaml";
    /** The files written only when the scenario has something to say in them. */
    private static final List<String> OPTIONAL = List.of(CAMPAIGN, TERRAIN, TARGETS, INVENTORIES, COSTS, LIFT);

    /** YAML alternatives of the tables written as CSV; the format allows one or the other, never both. */
    private static final List<String> CONFLICTING = List.of("nodes.yaml", "links.yaml", "units.yaml", "reinforcements.yaml");

    private static final List<String> NODE_COLUMNS = List.of("id", "name", "nation", "kind", "lat", "lon", "region",
            "handling_tonnes_per_day", "source", "estimate");
    private static final List<String> LINK_COLUMNS = List.of("id", "from", "to", "mode", "distance_km", "speed_kmh",
            "transit_hours", "capacity_tonnes_per_day", "gauge_mm", "weight_limit_tonnes", "source", "estimate");
    private static final List<String> UNIT_COLUMNS = List.of("id", "nation", "type", "name", "personnel", "vehicles",
            "lift_tonnes", "lift_m2", "heaviest_item_tonnes", "combat_value", "notice_days", "tier", "home", "source", "estimate");
    private static final List<String> TERRAIN_COLUMNS = List.of("node", "terrain", "river", "source", "estimate");
    private static final List<String> INVENTORY_COLUMNS = List.of("nation", "type", "count", "source", "estimate");
    private static final List<String> COST_COLUMNS = List.of("type", "acquisition_usd_m", "annual_operating_usd_m",
            "price_year", "source", "estimate");
    private static final List<String> REINFORCEMENT_COLUMNS = List.of("unit", "destination", "available_hour",
            "required_hour", "priority", "source", "estimate");

    /**
     * The files of {@code scenario}, by file name, with their full text. Pure: touches no disk.
     */
    public SortedMap<String, String> files(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        SortedMap<String, String> files = new TreeMap<>();
        files.put(SCENARIO, scenarioYaml(scenario.info()));
        files.put(NATIONS, nationsYaml(scenario.nations()));
        files.put(UNIT_TYPES, unitTypesYaml(scenario.unitTypes()));
        files.put(REGIONS, regionsYaml(scenario.regions()));
        files.put(NODES, nodesCsv(scenario.network().nodes()));
        files.put(LINKS, linksCsv(scenario.network().links()));
        files.put(GAUGE_BREAKS, gaugeBreaksYaml(scenario.network().gaugeBreaks()));
        files.put(UNITS, unitsCsv(scenario.units()));
        files.put(POSTURE, postureYaml(scenario.posture()));
        files.put(REINFORCEMENTS, reinforcementsCsv(scenario.reinforcements()));
        files.put(OBJECTIVES, objectivesYaml(scenario.objectives()));
        files.put(THREAT, threatYaml(scenario.threat()));
        LiftIncrements increments = scenario.network().increments();
        MovementTimes times = scenario.network().times();
        if (!increments.equals(LiftIncrements.DEFAULT) || !times.equals(MovementTimes.DEFAULT)) {
            files.put(LIFT, liftYaml(increments, times));
        }
        Campaign campaign = scenario.campaign();
        if (!withoutTerrain(campaign).equals(Campaign.DEFAULT)) {
            files.put(CAMPAIGN, campaignYaml(campaign));
        }
        if (!campaign.terrain().isEmpty()) {
            files.put(TERRAIN, terrainCsv(campaign.terrain()));
        }
        TargetSetup targets = scenario.targets();
        if (!withoutTables(targets).equals(TargetSetup.DEFAULT)) {
            files.put(TARGETS, targetsYaml(targets));
        }
        if (!targets.inventories().isEmpty()) {
            files.put(INVENTORIES, inventoriesCsv(targets.inventories()));
        }
        List<UnitCost> costs = targets.costs().stream().filter(c -> !BundledCosts.TABLE.contains(c)).toList();
        if (!costs.isEmpty()) {
            files.put(COSTS, costsCsv(costs));
        }
        return files;
    }

    /** The bundled cost table: a scenario's costs equal to its rows need no costs.csv. */
    private static final class BundledCosts {
        static final Set<UnitCost> TABLE = Set.copyOf(ReferenceData.bundledUnitCosts());
    }

    /** The setup as targets.yaml alone says it: inventories and costs live in their own files. */
    private static TargetSetup withoutTables(TargetSetup t) {
        return new TargetSetup(t.key(), t.keyYear(), t.customWeights(), t.capMultiple(), t.participants(), t.requirement(),
                List.of(), List.of(), t.minimums(), t.hostNationSupport(), t.programmeYears(), t.source());
    }

    private static Campaign withoutTerrain(Campaign c) {
        return new Campaign(c.days(), c.stepHours(), c.defaultTerrain(), List.of(), c.parameters(), c.uncertainty(), c.source());
    }

    /** Same as {@link #write(Scenario, Path, boolean) write(scenario, folder, false)}. */
    public void write(Scenario scenario, Path folder) throws IOException {
        write(scenario, folder, false);
    }

    /**
     * Writes the scenario's files into {@code folder}, creating it (and its parents) if needed.
     *
     * @param overwrite when false, a folder that exists and holds anything is refused; when true,
     *                  the scenario files are replaced, the YAML variants of the CSV tables
     *                  ({@code nodes.yaml}, {@code links.yaml}, {@code units.yaml},
     *                  {@code reinforcements.yaml}) are deleted so the folder stays readable,
     *                  {@code campaign.yaml}, {@code terrain.csv}, {@code targets.yaml},
     *                  {@code inventories.csv} and {@code costs.csv} are deleted when the scenario
     *                  does not write them (so the folder means what the scenario says), and
     *                  every other file is left alone
     * @throws FolderNotEmptyException if {@code folder} is not empty and {@code overwrite} is false
     * @throws IOException             if a file cannot be written
     */
    public void write(Scenario scenario, Path folder, boolean overwrite) throws IOException {
        Objects.requireNonNull(folder, "folder");
        SortedMap<String, String> files = files(scenario);
        if (Files.isDirectory(folder)) {
            if (!overwrite && !isEmpty(folder)) {
                throw new FolderNotEmptyException(folder);
            }
        } else {
            Files.createDirectories(folder);
        }
        if (overwrite) {
            for (String name : CONFLICTING) {
                Files.deleteIfExists(folder.resolve(name));
            }
            for (String name : OPTIONAL) {
                if (!files.containsKey(name)) {
                    Files.deleteIfExists(folder.resolve(name)); // an old one would change what the folder means
                }
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    // ---- YAML files -------------------------------------------------------------------------

    private static String scenarioYaml(ScenarioInfo info) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", info.id());
        root.put("name", info.name());
        if (!info.description().isEmpty()) {
            root.put("description", info.description());
        }
        root.put("classification", info.classification());
        root.put("illustrative", info.illustrative());
        root.put("as_of", info.asOf());
        root.put("horizon_days", info.horizonHours() / Readiness.HOURS_PER_DAY);
        return YamlText.dump(root);
    }

    private static String nationsYaml(List<Nation> nations) {
        List<Object> list = new ArrayList<>();
        for (Nation nation : nations) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", nation.code().value());
            m.put("name", nation.name());
            m.put("role", nation.role().name().toLowerCase(java.util.Locale.ROOT));
            list.add(m);
        }
        return YamlText.dump(single("nations", list));
    }

    private static String unitTypesYaml(List<UnitType> unitTypes) {
        List<Object> list = new ArrayList<>();
        for (UnitType type : unitTypes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", type.id().value());
            m.put("name", type.name());
            m.put("category", type.category().name().toLowerCase(java.util.Locale.ROOT));
            m.put("personnel", type.personnel());
            m.put("vehicles", type.vehicles());
            m.put("lift_tonnes", type.lift().tonnes());
            m.put("lift_m2", type.lift().squareMetres());
            m.put("heaviest_item_tonnes", type.heaviestItemTonnes());
            m.put("combat_value", type.combatValue());
            if (type.rsoiHours() != type.category().defaultRsoiHours()) {
                m.put("rsoi_hours", type.rsoiHours());
            }
            putSource(m, type.source());
            list.add(m);
        }
        return YamlText.dump(single("unit_types", list));
    }

    private static String regionsYaml(List<Region> regions) {
        List<Object> list = new ArrayList<>();
        for (Region region : regions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", region.id().value());
            m.put("name", region.name());
            list.add(m);
        }
        return YamlText.dump(single("regions", list));
    }

    private static String gaugeBreaksYaml(List<GaugeBreak> gaugeBreaks) {
        List<Object> list = new ArrayList<>();
        for (GaugeBreak gaugeBreak : gaugeBreaks) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("node", gaugeBreak.node().value());
            m.put("transshipment_hours", gaugeBreak.transshipmentHours());
            putIfFinite(m, "capacity_tonnes_per_day", gaugeBreak.capacityTonnesPerDay());
            putSource(m, gaugeBreak.source());
            list.add(m);
        }
        return YamlText.dump(single("gauge_breaks", list));
    }

    private static String postureYaml(List<Placement> posture) {
        List<Object> list = new ArrayList<>();
        for (Placement placement : posture) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("unit", placement.unit().value());
            m.put("location", placement.location().value());
            putSource(m, placement.source());
            list.add(m);
        }
        return YamlText.dump(single("in_place", list));
    }

    private static String objectivesYaml(List<Objective> objectives) {
        List<Object> list = new ArrayList<>();
        for (Objective objective : objectives) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", objective.id().value());
            m.put("name", objective.name());
            m.put("node", objective.node().value());
            m.put("kind", objective.kind().label());
            m.put("priority", objective.priority());
            putSource(m, objective.source());
            list.add(m);
        }
        return YamlText.dump(single("objectives", list));
    }

    /** Every mode's element, speed and handling hours, and the road march day: all of it, so the file says the whole model. */
    private static String liftYaml(LiftIncrements increments, MovementTimes times) {
        Map<String, Object> modes = new LinkedHashMap<>();
        for (Mode mode : Mode.values()) {
            LiftIncrements.Element element = increments.element(mode);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("element_tonnes", element.tonnes());
            m.put("max_item_tonnes", element.maxItemTonnes());
            m.put("element", element.what());
            m.put("speed_kmh", times.speedKmh(mode));
            m.put("load_hours", times.loadHours(mode));
            m.put("unload_hours", times.unloadHours(mode));
            m.put("source", element.source());
            modes.put(mode.label(), m);
        }
        Map<String, Object> march = new LinkedHashMap<>();
        march.put("hours_per_day", times.marchHoursPerDay());
        march.put("start_hour", times.marchStartHour());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("modes", modes);
        root.put("road_march", march);
        root.put("source", times.source());
        return YamlText.dump(root);
    }

    private static String threatYaml(Threat threat) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("warning_hours", threat.warningHours());
        putSource(root, threat.source());
        List<Object> areas = new ArrayList<>();
        for (AssemblyArea area : threat.assemblyAreas()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", area.id().value());
            m.put("name", area.name());
            m.put("node", area.node().value());
            m.put("units", area.units().stream().map(UnitId::value).toList());
            areas.add(m);
        }
        root.put("assembly_areas", areas);
        List<Object> axes = new ArrayList<>();
        for (Axis axis : threat.axes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", axis.id().value());
            m.put("name", axis.name());
            m.put("from", axis.from().value());
            m.put("objective", axis.objective().value());
            m.put("route", axis.route().stream().map(NodeId::value).toList());
            axes.add(m);
        }
        root.put("axes", axes);
        return YamlText.dump(root);
    }

    private static String campaignYaml(Campaign campaign) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("days", campaign.days());
        root.put("step_hours", campaign.stepHours());
        root.put("default_terrain", campaign.defaultTerrain().label());
        putSource(root, campaign.source());
        if (!campaign.parameters().isEmpty()) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            campaign.parameters().forEach((parameter, value) -> {
                if (value.source().equals(Source.NONE)) {
                    parameters.put(parameter.id(), value.value());
                } else {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("value", value.value());
                    putSource(m, value.source());
                    parameters.put(parameter.id(), m);
                }
            });
            root.put("parameters", parameters);
        }
        if (!campaign.uncertainty().isEmpty()) {
            Map<String, Object> uncertainty = new LinkedHashMap<>();
            for (Uncertainty u : campaign.uncertainty()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("distribution", u.distribution().kind());
                Distribution d = u.distribution();
                if (d instanceof Distribution.Fixed f) {
                    m.put("value", f.value());
                } else if (d instanceof Distribution.Uniform un) {
                    m.put("min", un.min());
                    m.put("max", un.max());
                } else if (d instanceof Distribution.Triangular t) {
                    m.put("min", t.min());
                    m.put("mode", t.mode());
                    m.put("max", t.max());
                } else if (d instanceof Distribution.Normal n) {
                    m.put("mean", n.mean());
                    m.put("sd", n.sd());
                    putIfFinite(m, "min", n.min());
                    putIfFinite(m, "max", n.max());
                } else if (d instanceof Distribution.LogNormal l) {
                    m.put("median", l.median());
                    m.put("sigma", l.sigma());
                } else {
                    throw new IllegalStateException("unknown distribution " + d);
                }
                putSource(m, u.source());
                uncertainty.put(u.input().id(), m);
            }
            root.put("uncertainty", uncertainty);
        }
        return YamlText.dump(root);
    }

    private static String targetsYaml(TargetSetup t) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("key", t.key().id());
        t.keyYear().ifPresent(year -> root.put("key_year", year));
        if (!t.customWeights().isEmpty()) {
            Map<String, Object> weights = new LinkedHashMap<>();
            t.customWeights().forEach((nation, weight) -> weights.put(nation.value(), weight));
            root.put("weights", weights);
        }
        t.capMultiple().ifPresent(multiple -> root.put("cap_multiple", multiple));
        if (!t.participants().isEmpty()) {
            root.put("participants", t.participants().stream().map(NationCode::value).toList());
        }
        root.put("programme_years", t.programmeYears());
        putSource(root, t.source());
        if (!t.requirement().isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (CapabilityRequirement r : t.requirement()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("type", r.type().value());
                m.put("quantity", r.quantity());
                putSource(m, r.source());
                list.add(m);
            }
            root.put("requirement", list);
        }
        if (!t.minimums().isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (ContributionMinimum minimum : t.minimums()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("nation", minimum.nation().value());
                minimum.type().ifPresent(type -> m.put("type", type.value()));
                m.put("units", minimum.units());
                m.put("reason", minimum.reason());
                putSource(m, minimum.source());
                list.add(m);
            }
            root.put("minimums", list);
        }
        if (!t.hostNationSupport().isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (HostNationSupport support : t.hostNationSupport()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("nation", support.nation().value());
                m.put("type", support.type().value());
                m.put("units", support.units());
                putSource(m, support.source());
                list.add(m);
            }
            root.put("host_nation_support", list);
        }
        return YamlText.dump(root);
    }

    private static Map<String, Object> single(String key, Object value) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(key, value);
        return root;
    }

    private static void putIfFinite(Map<String, Object> m, String key, double value) {
        if (Double.isFinite(value)) {
            m.put(key, value);
        }
    }

    /** Source and estimate, omitted when the model holds the reader's default ({@link Source#NONE}). */
    private static void putSource(Map<String, Object> m, Source source) {
        String reference = sourceCell(source);
        if (!reference.isEmpty()) {
            m.put("source", reference);
        }
        String estimate = estimateCell(source);
        if (!estimate.isEmpty()) {
            m.put("estimate", estimate);
        }
    }

    // ---- CSV files --------------------------------------------------------------------------

    private static String nodesCsv(List<Node> nodes) {
        List<String[]> rows = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            rows.add(new String[] {
                node.id().value(),
                node.name(),
                node.nation().value(),
                node.kind().label(),
                Decimals.format(node.location().latitude()),
                Decimals.format(node.location().longitude()),
                node.region().map(r -> r.value()).orElse(""),
                capacity(node.handlingTonnesPerDay()),
                sourceCell(node.source()),
                estimateCell(node.source())});
        }
        return CsvText.table(NODE_COLUMNS, rows);
    }

    /** The links; lifts_per_day only when some link's capacity is given in lift elements a day (then its tonnes are left empty). */
    private static String linksCsv(List<Link> links) {
        boolean lifts = links.stream().anyMatch(l -> l.liftsPerDay().isPresent());
        List<String[]> rows = new ArrayList<>(links.size());
        for (Link link : links) {
            List<String> row = new ArrayList<>(List.of(
                link.id().value(),
                link.from().value(),
                link.to().value(),
                link.mode().label(),
                Decimals.format(link.distanceKm()),
                "",
                Decimals.format(link.transitHours()),
                link.liftsPerDay().isPresent() ? "" : capacity(link.capacityTonnesPerDay())));
            if (lifts) {
                row.add(link.liftsPerDay().isPresent() ? Decimals.format(link.liftsPerDay().getAsDouble()) : "");
            }
            row.addAll(List.of(
                link.gauge().map(g -> g.label()).orElse(""),
                capacity(link.weightLimitTonnes()),
                sourceCell(link.source()),
                estimateCell(link.source())));
            rows.add(row.toArray(String[]::new));
        }
        List<String> columns = new ArrayList<>(LINK_COLUMNS.subList(0, 8));
        if (lifts) {
            columns.add("lifts_per_day");
        }
        columns.addAll(LINK_COLUMNS.subList(8, LINK_COLUMNS.size()));
        return CsvText.table(columns, rows);
    }

    private static String unitsCsv(List<Unit> units) {
        List<String[]> rows = new ArrayList<>(units.size());
        for (Unit unit : units) {
            rows.add(new String[] {
                unit.id().value(),
                unit.nation().value(),
                unit.type().value(),
                unit.name(),
                Decimals.format(unit.personnel()),
                Decimals.format(unit.vehicles()),
                Decimals.format(unit.lift().tonnes()),
                Decimals.format(unit.lift().squareMetres()),
                Decimals.format(unit.heaviestItemTonnes()),
                Decimals.format(unit.combatValue()),
                Decimals.format(unit.readiness().noticeDays()),
                unit.readiness().tier().label(),
                unit.home().value(),
                sourceCell(unit.source()),
                estimateCell(unit.source())});
        }
        return CsvText.table(UNIT_COLUMNS, rows);
    }

    /**
     * The reinforcements; the draw columns only when a unit draws prepositioned equipment, and
     * personnel_by only when some unit's personnel fly apart.
     */
    private static String reinforcementsCsv(List<Reinforcement> reinforcements) {
        boolean draws = reinforcements.stream().anyMatch(r -> r.drawAt().isPresent());
        boolean apart = reinforcements.stream().anyMatch(r -> r.personnel() != org.bulwark.model.PersonnelMove.WITH_EQUIPMENT);
        List<String[]> rows = new ArrayList<>(reinforcements.size());
        for (Reinforcement r : reinforcements) {
            List<String> row = new ArrayList<>(List.of(r.unit().value(), r.destination().value(),
                    Decimals.format(r.availableHour()), Decimals.format(r.requiredHour()), Decimals.format(r.priority())));
            if (draws) {
                row.add(r.drawAt().map(n -> n.value()).orElse(""));
                row.add(r.drawAt().isPresent() ? Decimals.format(r.drawHours()) : "");
            }
            if (apart) {
                row.add(r.personnel() == org.bulwark.model.PersonnelMove.WITH_EQUIPMENT ? "" : r.personnel().label());
            }
            row.add(sourceCell(r.source()));
            row.add(estimateCell(r.source()));
            rows.add(row.toArray(String[]::new));
        }
        List<String> columns = new ArrayList<>(REINFORCEMENT_COLUMNS.subList(0, 5));
        if (draws) {
            columns.addAll(List.of("draw_at", "draw_hours"));
        }
        if (apart) {
            columns.add("personnel_by");
        }
        columns.addAll(REINFORCEMENT_COLUMNS.subList(5, 7));
        return CsvText.table(columns, rows);
    }

    private static String terrainCsv(List<AreaTerrain> terrain) {
        List<String[]> rows = new ArrayList<>(terrain.size());
        for (AreaTerrain t : terrain) {
            rows.add(new String[] {
                t.node().value(),
                t.terrain().label(),
                t.river() ? "yes" : "no",
                sourceCell(t.source()),
                estimateCell(t.source())});
        }
        return CsvText.table(TERRAIN_COLUMNS, rows);
    }

    private static String inventoriesCsv(List<Inventory> inventories) {
        List<String[]> rows = new ArrayList<>(inventories.size());
        for (Inventory i : inventories) {
            rows.add(new String[] {i.nation().value(), i.type().value(), Decimals.format(i.count()), sourceCell(i.source()),
                estimateCell(i.source())});
        }
        return CsvText.table(INVENTORY_COLUMNS, rows);
    }

    private static String costsCsv(List<UnitCost> costs) {
        List<String[]> rows = new ArrayList<>(costs.size());
        for (UnitCost c : costs) {
            rows.add(new String[] {c.type().value(), Decimals.format(c.acquisitionUsdMillions()),
                Decimals.format(c.annualOperatingUsdMillions()), Decimals.format(c.priceYear()), sourceCell(c.source()),
                estimateCell(c.source())});
        }
        return CsvText.table(COST_COLUMNS, rows);
    }

    /** Empty for "not constrained". */
    private static String capacity(double value) {
        return Double.isInfinite(value) ? "" : Decimals.format(value);
    }

    private static String sourceCell(Source source) {
        return Source.UNSTATED.equals(source.reference()) ? "" : source.reference();
    }

    /** Empty where the reader's default (yes when no source is given) gives the same answer. */
    private static String estimateCell(Source source) {
        if (Source.UNSTATED.equals(source.reference()) && source.estimate()) {
            return "";
        }
        return source.estimate() ? "yes" : "no";
    }
}
