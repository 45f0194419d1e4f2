package org.bulwark.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import org.bulwark.model.CampaignInput;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.Commitment;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.FairShareKey;
import org.bulwark.model.ForceTier;
import org.bulwark.model.Mode;
import org.bulwark.model.NationCode;
import org.bulwark.model.NationRole;
import org.bulwark.model.NodeKind;
import org.bulwark.model.ObjectiveKind;
import org.bulwark.model.RailGauge;
import org.bulwark.model.ScenarioInput;
import org.bulwark.model.Spending;
import org.bulwark.model.TerrainClass;
import org.bulwark.model.UnitCategory;
import org.bulwark.scenario.Drafts.AssemblyAreaRow;
import org.bulwark.scenario.Drafts.AxisRow;
import org.bulwark.scenario.Drafts.CampaignRow;
import org.bulwark.scenario.Drafts.CostRow;
import org.bulwark.scenario.Drafts.InventoryRow;
import org.bulwark.scenario.Drafts.MinimumRow;
import org.bulwark.scenario.Drafts.RequirementRow;
import org.bulwark.scenario.Drafts.SupportRow;
import org.bulwark.scenario.Drafts.TargetsRow;
import org.bulwark.scenario.Drafts.WeightRow;
import org.bulwark.scenario.Drafts.GaugeBreakRow;
import org.bulwark.scenario.Drafts.LinkRow;
import org.bulwark.scenario.Drafts.NationRow;
import org.bulwark.scenario.Drafts.NodeRow;
import org.bulwark.scenario.Drafts.ObjectiveRow;
import org.bulwark.scenario.Drafts.ParameterRow;
import org.bulwark.scenario.Drafts.PlacementRow;
import org.bulwark.scenario.Drafts.RegionRow;
import org.bulwark.scenario.Drafts.ReinforcementRow;
import org.bulwark.scenario.Drafts.ScenarioRow;
import org.bulwark.scenario.Drafts.TerrainRow;
import org.bulwark.scenario.Drafts.ThreatRow;
import org.bulwark.scenario.Drafts.UncertaintyRow;
import org.bulwark.scenario.Drafts.UnitRow;
import org.bulwark.scenario.Drafts.UnitTypeRow;

/**
 * Reads every file of a scenario folder into {@link Drafts}: the syntax, the shape of each
 * file, field names and the type of every value. Cross-references are checked later by
 * {@link ScenarioValidator}.
 */
final class ScenarioBinder {
    static final String TONNES_PER_DAY = "expected a number of tonnes per day, e.g. 12000, or leave empty for unconstrained";
    static final String TONNES = "expected a number of tonnes, e.g. 64";
    static final String HOURS = "expected a number of hours after C-day, e.g. 72";

    private static final List<String> SCENARIO = List.of("id", "name", "description", "classification", "illustrative", "as_of", "horizon_days");
    private static final List<String> NATION = List.of("code", "name", "role");
    private static final List<String> UNIT_TYPE = List.of("id", "name", "category", "personnel", "vehicles", "lift_tonnes",
            "lift_m2", "heaviest_item_tonnes", "combat_value", "rsoi_hours", "source", "estimate");
    private static final List<String> REGION = List.of("id", "name");
    private static final List<String> NODE = List.of("id", "name", "nation", "kind", "lat", "lon", "region",
            "handling_tonnes_per_day", "source", "estimate");
    private static final List<String> LINK = List.of("id", "from", "to", "mode", "distance_km", "speed_kmh", "transit_hours",
            "capacity_tonnes_per_day", "lifts_per_day", "gauge_mm", "weight_limit_tonnes", "source", "estimate");
    private static final List<String> GAUGE_BREAK = List.of("node", "transshipment_hours", "capacity_tonnes_per_day", "source", "estimate");
    private static final List<String> UNIT = List.of("id", "nation", "type", "name", "personnel", "vehicles", "lift_tonnes",
            "lift_m2", "heaviest_item_tonnes", "combat_value", "notice_days", "tier", "home", "source", "estimate");
    private static final List<String> PLACEMENT = List.of("unit", "location", "source", "estimate");
    private static final List<String> REINFORCEMENT = List.of("unit", "destination", "available_hour", "required_hour",
            "priority", "draw_at", "draw_hours", "personnel_by", "source", "estimate");
    private static final List<String> OBJECTIVE = List.of("id", "name", "node", "kind", "priority", "source", "estimate");
    private static final List<String> LIFT = List.of("modes", "road_march", "source", "estimate");
    private static final List<String> LIFT_MODE = List.of("element_tonnes", "max_item_tonnes", "element", "speed_kmh", "load_hours",
            "unload_hours", "source", "estimate");
    private static final List<String> MARCH = List.of("hours_per_day", "start_hour", "source", "estimate");
    private static final List<String> THREAT = List.of("warning_hours", "source", "estimate", "assembly_areas", "axes");
    private static final List<String> ASSEMBLY_AREA = List.of("id", "name", "node", "units");
    private static final List<String> AXIS = List.of("id", "name", "from", "objective", "route");
    private static final List<String> CAMPAIGN = List.of("days", "step_hours", "default_terrain", "source", "estimate",
            "parameters", "uncertainty");
    private static final List<String> PARAMETER = List.of("value", "source", "estimate");
    private static final List<String> UNCERTAINTY = uncertaintyFields();
    private static final List<String> TERRAIN = List.of("node", "terrain", "river", "source", "estimate");
    private static final List<String> TARGETS = List.of("key", "key_year", "weights", "cap_multiple", "participants",
            "programme_years", "requirement", "minimums", "host_nation_support", "source", "estimate");
    private static final List<String> REQUIREMENT = List.of("type", "quantity", "source", "estimate");
    private static final List<String> MINIMUM = List.of("nation", "type", "units", "reason", "source", "estimate");
    private static final List<String> HOST_NATION_SUPPORT = List.of("nation", "type", "units", "source", "estimate");
    private static final List<String> INVENTORY = List.of("nation", "type", "count", "source", "estimate");
    private static final List<String> COST = List.of("type", "acquisition_usd_m", "annual_operating_usd_m", "price_year",
            "source", "estimate");
    private static final List<String> SPENDING = List.of("iso3", "year", "defence_pct_gdp", "equipment_pct_defence",
            "defence_usd_m", "gdp_usd_bn", "estimate", "source_url");
    private static final List<String> COMMITMENT = List.of("iso3", "target_pct_gdp", "by_year", "announced", "notes",
            "source", "estimate");

