package org.bulwark.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.Commitment;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.GeoPoint;
import org.bulwark.model.LiftIncrements;
import org.bulwark.model.LinkId;
import org.bulwark.model.Mode;
import org.bulwark.model.MovementTimes;
import org.bulwark.model.NationCode;
import org.bulwark.model.NodeId;
import org.bulwark.model.NodeKind;
import org.bulwark.model.ParameterValue;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Source;
import org.bulwark.model.Spending;
import org.bulwark.model.UnitCost;
import org.bulwark.model.UnitTypeId;

/**
 * Bulwark's bundled public reference data: NATO defence expenditure and pledges, forward land
 * forces, NATO readiness forces, theatre geography and links, open-source adversary forces, the
 * default parameters of the campaign model and the default cost per unit type.
 * The CSV files, their manifest ({@code datasets.json}) and the provenance record
 * ({@code SOURCES.md}) live beside this class on the classpath; every row keeps its source.
 *
 * <p>Start with {@link #bundled()}. The data is read once, on first use, and is immutable
 * afterwards, so the instance is safe to share between threads. A malformed bundled file is a
 * programming error and fails with an {@link IllegalStateException} naming file and line.
 */
public final class ReferenceData {

    /** The manifest of the bundled data sets. */
    public static final String MANIFEST = "datasets.json";

    static final String EXPENDITURE = "defence_expenditure.csv";
    static final String PLEDGES = "national_pledges.csv";
    static final String FORWARD_LAND_FORCES = "forward_land_forces.csv";
    static final String FORCE_MODEL = "nato_force_model.csv";
    static final String GEOGRAPHY = "geography.csv";
    static final String LINKS = "links.csv";
    static final String ADVERSARY_FORCES = "adversary_forces.csv";
    static final String CAMPAIGN_PARAMETERS = "campaign-parameters.csv";
    static final String UNIT_COSTS = "unit_costs.csv";
    static final String LIFT_INCREMENTS = "lift_increments.csv";
    static final String LIFT_ASSETS = "lift_assets.csv";
    static final String MOVEMENT_TIMES = "movement_times.csv";
    static final String RSOI_HOURS = "rsoi_hours.csv";
    private static final List<String> UNIT_COST_COLUMNS = List.of("type", "acquisition_usd_m", "annual_operating_usd_m",
            "price_year", "notes", "source_url", "estimate");

    private static final String ALLIANCE = "NATO";

    private final List<Dataset> datasets;
    private final Spending spending;
    private final List<NationMember> members;
    private final List<ForwardLandForce> forwardLandForces;
    private final List<ForceModelElement> forceModel;
    private final List<Place> geography;
    private final List<Route> links;
    private final List<AdversaryFormation> adversaryForces;
    private final Map<CampaignParameter, ParameterValue> campaignParameters;
    private final List<ReferenceUnitCost> unitCosts;
    private final List<LiftElementRow> liftElements;
    private final List<LiftAsset> liftAssets;
    private final List<MovementFactor> movementFactors;
    private final MovementTimes movementTimes;
    private final List<RsoiRow> rsoiHours;

    /** One lift element of {@code lift_increments.csv}; {@code preferred} marks the mode's default. */
    public record LiftElementRow(LiftIncrements.Element element, boolean preferred, boolean estimate) {
    }

    /** One row of {@code rsoi_hours.csv}: reception, staging and onward movement hours of a unit category. */
    public record RsoiRow(org.bulwark.model.UnitCategory category, double hours, String basis, Source source) {
    }

    /** One row of {@code movement_times.csv}: a planning speed, handling hours or the road march day of one mode. */
    public record MovementFactor(Mode mode, String factor, double value, String unit, String basis, Source source) {
    }

    /** One row of {@code lift_assets.csv}: an aircraft, ship, train or road-march figure; NaN where not given. */
    public record LiftAsset(Mode mode, String asset, double payloadTonnes, double speedKmh,
                            double rangeKm, double fleet, double ratePerDay, String rateBasis, Source source) {
    }

