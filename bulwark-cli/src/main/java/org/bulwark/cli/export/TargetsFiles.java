package org.bulwark.cli.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.bulwark.model.Source;
import org.bulwark.model.UnitCost;
import org.bulwark.targets.apportion.Apportionment;
import org.bulwark.targets.apportion.CapabilityTarget;
import org.bulwark.targets.apportion.CostedTargets;
import org.bulwark.targets.apportion.Conflict;
import org.bulwark.targets.apportion.Exclusion;
import org.bulwark.targets.apportion.NationCost;
import org.bulwark.targets.apportion.Participant;
import org.bulwark.targets.apportion.Shortfall;
import org.bulwark.targets.apportion.TypeCost;
import org.bulwark.targets.spending.BurdenShare;
import org.bulwark.targets.spending.BurdenSharing;

/**
 * Every file capability targets are written to, in a fixed order; the same bytes for the same
 * targets: {@code targets.csv} (nation × type, with the explanation), {@code nations.csv} (per
 * nation: share, units, money), {@code types.csv} (per type: requirement, cover, cost),
 * {@code shortfalls.csv} (what cannot be met and why), {@code targets.json} and
 * {@code targets.xlsx} (all of it, with a Sources sheet).
 */
public final class TargetsFiles {
    static final String TARGETS = "targets.csv";
    static final String NATIONS = "nations.csv";
    static final String TYPES = "types.csv";
    static final String SHORTFALLS = "shortfalls.csv";
    static final String JSON = "targets.json";
    static final String XLSX = "targets.xlsx";
    /** Version of {@code targets.json}'s layout. */
    static final String FORMAT = "bulwark-targets/1";
    private static final int SHARE = 4;
    private static final int QUOTA = 3;
    private static final int MONEY = 1;
    private static final int PCT = 4;

    private TargetsFiles() {
    }

