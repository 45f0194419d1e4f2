package org.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.bulwark.cli.export.TargetsFiles;
import org.bulwark.deploy.OrTools;
import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.FairShareKey;
import org.bulwark.model.NationCode;
import org.bulwark.model.Scenario;
import org.bulwark.model.Source;
import org.bulwark.model.UnitTypeId;
import org.bulwark.scenario.RequirementReader;
import org.bulwark.targets.apportion.Apportionment;
import org.bulwark.targets.apportion.ApportionmentInputs;
import org.bulwark.targets.apportion.Binding;
import org.bulwark.targets.apportion.CapabilityTarget;
import org.bulwark.targets.apportion.CostedTargets;
import org.bulwark.targets.apportion.Conflict;
import org.bulwark.targets.apportion.Exclusion;
import org.bulwark.targets.apportion.NationCost;
import org.bulwark.targets.apportion.Participant;
import org.bulwark.targets.apportion.Shortfall;
import org.bulwark.targets.apportion.TargetApportioner;
import org.bulwark.targets.apportion.TargetCost;
import org.bulwark.targets.apportion.TargetCosting;
import org.bulwark.targets.apportion.TypeCost;
import org.bulwark.targets.spending.BurdenShare;
import org.bulwark.targets.spending.BurdenSharing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "targets", mixinStandardHelpOptions = true,
        description = {"Turns a capability requirement into national capability targets and money: each ally's fair share "
                + "by a key (share of GDP, of defence expenditure, or custom weights), within caps of a multiple of its "
                + "holdings, framework-nation minimums and host-nation support, solved exactly (docs/targets.md).",
            "Every target says why it is what it is; what the caps cannot cover is reported as a shortfall. Holdings "
                    + "count toward targets; new units are costed from the cost table (acquisition and operating) and set "
                    + "against each ally's GDP and defence expenditure.",
            "The requirement is the one declared in the scenario's targets.yaml, or --requirement FILE (a CSV "
                    + "type,quantity, or the requirement.csv of 'bulwark require'). With --out, writes targets.csv, "
                    + "nations.csv, types.csv, shortfalls.csv, targets.json and targets.xlsx."})
final class TargetsCommand implements Callable<Integer> {
    /** Rows of the "what bound the targets" table shown on the terminal; the files have all. */
    private static final int BINDING_ROWS = 25;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario folder or bundled scenario name.")
    String scenario;

    @Option(names = "--key", paramLabel = "KEY",
            description = "gdp, defence or custom (weights in targets.yaml). Default: the scenario's (gdp when it says nothing).")
    String key;

    @Option(names = "--requirement", paramLabel = "FILE",
            description = "Apportion this requirement instead of the declared one: CSV type,quantity[,source], or the "
                    + "requirement.csv of 'bulwark require --out DIR' (counts summed per unit type).")
    Path requirement;

    @Option(names = "--add-requirement", paramLabel = "FILE",
            description = "Add this requirement (same formats) to the declared one, e.g. what 'bulwark require' found "
                    + "missing on top of the plan's forces.")
    Path addRequirement;

    @Option(names = "--programme-years", paramLabel = "N",
            description = "Years over which acquisition is spread. Default: the scenario's (10 when it says nothing).")
    Integer programmeYears;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the target files to (new or empty).")
    Path out;

    @Option(names = "--force", description = "Write into a non-empty DIR, keeping replaced files as NAME.orig.")
    boolean force;