    private ReferenceData() {
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        Map<String, List<Source>> sources = new LinkedHashMap<>();

        SpendingTables spendingTables = SpendingTables.read();
        tables.put(EXPENDITURE, spendingTables.expenditure());
        tables.put(PLEDGES, spendingTables.pledges());
        sources.put(EXPENDITURE, spendingTables.spending().series().stream().map(DefenceSpending::source).toList());
        sources.put(PLEDGES, spendingTables.spending().commitments().stream().map(Commitment::source).toList());

        CsvTable flf = table(tables, FORWARD_LAND_FORCES, "host_iso3", "framework_iso3", "contributors_iso3", "troops",
                "as_of", "planned_troops", "planned_by", "source_url", "notes", "estimate");
        this.forwardLandForces = flf.rows().stream().map(ReferenceData::forwardLandForce).toList();
        sources.put(FORWARD_LAND_FORCES, forwardLandForces.stream().map(ForwardLandForce::source).toList());

        CsvTable model = table(tables, FORCE_MODEL, "element", "tier", "readiness", "troops", "introduced", "status",
                "estimate", "source_url", "notes");
        this.forceModel = model.rows().stream().map(row -> new ForceModelElement(row.required("element"),
                row.text("tier"), row.text("readiness"), row.text("troops"), row.text("introduced"),
                row.text("status"), row.text("notes"), row.source(row.yes("estimate")))).toList();
        sources.put(FORCE_MODEL, forceModel.stream().map(ForceModelElement::source).toList());

        CsvTable geo = table(tables, GEOGRAPHY, "id", "name", "iso3", "lat", "lon", "kind", "notes", "source_url");
        this.geography = geo.rows().stream().map(ReferenceData::place).toList();
        sources.put(GEOGRAPHY, geography.stream().map(Place::source).toList());

        CsvTable linkTable = table(tables, LINKS, "id", "from_id", "to_id", "mode", "distance_km", "distance_basis",
                "rail_gauge_mm", "capacity", "estimate", "notes", "source_url");
        this.links = linkTable.rows().stream().map(ReferenceData::route).toList();
        sources.put(LINKS, links.stream().map(Route::source).toList());

        CsvTable adversary = table(tables, ADVERSARY_FORCES, "formation", "type", "size_battalions_or_troops",
                "location", "as_of", "source_url", "notes", "estimate");
        this.adversaryForces = adversary.rows().stream().map(row -> new AdversaryFormation(row.required("formation"),
                row.text("type"), row.text("size_battalions_or_troops"), row.text("location"), row.text("as_of"),
                row.text("notes"), row.source(row.yes("estimate")))).toList();
        sources.put(ADVERSARY_FORCES, adversaryForces.stream().map(AdversaryFormation::source).toList());

        CsvTable parameters = table(tables, CAMPAIGN_PARAMETERS, "parameter", "value", "unit", "source", "estimate");
        this.campaignParameters = campaignParameters(parameters);
        sources.put(CAMPAIGN_PARAMETERS, campaignParameters.values().stream().map(ParameterValue::source).toList());

        CsvTable costs = CsvTable.read(UNIT_COSTS, UNIT_COST_COLUMNS);
        tables.put(UNIT_COSTS, costs);
        this.unitCosts = unitCosts(costs);
        sources.put(UNIT_COSTS, unitCosts.stream().map(c -> c.cost().source()).toList());

        CsvTable elements = table(tables, LIFT_INCREMENTS, "mode", "element", "tonnes", "max_item_tonnes", "default", "source",
                "estimate");
        this.liftElements = elements.rows().stream().map(row -> new LiftElementRow(new LiftIncrements.Element(
                mode(row), row.requiredNumber("tonnes"), row.required("element"), row.required("source"),
                row.requiredNumber("max_item_tonnes")),
                row.yes("default"), row.yes("estimate"))).toList();
        sources.put(LIFT_INCREMENTS, elements.rows().stream().map(row -> Source.of(row.required("source"), row.yes("estimate"))).toList());

        CsvTable assets = table(tables, LIFT_ASSETS, "mode", "asset", "payload_tonnes", "speed_kmh", "range_km", "fleet",
                "rate_per_day", "rate_basis", "source", "estimate");
        this.liftAssets = assets.rows().stream().map(row -> new LiftAsset(mode(row), row.required("asset"),
                optional(row, "payload_tonnes"), optional(row, "speed_kmh"), optional(row, "range_km"), optional(row, "fleet"),
                optional(row, "rate_per_day"), row.text("rate_basis"), Source.of(row.required("source"), row.yes("estimate"))))
                .toList();
        sources.put(LIFT_ASSETS, liftAssets.stream().map(LiftAsset::source).toList());

        CsvTable times = table(tables, MOVEMENT_TIMES, "mode", "factor", "value", "unit", "basis", "source", "estimate");
        this.movementFactors = times.rows().stream().map(row -> new MovementFactor(mode(row), row.required("factor"),
                row.requiredNumber("value"), row.required("unit"), row.required("basis"),
                Source.of(row.required("source"), row.yes("estimate")))).toList();
        this.movementTimes = movementTimes(movementFactors);
        sources.put(MOVEMENT_TIMES, movementFactors.stream().map(MovementFactor::source).toList());

        CsvTable rsoi = table(tables, RSOI_HOURS, "category", "hours", "basis", "source", "estimate");
        this.rsoiHours = rsoi.rows().stream().map(row -> new RsoiRow(category(row), row.requiredNumber("hours"),
                row.required("basis"), Source.of(row.required("source"), row.yes("estimate")))).toList();
        sources.put(RSOI_HOURS, rsoiHours.stream().map(RsoiRow::source).toList());

        this.spending = spendingTables.spending();
        this.members = spendingTables.members();
        this.datasets = readManifest(tables, sources);
    }

