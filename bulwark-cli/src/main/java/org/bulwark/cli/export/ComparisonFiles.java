package org.bulwark.cli.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bulwark.campaign.Comparison;
import org.bulwark.campaign.Comparison.Estimate;
import org.bulwark.campaign.Comparison.Measure;

/**
 * The files a course-of-action comparison is written to: {@code comparison.json} and
 * {@code comparison.csv} (one row per measure and variant). The same bytes for the same comparison.
 */
public final class ComparisonFiles {
    static final String JSON = "comparison.json";
    static final String CSV = "comparison.csv";
    /** Version of {@code comparison.json}'s layout. */
    static final String FORMAT = "bulwark-comparison/1";

    private ComparisonFiles() {
    }

    public static Map<String, byte[]> of(Comparison c) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(JSON, json(c).getBytes(StandardCharsets.UTF_8));
        files.put(CSV, csv(c).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** What each file holds, one line each, for summaries. */
    public static Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(JSON, "the whole comparison for scripts (format " + FORMAT + ")");
        d.put(CSV, "per objective and all objectives: each variant's P(held) and its paired difference from the first");
        return d;
    }

    private static String csv(Comparison c) {
        CsvTable csv = new CsvTable("measure", "variant", "p_held", "ci_low", "ci_high", "difference", "difference_low",
                "difference_high");
        for (Measure m : c.measures()) {
            for (int v = 0; v < c.variants().size(); v++) {
                Estimate e = m.estimates().get(v);
                csv.row(m.name(), c.variants().get(v), share(e.held().probability()), share(e.held().low()),
                        share(e.held().high()), share(e.difference()), share(e.differenceLow()), share(e.differenceHigh()));
            }
        }
        return csv.write();
    }

    private static String json(Comparison c) {
        ObjectNode root = JsonTree.object();
        root.put("format", FORMAT);
        JsonTree.number(root, "hold_days", c.holdDays(), Decimals.HOURS);
        root.put("runs", c.runs());
        root.put("seed", c.seed());
        ArrayNode variants = root.putArray("variants");
        c.variants().forEach(variants::add);
        ArrayNode measures = root.putArray("measures");
        for (Measure m : c.measures()) {
            ObjectNode node = measures.addObject();
            node.put("measure", m.name());
            ArrayNode estimates = node.putArray("variants");
            for (int v = 0; v < c.variants().size(); v++) {
                Estimate e = m.estimates().get(v);
                ObjectNode est = estimates.addObject();
                est.put("variant", c.variants().get(v));
                est.set("held", RequirementFiles.held(e.held()));
                JsonTree.number(est, "difference", e.difference(), Decimals.SHARE);
                JsonTree.number(est, "difference_low", e.differenceLow(), Decimals.SHARE);
                JsonTree.number(est, "difference_high", e.differenceHigh(), Decimals.SHARE);
            }
        }
        return JsonTree.write(root);
    }

    private static String share(double value) {
        return Decimals.text(value, Decimals.SHARE);
    }
}