    static final Map<String, NationRole> ROLES = labels(NationRole.values(), r -> r.name().toLowerCase(Locale.ROOT));
    static final Map<String, UnitCategory> CATEGORIES = labels(UnitCategory.values(), c -> c.name().toLowerCase(Locale.ROOT));
    static final Map<String, NodeKind> NODE_KINDS = labels(NodeKind.values(), NodeKind::label);
    static final Map<String, Mode> MODES = labels(Mode.values(), Mode::label);
    static final Map<String, ObjectiveKind> OBJECTIVE_KINDS = labels(ObjectiveKind.values(), ObjectiveKind::label);
    static final Map<String, ForceTier> TIERS = labels(ForceTier.values(), ForceTier::label);
    static final Map<String, org.bulwark.model.PersonnelMove> PERSONNEL_MOVES = labels(org.bulwark.model.PersonnelMove.values(),
            org.bulwark.model.PersonnelMove::label);
    static final Map<String, RailGauge> GAUGES = labels(RailGauge.values(), RailGauge::label);
    static final Map<String, TerrainClass> TERRAINS = labels(TerrainClass.values(), TerrainClass::label);
    static final Map<String, FairShareKey> KEYS = labels(FairShareKey.values(), FairShareKey::id);
    /** Campaign parameters by file id. */
    static final Map<String, CampaignParameter> PARAMETERS = labels(CampaignParameter.values(), CampaignParameter::id);
    /** Every input that may be declared uncertain: the parameters, then the scenario inputs. */
    static final Map<String, CampaignInput> INPUTS = inputs();

    private final Path folder;
    private final Problems problems;
    private final Drafts drafts = new Drafts();

    private ScenarioBinder(Path folder, Problems problems) {
        this.folder = folder;
        this.problems = problems;
    }

    /** Binds every file in {@code folder}; {@code defaultSpending} stands in for absent spending files. */
    static Drafts bind(Path folder, Spending defaultSpending, Problems problems) {
        ScenarioBinder binder = new ScenarioBinder(folder, problems);
        binder.bindAll(defaultSpending);
        return binder.drafts;
    }

    /** The bundled unit-type catalogue; a problem in it is a build fault, not user input. */
    static List<UnitTypeRow> bindDefaultUnitTypes(String text, String name) {
        Problems problems = new Problems();
        ScenarioBinder binder = new ScenarioBinder(Path.of(""), problems);
        TreeReader.yaml(text, name, problems).ifPresent(tree -> binder.list(tree, "unit_types", UNIT_TYPE, binder::unitType));
        if (problems.hasErrors()) {
            throw new IllegalStateException("bundled " + name + " is invalid: " + problems.sorted());
        }
        return binder.drafts.unitTypes;
    }

    /** Every file a scenario folder may hold (docs/format.md). */
    static final List<String> KNOWN_FILES = List.of("scenario.yaml", "nations.yaml", "unit-types.yaml", "regions.yaml",
            "nodes.csv", "nodes.yaml", "links.csv", "links.yaml", "gauge-breaks.yaml", "units.csv", "units.yaml",
            "posture.yaml", "reinforcements.csv", "reinforcements.yaml", "objectives.yaml", "threat.yaml", "campaign.yaml",
            "terrain.csv", "targets.yaml", "lift.yaml", "inventories.csv", "costs.csv", "spending.csv");

