package org.bulwark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulwark.reference.Dataset;
import org.bulwark.reference.DatasetColumn;
import org.bulwark.reference.ReferenceData;
import org.bulwark.scenario.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {"Lists the bundled public datasets: what each covers, its columns and units, its caveats and every source it cites.",
            "Scenario rows carry their own 'source' column; 'bulwark show' counts how many are estimates."})
final class SourcesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DATASET", description = "A dataset id for its full description and every source URL.")
    String dataset;

    @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--export", paramLabel = "DIR", description = "Also copy the dataset files and SOURCES.md into DIR (new or empty).")
    Path export;

    @Option(names = "--force", description = "With --export: write into a non-empty DIR, keeping replaced files as NAME.orig.")
    boolean force;

    enum Format { table, json }

    @Override
    public Integer call() throws IOException {
        ReferenceData data = ReferenceData.bundled();
        PrintWriter out = spec.commandLine().getOut();
        List<Dataset> selected = select(data);
        if (format == Format.json) {
            out.println(Json.write(selected));
        } else if (dataset == null) {
            printIndex(selected, out);
        } else {
            printDetails(selected.get(0), out);
        }
        if (export != null) {
            exportFiles(selected);
        }
        return ExitCode.OK;
    }

    private List<Dataset> select(ReferenceData data) {
        if (dataset == null) {
            return data.datasets();
        }
        Optional<Dataset> found = data.dataset(dataset);
        if (found.isEmpty()) {
            List<String> ids = data.datasets().stream().map(Dataset::id).toList();
            throw new UserError("no dataset '" + dataset + "'."
                    + Suggestions.closest(dataset, ids).map(n -> System.lineSeparator() + "    Maybe you meant '" + n + "'?").orElse("")
                    + System.lineSeparator() + "    Datasets: " + String.join(", ", ids) + ".");
        }
        return List.of(found.get());
    }

    private static void printIndex(List<Dataset> datasets, PrintWriter out) {
        TextTable table = new TextTable("dataset", "rows", "estimates", "sources", "title");
        for (Dataset d : datasets) {
            table.row(d.id(), d.rows(), d.estimateRows(), d.sourceUrls().size(), d.title());
        }
        table.print(out);
        out.println();
        for (Dataset d : datasets) {
            out.println(d.id() + ": " + d.coverage());
        }
        out.println();
        out.println("Every row keeps its source URL and an estimate flag. 'bulwark sources DATASET' lists them;");
        out.println("'bulwark sources --export DIR' copies the CSV files and the provenance notes (SOURCES.md).");
    }

    private static void printDetails(Dataset d, PrintWriter out) {
        out.println(d.title() + " (" + d.id() + ", " + d.file() + ")");
        out.println("Coverage: " + d.coverage());
        out.println("Rows: " + d.rows() + ", of which estimates: " + d.estimateRows());
        out.println();
        TextTable columns = new TextTable("column", "unit", "meaning");
        for (DatasetColumn c : d.columns()) {
            columns.row(c.name(), c.unit(), c.description());
        }
        columns.print(out);
        list(out, "Primary sources", d.primarySources());
        list(out, "Caveats", d.caveats());
        list(out, "Every source cited in the rows", d.sourceUrls());
    }

    private static void list(PrintWriter out, String title, List<String> items) {
        out.println();
        out.println(title + ":");
        items.forEach(i -> out.println("  - " + i));
    }

    private void exportFiles(List<Dataset> datasets) throws IOException {
        OutputFolder folder = OutputFolder.open(export, force);
        List<String> files = new ArrayList<>(datasets.stream().map(Dataset::file).toList());
        files.add("SOURCES.md");
        for (String file : files) {
            try (InputStream in = ReferenceData.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("bundled reference file " + file + " is missing from the jar");
                }
                folder.write(file, in.readAllBytes());
            }
        }
        spec.commandLine().getErr().println("exported " + files.size() + " files to " + export);
    }
}
