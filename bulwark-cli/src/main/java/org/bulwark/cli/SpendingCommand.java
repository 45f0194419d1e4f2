package org.bulwark.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.bulwark.cli.export.SpendingExport;
import org.bulwark.cli.export.SpendingView;
import org.bulwark.model.NationCode;
import org.bulwark.model.Spending;
import org.bulwark.reference.NationMember;
import org.bulwark.reference.ReferenceData;
import org.bulwark.scenario.Suggestions;
import org.bulwark.targets.spending.CommitmentAssessor;
import org.bulwark.targets.spending.SpendingReport;
import org.bulwark.targets.spending.SpendingYears;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "spending", mixinStandardHelpOptions = true,
        description = {"Shows each ally's defence spending in one year against 2%% of GDP, 3.5%% core by 2035, 20%% on",
            "equipment and its own pledges: met / on track / off track, with the trend and projection behind each status,",
            "the Alliance totals and each ally's share of Alliance GDP and defence spending. Bundled NATO data; method in docs/spending.md."})
final class SpendingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y",
            description = "Year to assess. Default: the latest year with figures for every ally (2024; 2025 has 16 allies only).")
    Integer year;

    @Option(names = "--nation", paramLabel = "ISO3", description = "Show only this ally (repeatable), e.g. --nation LTU --nation POL.")
    List<String> nations = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, json or xlsx. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of the terminal (required for xlsx).")
    Path out;

    @Option(names = "--force", description = "With --out: replace an existing FILE, keeping it as FILE.orig.")
    boolean force;

    enum Format { table, csv, json, xlsx }

    @Override
    public Integer call() {
        Spending spending = ReferenceData.bundledSpending();
        Map<NationCode, String> names = ReferenceData.bundled().members().stream()
                .collect(Collectors.toMap(NationMember::code, NationMember::name));
        Set<NationCode> selected = selectedNations(spending, names);
        int assessed = assessedYear(spending);
        for (NationCode nation : selected) {
            requireFigure(spending, names, nation, assessed);
        }
        if (format == Format.xlsx && out == null) {
            throw new UserError("--format xlsx writes a spreadsheet file: add --out FILE, e.g. --out spending-" + assessed + ".xlsx.");
        }
        SpendingReport report = CommitmentAssessor.standard().assess(spending, assessed);
        SpendingView view = new SpendingView(report, names, selected);
        byte[] content = switch (format) {
            case table -> SpendingTable.render(view).getBytes(StandardCharsets.UTF_8);
            case csv -> SpendingExport.csv(view).getBytes(StandardCharsets.UTF_8);
            case json -> SpendingExport.json(view).getBytes(StandardCharsets.UTF_8);
            case xlsx -> SpendingExport.xlsx(view);
        };
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(new String(content, StandardCharsets.UTF_8));
            stdout.flush();
            return ExitCode.OK;
        }
        Optional<Path> kept = OutputFile.write(out, content, force);
        PrintWriter err = spec.commandLine().getErr();
        err.println("wrote " + out + " (" + format + ", " + view.nations().size() + " allies, " + assessed + ")");
        kept.ifPresent(k -> err.println("kept your earlier file as " + k));
        return ExitCode.OK;
    }

    private Set<NationCode> selectedNations(Spending spending, Map<NationCode, String> names) {
        List<String> codes = SpendingYears.nations(spending).stream().map(NationCode::value).toList();
        Set<NationCode> selected = new LinkedHashSet<>();
        for (String given : nations) {
            String code = given.strip().toUpperCase(Locale.ROOT);
            Optional<NationCode> byName = names.entrySet().stream()
                    .filter(e -> e.getValue().equalsIgnoreCase(given.strip())).map(Map.Entry::getKey).findFirst();
            if (codes.contains(code)) {
                selected.add(NationCode.of(code));
            } else if (byName.isPresent()) {
                selected.add(byName.get());
            } else {
                throw new UserError("no ally '" + given + "' in the spending data."
                        + Suggestions.closest(code, codes).map(c -> System.lineSeparator() + "    Maybe you meant '" + c
                                + "' (" + names.getOrDefault(NationCode.of(c), c) + ")?").orElse("")
                        + System.lineSeparator() + "    Allies (ISO 3166 alpha-3): " + String.join(", ", codes) + ".");
            }
        }
        return selected;
    }

    private int assessedYear(Spending spending) {
        NavigableSet<Integer> years = SpendingYears.years(spending);
        if (year == null) {
            return SpendingYears.latestComplete(spending);
        }
        if (!years.contains(year)) {
            int nearest = years.stream().min(Comparator.comparingInt((Integer y) -> Math.abs(y - year))
                    .thenComparing(Comparator.reverseOrder())).orElseThrow();
            int complete = SpendingYears.latestComplete(spending);
            throw new UserError("no spending figures for " + year + ": the bundled data covers " + years.first() + "-"
                    + years.last() + (complete < years.last() ? " (after " + complete + " for some allies only)" : "") + "."
                    + System.lineSeparator() + "    Maybe you meant " + nearest + "?");
        }
        return year;
    }

    private static void requireFigure(Spending spending, Map<NationCode, String> names, NationCode nation, int assessed) {
        NavigableSet<Integer> years = SpendingYears.years(spending, nation);
        String who = nation + " (" + names.getOrDefault(nation, nation.value()) + ")";
        if (years.isEmpty()) {
            throw new UserError("NATO publishes no defence expenditure figures for " + who + "."
                    + System.lineSeparator() + "    See 'bulwark sources defence_expenditure' for the coverage.");
        }
        if (!years.contains(assessed)) {
            throw new UserError(who + " has no figure for " + assessed + "; its figures cover " + years.first() + "-"
                    + years.last() + "." + System.lineSeparator() + "    Maybe you meant --year " + years.last() + "?");
        }
    }
}
