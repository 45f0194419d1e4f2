package org.bulwark.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulwark.campaign.ArrivalTime;
import org.bulwark.campaign.CampaignAssessment.HeldPoint;
import org.bulwark.campaign.CampaignCompilation;
import org.bulwark.campaign.Place;
import org.bulwark.campaign.Requirement.Addition;
import org.bulwark.campaign.Requirement.ObjectiveChange;
import org.bulwark.campaign.Requirement;
import org.bulwark.campaign.RequirementOptions;
import org.bulwark.campaign.RequirementSearch;
import org.bulwark.campaign.UnitOption;
import org.bulwark.cli.export.RequirementFiles;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.model.Node;
import org.bulwark.model.RegionId;
import org.bulwark.model.Scenario;
import org.bulwark.model.UnitTypeId;
import org.bulwark.scenario.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "require", mixinStandardHelpOptions = true,
        description = {"Finds the least additional force - by unit type, place and arrival time, weighted by a cost per "
                + "unit type - that raises P(every objective held for --hold-days) to --confidence (docs/model.md, "
                + "\"Requirement search\").",
            "Candidates: the scenario's allied land unit types, at each objective's node (and each --place), in place at C-day, D-day, "
                    + "D+24 h or D+72 h. Cost per unit: --cost where given (other types: personnel, a proxy); else the "
                    + "scenario's cost table (acquisition + one year's operating cost, million USD) when it covers every "
                    + "candidate type; else personnel, a proxy. The output says which.",
            "With --out, writes requirement.json and requirement.csv. The same --seed gives the same answer with any "
                    + "--threads."})
