package org.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bulwark.cli.export.AssessmentFiles;
import org.bulwark.cli.export.ComparisonFiles;
import org.bulwark.cli.export.PlanFiles;
import org.bulwark.cli.export.RequirementFiles;
import org.bulwark.cli.export.TargetsFiles;

/** The "Files" section of a report: where each written file is and what it holds. */
final class ResultsFolder {
    static final String SUMMARY = "summary.md";

    private ResultsFolder() {
    }

    /**
     * Writes {@code files} into {@code folder} when there is one (and lists them in the report's
     * Files section), prints the report, then the user's files that were kept as copies.
     *
     * @param folder null when the command writes no files (no --out)
     * @return the exit code of a command that succeeded
     */
    static int print(Report report, OutputFolder folder, Path out, Supplier<Map<String, byte[]>> files, PrintWriter printer) {
        Report printed = report;
        if (folder != null) {
            Map<String, byte[]> written = files.get();
            written.forEach(folder::write);
            printed = report.with(filesSection(out, written.keySet()));
        }
        printed.printText(printer);
        if (folder != null) {
            folder.keptCopies().forEach(kept -> printer.println("kept your earlier file as " + kept));
        }
        return ExitCode.OK;
    }

    static Report.Section filesSection(Path folder, Collection<String> names) {
        Map<String, String> descriptions = new LinkedHashMap<>(PlanFiles.descriptions());
        descriptions.putAll(AssessmentFiles.descriptions());
        descriptions.putAll(RequirementFiles.descriptions());
        descriptions.putAll(ComparisonFiles.descriptions());
        descriptions.putAll(TargetsFiles.descriptions());
        List<List<String>> rows = new ArrayList<>();
        for (String name : names) {
            String description = name.equals(SUMMARY) ? "this summary" : descriptions.getOrDefault(name, "");
            rows.add(List.of("`" + name + "`", description));
        }
        return new Report.Section("Files", List.of(
                new Report.Line((folder == null ? "Written to this folder" : "Written to `" + folder + "`")
                        + "; every column is described in " + docs(names) + "."
                        + (names.contains(SUMMARY) ? " `" + OutputFolder.MANIFEST + "` lists every file's SHA-256; "
                        + "the summary is written last, so a folder without it was cut short." : "")),
                new Report.Table(List.of("file", "what it holds"), rows)));
    }

    /** The documents that describe the files written: deployment, campaign, targets. */
    private static String docs(Collection<String> names) {
        List<String> docs = new ArrayList<>();
        if (names.stream().anyMatch(PlanFiles.descriptions()::containsKey)) {
            docs.add("docs/deployment.md");
        }
        if (names.stream().anyMatch(n -> AssessmentFiles.descriptions().containsKey(n)
                || RequirementFiles.descriptions().containsKey(n) || ComparisonFiles.descriptions().containsKey(n))) {
            docs.add("docs/model.md");
        }
        if (names.stream().anyMatch(TargetsFiles.descriptions()::containsKey)) {
            docs.add("docs/targets.md");
        }
        return docs.isEmpty() ? "docs/" : String.join(", ", docs);
    }
}
