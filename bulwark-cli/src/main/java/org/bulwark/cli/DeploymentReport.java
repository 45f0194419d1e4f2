package org.bulwark.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bulwark.cli.Report.Line;
import org.bulwark.cli.Report.Section;
import org.bulwark.cli.Report.Table;
import org.bulwark.deploy.Bottleneck;
import org.bulwark.deploy.Closure;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Movement;
import org.bulwark.deploy.MovementStatus;
import org.bulwark.deploy.Resource;
import org.bulwark.model.Link;
import org.bulwark.model.Node;
import org.bulwark.model.RegionId;
import org.bulwark.model.Scenario;
import org.bulwark.model.ScenarioInfo;
import org.bulwark.model.Unit;

/** The report sections about a deployment plan: scenario, closure, late units, bottlenecks, objective and bound. */
final class DeploymentReport {
    /** Rows shown in the late-units table; the rest are in arrivals.csv. */
    static final int LATE_ROWS = 15;
    static final int BOTTLENECK_ROWS = 10;
    private static final double[] MILESTONES = {0.5, 0.9, 1.0};

    private final Deployment deployment;
    private final Scenario scenario;
    private final DeploymentPlan plan;

    DeploymentReport(Deployment deployment) {
        this.deployment = deployment;
        this.scenario = deployment.scenario();
        this.plan = deployment.plan();
    }

    /** The report with every deployment section; callers add more (files, assessment) with {@link Report#with}. */
    Report report(String title) {
        ScenarioInfo info = scenario.info();
        List<String> lead = new ArrayList<>();
        lead.add(info.name() + " (" + info.id() + ") — " + info.classification()
                + (info.illustrative() ? " · **ILLUSTRATIVE** — built from public sources with marked estimates; not an official plan" : "")
                + " · as of " + info.asOf());
        lead.add(String.format(Locale.ROOT, "Planner: time step %s h, %d improvement rounds, %d thread%s, %d periods (horizon %s h = C+%s).",
                TextTable.formatNumber(plan.timeStepHours()), deployment.options().improvementRounds(),
                deployment.options().threads(), deployment.options().threads() == 1 ? "" : "s", plan.periods(),
                TextTable.formatNumber(plan.horizonHours()), days(plan.horizonHours())));
        lead.add(movement(scenario.network()));
        return new Report(title, lead, List.of(outcome(), closure(), late(), bottlenecks()));
    }

    /**
     * One line on the lift elements and movement times the plan used, and whether they are the
     * bundled, sourced defaults or the scenario's lift.yaml.
     */
    static String movement(org.bulwark.model.Network network) {
        org.bulwark.model.LiftIncrements inc = network.increments();
        org.bulwark.model.MovementTimes t = network.times();
        boolean bundled = inc.equals(org.bulwark.model.LiftIncrements.DEFAULT)
                && t.equals(org.bulwark.model.MovementTimes.DEFAULT);
        StringBuilder s = new StringBuilder("Movement (" + (bundled ? "bundled defaults, `bulwark sources`" : "the scenario's lift.yaml over the bundled defaults") + "):");
        for (org.bulwark.model.Mode mode : List.of(org.bulwark.model.Mode.AIR, org.bulwark.model.Mode.SEA,
                org.bulwark.model.Mode.RAIL, org.bulwark.model.Mode.ROAD)) {
            org.bulwark.model.LiftIncrements.Element element = inc.element(mode);
            boolean own = !element.equals(org.bulwark.model.LiftIncrements.DEFAULT.element(mode));
            s.append(String.format(Locale.ROOT, " %s %s t a %s%s%s, %s km/h, %s/%s h to load/unload;", mode.label(),
                    TextTable.formatNumber(inc.tonnes(mode)), switch (mode) {
                        case AIR -> "sortie";
                        case SEA -> "sailing";
                        case RAIL -> "train";
                        case ROAD -> "march unit";
                    }, own ? " (" + element.what() + ")" : "",
                    element.maxItemTonnes() != element.tonnes()
                            ? ", items up to " + TextTable.formatNumber(element.maxItemTonnes()) + " t" : "",
                    TextTable.formatNumber(t.speedKmh(mode)), exact(t.loadHours(mode)), exact(t.unloadHours(mode))));
        }
        s.append(t.marchesAllDay() ? " columns drive round the clock." : String.format(Locale.ROOT,
                " columns drive %s h a day from hour %s of each day.", exact(t.marchHoursPerDay()),
                exact(t.marchStartHour())));
        return s.toString();
    }

