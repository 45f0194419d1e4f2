package org.bulwark.cli.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.Source;
import org.bulwark.targets.spending.AllianceAggregate;
import org.bulwark.targets.spending.Assessment;
import org.bulwark.targets.spending.BurdenShare;
import org.bulwark.targets.spending.BurdenSharing;
import org.bulwark.targets.spending.NationAssessment;
import org.bulwark.targets.spending.ShareColumn;
import org.bulwark.targets.spending.Trend;

/**
 * {@code bulwark spending} as CSV, JSON and XLSX. The CSV is the long table of commitments — one
 * row per ally and commitment, each with the ally's figures, their source and estimate flag, and
 * the commitment's source; the JSON and the workbook add the Alliance totals and the burden
 * shares. Published figures are written as published ({@link Published}); every column is
 * described in docs/spending.md.
 */
public final class SpendingExport {
    /** Changes when a field is renamed or removed; adding fields keeps it. */
    public static final String FORMAT = "bulwark-spending/1";
    /** Decimals of trend slopes (percentage points per year). */
    static final int SLOPE = 3;
    /** Decimals of projections, shares and ratios. */
    static final int DERIVED = 2;

    private static final String DATASET = "defence_expenditure.csv";
    private static final String PLEDGES = "national_pledges.csv";

    private SpendingExport() {
    }

    /** One ally and one commitment: a row of the long table. */
    private record Line(SpendingView view, NationAssessment nation, Assessment assessment) {
        DefenceSpending figures() {
            return nation.figures();
        }
    }

    /** A column of the long table, for CSV and XLSX alike. */
    private record Column(XlsxColumn xlsx, Function<Line, Object> value) {
    }

    private static final List<Column> COMMITMENTS = List.of(
            new Column(XlsxColumn.year("year"), l -> l.figures().year()),
            new Column(XlsxColumn.text("iso3", 6), l -> l.nation().nation().value()),
            new Column(XlsxColumn.text("country", 16), l -> l.view().name(l.nation().nation())),
            new Column(XlsxColumn.percent("defence_pct_gdp", Published.PERCENT), l -> Published.percent(l.figures().defencePctGdp())),
            new Column(XlsxColumn.percent("equipment_pct_defence", Published.PERCENT),
                    l -> Published.percent(l.figures().equipmentPctDefence())),
            new Column(XlsxColumn.number("defence_usd_m", Published.USD_MILLIONS), l -> Published.usdMillions(l.figures().defenceUsdMillions())),
            new Column(XlsxColumn.number("gdp_usd_bn", Published.USD_BILLIONS), l -> Published.usdBillions(l.figures().gdpUsdBillions())),
            new Column(XlsxColumn.text("estimate", 9), l -> yesNo(l.figures().source().estimate())),
            new Column(XlsxColumn.text("source_url", 50), l -> l.figures().source().reference()),
            new Column(XlsxColumn.text("commitment", 18), l -> l.assessment().commitment().label()),
            new Column(XlsxColumn.text("basis", 14), l -> l.view().basis(l.assessment())),
            new Column(XlsxColumn.text("measure", 22), l -> l.assessment().measure().column()),
            new Column(XlsxColumn.percent("target_pct", Published.PERCENT), l -> Published.target(l.assessment().targetPct())),
            new Column(XlsxColumn.text("by_year", 14), l -> l.assessment().timing().text()),
            new Column(XlsxColumn.text("read_as", 36), l -> l.assessment().timing().interpretation()),
            new Column(XlsxColumn.text("announced", 11), l -> l.assessment().basis().announced()),
            new Column(XlsxColumn.year("due_year"), l -> l.assessment().dueYear().isPresent() ? l.assessment().dueYear().getAsInt() : null),
            new Column(XlsxColumn.text("status", 12), l -> l.assessment().status().label()),
            new Column(XlsxColumn.text("reason", 40), l -> l.assessment().reason()),
            new Column(XlsxColumn.year("trend_first_year"), l -> l.assessment().trend().map(Trend::firstYear).orElse(null)),
            new Column(XlsxColumn.year("trend_last_year"), l -> l.assessment().trend().map(Trend::lastYear).orElse(null)),
            new Column(XlsxColumn.year("trend_points"), l -> l.assessment().trend().map(Trend::points).orElse(null)),
            new Column(XlsxColumn.number("trend_slope_pp_per_year", SLOPE),
                    l -> l.assessment().trend().map(t -> Published.derived(t.slopePerYear(), SLOPE)).orElse(null)),
            new Column(XlsxColumn.text("trend_mixes_sources", 10),
                    l -> l.assessment().trend().map(t -> yesNo(t.mixesSources())).orElse("")),
            new Column(XlsxColumn.percent("projected_pct", DERIVED), l -> l.assessment().projectedPct().isPresent()
                    ? Published.derived(l.assessment().projectedPct().getAsDouble(), DERIVED) : null),
            new Column(XlsxColumn.text("extrapolated", 10), l -> yesNo(l.assessment().extrapolated())),
            new Column(XlsxColumn.text("commitment_estimate", 10), l -> yesNo(l.assessment().basis().source().estimate())),
            new Column(XlsxColumn.text("commitment_source_url", 50), l -> l.assessment().basis().source().reference()));