    @Override
    public Integer call() {
        FairShareKey chosen = key == null ? null : FairShareKey.byId(key.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UserError("--key '" + key + "' is not a key: use gdp, defence or custom."));
        if (programmeYears != null && programmeYears < 1) {
            throw new UserError("--programme-years must be at least 1, was " + programmeYears + ".");
        }
        if (requirement != null && addRequirement != null) {
            throw new UserError("give --requirement (instead of the declared requirement) or --add-requirement (on top of "
                    + "it), not both.");
        }
        PrintWriter err = spec.commandLine().getErr();
        Optional<Scenario> loaded = ScenarioLoading.load(scenario, err);
        if (loaded.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Scenario s = loaded.get();
        List<CapabilityRequirement> override = null;
        if (requirement != null || addRequirement != null) {
            Path file = requirement != null ? requirement : addRequirement;
            RequirementReader.RequirementRead read = RequirementReader.read(file, s);
            if (!read.problems().isEmpty()) {
                ScenarioLoading.printProblems(read.problems(), err);
                err.println(ScenarioLoading.countLine(read.problems()) + " in " + file + "; nothing was written.");
                return ExitCode.INVALID_INPUT;
            }
            override = requirement != null ? read.requirement() : added(s.targets().requirement(), read.requirement());
        }
        OutputFolder folder = out == null ? null : OutputFolder.open(out, force);
        List<String> problems = new ArrayList<>();
        Optional<CostedTargets> targets = compute(s, chosen, override, programmeYears, problems);
        problems.forEach(p -> err.println("targets: " + p));
        if (targets.isEmpty()) {
            if (override == null && s.targets().requirement().isEmpty()) {
                err.println("    Or give one: --requirement FILE, a CSV with the header type,quantity (e.g. armoured_bde,4),"
                        + " or the requirement.csv of 'bulwark require --out DIR'.");
            }
            err.println("no targets for " + scenario + "; nothing was written.");
            return ExitCode.INVALID_INPUT;
        }
        Report report = report("Bulwark targets: " + s.info().name(), targets.get());
        return ResultsFolder.print(report, folder, out, () -> TargetsFiles.of(targets.get()), spec.commandLine().getOut());
    }

    /** The declared requirement plus the added one, per type, in the declared order then the new types. */
    static List<CapabilityRequirement> added(List<CapabilityRequirement> declared, List<CapabilityRequirement> more) {
        Map<UnitTypeId, CapabilityRequirement> sum = new LinkedHashMap<>();
        declared.forEach(r -> sum.put(r.type(), r));
        for (CapabilityRequirement r : more) {
            sum.merge(r.type(), r, (a, b) -> new CapabilityRequirement(a.type(), a.quantity() + b.quantity(),
                    Source.of(a.source().reference() + "; plus " + b.source().reference(),
                            a.source().estimate() || b.source().estimate())));
        }
        return List.copyOf(sum.values());
    }

    /**
     * Apportions and costs the scenario's requirement (or {@code override}); adds every problem
     * to {@code problems} and returns empty when the setup cannot be apportioned.
     *
     * @param key            null for the scenario's
     * @param override       null for the declared requirement
     * @param programmeYears null for the scenario's
     */
    static Optional<CostedTargets> compute(Scenario s, FairShareKey key, List<CapabilityRequirement> override,
                                     Integer programmeYears, List<String> problems) {
        ApportionmentInputs.Result result = ApportionmentInputs.from(s, key, override);
        if (result instanceof ApportionmentInputs.Invalid invalid) {
            problems.addAll(invalid.problems());
            return Optional.empty();
        }
        ApportionmentInputs.Ready ready = (ApportionmentInputs.Ready) result;
        if (!TargetApportioner.available()) {
            // the command-line jar carries OR-Tools natives for Linux x86-64 only (docs/architecture.md, D12)
            problems.add("the apportionment solver (OR-Tools) is not shipped for " + OrTools.platform()
                    + "; run Bulwark on Linux x86-64 for targets");
            return Optional.empty();
        }
        Apportionment apportionment = TargetApportioner.apportion(ready.input());
        int years = programmeYears != null ? programmeYears : s.targets().programmeYears();
        TargetCost cost = TargetCosting.cost(apportionment, s.targets().costs(), s.spending(), years);
        return Optional.of(new CostedTargets(s, apportionment, cost, ready.notes()));
    }

    /** The targets for people: lead lines, then by nation, by type, what bound them, shortfalls and method. */
    static Report report(String title, CostedTargets t) {
        Apportionment a = t.apportionment();
        TargetCost cost = t.cost();
        List<String> lead = new ArrayList<>();
        lead.add(String.format(Locale.ROOT, "Requirement: %d units of %d types, shared among %d allies by %s%s; %s; "
                        + "acquisition spread over %d years.",
                a.input().totalRequired(), a.input().types().size(), a.input().participants().size(), keyText(a),
                a.input().excluded().isEmpty() ? "" : " (" + a.input().excluded().size() + " left out, see Shortfalls)",
                a.input().capMultiple().isPresent() ? "no ally is asked for more than " + number(a.input().capMultiple().getAsDouble())
                        + " × its holdings of a type" : "no caps", cost.programmeYears()));
        if (a.shortfalls().isEmpty()) {
            lead.add("The whole requirement is covered" + (a.conflicts().isEmpty() ? "." : ", but some bounds conflict (see Shortfalls)."));
        } else {
            lead.add("**Not covered**: " + a.shortfalls().stream().map(sh -> sh.missing() + " " + sh.type())
                    .collect(Collectors.joining(", ")) + " — the caps cannot carry them (see Shortfalls).");
        }
        lead.add(String.format(Locale.ROOT, "New units beyond today's holdings: %d%s; acquisition USD %s m, operating USD %s m a year: "
                        + "**USD %s m a year** over %d years%s.",
                cost.alliance().newUnits() + cost.alliance().uncostedNewUnits(),
                cost.alliance().uncostedNewUnits() == 0 ? "" : " (" + cost.alliance().uncostedNewUnits()
                        + " of uncosted types, in no money figure)", money(cost.alliance().acquisitionUsdMillions()),
                money(cost.alliance().annualOperatingUsdMillions()), money(cost.alliance().perYearUsdMillions()),
                cost.programmeYears(), cost.alliance().pctGdp().isPresent()
                        ? String.format(Locale.ROOT, " = %s %% of the participants' GDP, %s %% of their defence expenditure",
                        pct(cost.alliance().pctGdp()), pct2(cost.alliance().pctDefence())) : ""));
        if (!cost.uncosted().isEmpty()) {
            lead.add("**Uncosted** (no cost entry, in no money figure): " + cost.uncosted().stream().map(Object::toString)
                    .collect(Collectors.joining(", ")) + " — add them to the scenario's costs.csv.");
        }
        List<Report.Section> sections = new ArrayList<>();
        sections.add(byNation(t));
        sections.add(byType(t));
        Optional<Report.Section> binding = bindings(t);
        binding.ifPresent(sections::add);
        burden(t).ifPresent(sections::add);
        Optional<Report.Section> problems = shortfalls(t);
        problems.ifPresent(sections::add);
        List<Report.Block> method = new ArrayList<>();
        method.add(new Report.Line(a.method()));
        method.add(new Report.Line("Money: new units = target − holdings (never below 0); per year = acquisition ÷ "
                + cost.programmeYears() + " + annual operating of the new units; holdings in service are assumed paid "
                + "for in today's budgets; prices are not converted between the cost table's price year and the "
                + "spending year. Formulas and limits: docs/targets.md."));
        t.notes().forEach(n -> method.add(new Report.Line("Note: " + n)));
        sections.add(new Report.Section("Method", method));
        return new Report(title, lead, sections);
    }

    private static Report.Section byNation(CostedTargets t) {
        Apportionment a = t.apportionment();
        double total = a.input().totalWeight();
        List<Participant> order = new ArrayList<>(a.input().participants());
        order.sort(Comparator.comparingDouble(Participant::weight).reversed());
        List<List<String>> rows = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (Participant p : order) {
            List<CapabilityTarget> mine = a.targetsOf(p.nation()).stream().filter(c -> c.target() > 0).toList();
            if (mine.isEmpty()) {
                none.add(p.nation().value());
                continue;
            }
            NationCost money = t.cost().nation(p.nation()).orElseThrow();
            rows.add(List.of(p.nation().value() + " " + t.name(p.nation()), percent(100 * p.weight() / total),
                    mine.stream().map(c -> c.type() + " " + c.target()).collect(Collectors.joining(", ")),
                    Integer.toString(mine.stream().mapToInt(CapabilityTarget::inventory).sum()),
                    Integer.toString(money.newUnits() + money.uncostedNewUnits()), money(money.perYearUsdMillions()),
                    pct(money.pctGdp()), Integer.toString(t.planUnits(p.nation())),
                    percent(t.requirementSharePct(p.nation()))));
        }
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Table(List.of("ally", "key share", "targets (units to hold)", "holds", "new", "USD m a year",
                "% GDP", "in plan", "share of targets"), rows));
        if (!none.isEmpty()) {
            blocks.add(new Report.Line("No target (share too small to round to a unit, or bounds): " + String.join(", ", none) + "."));
        }
        blocks.add(new Report.Line("holds: units of the target types held today; new: units to raise or buy; in plan: units "
                + "of these types the ally has in this scenario; share of targets: " + t.requirementShareBasis() + "."));
        return new Report.Section("Targets by ally", blocks);
    }