    public static Map<String, byte[]> of(CostedTargets t) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(TARGETS, utf8(csv(TARGET_COLUMNS, targetRows(t))));
        files.put(NATIONS, utf8(csv(NATION_COLUMNS, nationRows(t))));
        files.put(TYPES, utf8(csv(TYPE_COLUMNS, typeRows(t))));
        files.put(SHORTFALLS, utf8(csv(SHORTFALL_COLUMNS, shortfallRows(t))));
        files.put(JSON, utf8(json(t)));
        files.put(XLSX, xlsx(t));
        return files;
    }

    /** What each file holds, one line each, for summaries. */
    public static Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(TARGETS, "one row per nation and unit type: share, quota, bounds, target, holdings, to acquire, why");
        d.put(NATIONS, "one row per nation: share, target units, new units, acquisition, operating, per year, % of GDP");
        d.put(TYPES, "one row per unit type: requirement, assigned, missing, new units, cost per unit and in total");
        d.put(SHORTFALLS, "what the caps and minimums cannot meet, and excluded nations, with the reason");
        d.put(JSON, "the whole apportionment and its cost for scripts (format " + FORMAT + ")");
        d.put(XLSX, "the same tables as a workbook (Targets, Nations, Types, Shortfalls, Burden sharing, Sources)");
        return d;
    }

    /** A column for CSV and XLSX alike; cells are BigDecimal, Integer, String or null. */
    private record Column<R>(XlsxColumn xlsx, Function<R, Object> value) {
    }

    private record NationRow(CostedTargets t, Participant participant, NationCost cost) {
    }

    private record ShortfallRow(String kind, String nation, String type, Integer demanded, Integer possible,
                                Integer missing, String reason) {
    }

    private static final List<Column<CapabilityTarget>> TARGET_COLUMNS = List.of(
            new Column<>(XlsxColumn.text("iso3", 6), c -> c.nation().value()),
            new Column<>(XlsxColumn.text("unit_type", 18), c -> c.type().value()),
            new Column<>(XlsxColumn.percent("share_pct", SHARE), c -> decimal(100 * c.share(), SHARE)),
            new Column<>(XlsxColumn.number("quota", QUOTA), c -> decimal(c.quota(), QUOTA)),
            new Column<>(XlsxColumn.year("fair"), CapabilityTarget::fair),
            new Column<>(XlsxColumn.year("lower"), CapabilityTarget::lower),
            new Column<>(XlsxColumn.year("upper"), CapabilityTarget::upper),
            new Column<>(XlsxColumn.year("target"), CapabilityTarget::target),
            new Column<>(XlsxColumn.year("inventory"), CapabilityTarget::inventory),
            new Column<>(XlsxColumn.year("acquire"), CapabilityTarget::acquire),
            new Column<>(XlsxColumn.text("binding", 20), c -> c.binding().name().toLowerCase(Locale.ROOT)),
            new Column<>(XlsxColumn.text("explanation", 90), CapabilityTarget::explanation));

    private static final List<Column<NationRow>> NATION_COLUMNS = List.of(
            new Column<>(XlsxColumn.text("iso3", 6), r -> r.participant().nation().value()),
            new Column<>(XlsxColumn.text("country", 16), r -> r.t().name(r.participant().nation())),
            new Column<>(XlsxColumn.number("weight", 1), r -> decimal(r.participant().weight(), 1)),
            new Column<>(XlsxColumn.percent("share_pct", SHARE), r -> decimal(100 * share(r), SHARE)),
            new Column<>(XlsxColumn.year("target_units"), r -> sum(r, CapabilityTarget::target)),
            new Column<>(XlsxColumn.year("inventory_units"), r -> sum(r, CapabilityTarget::inventory)),
            new Column<>(XlsxColumn.year("plan_units"), r -> r.t().planUnits(r.participant().nation())),
            new Column<>(XlsxColumn.year("new_units"), r -> r.cost().newUnits() + r.cost().uncostedNewUnits()),
            new Column<>(XlsxColumn.year("uncosted_new_units"), r -> r.cost().uncostedNewUnits()),
            new Column<>(XlsxColumn.number("acquisition_usd_m", MONEY), r -> decimal(r.cost().acquisitionUsdMillions(), MONEY)),
            new Column<>(XlsxColumn.number("annual_operating_usd_m", MONEY),
                    r -> decimal(r.cost().annualOperatingUsdMillions(), MONEY)),
            new Column<>(XlsxColumn.number("per_year_usd_m", MONEY), r -> decimal(r.cost().perYearUsdMillions(), MONEY)),
            new Column<>(XlsxColumn.year("figures_year"), r -> integer(r.cost().figuresYear())),
            new Column<>(XlsxColumn.percent("pct_gdp", PCT), r -> decimal(r.cost().pctGdp(), PCT)),
            new Column<>(XlsxColumn.percent("pct_defence", PCT - 2), r -> decimal(r.cost().pctDefence(), PCT - 2)),
            new Column<>(XlsxColumn.percent("requirement_share_pct", SHARE),
                    r -> decimal(r.t().requirementSharePct(r.participant().nation()), SHARE)));

    private static final List<Column<TypeCost>> TYPE_COLUMNS = List.of(
            new Column<>(XlsxColumn.text("unit_type", 18), c -> c.type().value()),
            new Column<>(XlsxColumn.year("required"), TypeCost::required),
            new Column<>(XlsxColumn.year("new_units"), TypeCost::newUnits),
            new Column<>(XlsxColumn.number("acquisition_usd_m_each", MONEY),
                    c -> c.cost().map(u -> decimal(u.acquisitionUsdMillions(), MONEY)).orElse(null)),
            new Column<>(XlsxColumn.number("annual_operating_usd_m_each", MONEY),
                    c -> c.cost().map(u -> decimal(u.annualOperatingUsdMillions(), MONEY)).orElse(null)),
            new Column<>(XlsxColumn.year("price_year"), c -> c.cost().map(UnitCost::priceYear).orElse(null)),
            new Column<>(XlsxColumn.number("acquisition_usd_m", MONEY),
                    c -> c.cost().isPresent() ? decimal(c.acquisitionUsdMillions(), MONEY) : null),
            new Column<>(XlsxColumn.number("annual_operating_usd_m", MONEY),
                    c -> c.cost().isPresent() ? decimal(c.annualOperatingUsdMillions(), MONEY) : null),
            new Column<>(XlsxColumn.number("per_year_usd_m", MONEY),
                    c -> c.cost().isPresent() ? decimal(c.perYearUsdMillions(), MONEY) : null),
            new Column<>(XlsxColumn.text("cost_estimate", 9), c -> c.cost().map(u -> yesNo(u.source().estimate())).orElse("")),
            new Column<>(XlsxColumn.text("cost_source", 60),
                    c -> c.cost().map(u -> u.source().reference()).orElse("no cost entry: add the type to costs.csv")));

    private static final List<Column<ShortfallRow>> SHORTFALL_COLUMNS = List.of(
            new Column<>(XlsxColumn.text("kind", 26), ShortfallRow::kind),
            new Column<>(XlsxColumn.text("iso3", 6), ShortfallRow::nation),
            new Column<>(XlsxColumn.text("unit_type", 18), ShortfallRow::type),
            new Column<>(XlsxColumn.year("demanded"), ShortfallRow::demanded),
            new Column<>(XlsxColumn.year("possible"), ShortfallRow::possible),
            new Column<>(XlsxColumn.year("missing"), ShortfallRow::missing),
            new Column<>(XlsxColumn.text("reason", 90), ShortfallRow::reason));

    private static List<CapabilityTarget> targetRows(CostedTargets t) {
        return t.apportionment().targets();
    }

    private static List<NationRow> nationRows(CostedTargets t) {
        List<NationRow> rows = new ArrayList<>();
        for (Participant p : t.apportionment().input().participants()) {
            rows.add(new NationRow(t, p, t.cost().nation(p.nation()).orElseThrow()));
        }
        return rows;
    }

    private static List<TypeCost> typeRows(CostedTargets t) {
        return t.cost().types();
    }

    private static List<ShortfallRow> shortfallRows(CostedTargets t) {
        List<ShortfallRow> rows = new ArrayList<>();
        for (Shortfall s : t.apportionment().shortfalls()) {
            rows.add(new ShortfallRow("shortfall", "", s.type().value(), s.required(), s.coverable(), s.missing(), s.reason()));
        }
        for (Conflict c : t.apportionment().conflicts()) {
            rows.add(new ShortfallRow(c.kind().name().toLowerCase(Locale.ROOT), c.nation().map(Object::toString).orElse(""),
                    c.type().map(Object::toString).orElse(""), c.demanded(), c.possible(),
                    Math.max(0, c.demanded() - c.possible()), c.reason()));
        }
        for (Exclusion e : t.apportionment().input().excluded()) {
            rows.add(new ShortfallRow("excluded", e.nation().value(), "", null, null, null, e.reason()));
        }
        return rows;
    }

    private static double share(NationRow r) {
        return r.participant().weight() / r.t().apportionment().input().totalWeight();
    }

    private static int sum(NationRow r, ToIntFunction<CapabilityTarget> f) {
        return r.t().apportionment().targetsOf(r.participant().nation()).stream().mapToInt(f).sum();
    }

    private static <R> String csv(List<Column<R>> columns, List<R> rows) {
        CsvTable table = new CsvTable(columns.stream().map(c -> c.xlsx().header()).toArray(String[]::new));
        for (R row : rows) {
            table.row(columns.stream().map(c -> cellText(c.value().apply(row))).toArray(String[]::new));
        }
        return table.write();
    }

    private static <R> void sheet(XlsxWorkbook book, String name, List<Column<R>> columns, List<R> rows) {
        XlsxWorkbook.Sheet sheet = book.sheet(name, columns.stream().map(Column::xlsx).toArray(XlsxColumn[]::new));
        for (R row : rows) {
            sheet.row(columns.stream().map(c -> c.value().apply(row)).toArray());
        }
    }

    private static byte[] xlsx(CostedTargets t) {
        XlsxWorkbook book = new XlsxWorkbook();
        sheet(book, "Targets", TARGET_COLUMNS, targetRows(t));
        sheet(book, "Nations", NATION_COLUMNS, nationRows(t));
        sheet(book, "Types", TYPE_COLUMNS, typeRows(t));
        sheet(book, "Shortfalls", SHORTFALL_COLUMNS, shortfallRows(t));
        t.burdenSharing().ifPresent(b -> burdenSheet(book, b));
        sources(t).forEach((usedFor, source) -> book.source(usedFor, source.reference(), source.estimate()));
        return book.write();
    }

    private static void burdenSheet(XlsxWorkbook book, BurdenSharing b) {
        List<XlsxColumn> columns = new ArrayList<>(List.of(XlsxColumn.year("year"), XlsxColumn.text("iso3", 6)));
        b.columnNames().forEach(name -> columns.add(XlsxColumn.percent(name + "_share_pct", SHARE)));
        XlsxWorkbook.Sheet sheet = book.sheet("Burden sharing", columns.toArray(XlsxColumn[]::new));
        for (BurdenShare share : b.shares()) {
            List<Object> row = new ArrayList<>(List.of(b.year(), share.nation().value(),
                    decimal(share.gdpSharePct(), SHARE), decimal(share.defenceSharePct(), SHARE)));
            b.columns().forEach(c -> row.add(decimal(c.of(share.nation()), SHARE)));
            sheet.row(row.toArray());
        }
        b.columns().forEach(c -> book.source(c.name() + " shares", c.source().reference(), c.source().estimate()));
    }

    /** Every source the targets rest on: requirement, inventories, costs, setup. */
    private static Map<String, Source> sources(CostedTargets t) {
        Map<String, Source> sources = new LinkedHashMap<>();
        t.apportionment().input().requirement().forEach(r -> sources.putIfAbsent("requirement " + r.type(), r.source()));
        t.cost().types().forEach(c -> c.cost().ifPresent(u -> sources.putIfAbsent("cost " + c.type(), u.source())));
        t.apportionment().input().inventories().forEach(i -> sources.putIfAbsent("inventories", i.source()));
        t.apportionment().input().minimums().forEach(m -> sources.putIfAbsent("minimum " + m.nation(), m.source()));
        t.apportionment().input().hostNationSupport()
                .forEach(h -> sources.putIfAbsent("host-nation support " + h.nation(), h.source()));
        t.scenario().spending().series().stream().findFirst()
                .ifPresent(s -> sources.putIfAbsent("key (GDP, defence expenditure)", s.source()));
        return sources;
    }

    private static String json(CostedTargets t) {
        Apportionment a = t.apportionment();
        ObjectNode root = JsonTree.object();
        root.put("format", FORMAT);
        root.put("scenario", t.scenario().info().id());
        root.put("key", a.input().key().id());
        if (a.input().keyYear().isPresent()) {
            root.put("key_year", a.input().keyYear().getAsInt());
        } else {
            root.putNull("key_year");
        }
        root.put("weight_unit", a.input().weightUnit());
        if (a.input().capMultiple().isPresent()) {
            JsonTree.number(root, "cap_multiple", a.input().capMultiple().getAsDouble(), 3);
        } else {
            root.putNull("cap_multiple");
        }
        root.put("programme_years", t.cost().programmeYears());
        root.put("feasible", a.feasible());
        JsonTree.number(root, "objective", a.objective(), 6);
        root.put("method", a.method());
        ArrayNode notes = root.putArray("notes");
        t.notes().forEach(notes::add);
        ArrayNode requirement = root.putArray("requirement");
        a.input().requirement().forEach(r -> {
            ObjectNode node = requirement.addObject();
            node.put("unit_type", r.type().value());
            node.put("quantity", r.quantity());
            node.put("assigned", a.total(r.type()));
            node.put("source", r.source().reference());
        });
        rows(root.putArray("nations"), NATION_COLUMNS, nationRows(t));
        rows(root.putArray("targets"), TARGET_COLUMNS, targetRows(t));
        rows(root.putArray("types"), TYPE_COLUMNS, typeRows(t));
        rows(root.putArray("shortfalls"), SHORTFALL_COLUMNS, shortfallRows(t));
        ObjectNode alliance = root.putObject("alliance");
        alliance.put("new_units", t.cost().alliance().newUnits());
        alliance.put("uncosted_new_units", t.cost().alliance().uncostedNewUnits());
        JsonTree.number(alliance, "acquisition_usd_m", t.cost().alliance().acquisitionUsdMillions(), MONEY);
        JsonTree.number(alliance, "annual_operating_usd_m", t.cost().alliance().annualOperatingUsdMillions(), MONEY);
        JsonTree.number(alliance, "per_year_usd_m", t.cost().alliance().perYearUsdMillions(), MONEY);
        optional(alliance, "pct_gdp", t.cost().alliance().pctGdp(), PCT);
        optional(alliance, "pct_defence", t.cost().alliance().pctDefence(), PCT - 2);
        ArrayNode uncosted = root.putArray("uncosted_types");
        t.cost().uncosted().forEach(u -> uncosted.add(u.value()));
        ArrayNode sources = root.putArray("sources");
        sources(t).forEach((usedFor, source) -> {
            ObjectNode node = sources.addObject();
            node.put("used_for", usedFor);
            node.put("source", source.reference());
            node.put("estimate", source.estimate());
        });
        return JsonTree.write(root);
    }

    private static <R> void rows(ArrayNode array, List<Column<R>> columns, List<R> rows) {
        for (R row : rows) {
            ObjectNode node = array.addObject();
            for (Column<R> column : columns) {
                Object value = column.value().apply(row);
                String key = column.xlsx().header();
                if (value == null) {
                    node.putNull(key);
                } else if (value instanceof BigDecimal d) {
                    node.put(key, d);
                } else if (value instanceof Integer i) {
                    node.put(key, i);
                } else {
                    node.put(key, value.toString());
                }
            }
        }
    }

    private static void optional(ObjectNode node, String key, OptionalDouble value, int decimals) {
        if (value.isPresent()) {
            JsonTree.number(node, key, value.getAsDouble(), decimals);
        } else {
            node.putNull(key);
        }
    }

    private static BigDecimal decimal(double value, int decimals) {
        return Decimals.of(value, decimals);
    }

    private static BigDecimal decimal(OptionalDouble value, int decimals) {
        return value.isPresent() ? Decimals.of(value.getAsDouble(), decimals) : null;
    }

    private static Integer integer(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static String cellText(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