    /**
     * Just the spending series and pledges, read on first use without the rest of the data or
     * the manifest: what every scenario read needs, kept cheap for command start-up.
     */
    public static Spending bundledSpending() {
        return SpendingHolder.SPENDING;
    }

    private static final class SpendingHolder {
        static final Spending SPENDING = SpendingTables.read().spending();
    }

    /** The expenditure and pledge tables and what is built from them. */
    private record SpendingTables(CsvTable expenditure, CsvTable pledges, Spending spending, List<NationMember> members) {
        static SpendingTables read() {
            CsvTable expenditure = CsvTable.read(EXPENDITURE, List.of("iso3", "country", "year", "defence_pct_gdp",
                    "equipment_pct_defence", "defence_usd_m", "gdp_usd_bn", "estimate", "source_url"));
            List<DefenceSpending> series = new ArrayList<>();
            Map<NationCode, NationMember> membersByCode = new LinkedHashMap<>();
            for (CsvRow row : expenditure.rows()) {
                NationCode nation = row.nation("iso3");
                NationMember member = new NationMember(nation, row.required("country"));
                NationMember known = membersByCode.putIfAbsent(nation, member);
                if (known != null && !known.equals(member)) {
                    throw row.fail("country '" + member.name() + "' differs from '" + known.name() + "' for " + nation);
                }
                series.add(new DefenceSpending(nation, row.requiredInt("year"), row.number("defence_pct_gdp"),
                        row.number("equipment_pct_defence"), row.number("defence_usd_m"), row.number("gdp_usd_bn"),
                        row.source(expenditureEstimate(row))));
            }
            CsvTable pledges = CsvTable.read(PLEDGES, List.of("iso3", "target_pct_gdp", "by_year", "announced", "source_url",
                    "notes", "estimate"));
            List<Commitment> commitments = pledges.rows().stream().map(row -> {
                String scope = row.required("iso3");
                Optional<NationCode> nation = ALLIANCE.equals(scope) ? Optional.empty() : Optional.of(row.nation("iso3"));
                return new Commitment(nation, row.requiredNumber("target_pct_gdp"), row.text("by_year"),
                        row.text("announced"), row.text("notes"), row.source(row.yes("estimate")));
            }).toList();
            return new SpendingTables(expenditure, pledges, new Spending(series, commitments),
                    List.copyOf(membersByCode.values()));
        }
    }

    /**
     * Just the default cost table ({@code unit_costs.csv}), read on first use without the rest of
     * the data: what every scenario read needs for its cost table.
     */
    public static List<UnitCost> bundledUnitCosts() {
        return UnitCostHolder.COSTS;
    }

    private static final class UnitCostHolder {
        static final List<UnitCost> COSTS = unitCosts(CsvTable.read(UNIT_COSTS, UNIT_COST_COLUMNS)).stream()
                .map(ReferenceUnitCost::cost).toList();
    }

    /** The data bundled with Bulwark, read from the classpath on first use. */
    public static ReferenceData bundled() {
        return Holder.BUNDLED;
    }

    /** Lazy, thread-safe initialisation by the class-loading guarantee. */
    private static final class Holder {
        static final ReferenceData BUNDLED = new ReferenceData();
    }

    /** Every bundled data set, in manifest order. */
    public List<Dataset> datasets() {
        return datasets;
    }