    private static Report.Section byType(CostedTargets t) {
        List<List<String>> rows = new ArrayList<>();
        for (TypeCost c : t.cost().types()) {
            int assigned = t.apportionment().total(c.type());
            rows.add(List.of(c.type().value(), Integer.toString(c.required()), Integer.toString(assigned),
                    Integer.toString(Math.max(0, c.required() - assigned)), Integer.toString(c.newUnits()),
                    c.cost().map(u -> money(u.acquisitionUsdMillions())).orElse("uncosted"),
                    c.cost().map(u -> money(u.annualOperatingUsdMillions())).orElse("uncosted"),
                    c.cost().isPresent() ? money(c.perYearUsdMillions()) : "—"));
        }
        return new Report.Section("Targets by unit type", List.of(new Report.Table(List.of("unit type", "required", "assigned",
                "missing", "new", "USD m each", "USD m a year each", "USD m a year"), rows)));
    }

    private static Optional<Report.Section> bindings(CostedTargets t) {
        List<CapabilityTarget> bound = t.apportionment().targets().stream()
                .filter(c -> c.binding() != Binding.FAIR_SHARE && !(c.binding() == Binding.NO_SHARE && c.target() == 0))
                .toList();
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (CapabilityTarget c : bound.subList(0, Math.min(BINDING_ROWS, bound.size()))) {
            rows.add(List.of(c.nation().value(), c.type().value(), Integer.toString(c.fair()), Integer.toString(c.target()),
                    c.binding().name().toLowerCase(Locale.ROOT).replace('_', ' '), c.explanation()));
        }
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Line(bound.size() + " targets differ from the plain fair share because a bound decided them:"));
        blocks.add(new Report.Table(List.of("ally", "unit type", "fair", "target", "bound by", "why"), rows));
        if (bound.size() > BINDING_ROWS) {
            blocks.add(new Report.Line((bound.size() - BINDING_ROWS) + " more in targets.csv (column binding)."));
        }
        return Optional.of(new Report.Section("What bound the targets", blocks));
    }

    /** GDP, defence, targets and plan shares side by side for the participants, largest GDP first. */
    private static Optional<Report.Section> burden(CostedTargets t) {
        Optional<BurdenSharing> sharing = t.burdenSharing();
        if (sharing.isEmpty()) {
            return Optional.empty();
        }
        BurdenSharing b = sharing.get();
        List<NationCode> participants = t.apportionment().input().participants().stream().map(Participant::nation).toList();
        List<List<String>> rows = new ArrayList<>();
        b.shares().stream().filter(s -> participants.contains(s.nation()))
                .sorted(Comparator.comparingDouble(BurdenShare::gdpSharePct).reversed())
                .forEach(s -> {
                    List<String> row = new ArrayList<>(List.of(s.nation() + " " + t.name(s.nation()),
                            percent(s.gdpSharePct()), percent(s.defenceSharePct())));
                    b.columns().forEach(c -> row.add(percent(c.of(s.nation()))));
                    rows.add(row);
                });
        return Optional.of(new Report.Section("Burden sharing " + b.year(), List.of(
                new Report.Line("Each ally's share of Alliance GDP and of Alliance defence expenditure (current USD, all "
                        + "allies with figures) beside its share of these targets (" + t.requirementShareBasis()
                        + ") and of this plan's units of the required types."),
                new Report.Table(List.of("ally", "GDP", "defence", "targets", "plan"), rows))));
    }

    private static Optional<Report.Section> shortfalls(CostedTargets t) {
        List<Report.Block> blocks = new ArrayList<>();
        for (Shortfall s : t.apportionment().shortfalls()) {
            blocks.add(new Report.Line("**" + s.type() + "**: required " + s.required() + ", the caps allow " + s.coverable()
                    + ", **missing " + s.missing() + "** — " + s.reason()));
        }
        for (Conflict c : t.apportionment().conflicts()) {
            blocks.add(new Report.Line(c.reason()));
        }
        for (Exclusion e : t.apportionment().input().excluded()) {
            blocks.add(new Report.Line(e.nation() + " " + t.name(e.nation()) + " is left out: " + e.reason() + "."));
        }
        return blocks.isEmpty() ? Optional.empty() : Optional.of(new Report.Section("Shortfalls and conflicts", blocks));
    }

    private static String keyText(Apportionment a) {
        return switch (a.input().key()) {
            case GDP -> "share of GDP " + a.input().keyYear().orElseThrow();
            case DEFENCE -> "share of defence expenditure " + a.input().keyYear().orElseThrow();
            case CUSTOM -> "custom weights";
        };
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f %%", value);
    }

    private static String pct(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "—";
    }

    private static String pct2(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "—";
    }

    private static String money(double usdMillions) {
        return String.format(Locale.ROOT, "%,.0f", usdMillions);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