final class RequireCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario folder or bundled scenario name.")
    String scenario;

    @Option(names = "--hold-days", paramLabel = "D", required = true,
            description = "Every objective must be held this many days after D-day (at most the campaign's length).")
    double holdDays;

    @Option(names = "--confidence", paramLabel = "P", required = true,
            description = "Probability to reach, between 0 and 1 (e.g. 0.8).")
    double confidence;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "4000",
            description = "Replications of the before and after estimates. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--search-runs", paramLabel = "N", defaultValue = "400",
            description = "Replications per candidate while searching (common random numbers). Default: ${DEFAULT-VALUE}.")
    int searchRuns;

    @Option(names = "--max-additions", paramLabel = "N", defaultValue = "40",
            description = "Most units to add before reporting the target unreachable. Default: ${DEFAULT-VALUE}.")
    int maxAdditions;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of every random stream. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (the answer does not depend on it). Default: the processors.")
    Integer threads;

    @Option(names = "--cost", paramLabel = "TYPE=VALUE",
            description = "Cost of one unit of a type, in any one unit for all types (repeatable). Replaces the "
                    + "scenario's cost table; types not given cost their personnel, a proxy.")
    Map<String, Double> costs = new LinkedHashMap<>();

    @Option(names = "--place", paramLabel = "NAME=NODE",
            description = "Another place forces may be added, e.g. a chosen node of a region: LTU=LT_KUN (repeatable). "
                    + "The objectives' nodes are always candidates.")
    Map<String, String> extraPlaces = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write requirement.json and requirement.csv to (new or empty).")
    Path out;

    @Option(names = "--force", description = "Write into a non-empty DIR, keeping replaced files as NAME.orig.")
    boolean force;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr. Default: only when run from a terminal.")
    Boolean progress;

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (!(confidence > 0 && confidence < 1)) {
            throw new UserError(String.format(Locale.ROOT, "--confidence must be between 0 and 1 (exclusive), was %s."
                    + "%n    Maybe --confidence 0.8 for 80 %%?", confidence));
        }
        if (!(holdDays > 0) || Double.isInfinite(holdDays)) {
            throw new UserError("--hold-days must be a positive number of days, was " + holdDays + "."
                    + System.lineSeparator() + "    Maybe --hold-days 10?");
        }
        if (runs < 1 || searchRuns < 1 || workers < 1 || maxAdditions < 0) {
            throw new UserError("--runs, --search-runs and --threads must be at least 1 and --max-additions at least 0, were "
                    + runs + ", " + searchRuns + ", " + workers + ", " + maxAdditions + ".");
        }
        PrintWriter err = spec.commandLine().getErr();
        Optional<Scenario> loaded = ScenarioLoading.load(scenario, err);
        if (loaded.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Scenario s = loaded.get();
        if (holdDays > s.campaign().days()) {
            throw new UserError("--hold-days " + number(holdDays) + " is beyond the campaign's " + number(s.campaign().days())
                    + " days." + System.lineSeparator() + "    Maybe --hold-days " + number(s.campaign().days())
                    + ", or a longer campaign (days in campaign.yaml)?");
        }
        Costing costing = unitOptions(s, costs);
        List<UnitOption> units = costing.units();
        List<Place> places = places(s, extraPlaces);
        OutputFolder folder = out == null ? null : OutputFolder.open(out, force);
        Optional<CampaignCompilation.Ready> ready = CampaignLoading.compile(s, scenario, workers, err, progress);
        if (ready.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        RequirementOptions options = new RequirementOptions(holdDays, confidence, units, places,
                ArrivalTime.candidates(), searchRuns, runs, seed, workers, maxAdditions);
        ProgressListener listener = ProgressBar.on(err, progress);
        Requirement requirement;
        try {
            requirement = RequirementSearch.search(ready.get().model(), options,
                    (done, total) -> listener.progress("requirement", done, total));
        } finally {
            ProgressBar.finish(listener);
        }
        Report report = report(s, requirement, workers, costing.basis());
        return ResultsFolder.print(report, folder, out, () -> RequirementFiles.of(requirement,
                    costing.basis() == CostBasis.TABLE ? "cost table (million USD)" : "given"), spec.commandLine().getOut());
    }

    /** Where the search's costs per unit came from, as the output says it. */
    enum CostBasis {
        /** {@code --cost} for every candidate type. */
        GIVEN("as given"),
        /** The scenario's cost table ({@code costs.csv} over the bundled {@code unit_costs.csv}) for every candidate type. */
        TABLE("million USD: acquisition + one year's operating cost per unit, from the scenario's cost table"),
        /** Personnel per unit for at least one candidate type. */
        PERSONNEL("personnel, a proxy");

        final String text;

        CostBasis(String text) {
            this.text = text;
        }
    }

    /** The search's unit options and where their costs came from. */
    record Costing(List<UnitOption> units, CostBasis basis) {
    }

    /**
     * The search's unit options with their costs: {@code --cost} where given (other types their
     * personnel); without {@code --cost}, the scenario's cost table (acquisition + one year's
     * operating cost) when it has every candidate type, else personnel for all. An unknown or
     * unsuitable type is a {@link UserError}.
     */
    static Costing unitOptions(Scenario s, Map<String, Double> costs) {
        Map<UnitTypeId, Double> given = new LinkedHashMap<>();
        List<String> known = s.unitTypes().stream().map(t -> t.id().value()).toList();
        for (Map.Entry<String, Double> cost : costs.entrySet()) {
            if (s.unitType(UnitTypeId.of(cost.getKey())).isEmpty()) {
                StringBuilder message = new StringBuilder("--cost: unit type '" + cost.getKey() + "' is not in the scenario.");
                Suggestions.closest(cost.getKey(), known).ifPresent(n -> message.append(System.lineSeparator())
                        .append("    Maybe you meant '").append(n).append("'?"));
                throw new UserError(message.toString());
            }
            if (!(cost.getValue() > 0) || cost.getValue().isInfinite()) {
                throw new UserError("--cost " + cost.getKey() + "=" + cost.getValue() + ": a cost must be a positive number.");
            }
            given.put(UnitTypeId.of(cost.getKey()), cost.getValue());
        }
        List<UnitOption> all = UnitOption.of(s, Map.of());
        List<String> candidates = all.stream().map(u -> u.type().value()).toList();
        for (UnitTypeId id : given.keySet()) {
            if (!candidates.contains(id.value())) {
                throw new UserError("--cost: unit type '" + id.value() + "' is not one the search adds (allied land types "
                        + "with a combat value: " + String.join(", ", candidates) + ").");
            }
        }
        if (all.isEmpty()) {
            throw new UserError("the scenario has no allied land unit type with a combat value, so nothing can be added."
                    + System.lineSeparator() + "    Maybe set combat_value in unit-types.yaml?");
        }
        if (given.isEmpty()) {
            Map<UnitTypeId, Double> table = new LinkedHashMap<>();
            s.targets().costs().forEach(c -> table.put(c.type(), c.acquisitionUsdMillions() + c.annualOperatingUsdMillions()));
            boolean covered = all.stream().allMatch(u -> table.getOrDefault(u.type(), 0.0) > 0);
            if (covered) {
                table.keySet().retainAll(all.stream().map(UnitOption::type).toList());
                return new Costing(UnitOption.of(s, table), CostBasis.TABLE);
            }
        }
        List<UnitOption> units = UnitOption.of(s, given);
        return new Costing(units, units.stream().anyMatch(UnitOption::costIsProxy) ? CostBasis.PERSONNEL : CostBasis.GIVEN);
    }

    /** The objectives' places and those asked for; a node the scenario does not have is a {@link UserError}. */
    static List<Place> places(Scenario s, Map<String, String> extra) {
        List<Place> places = new ArrayList<>(Place.objectives(s));
        List<String> nodes = s.network().nodes().stream().map(n -> n.id().value()).toList();
        for (Map.Entry<String, String> place : extra.entrySet()) {
            Optional<Node> node = s.network().nodes().stream().filter(n -> n.id().value().equals(place.getValue()))
                    .findFirst();
            if (node.isEmpty()) {
                StringBuilder message = new StringBuilder("--place " + place.getKey() + "=" + place.getValue() + ": node '"
                        + place.getValue() + "' is not in the network.");
                Suggestions.closest(place.getValue(), nodes).ifPresent(n -> message.append(System.lineSeparator())
                        .append("    Maybe you meant '").append(n).append("'?"));
                throw new UserError(message.toString());
            }
            boolean isRegion = s.region(RegionId.of(place.getKey())).isPresent();
            if (isRegion && !node.get().region().map(r -> r.value().equals(place.getKey())).orElse(false)) {
                throw new UserError("--place " + place.getKey() + "=" + place.getValue() + ": node '" + place.getValue()
                        + "' is not in region " + place.getKey() + "." + System.lineSeparator()
                        + "    Maybe choose one of the region's nodes (bulwark show SCENARIO lists them)?");
            }
            places.add(new Place(place.getKey(), node.get().id()));
        }
        return places;
    }

    static Report report(Scenario scenario, Requirement r, int threads, CostBasis basis) {
        String goal = String.format(Locale.ROOT, "to hold every objective for %s days with %s confidence",
                number(r.holdDays()), percent(r.confidence()));
        String change = "P " + p(r.before()) + " → " + p(r.after()) + " [" + p2(r.after().low()) + ", " + p2(r.after().high())
                + "]";
        String answer;
        if (r.additions().isEmpty() && r.reached()) {
            answer = "To " + goal.substring(3) + ": nothing to add; " + "P " + p(r.before()) + " [" + p2(r.before().low())
                    + ", " + p2(r.before().high()) + "] already.";
        } else if (r.reached()) {
            answer = Character.toUpperCase(goal.charAt(0)) + goal.substring(1) + ": " + forces(r) + "; " + change + ".";
        } else {
            answer = "Not reachable within the candidates and the cap " + goal + "; the best found: " + forces(r) + "; "
                    + change + ".";
        }
        List<String> lead = List.of(answer, String.format(Locale.ROOT,
                "Total cost %s (%s). Seed %d, %d threads; %,d replications in all.", number(r.totalCost()),
                basis.text, r.seed(), threads, r.replications()));
        List<List<String>> rows = new ArrayList<>();
        for (Addition a : r.additions()) {
            rows.add(List.of(a.type().value(), a.place().label() + " (" + a.place().node().value() + ")",
                    a.defends().value(), a.arrival().label(), Integer.toString(a.count()), number(a.cost())));
        }
        List<List<String>> objectives = new ArrayList<>();
        for (ObjectiveChange o : r.objectives()) {
            objectives.add(List.of(o.objective().value(), p(o.before()), p(o.after()) + " [" + p2(o.after().low()) + ", "
                    + p2(o.after().high()) + "]"));
        }
        Report report = new Report("Force requirement: " + scenario.info().name(), lead, List.of());
        if (!rows.isEmpty()) {
            report = report.with(new Report.Section("Forces to add", List.of(new Report.Table(
                    List.of("unit type", "place (node)", "defends", "in place by", "count", "cost"), rows))));
        }
        report = report.with(new Report.Section("P(held for " + number(r.holdDays()) + " days)", List.of(new Report.Table(
                List.of("objective", "before", "after (95 % CI)"), objectives))));
        List<Report.Block> notes = new ArrayList<>();
        r.notes().forEach(n -> notes.add(new Report.Line(n)));
        notes.add(new Report.Line("A model answer under stated assumptions, not a force plan: docs/model.md lists the "
                + "model's limits and how the search works."));
        return report.with(new Report.Section("Notes", notes));
    }

    private static String forces(Requirement r) {
        List<String> parts = new ArrayList<>();
        for (Addition a : r.additions()) {
            parts.add("+" + a.count() + " " + a.type().value() + " at " + a.place().label() + " by " + a.arrival().label());
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    private static String p(HeldPoint h) {
        return p2(h.probability());
    }

    private static String p2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String number(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(Locale.ROOT, "%,.0f", v)
                : String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String percent(double share) {
        return new BigDecimal(share * 100).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString() + " %";
    }
}