    /** Up to two decimals, no trailing zeros (3.25, 0.5, 96). */
    private static String exact(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    Section outcome() {
        List<Report.Block> blocks = new ArrayList<>();
        long onTime = count(MovementStatus.ON_TIME);
        long late = count(MovementStatus.LATE);
        long unreachable = count(MovementStatus.UNREACHABLE);
        blocks.add(new Line(String.format(Locale.ROOT, "%d reinforcement%s: **%d on time, %d late, %d unreachable**.",
                plan.movements().size(), plan.movements().size() == 1 ? "" : "s", onTime, late, unreachable)));
        blocks.add(new Line(String.format(Locale.ROOT,
                "Weighted lateness (Σ late hours ÷ priority): **%s h**. Last arrival (closure): %s h (C+%s). Lift: %s tonne-km.",
                TextTable.formatNumber(plan.objective().weightedLateHours()), TextTable.formatNumber(plan.objective().closureHour()),
                days(plan.objective().closureHour()), TextTable.formatNumber(plan.objective().liftTonneKm()))));
        blocks.add(new Line(String.format(Locale.ROOT,
                "Lower bound: %s weighted late hours, closure %s h (%s). **Gap %s** on lateness, %s on closure: "
                        + "the share of the plan's lateness that the bound has not proven unavoidable (0 %% = proven best).",
                TextTable.formatNumber(plan.bound().weightedLateHours()), TextTable.formatNumber(plan.bound().closureHour()),
                plan.bound().method(), percent(plan.gap()), percent(plan.bound().closureGap(plan.objective())))));
        if (unreachable > 0) {
            blocks.add(new Line(String.format(Locale.ROOT, "The weighted lateness leaves out the %d unreachable unit%s (below): "
                    + "a unit that cannot arrive lowers it; read the two together.", unreachable, unreachable == 1 ? "" : "s")));
        }
        draws().ifPresent(blocks::add);
        return new Section("Outcome", blocks);
    }

    /**
     * A line on the units that draw prepositioned stocks or fly their personnel apart, so the
     * summary says what moved their start; empty when none does.
     */
    private java.util.Optional<Line> draws() {
        List<String> parts = new ArrayList<>();
        Map<String, List<String>> bySite = new LinkedHashMap<>();
        int flying = 0;
        for (org.bulwark.model.Reinforcement r : scenario.reinforcements()) {
            if (r.drawAt().isPresent()) {
                bySite.computeIfAbsent(r.drawAt().get().value(), k -> new ArrayList<>()).add(r.unit().value());
                parts.add(String.format(Locale.ROOT, "%s draws at %s (personnel fly from %s; equipment ready to move at %s h after "
                                + "a %s h draw)", r.unit().value(), nodeLabel(r.drawAt().get()),
                        scenario.unit(r.unit()).map(u -> nodeLabel(u.home())).orElse("?"),
                        TextTable.formatNumber(scenario.equipmentReadyHour(r)), TextTable.formatNumber(r.drawHours())));
            }
            if (r.personnel() == org.bulwark.model.PersonnelMove.AIR) {
                flying++;
            }
        }
        if (parts.isEmpty() && flying == 0) {
            return java.util.Optional.empty();
        }
        StringBuilder s = new StringBuilder();
        if (!parts.isEmpty()) {
            s.append("Prepositioned stocks: ").append(String.join("; ", parts)).append('.');
            bySite.forEach((site, units) -> {
                if (units.size() > 1) {
                    s.append(" ").append(units.size()).append(" units draw at ").append(site)
                            .append(": Bulwark does not count the stock, so check the site holds a set for each.");
                }
            });
        }
        if (flying > 0) {
            s.append(s.length() > 0 ? " " : "").append(flying).append(flying == 1 ? " unit flies" : " units fly")
                    .append(" its personnel apart from the equipment (`personnel_by: air`; in place when both have arrived, "
                            + "`arrivals.csv`).");
        }
        return java.util.Optional.of(new Line(s.toString()));
    }

    Section closure() {
        Table table = new Table(List.of("region", "units", "combat value", "50 %", "90 %", "100 %"), closureRows());
        return new Section("In place by region (days after C-day when this share of the region's combat value is in place: "
                + "closed and through RSOI)",
                List.of(table, new Line("Posture counts from C-day. \"never\": some units bound there do not arrive (see below).")));
    }

    private List<List<String>> closureRows() {
        Map<String, Double> missing = new LinkedHashMap<>();
        for (Movement m : plan.movements()) {
            if (m.arriveHour().isEmpty()) {
                String region = scenario.network().node(m.destination()).flatMap(Node::region).map(RegionId::value).orElse("");
                missing.merge(region, scenario.unit(m.unit()).map(Unit::combatValue).orElse(0.0), Double::sum);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Closure closure : plan.closures()) {
            List<Closure.Point> points = closure.points();
            Closure.Point last = points.isEmpty() ? new Closure.Point(0, 0, 0, 0) : points.get(points.size() - 1);
            double target = last.combatValue() + missing.getOrDefault(closure.region(), 0.0);
            List<String> row = new ArrayList<>(List.of(regionName(closure.region()), Integer.toString(last.units()),
                    TextTable.formatNumber(target)));
            for (double share : MILESTONES) {
                OptionalDouble hour = reached(points, share * target);
                row.add(hour.isPresent() ? "C+" + days(hour.getAsDouble()) : "never");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The first hour the step curve holds at least {@code combatValue}; 0 for a zero target. */
    static OptionalDouble reached(List<Closure.Point> points, double combatValue) {
        if (combatValue <= 0) {
            return OptionalDouble.of(0);
        }
        for (Closure.Point p : points) {
            if (p.combatValue() >= combatValue - 1e-9 * Math.max(1, combatValue)) {
                return OptionalDouble.of(p.hour());
            }
        }
        return OptionalDouble.empty();
    }

    Section late() {
        List<Movement> problems = plan.movements().stream().filter(m -> m.status() != MovementStatus.ON_TIME)
                .sorted(Comparator.comparing((Movement m) -> m.status() != MovementStatus.UNREACHABLE)
                        .thenComparing(Comparator.comparingDouble((Movement m) -> m.weight() * m.lateHours()).reversed())
                        .thenComparingInt(Movement::priority))
                .toList();
        if (problems.isEmpty()) {
            return new Section("Late and unreachable units", List.of(new Line("None: every reinforcement arrives by its required time.")));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Movement m : problems.subList(0, Math.min(LATE_ROWS, problems.size()))) {
            String why = m.reason().map(r -> r.label() + (m.detail().isBlank() ? "" : ": " + m.detail())).orElse(m.detail());
            rows.add(List.of(m.unit().value(), nodeLabel(m.destination()), "C+" + days(m.requiredHour()),
                    m.arriveHour().isPresent() ? "C+" + days(m.arriveHour().getAsDouble()) : "—",
                    m.arriveHour().isPresent() ? TextTable.formatNumber(m.lateHours()) : "—", Integer.toString(m.priority()),
                    m.arriveHour().isPresent() ? TextTable.formatNumber(m.weight() * m.lateHours()) : "—",
                    why.isBlank() ? "—" : why));
        }
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Table(List.of("unit", "destination", "required", "arrival", "late h", "priority", "weighted h", "reason"),
                rows));
        if (problems.size() > LATE_ROWS) {
            blocks.add(new Line("… and " + (problems.size() - LATE_ROWS) + " more: every unit is in `arrivals.csv`."));
        }
        return new Section("Late and unreachable units", blocks);
    }

    Section bottlenecks() {
        if (plan.bottlenecks().isEmpty()) {
            return new Section("Bottlenecks", List.of(new Line(plan.objective().weightedLateHours() > 0
                    ? "No single capacity, relaxed alone, reduces the lateness (or the bottleneck search was skipped)."
                    : "None: no unit is late.")));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Bottleneck b : plan.bottlenecks().subList(0, Math.min(BOTTLENECK_ROWS, plan.bottlenecks().size()))) {
            rows.add(List.of(Integer.toString(b.rank()), describe(b.resource()), TextTable.formatNumber(b.capacityTonnesPerDay()),
                    String.format(Locale.ROOT, "%,.1f", b.weightedLateHoursSaved()), Integer.toString(b.unitsDelayed()),
                    Integer.toString(b.saturatedPeriods())));
        }
        return new Section("Bottlenecks (capacities that, relaxed alone, cut the lateness most)", List.of(
                new Table(List.of("rank", "resource", "t/day", "weighted late h saved", "units delayed", "saturated periods"), rows)));
    }

    /** {@code rail link rail-2 Warsaw → Mockava}, {@code handling at Vilnius}, {@code gauge break at Mockava}. */
    String describe(Resource r) {
        return switch (r.kind()) {
            case LINK -> {
                String mode = scenario.network().links().stream().filter(l -> l.id().equals(r.link().orElseThrow()))
                        .findFirst().map(Link::mode).map(m -> m.label() + " ").orElse("");
                yield mode + "link " + r.link().orElseThrow() + " " + nodeLabel(r.from()) + " → " + nodeLabel(r.to());
            }
            case NODE_HANDLING -> "handling at " + nodeLabel(r.from());
            case GAUGE_BREAK -> "gauge break at " + nodeLabel(r.from());
        };
    }

    private String nodeLabel(org.bulwark.model.NodeId id) {
        return scenario.network().node(id).map(Node::name).orElse(id.value());
    }

    private String regionName(String region) {
        Optional<String> name = org.bulwark.model.Ids.isValid(region)
                ? scenario.region(RegionId.of(region)).map(r -> r.name()) : Optional.empty();
        return name.map(n -> n.equals(region) ? n : n + " (" + region + ")").orElse(region);
    }

    private long count(MovementStatus status) {
        return plan.movements().stream().filter(m -> m.status() == status).count();
    }

    /** Days after C-day with one decimal: {@code 5.5}. */
    static String days(double hours) {
        return Double.isFinite(hours) ? String.format(Locale.ROOT, "%.1f", hours / 24) : "—";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