    private static List<Line> lines(SpendingView view) {
        List<Line> lines = new ArrayList<>();
        for (NationAssessment nation : view.nations()) {
            nation.assessments().forEach(a -> lines.add(new Line(view, nation, a)));
        }
        return lines;
    }

    /** The long table of commitments as CSV. */
    public static String csv(SpendingView view) {
        CsvTable table = new CsvTable(COMMITMENTS.stream().map(c -> c.xlsx().header()).toArray(String[]::new));
        for (Line line : lines(view)) {
            table.row(COMMITMENTS.stream().map(c -> cellText(c.value().apply(line))).toArray(String[]::new));
        }
        return table.write();
    }

    /** Everything as one JSON document (format {@link #FORMAT}). */
    public static String json(SpendingView view) {
        ObjectNode root = JsonTree.object();
        root.put("format", FORMAT);
        root.put("year", view.report().year());
        ObjectNode method = root.putObject("method");
        method.put("trend", "ordinary least squares of the published figures over the window");
        method.put("windowYears", view.report().method().windowYears());
        method.put("minimumPoints", view.report().method().minimumPoints());
        method.put("projection", "published figure of the year + slope x (due year - year)");
        ArrayNode nations = root.putArray("nations");
        for (NationAssessment nation : view.nations()) {
            ObjectNode n = nations.addObject();
            n.put("iso3", nation.nation().value());
            n.put("country", view.name(nation.nation()));
            DefenceSpending f = nation.figures();
            ObjectNode figures = n.putObject("figures");
            figures.put("defencePctGdp", Published.percent(f.defencePctGdp()));
            figures.put("equipmentPctDefence", Published.percent(f.equipmentPctDefence()));
            figures.put("defenceUsdMillions", Published.usdMillions(f.defenceUsdMillions()));
            figures.put("gdpUsdBillions", Published.usdBillions(f.gdpUsdBillions()));
            source(figures, f.source());
            trend(n, "trendPctGdp", nation.trend());
            ArrayNode assessments = n.putArray("assessments");
            for (Assessment a : nation.assessments()) {
                ObjectNode o = assessments.addObject();
                o.put("commitment", a.commitment().label());
                o.put("basis", view.basis(a));
                o.put("measure", a.measure().column());
                o.put("targetPct", Published.target(a.targetPct()));
                o.put("byYear", a.timing().text());
                o.put("readAs", a.timing().interpretation());
                o.put("announced", a.basis().announced());
                if (a.dueYear().isPresent()) {
                    o.put("dueYear", a.dueYear().getAsInt());
                } else {
                    o.putNull("dueYear");
                }
                o.put("value", Published.percent(a.value()));
                o.put("status", a.status().label());
                o.put("reason", a.reason());
                trend(o, "trend", a.trend());
                o.put("projectedPct", a.projectedPct().isPresent() ? Published.derived(a.projectedPct().getAsDouble(), DERIVED) : null);
                o.put("extrapolated", a.extrapolated());
                source(o, a.basis().source());
            }
        }
        ArrayNode without = root.putArray("withoutFigures");
        view.report().withoutFigures().forEach(c -> without.add(c.value()));
        ArrayNode withoutCash = root.putArray("withoutCashFigures");
        view.report().withoutCashFigures().forEach(c -> withoutCash.add(c.value()));
        ArrayNode alliance = root.putArray("alliance");
        for (AllianceAggregate a : view.report().aggregates()) {
            ObjectNode o = alliance.addObject();
            o.put("group", a.group());
            o.put("allies", a.members().size());
            o.put("defenceUsdMillions", Published.sum(a.defenceUsdMillions(), Published.USD_MILLIONS));
            o.put("gdpUsdBillions", Published.sum(a.gdpUsdBillions(), Published.USD_BILLIONS));
            o.put("pctGdpCurrentPrices", Published.derived(a.pctGdpCurrentPrices(), DERIVED));
        }
        Optional<BurdenSharing> sharing = view.report().burdenSharing();
        if (sharing.isEmpty()) {
            root.putNull("burdenSharing");
        } else {
            ObjectNode b = root.putObject("burdenSharing");
            ArrayNode columns = b.putArray("columns");
            sharing.get().columnNames().forEach(columns::add);
            ArrayNode shares = b.putArray("shares");
            for (BurdenShare s : view.shares()) {
                ObjectNode o = shares.addObject();
                o.put("iso3", s.nation().value());
                o.put("country", view.name(s.nation()));
                o.put("gdpSharePct", Published.derived(s.gdpSharePct(), DERIVED));
                o.put("defenceSharePct", Published.derived(s.defenceSharePct(), DERIVED));
                o.put("ratio", Published.derived(s.ratio(), DERIVED));
                for (ShareColumn column : sharing.get().columns()) {
                    o.put(column.name() + "SharePct", Published.derived(column.of(s.nation()), DERIVED));
                }
            }
        }
        return JsonTree.write(root);
    }

