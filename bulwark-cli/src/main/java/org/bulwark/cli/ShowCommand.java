package org.bulwark.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulwark.model.Scenario;
import org.bulwark.model.ScenarioInfo;
import org.bulwark.scenario.summary.ForceTotals;
import org.bulwark.scenario.summary.ModeTotals;
import org.bulwark.scenario.summary.ScenarioSummaries;
import org.bulwark.scenario.summary.ScenarioSummary;
import org.bulwark.scenario.summary.ThreatSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Summarises a scenario: forces by nation, type and readiness tier; posture by region; "
                + "reinforcements; the network by mode; objectives; the threat; how much is sourced.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario folder or bundled scenario name.")
    String scenario;

    @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    enum Format { table, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Scenario> loaded = ScenarioLoading.load(scenario, spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        ScenarioSummary summary = ScenarioSummaries.of(loaded.get());
        if (format == Format.json) {
            out.println(Json.write(summary));
        } else {
            printTables(summary, out);
            reinforcements(loaded.get(), out);
            out.println();
            out.println(DeploymentReport.movement(loaded.get().network()));
        }
        return ExitCode.OK;
    }

    static void printTables(ScenarioSummary s, PrintWriter out) {
        ScenarioInfo info = s.info();
        out.println(info.name() + " (" + info.id() + ")");
        out.println(info.classification() + (info.illustrative() ? " · ILLUSTRATIVE — not an official plan" : "")
                + " · as of " + info.asOf() + " · horizon " + TextTable.formatNumber(info.horizonHours() / 24) + " days");
        if (!info.description().isBlank()) {
            out.println(info.description().strip());
        }
        section(out, "Forces by side");
        forces(out, "side", List.of(s.defenders(), s.adversaries()));
        section(out, "Forces by nation");
        forces(out, "nation", s.forcesByNation());
        section(out, "Forces by unit type");
        forces(out, "type", s.forcesByType());
        section(out, "Allied forces by readiness (in place, NATO Force Model tier)");
        forces(out, "tier", s.forcesByTier());
        section(out, "Posture by region (units in place at C-day)");
        forces(out, "region", s.postureByRegion());
        section(out, "Reinforcements by tier");
        forces(out, "tier", s.reinforcementsByTier());
        section(out, "Reinforcements by destination region");
        forces(out, "region", s.reinforcementsByDestinationRegion());
        section(out, "Network by mode");
        TextTable links = new TextTable("mode", "links", "km", "with capacity", "tightest t/day");
        for (ModeTotals m : s.linksByMode()) {
            links.row(m.mode(), m.links(), m.totalKm(), m.constrainedLinks(), m.smallestCapacityTonnesPerDay());
        }
        links.print(out);
        TextTable nodes = new TextTable("node kind", "nodes");
        s.nodesByKind().forEach(k -> nodes.row(k.kind(), k.count()));
        out.println();
        nodes.print(out);
        out.println("gauge breaks (nodes of any kind where 1435 and 1520 mm rail meet, gauge-breaks.yaml): " + s.gaugeBreaks());
        section(out, "Objectives");
        TextTable objectives = new TextTable("priority", "objective", "kind", "node");
        s.objectives().forEach(o -> objectives.row(o.priority(), o.name(), o.kind(), o.node()));
        objectives.print(out);
        ThreatSummary threat = s.threat();
        section(out, "Threat (warning " + TextTable.formatNumber(threat.warningHours()) + " h)");
        forces(out, "assembly area", threat.assemblyAreas());
        out.println();
        TextTable axes = new TextTable("axis", "route", "km");
        threat.axes().forEach(a -> axes.row(a.name(), a.route(), a.lengthKm()));
        axes.print(out);
        ScenarioSummary.Provenance p = s.provenance();
        section(out, "Provenance");
        out.printf("%d rows carry a source; %d are estimates or illustrative; %d have none. "
                + "Run 'bulwark sources' for the reference data.%n", p.rows(), p.estimates(), p.unsourced());
    }

    /** The requirement as a TPFDD reader looks for it first: who moves from where to where, ready when, due when. */
    private static void reinforcements(Scenario s, PrintWriter out) {
        section(out, "Reinforcements (the deployment requirement; hours since C-day)");
        TextTable table = new TextTable("unit", "from", "to", "available h", "required h", "priority", "lift t", "note");
        for (org.bulwark.model.Reinforcement r : s.reinforcements()) {
            org.bulwark.model.Unit unit = s.unit(r.unit()).orElseThrow();
            String note = r.drawAt().isPresent()
                    ? "draws at " + r.drawAt().get().value() + " (" + TextTable.formatNumber(r.drawHours()) + " h; people fly from "
                            + unit.home().value() + ")"
                    : r.personnel() == org.bulwark.model.PersonnelMove.AIR ? "personnel fly apart" : "";
            table.row(r.unit().value(), s.origin(r).value(), r.destination().value(), r.availableHour(), r.requiredHour(),
                    r.priority(), unit.lift().tonnes(), note);
        }
        table.print(out);
    }

    private static void section(PrintWriter out, String title) {
        out.println();
        out.println("== " + title);
    }

    private static void forces(PrintWriter out, String keyHeader, List<ForceTotals> rows) {
        TextTable table = new TextTable(keyHeader, "units", "personnel", "vehicles", "lift t", "combat value");
        for (ForceTotals t : rows) {
            table.row(t.key(), t.units(), t.personnel(), t.vehicles(), t.liftTonnes(), t.combatValue());
        }
        table.print(out);
    }
}