    public Optional<Dataset> dataset(String id) {
        return datasets.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * Defence expenditure 2014-2025 of the 32 Allies and the spending pledges. Blank figures are
     * {@link OptionalDouble#empty()}; Iceland's {@code no_data} rows have no figures and a
     * non-estimate source (nothing is published, nothing was estimated). Alliance-wide pledges
     * ({@code NATO} in the file) have an empty nation.
     */
    public Spending spending() {
        return spending;
    }

    /** The 32 NATO members, by ISO3 code, in file order. */
    public List<NationMember> members() {
        return members;
    }

    public List<ForwardLandForce> forwardLandForces() {
        return forwardLandForces;
    }

    public List<ForceModelElement> forceModel() {
        return forceModel;
    }

    /** The places of {@code geography.csv}. */
    public List<Place> geography() {
        return geography;
    }

    /** The connections of {@code links.csv}. */
    public List<Route> links() {
        return links;
    }

    public List<AdversaryFormation> adversaryForces() {
        return adversaryForces;
    }

    /**
     * The default value of every campaign-model parameter with its source
     * ({@code campaign-parameters.csv}); a scenario's {@code campaign.yaml} overrides them. Every
     * {@link CampaignParameter} has exactly one row.
     */
    public Map<CampaignParameter, ParameterValue> campaignParameters() {
        return campaignParameters;
    }

    /**
     * The default acquisition and annual operating cost of every unit type of the bundled
     * catalogue and of the bundled scenario ({@code unit_costs.csv}), one row per type, in file
     * order. A scenario's {@code costs.csv} overrides them per type.
     */
    public List<ReferenceUnitCost> unitCosts() {
        return unitCosts;
    }

    private static List<ReferenceUnitCost> unitCosts(CsvTable table) {
        List<ReferenceUnitCost> costs = new ArrayList<>();
        Set<UnitTypeId> seen = new HashSet<>();
        for (CsvRow row : table.rows()) {
            UnitTypeId type = row.parse("type", UnitTypeId::of);
            if (!seen.add(type)) {
                throw row.fail("type '" + type.value() + "' appears twice");
            }
            double acquisition = row.requiredNumber("acquisition_usd_m");
            double operating = row.requiredNumber("annual_operating_usd_m");
            if (!(acquisition >= 0) || !(operating >= 0)) {
                throw row.fail("costs must be 0 or more, were " + acquisition + " and " + operating);
            }
            costs.add(new ReferenceUnitCost(new UnitCost(type, acquisition, operating, row.requiredInt("price_year"),
                    row.source(row.yes("estimate"))), row.required("notes")));
        }
        return List.copyOf(costs);
    }

    private static Map<CampaignParameter, ParameterValue> campaignParameters(CsvTable table) {
        Map<CampaignParameter, ParameterValue> values = new EnumMap<>(CampaignParameter.class);
        for (CsvRow row : table.rows()) {
            String id = row.required("parameter");
            CampaignParameter parameter = CampaignParameter.byId(id)
                    .orElseThrow(() -> row.fail("parameter '" + id + "' is not a campaign parameter"));
            double value = row.requiredNumber("value");
            if (value < parameter.min() || value > parameter.max()) {
                throw row.fail(id + " " + value + " is outside [" + parameter.min() + ", " + parameter.max() + "]");
            }
            if (!row.text("unit").equals(parameter.unit())) {
                throw row.fail(id + " unit '" + row.text("unit") + "' should be '" + parameter.unit() + "'");
            }
            if (values.put(parameter, new ParameterValue(value, Source.of(row.required("source"), row.yes("estimate"))))
                    != null) {
                throw row.fail("parameter '" + id + "' appears twice");
            }
        }
        for (CampaignParameter parameter : CampaignParameter.values()) {
            if (!values.containsKey(parameter)) {
                throw new IllegalStateException(CAMPAIGN_PARAMETERS + ": no row for parameter '" + parameter.id() + "'");
            }
        }
        return Collections.unmodifiableMap(values);
    }

    /** The movement times the rows of {@code movement_times.csv} give: every factor of every mode exactly once. */
    private static MovementTimes movementTimes(List<MovementFactor> rows) {
        int modes = Mode.values().length;
        double[] speed = new double[modes];
        double[] load = new double[modes];
        double[] unload = new double[modes];
        double start = Double.NaN;
        double perDay = Double.NaN;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (MovementFactor row : rows) {
            if (!seen.add(row.mode().label() + "/" + row.factor())) {
                throw new IllegalStateException(MOVEMENT_TIMES + ": " + row.mode().label() + " " + row.factor() + " is given twice");
            }
            int m = row.mode().ordinal();
            switch (row.factor()) {
                case "speed_kmh" -> speed[m] = row.value();
                case "load_hours" -> load[m] = row.value();
                case "unload_hours" -> unload[m] = row.value();
                case "march_start_hour" -> start = row.value();
                case "march_hours_per_day" -> perDay = row.value();
                default -> throw new IllegalStateException(MOVEMENT_TIMES + ": unknown factor '" + row.factor() + "'");
            }
        }
        for (Mode mode : Mode.values()) {
            for (String factor : List.of("speed_kmh", "load_hours", "unload_hours")) {
                if (!seen.contains(mode.label() + "/" + factor)) {
                    throw new IllegalStateException(MOVEMENT_TIMES + ": no " + factor + " for " + mode.label());
                }
            }
        }
        if (Double.isNaN(start) || Double.isNaN(perDay)) {
            throw new IllegalStateException(MOVEMENT_TIMES + ": the road march_start_hour and march_hours_per_day are needed");
        }
        return new MovementTimes(speed, load, unload, start, perDay, "bulwark reference data, " + MOVEMENT_TIMES);
    }

    private static org.bulwark.model.UnitCategory category(CsvRow row) {
        String text = row.required("category");
        try {
            return org.bulwark.model.UnitCategory.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.fail("category '" + text + "' is not a unit category");
        }
    }

    private static Mode mode(CsvRow row) {
        String text = row.required("mode");
        return Mode.byLabel(text).orElseThrow(() -> row.fail("mode '" + text + "' is not road, rail, sea or air"));
    }

    private static double optional(CsvRow row, String column) {
        return row.text(column).isBlank() ? Double.NaN : row.requiredNumber(column);
    }

    /** The lift elements of {@code lift_increments.csv}, in file order (one default per mode). */
    public List<LiftElementRow> liftElements() {
        return liftElements;
    }

    /** The lift figures of {@code lift_assets.csv}: aircraft, ships, trains, road marches, in file order. */
    public List<LiftAsset> liftAssets() {
        return liftAssets;
    }

    /** The rows of {@code movement_times.csv}, in file order, each with its basis and source. */
    public List<MovementFactor> movementFactors() {
        return movementFactors;
    }

    /** The rows of {@code rsoi_hours.csv}: RSOI hours per unit category, the defaults of {@link org.bulwark.model.UnitCategory#defaultRsoiHours()}. */
    public List<RsoiRow> rsoiHours() {
        return rsoiHours;
    }

    /** The movement times {@code movement_times.csv} gives: the planner's defaults ({@link MovementTimes#DEFAULT}). */
    public MovementTimes movementTimes() {
        return movementTimes;
    }

    private static CsvTable table(Map<String, CsvTable> tables, String file, String... columns) {
        CsvTable table = CsvTable.read(file, List.of(columns));
        tables.put(file, table);
        return table;
    }

    private static boolean expenditureEstimate(CsvRow row) {
        String flag = row.required("estimate");
        return switch (flag) {
            case "yes" -> true;
            case "no", "no_data" -> false;
            default -> throw row.fail("estimate '" + flag + "' is not yes, no or no_data");
        };
    }

    private static ForwardLandForce forwardLandForce(CsvRow row) {
        String scope = row.required("host_iso3");
        List<NationCode> hosts = ForwardLandForce.ALL_EIGHT.equals(scope)
                ? ForwardLandForce.EIGHT_HOSTS
                : row.nations("host_iso3");
        String troops = row.text("troops");
        String low = troops.contains("-") ? troops.substring(0, troops.indexOf('-')) : troops;
        OptionalInt troopsLow;
        try {
            troopsLow = low.isEmpty() ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(low.replace(",", "").strip()));
        } catch (NumberFormatException e) {
            throw row.fail("troops '" + troops + "' is not a number or a range");
        }
        return new ForwardLandForce(scope, hosts, row.nations("framework_iso3"), row.nations("contributors_iso3"),
                troops, troopsLow, row.text("as_of"), row.count("planned_troops"), row.text("planned_by"),
                row.text("notes"), row.source(row.yes("estimate")));
    }

    private static Place place(CsvRow row) {
        double lat = row.requiredNumber("lat");
        double lon = row.requiredNumber("lon");
        GeoPoint location;
        try {
            location = new GeoPoint(lat, lon);
        } catch (IllegalArgumentException e) {
            throw row.fail(e.getMessage());
        }
        String notes = row.text("notes");
        boolean estimate = notes.contains(Place.APPROXIMATE_MARKER);
        return new Place(row.parse("id", NodeId::of), row.required("name"), row.nation("iso3"),
                row.parse("kind", enumOf(NodeKind.class)), location, notes, row.source(estimate));
    }

    private static Route route(CsvRow row) {
        Mode mode = row.parse("mode", enumOf(Mode.class));
        String gaugeText = row.text("rail_gauge_mm");
        Optional<RailGauge> gauge = Optional.empty();
        boolean planned = false;
        if (!gaugeText.isEmpty()) {
            // "1435", "1435/1520", "1435 (planned)", "1435/1520 (dual gauge)"
            String value = gaugeText.split("\\s+", 2)[0];
            gauge = RailGauge.parse(value);
            if (gauge.isEmpty()) {
                throw row.fail("rail_gauge_mm '" + gaugeText + "' is not 1435, 1520 or 1435/1520");
            }
            planned = gaugeText.contains("(planned)");
        }
        if ((mode == Mode.RAIL) != gauge.isPresent()) {
            throw row.fail("rail_gauge_mm must be given on rail links and only there, was '" + gaugeText + "'");
        }
        NodeId from = row.parse("from_id", NodeId::of);
        NodeId to = row.parse("to_id", NodeId::of);
        return new Route(row.parse("id", LinkId::of), from, to, mode, row.requiredNumber("distance_km"),
                row.text("distance_basis"), gauge, planned, row.text("capacity"), row.text("notes"),
                row.source(row.yes("estimate")));
    }

    private static <E extends Enum<E>> Function<String, E> enumOf(Class<E> type) {
        return text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    }

    private static List<Dataset> readManifest(Map<String, CsvTable> tables, Map<String, List<Source>> sources) {
        JsonNode root;
        try (InputStream in = ReferenceData.class.getResourceAsStream(MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException("bundled manifest '" + MANIFEST + "' is not on the classpath");
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled manifest '" + MANIFEST + "'", e);
        }
        List<Dataset> result = new ArrayList<>();
        for (JsonNode entry : root.path("datasets")) {
            String id = text(entry, "id");
            String file = text(entry, "file");
            CsvTable table = tables.get(file);
            if (table == null) {
                throw new IllegalStateException(MANIFEST + ": dataset '" + id + "' names file '" + file
                        + "', which Bulwark does not read");
            }
            int declaredRows = entry.path("rows").asInt(-1);
            List<Source> rowSources = sources.get(file);
            if (declaredRows != rowSources.size()) {
                throw new IllegalStateException(MANIFEST + ": dataset '" + id + "' declares " + declaredRows
                        + " rows but " + file + " has " + rowSources.size());
            }
            List<DatasetColumn> columns = new ArrayList<>();
            for (JsonNode column : entry.path("columns")) {
                columns.add(new DatasetColumn(text(column, "name"), text(column, "unit"), text(column, "description")));
            }
            List<String> declared = columns.stream().map(DatasetColumn::name).toList();
            if (!declared.equals(table.header())) {
                throw new IllegalStateException(MANIFEST + ": dataset '" + id + "' lists columns " + declared
                        + " but " + file + " has " + table.header());
            }
            // A row may cite several URLs separated by "; " (unit_costs.csv): list each once.
            List<String> urls = List.copyOf(new LinkedHashSet<>(rowSources.stream()
                    .flatMap(source -> Arrays.stream(source.reference().split("; "))).toList()));
            int estimates = (int) rowSources.stream().filter(Source::estimate).count();
            result.add(new Dataset(id, text(entry, "title"), file, text(entry, "coverage"), rowSources.size(),
                    columns, strings(entry, "primary_sources"), urls, estimates, strings(entry, "caveats")));
        }
        if (result.size() != tables.size()) {
            throw new IllegalStateException(MANIFEST + ": lists " + result.size() + " data sets, Bulwark reads "
                    + tables.size() + " files " + tables.keySet());
        }
        return List.copyOf(result);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalStateException(MANIFEST + ": '" + field + "' missing or blank in " + node);
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }
}