    /** Everything as a workbook: Commitments, Figures, Alliance, Burden sharing and Sources. */
    public static byte[] xlsx(SpendingView view) {
        XlsxWorkbook book = new XlsxWorkbook();
        XlsxWorkbook.Sheet commitments = book.sheet("Commitments", COMMITMENTS.stream().map(Column::xlsx).toArray(XlsxColumn[]::new));
        for (Line line : lines(view)) {
            commitments.row(COMMITMENTS.stream().map(c -> c.value().apply(line)).toArray());
            Source pledge = line.assessment().basis().source();
            book.source(PLEDGES, pledge.reference(), pledge.estimate());
        }
        XlsxWorkbook.Sheet figures = book.sheet("Figures", XlsxColumn.year("year"), XlsxColumn.text("iso3", 6),
                XlsxColumn.text("country", 16), XlsxColumn.percent("defence_pct_gdp", Published.PERCENT),
                XlsxColumn.percent("equipment_pct_defence", Published.PERCENT),
                XlsxColumn.number("defence_usd_m", Published.USD_MILLIONS),
                XlsxColumn.number("gdp_usd_bn", Published.USD_BILLIONS), XlsxColumn.year("trend_first_year"),
                XlsxColumn.year("trend_last_year"), XlsxColumn.number("trend_slope_pp_per_year", SLOPE),
                XlsxColumn.text("estimate", 9), XlsxColumn.text("source_url", 50));
        for (NationAssessment nation : view.nations()) {
            DefenceSpending f = nation.figures();
            Optional<Trend> trend = nation.trend();
            figures.row(f.year(), f.nation().value(), view.name(f.nation()), Published.percent(f.defencePctGdp()),
                    Published.percent(f.equipmentPctDefence()), Published.usdMillions(f.defenceUsdMillions()),
                    Published.usdBillions(f.gdpUsdBillions()), trend.map(Trend::firstYear).orElse(null),
                    trend.map(Trend::lastYear).orElse(null),
                    trend.map(t -> Published.derived(t.slopePerYear(), SLOPE)).orElse(null),
                    yesNo(f.source().estimate()), f.source().reference());
            book.source(DATASET, f.source().reference(), f.source().estimate());
        }
        XlsxWorkbook.Sheet alliance = book.sheet("Alliance", XlsxColumn.year("year"), XlsxColumn.text("group", 24),
                XlsxColumn.number("allies", 0), XlsxColumn.number("defence_usd_m", Published.USD_MILLIONS),
                XlsxColumn.number("gdp_usd_bn", Published.USD_BILLIONS), XlsxColumn.percent("pct_gdp_current_prices", DERIVED));
        for (AllianceAggregate a : view.report().aggregates()) {
            alliance.row(view.report().year(), a.group(), a.members().size(),
                    Published.sum(a.defenceUsdMillions(), Published.USD_MILLIONS),
                    Published.sum(a.gdpUsdBillions(), Published.USD_BILLIONS), Published.derived(a.pctGdpCurrentPrices(), DERIVED));
        }
        List<XlsxColumn> shareColumns = new ArrayList<>(List.of(XlsxColumn.year("year"), XlsxColumn.text("iso3", 6),
                XlsxColumn.text("country", 16), XlsxColumn.percent("gdp_share_pct", DERIVED),
                XlsxColumn.percent("defence_share_pct", DERIVED), XlsxColumn.number("ratio", DERIVED)));
        List<ShareColumn> extra = view.report().burdenSharing().map(BurdenSharing::columns).orElse(List.of());
        extra.forEach(c -> shareColumns.add(XlsxColumn.percent(c.name() + "_share_pct", DERIVED)));
        XlsxWorkbook.Sheet shares = book.sheet("Burden sharing", shareColumns.toArray(XlsxColumn[]::new));
        for (BurdenShare s : view.shares()) {
            List<Object> row = new ArrayList<>(List.of(view.report().year(), s.nation().value(), view.name(s.nation()),
                    Published.derived(s.gdpSharePct(), DERIVED), Published.derived(s.defenceSharePct(), DERIVED),
                    Published.derived(s.ratio(), DERIVED)));
            extra.forEach(c -> row.add(Published.derived(c.of(s.nation()), DERIVED)));
            shares.row(row.toArray());
        }
        extra.forEach(c -> book.source(c.name() + " shares", c.source().reference(), c.source().estimate()));
        return book.write();
    }

    private static void trend(ObjectNode node, String key, Optional<Trend> trend) {
        if (trend.isEmpty()) {
            node.putNull(key);
            return;
        }
        Trend t = trend.get();
        node.putObject(key).put("firstYear", t.firstYear()).put("lastYear", t.lastYear()).put("points", t.points())
                .put("slopePerYear", Published.derived(t.slopePerYear(), SLOPE)).put("mixesSources", t.mixesSources());
    }

    private static void source(ObjectNode node, Source source) {
        node.put("sourceUrl", source.reference());
        node.put("estimate", source.estimate());
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String cellText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