    /**
     * Files with a scenario's extensions that Bulwark does not read: a misspelt name would be silently
     * ignored. {@code case.yaml} (a validation case's observed figures, validation/README.md) is expected.
     */
    private void unknownFiles() {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                    problems.error(Location.ofFile(name), "", "is a symbolic link that leads nowhere (its target is missing, "
                            + "or the links loop)", "point the link at an existing file, or replace it by the file itself");
                    continue;
                }
                if ((name.endsWith(".csv") || name.endsWith(".yaml") || name.endsWith(".yml"))
                        && !KNOWN_FILES.contains(name) && !name.equals("case.yaml") && Files.isRegularFile(file)) {
                    problems.warning(Location.ofFile(name), "", "is not a scenario file, so it is not read",
                            Problems.didYouMean(name, KNOWN_FILES, "the files Bulwark reads are listed in docs/format.md"));
                }
            }
        } catch (java.io.IOException e) {
            // the folder itself was checked by the reader; a listing failure only loses this warning
        }
    }

    private void bindAll(Spending defaultSpending) {
        unknownFiles();
        yamlFile("scenario.yaml", "scenario", true).ifPresent(this::scenario);
        yamlList("nations.yaml", "nations", true, NATION, this::nation);
        if (Files.exists(folder.resolve("unit-types.yaml"))) {
            drafts.unitTypesFile = "unit-types.yaml";
            yamlList("unit-types.yaml", "unit_types", false, UNIT_TYPE, this::unitType);
        }
        yamlList("regions.yaml", "regions", false, REGION, this::region);
        table("nodes", true, NODE, this::node);
        table("links", true, LINK, this::link);
        yamlList("gauge-breaks.yaml", "gauge_breaks", false, GAUGE_BREAK, this::gaugeBreak);
        table("units", true, UNIT, this::unit);
        yamlList("posture.yaml", "in_place", false, PLACEMENT, this::placement);
        table("reinforcements", false, REINFORCEMENT, this::reinforcement);
        yamlList("objectives.yaml", "objectives", false, OBJECTIVE, this::objective);
        yamlFile("threat.yaml", "threat", false).ifPresent(this::threat);
        yamlFile("campaign.yaml", "campaign", false).ifPresent(this::campaign);
        optionalCsv("terrain", TERRAIN, this::terrain);
        yamlFile("targets.yaml", "targets", false).ifPresent(this::targets);
        yamlFile("lift.yaml", "lift", false).ifPresent(this::lift);
        optionalCsv("inventories", INVENTORY, this::inventory);
        optionalCsv("costs", COST, this::cost);
        spending(defaultSpending);
    }

    /** An optional CSV-only table ({@code <name>.csv}); marks it unreadable when it cannot be read. */
    private void optionalCsv(String name, List<String> fields, BiConsumer<Fields, Integer> row) {
        String file = name + ".csv";
        if (Files.exists(folder.resolve(file))) {
            TreeReader.csv(folder, file, name, new LinkedHashSet<>(fields), problems).ifPresentOrElse(
                    tree -> rows((Tree.Sequence) tree, name, fields, row), () -> drafts.unreadable.add(name));
        }
    }

    /**
     * The tree of a YAML file; empty when the file is absent (reported if required) or unreadable.
     * A required or present file that cannot be read marks {@code table} unreadable.
     */
    private Optional<Tree> yamlFile(String file, String table, boolean required) {
        if (!Files.exists(folder.resolve(file))) {
            if (required) {
                problems.error(Location.ofFile(file), "", "is missing: every scenario needs it",
                        "add " + file + " to the scenario folder (see docs/format.md)");
                drafts.unreadable.add(table);
            }
            return Optional.empty();
        }
        Optional<Tree> tree = TreeReader.yaml(folder, file, problems);
        if (tree.isEmpty()) {
            drafts.unreadable.add(table);
        } else if (tree.get() instanceof Tree.Mapping m && m.entries().isEmpty() && !required) {
            problems.warning(Location.ofFile(file), "", "is empty, so it is read as absent",
                    "fill it in (docs/format.md) or delete it");
        }
        return tree;
    }

    private void yamlList(String file, String key, boolean required, List<String> fields, BiConsumer<Fields, Integer> row) {
        yamlFile(file, key, required).ifPresent(tree -> list(tree, key, fields, row));
    }

    /** A table given as {@code <name>.csv} or {@code <name>.yaml}, not both. */
    private void table(String name, boolean required, List<String> fields, BiConsumer<Fields, Integer> row) {
        String csv = name + ".csv";
        String yaml = name + ".yaml";
        boolean hasCsv = Files.exists(folder.resolve(csv));
        boolean hasYaml = Files.exists(folder.resolve(yaml));
        if (hasCsv && hasYaml) {
            problems.error(Location.ofFile(yaml), "", "exists beside " + csv + ", so the " + name + " table is given twice",
                    "keep one of them: a table is either CSV or YAML");
            drafts.unreadable.add(name);
        } else if (hasCsv) {
            TreeReader.csv(folder, csv, name, new LinkedHashSet<>(fields), problems).ifPresentOrElse(
                    tree -> rows((Tree.Sequence) tree, name, fields, row), () -> drafts.unreadable.add(name));
        } else if (hasYaml) {
            TreeReader.yaml(folder, yaml, problems).ifPresentOrElse(
                    tree -> list(tree, name, fields, row), () -> drafts.unreadable.add(name));
        } else if (required) {
            problems.error(Location.ofFile(csv), "", "is missing: every scenario needs a " + name + " table",
                    "add " + csv + " or " + yaml + " to the scenario folder (see docs/format.md)");
            drafts.unreadable.add(name);
        }
    }

    /** A YAML file whose root is a mapping with one list under {@code key}; marks the table unreadable if it is not. */
    private void list(Tree root, String key, List<String> fields, BiConsumer<Fields, Integer> row) {
        Optional<Tree.Sequence> sequence = Fields.of(root, "", List.of(key), problems).map(f -> f.sequence(key, true));
        if (sequence.isPresent()) {
            rows(sequence.get(), key, fields, row);
        } else {
            drafts.unreadable.add(key);
        }
    }

    private void rows(Tree.Sequence sequence, String key, List<String> fields, BiConsumer<Fields, Integer> row) {
        for (int i = 0; i < sequence.items().size(); i++) {
            int index = i;
            Fields.of(sequence.items().get(i), key + "[" + i + "]", fields, problems).ifPresent(f -> row.accept(f, index));
        }
    }

    private void scenario(Tree root) {
        Fields.of(root, "", SCENARIO, problems).ifPresent(f -> drafts.scenario = new ScenarioRow(
                f.location(),
                f.id("id", true),
                f.text("name", true),
                f.text("description", false),
                f.text("classification", true),
                f.bool("illustrative", true),
                f.text("as_of", true),
                f.number("horizon_days", true, "expected a number of days, e.g. 90")));
    }

    private void nation(Fields f, int index) {
        drafts.nations.add(new NationRow(f.path(), f.location(), f.nation("code", true), f.text("name", true),
                f.choice("role", true, "role", ROLES)));
    }

    private void unitType(Fields f, int index) {
        drafts.unitTypes.add(new UnitTypeRow(f.path(), f.location(),
                f.id("id", true),
                f.text("name", true),
                f.choice("category", true, "category", CATEGORIES),
                f.wholeNumber("personnel", true, "expected a number of people, e.g. 550"),
                f.wholeNumber("vehicles", true, "expected a number of vehicles, e.g. 150"),
                f.number("lift_tonnes", true, TONNES),
                f.number("lift_m2", true, "expected a deck area in square metres, e.g. 5500"),
                f.number("heaviest_item_tonnes", true, TONNES),
                f.number("combat_value", true, "expected a relative combat value, an armoured battalion being 1.0"),
                f.source(),
                f.number("rsoi_hours", false, "expected the hours of reception, staging and onward movement after closure, e.g. 48")));
    }

    private void region(Fields f, int index) {
        drafts.regions.add(new RegionRow(f.path(), f.location(), f.id("id", true), f.text("name", true)));
    }

    private void node(Fields f, int index) {
        drafts.nodes.add(new NodeRow(f.path(), f.location(),
                f.id("id", true),
                f.text("name", true),
                f.nation("nation", true),
                f.choice("kind", true, "node kind", NODE_KINDS),
                f.number("lat", true, "expected a latitude in decimal degrees, e.g. 54.687"),
                f.number("lon", true, "expected a longitude in decimal degrees, e.g. 25.280"),
                f.id("region", false),
                f.number("handling_tonnes_per_day", false, TONNES_PER_DAY),
                f.source()));
    }

    private void link(Fields f, int index) {
        drafts.links.add(new LinkRow(f.path(), f.location(),
                f.id("id", true),
                f.id("from", true),
                f.id("to", true),
                f.choice("mode", true, "mode", MODES),
                f.number("distance_km", false, "expected a distance in km, e.g. 120, or leave empty for the great-circle distance"),
                f.number("speed_kmh", false, "expected a speed in km/h, e.g. 40"),
                f.number("transit_hours", false, "expected a number of hours, e.g. 6.5"),
                f.number("capacity_tonnes_per_day", false, TONNES_PER_DAY),
                f.number("lifts_per_day", false, "expected lift elements a day (sorties, trains, sailings or march units), e.g. 12"),
                f.has("gauge_mm"),
                f.choice("gauge_mm", false, "gauge", GAUGES),
                f.number("weight_limit_tonnes", false, "expected a number of tonnes, e.g. 70, or leave empty for no known limit"),
                f.source()));
    }

    private void gaugeBreak(Fields f, int index) {
        drafts.gaugeBreaks.add(new GaugeBreakRow(f.path(), f.location(),
                f.id("node", true),
                f.number("transshipment_hours", true, "expected a number of hours, e.g. 24"),
                f.number("capacity_tonnes_per_day", false, TONNES_PER_DAY),
                f.source()));
    }

    private void unit(Fields f, int index) {
        drafts.units.add(new UnitRow(f.path(), f.location(),
                f.id("id", true),
                f.nation("nation", true),
                f.id("type", true),
                f.text("name", false),
                f.wholeNumber("personnel", false, "expected a number of people, e.g. 550, or leave empty for the unit type's"),
                f.wholeNumber("vehicles", false, "expected a number of vehicles, e.g. 150, or leave empty for the unit type's"),
                f.number("lift_tonnes", false, TONNES),
                f.number("lift_m2", false, "expected a deck area in square metres, e.g. 5500"),
                f.number("heaviest_item_tonnes", false, TONNES),
                f.number("combat_value", false, "expected a relative combat value, an armoured battalion being 1.0"),
                f.number("notice_days", false, "expected a notice to move in days, e.g. 10"),
                f.choice("tier", false, "tier", TIERS),
                f.id("home", true),
                f.source()));
    }

    private void placement(Fields f, int index) {
        drafts.posture.add(new PlacementRow(f.path(), f.location(), f.id("unit", true), f.id("location", false), f.source()));
    }

    private void reinforcement(Fields f, int index) {
        drafts.reinforcements.add(new ReinforcementRow(f.path(), f.location(),
                f.id("unit", true),
                f.id("destination", true),
                f.number("available_hour", false, HOURS + ", or leave empty for the unit's notice to move"),
                f.number("required_hour", true, HOURS),
                f.wholeNumber("priority", false, "expected a whole number, 1 being the most important"),
                f.source(),
                f.id("draw_at", false),
                f.number("draw_hours", false, "expected the hours to draw the prepositioned equipment, e.g. 24 for a battalion"),
                f.choice("personnel_by", false, "way for the personnel to travel", PERSONNEL_MOVES)));
    }

    private void objective(Fields f, int index) {
        drafts.objectives.add(new ObjectiveRow(f.path(), f.location(),
                f.id("id", true),
                f.text("name", true),
                f.id("node", true),
                f.choice("kind", true, "objective kind", OBJECTIVE_KINDS),
                f.wholeNumber("priority", false, "expected a whole number, 1 being the most important"),
                f.source()));
    }

    private void threat(Tree root) {
        Optional<Fields> fields = Fields.of(root, "threat", THREAT, problems);
        if (fields.isEmpty()) {
            drafts.unreadable.add("threat");
        }
        fields.ifPresent(f -> {
            List<AssemblyAreaRow> areas = new ArrayList<>();
            List<AxisRow> axes = new ArrayList<>();
            Located<Double> warning = f.number("warning_hours", true, "expected a number of hours from C-day to D-day, e.g. 168");
            Tree.Sequence areaList = f.sequence("assembly_areas", false);
            if (areaList != null) {
                rows(areaList, "threat.assembly_areas", ASSEMBLY_AREA, (a, i) -> areas.add(new AssemblyAreaRow(a.path(), a.location(),
                        a.id("id", true), a.text("name", true), a.id("node", true), a.ids("units"))));
            }
            Tree.Sequence axisList = f.sequence("axes", false);
            if (axisList != null) {
                rows(axisList, "threat.axes", AXIS, (a, i) -> axes.add(new AxisRow(a.path(), a.location(),
                        a.id("id", true), a.text("name", true), a.id("from", true), a.id("objective", true), a.ids("route"))));
            }
            drafts.threat = new ThreatRow(f.location(), warning, f.source(), areas, axes);
        });
    }

    /** {@code lift.yaml}: per mode the lift element, planning speed and handling hours; the road march day. */
    private void lift(Tree root) {
        Optional<Fields> fields = Fields.of(root, "", LIFT, problems);
        if (fields.isEmpty()) {
            drafts.unreadable.add("lift");
            return;
        }
        Fields f = fields.get();
        Map<Mode, Drafts.LiftModeRow> modes = new java.util.EnumMap<>(Mode.class);
        Tree.Mapping mapping = f.mapping("modes", "a mapping of modes (road, rail, sea, air) to their figures",
                "write one mode per line, e.g. 'rail: {element_tonnes: 750, speed_kmh: 25}'");
        if (mapping != null) {
            for (Tree.Entry entry : mapping.entries().values()) {
                String path = "modes." + entry.key();
                Mode mode = MODES.get(entry.key());
                if (mode == null) {
                    problems.error(entry.keyLocation(), path, "'" + entry.key() + "' is not a transport mode",
                            Problems.didYouMean(entry.key(), MODES.keySet(), Problems.useOneOf(MODES.keySet())));
                    continue;
                }
                Fields.of(entry.value(), path, LIFT_MODE, problems).ifPresent(m -> modes.put(mode, new Drafts.LiftModeRow(
                        path, m.location(), mode,
                        m.number("element_tonnes", false, "expected the tonnes one " + mode.label() + " element carries, e.g. "
                                + ScenarioBinder.number(org.bulwark.model.LiftIncrements.DEFAULT.tonnes(mode))),
                        m.number("max_item_tonnes", false, "expected the heaviest single item one " + mode.label()
                                + " element takes, in tonnes, e.g. "
                                + ScenarioBinder.number(org.bulwark.model.LiftIncrements.DEFAULT.maxItemTonnes(mode))),
                        m.text("element", false),
                        m.number("speed_kmh", false, "expected a planning speed in km/h, e.g. "
                                + ScenarioBinder.number(org.bulwark.model.MovementTimes.DEFAULT.speedKmh(mode))),
                        m.number("load_hours", false, "expected the hours to load one element, e.g. "
                                + ScenarioBinder.number(org.bulwark.model.MovementTimes.DEFAULT.loadHours(mode))),
                        m.number("unload_hours", false, "expected the hours to unload one element, e.g. "
                                + ScenarioBinder.number(org.bulwark.model.MovementTimes.DEFAULT.unloadHours(mode))),
                        m.source())));
            }
        }
        Drafts.MarchRow march = null;
        if (f.tree("road_march") != null) {
            march = Fields.of(f.tree("road_march"), "road_march", MARCH, problems).map(m -> new Drafts.MarchRow(
                    "road_march", m.location(),
                    m.number("hours_per_day", false, "expected the hours a column drives a day, more than 0 and at most 24, e.g. 10"),
                    m.number("start_hour", false, "expected the hour of the day columns set off, from 0 to less than 24, e.g. 6"),
                    m.source())).orElse(null);
        }
        drafts.lift = new Drafts.LiftRow(f.location(), modes, march, f.source());
    }

    private void campaign(Tree root) {
        Optional<Fields> fields = Fields.of(root, "", CAMPAIGN, problems);
        if (fields.isEmpty()) {
            drafts.unreadable.add("campaign");
            return;
        }
        Fields f = fields.get();
        drafts.campaign = new CampaignRow(f.location(),
                f.number("days", false, "expected a number of days after D-day, e.g. 30"),
                f.number("step_hours", false, "expected the model's time step in hours, more than 0 and at most 24, e.g. 1"),
                f.choice("default_terrain", false, "terrain class", TERRAINS),
                f.source(),
                parameters(f),
                uncertainty(f));
    }

    private List<ParameterRow> parameters(Fields campaign) {
        List<ParameterRow> rows = new ArrayList<>();
        Tree.Mapping mapping = campaign.mapping("parameters", "a mapping of parameter ids to values",
                "write one 'id: value' per line, e.g. 'hold_ratio: 1.5'");
        if (mapping == null) {
            return rows;
        }
        for (Tree.Entry entry : mapping.entries().values()) {
            String path = campaign.path("parameters") + "." + entry.key();
            CampaignParameter parameter = PARAMETERS.get(entry.key());
            if (parameter == null) {
                unknownParameter(entry, path);
                continue;
            }
            String hint = "expected a number within " + legalRange(parameter);
            if (entry.value() instanceof Tree.Mapping) {
                Fields.of(entry.value(), path, PARAMETER, problems).ifPresent(p -> rows.add(
                        new ParameterRow(path, entry.keyLocation(), parameter, p.number("value", true, hint), p.source())));
            } else if (entry.value() instanceof Tree.Scalar scalar && !scalar.isNull()) {
                rows.add(new ParameterRow(path, entry.keyLocation(), parameter, Fields.number(scalar, path, hint, problems),
                        org.bulwark.model.Source.NONE));
            } else {
                problems.error(entry.value().location(), path, "expected a number or {value: …, source: …}, got "
                        + entry.value().describe(), "write e.g. '" + entry.key() + ": 1.5' or '" + entry.key()
                        + ": {value: 1.5, source: \"https://…\", estimate: yes}'");
            }
        }
        return rows;
    }

    private void unknownParameter(Tree.Entry entry, String path) {
        CampaignInput input = INPUTS.get(entry.key());
        if (input != null) {
            problems.error(entry.keyLocation(), path, "'" + entry.key() + "' is a scenario input, not a campaign parameter",
                    "declare it under uncertainty (a fixed distribution gives it one value, e.g. {distribution: fixed, value: 24})"
                            + (input == ScenarioInput.WARNING_HOURS ? ", or set warning_hours in threat.yaml" : ""));
        } else {
            problems.error(entry.keyLocation(), path, "unknown campaign parameter '" + entry.key() + "'",
                    Problems.didYouMean(entry.key(), PARAMETERS.keySet(),
                            Problems.useOneOf(PARAMETERS.keySet()) + " (docs/format.md lists them all)"));
        }
    }

    private List<UncertaintyRow> uncertainty(Fields campaign) {
        List<UncertaintyRow> rows = new ArrayList<>();
        Tree.Mapping mapping = campaign.mapping("uncertainty", "a mapping of input ids to distributions",
                "write one 'id: {distribution: …}' per line, e.g. 'warning_hours: {distribution: uniform, min: 48, max: 336}'");
        if (mapping == null) {
            return rows;
        }
        for (Tree.Entry entry : mapping.entries().values()) {
            String path = campaign.path("uncertainty") + "." + entry.key();
            CampaignInput input = INPUTS.get(entry.key());
            if (input == null) {
                problems.error(entry.keyLocation(), path, "unknown input '" + entry.key() + "'",
                        Problems.didYouMean(entry.key(), INPUTS.keySet(), "an input is a campaign parameter or one of "
                                + "warning_hours, attacker_effectiveness, defender_effectiveness, arrival_delay_hours (docs/format.md)"));
                continue;
            }
            Fields.of(entry.value(), path, UNCERTAINTY, problems).ifPresent(u -> rows.add(uncertain(u, entry, input)));
        }
        return rows;
    }

    private UncertaintyRow uncertain(Fields u, Tree.Entry entry, CampaignInput input) {
        Located<DistributionShape> shape = u.choice("distribution", true, "distribution kind", DistributionShape.LABELS);
        Map<String, Located<Double>> numbers = new LinkedHashMap<>();
        String hint = "expected a number; " + input.id() + " lies within " + legalRange(input);
        for (String field : DistributionShape.NUMBERS) {
            if (shape != null && !shape.value().fields().contains(field) && u.has(field)) {
                problems.error(u.keyLocation(field), u.path(field), "a " + shape.value().label() + " distribution has no "
                        + field, "a " + shape.value().label() + " distribution takes " + shape.value().describeFields());
                continue;
            }
            if (shape != null && shape.value().required().contains(field) && u.missing(field)) {
                problems.error(u.location(), u.path(), "a " + shape.value().label() + " distribution needs " + field,
                        "give " + shape.value().describeFields());
                continue;
            }
            Located<Double> number = u.number(field, false, hint);
            if (number != null) {
                numbers.put(field, number);
            }
        }
        return new UncertaintyRow(u.path(), entry.keyLocation(), input, shape, numbers, u.source());
    }

    private void terrain(Fields f, int index) {
        drafts.terrain.add(new TerrainRow(f.path(), f.location(),
                f.id("node", true),
                f.choice("terrain", true, "terrain class", TERRAINS),
                f.bool("river", false),
                f.source()));
    }

    private void targets(Tree root) {
        Optional<Fields> fields = Fields.of(root, "", TARGETS, problems);
        if (fields.isEmpty()) {
            drafts.unreadable.add("targets");
            return;
        }
        Fields f = fields.get();
        List<RequirementRow> requirement = new ArrayList<>();
        List<MinimumRow> minimums = new ArrayList<>();
        List<SupportRow> support = new ArrayList<>();
        Tree.Sequence list = f.sequence("requirement", false);
        if (list != null) {
            rows(list, "requirement", REQUIREMENT, (r, i) -> requirement.add(new RequirementRow(r.path(), r.location(),
                    r.id("type", true), r.wholeNumber("quantity", true, "expected a number of units, e.g. 12"), r.source())));
        }
        list = f.sequence("minimums", false);
        if (list != null) {
            rows(list, "minimums", MINIMUM, (m, i) -> minimums.add(new MinimumRow(m.path(), m.location(),
                    m.nation("nation", true), m.id("type", false), m.wholeNumber("units", true, "expected a number of units, e.g. 1"),
                    m.text("reason", true), m.source())));
        }
        list = f.sequence("host_nation_support", false);
        if (list != null) {
            rows(list, "host_nation_support", HOST_NATION_SUPPORT, (h, i) -> support.add(new SupportRow(h.path(), h.location(),
                    h.nation("nation", true), h.id("type", true), h.wholeNumber("units", true, "expected a number of units, e.g. 2"),
                    h.source())));
        }
        drafts.targets = new TargetsRow(f.location(),
                f.choice("key", false, "fair-share key", KEYS),
                f.wholeNumber("key_year", false, "expected a year, e.g. 2024, or leave it out for the latest year with data"),
                weights(f),
                f.number("cap_multiple", false, "expected a multiple of the current inventory, e.g. 2.0, or leave it out for no cap"),
                f.has("participants") ? f.nations("participants") : null,
                f.wholeNumber("programme_years", false, "expected a number of years, e.g. 10"),
                requirement, minimums, support, f.source());
    }

    /** {@code weights: {DEU: 3.0, ...}}; null when absent or not a mapping (reported). */
    private List<WeightRow> weights(Fields targets) {
        Tree.Mapping mapping = targets.mapping("weights", "a mapping of nation codes to weights",
                "write one 'ISO3: weight' per line, e.g. 'DEU: 3.0'");
        if (mapping == null) {
            return null;
        }
        List<WeightRow> rows = new ArrayList<>();
        for (Tree.Entry entry : mapping.entries().values()) {
            String path = targets.path("weights") + "." + entry.key();
            Located<String> nation = targets.checkNation(new Located<>(entry.key(), entry.keyLocation(), path));
            Located<Double> weight = null;
            if (entry.value() instanceof Tree.Scalar scalar && !scalar.isNull()) {
                weight = Fields.number(scalar, path, "expected a weight, 0 or more, e.g. 3.0", problems);
            } else {
                problems.error(entry.value().location(), path, "expected a number, got " + entry.value().describe(),
                        "write e.g. '" + entry.key() + ": 3.0'");
            }
            rows.add(new WeightRow(nation, weight));
        }
        return rows;
    }

    private void inventory(Fields f, int index) {
        drafts.inventories.add(new InventoryRow(f.path(), f.location(), f.nation("nation", true), f.id("type", true),
                f.wholeNumber("count", true, "expected a number of units held, e.g. 3"), f.source()));
    }

    private void cost(Fields f, int index) {
        drafts.costs.add(new CostRow(f.path(), f.location(), f.id("type", true),
                f.number("acquisition_usd_m", true, "expected millions of US dollars per unit, e.g. 4100"),
                f.number("annual_operating_usd_m", true, "expected millions of US dollars per unit and year, e.g. 650"),
                f.wholeNumber("price_year", true, "expected the year of the prices, e.g. 2024"),
                f.source()));
    }

    private static List<String> uncertaintyFields() {
        List<String> fields = new ArrayList<>();
        fields.add("distribution");
        fields.addAll(DistributionShape.NUMBERS);
        fields.add("source");
        fields.add("estimate");
        return List.copyOf(fields);
    }

    private static Map<String, CampaignInput> inputs() {
        Map<String, CampaignInput> map = new LinkedHashMap<>();
        for (CampaignParameter p : CampaignParameter.values()) {
            map.put(p.id(), p);
        }
        for (ScenarioInput i : ScenarioInput.values()) {
            map.put(i.id(), i);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private void spending(Spending defaultSpending) {
        List<DefenceSpending> series = new ArrayList<>(defaultSpending.series());
        List<Commitment> commitments = new ArrayList<>(defaultSpending.commitments());
        if (Files.exists(folder.resolve("spending.csv"))) {
            series.clear();
            TreeReader.csv(folder, "spending.csv", "spending", new LinkedHashSet<>(SPENDING), problems)
                    .ifPresent(tree -> rows((Tree.Sequence) tree, "spending", SPENDING, (f, i) -> {
                        Located<String> nation = f.nation("iso3", true);
                        Located<Integer> year = f.wholeNumber("year", true, "expected a year, e.g. 2024");
                        OptionalDouble pct = optional(f.number("defence_pct_gdp", false, "expected a percentage, e.g. 2.1"));
                        OptionalDouble equipment = optional(f.number("equipment_pct_defence", false, "expected a percentage, e.g. 22.5"));
                        OptionalDouble usd = optional(f.number("defence_usd_m", false, "expected millions of US dollars, e.g. 2500"));
                        OptionalDouble gdp = optional(f.number("gdp_usd_bn", false, "expected billions of US dollars, e.g. 80"));
                        Located<String> source = f.text("source_url", false);
                        Located<Boolean> estimate = f.bool("estimate", false);
                        if (nation != null && year != null) {
                            series.add(new DefenceSpending(NationCode.of(nation.value()), year.value(), pct, equipment, usd, gdp,
                                    org.bulwark.model.Source.of(source == null ? null : source.value(),
                                            estimate != null ? estimate.value() : source == null)));
                        }
                    }));
        }
        if (Files.exists(folder.resolve("commitments.yaml"))) {
            commitments.clear();
            TreeReader.yaml(folder, "commitments.yaml", problems).ifPresent(tree -> list(tree, "commitments",
                    COMMITMENT, (f, i) -> {
                        Located<String> scope = f.text("iso3", true);
                        Located<Double> target = f.number("target_pct_gdp", true, "expected a percentage of GDP, e.g. 3.5");
                        Located<String> byYear = f.text("by_year", false);
                        Located<String> announced = f.text("announced", false);
                        Located<String> notes = f.text("notes", false);
                        org.bulwark.model.Source source = f.source();
                        if (scope != null && !scope.value().equals("NATO") && !NationCode.isValid(scope.value())) {
                            problems.error(scope.location(), scope.path(), "'" + scope.value() + "' is neither NATO nor an ISO 3166 alpha-3 code",
                                    "use NATO for an Alliance-wide guideline, or a nation's code such as POL");
                            scope = null;
                        }
                        if (target != null && target.value() < 0) {
                            problems.error(target.location(), target.path(), "a share of GDP cannot be negative, got " + number(target.value()));
                            target = null;
                        }
                        if (scope != null && target != null) {
                            commitments.add(new Commitment(
                                    scope.value().equals("NATO") ? Optional.empty() : Optional.of(NationCode.of(scope.value())),
                                    target.value(), textOf(byYear), textOf(announced), textOf(notes), source));
                        }
                    }));
        }
        drafts.spending = new Spending(series, commitments);
    }

    private static String textOf(Located<String> text) {
        return text == null ? "" : text.value();
    }

    private static OptionalDouble optional(Located<Double> value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.value());
    }

    /** An input's legal range with its unit, e.g. {@code [0, ∞) h} or {@code [1, 10]}. */
    static String legalRange(CampaignInput input) {
        String range = "[" + number(input.min()) + ", " + (input.max() == Double.POSITIVE_INFINITY ? "∞)" : number(input.max()) + "]");
        return input.unit().isEmpty() || input.unit().equals("×") ? range : range + " " + input.unit();
    }

    /** 12000 rather than 12000.0 in messages. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static <E> Map<String, E> labels(E[] values, java.util.function.Function<E, String> label) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E value : values) {
            map.put(label.apply(value), value);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
