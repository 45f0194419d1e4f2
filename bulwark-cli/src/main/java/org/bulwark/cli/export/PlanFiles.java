package org.bulwark.cli.export;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.model.Scenario;

/** Every file a plan is written to, by name, in a fixed order; the same bytes for the same plan. */
public final class PlanFiles {
    private PlanFiles() {
    }

    public static Map<String, byte[]> of(Scenario scenario, DeploymentPlan plan) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(LegsCsv.FILE, utf8(LegsCsv.write(scenario, plan)));
        files.put(ArrivalsCsv.FILE, utf8(ArrivalsCsv.write(scenario, plan)));
        files.put(BottlenecksCsv.FILE, utf8(BottlenecksCsv.write(scenario, plan)));
        files.put(UtilisationCsv.FILE, utf8(UtilisationCsv.write(plan)));
        files.put(PlanJson.FILE, utf8(PlanJson.write(scenario, plan)));
        files.put(FlowsGeoJson.FILE, utf8(FlowsGeoJson.write(scenario, plan)));
        files.put(RoutesGeoJson.FILE, utf8(RoutesGeoJson.write(scenario, plan)));
        return files;
    }

    /** What each file holds, one line each, for summaries. */
    public static Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(LegsCsv.FILE, "every leg of every unit (TPFDD-like movement table)");
        d.put(ArrivalsCsv.FILE, "each reinforcement: required and planned arrival, lateness, or why it cannot arrive");
        d.put(BottlenecksCsv.FILE, "the capacities that held the plan up, ranked");
        d.put(UtilisationCsv.FILE, "tonnes per resource and period, for charts");
        d.put(PlanJson.FILE, "the whole plan for scripts (format " + PlanJson.FORMAT + ")");
        d.put(FlowsGeoJson.FILE, "map: tonnes per link direction and the nodes used (open in QGIS)");
        d.put(RoutesGeoJson.FILE, "map: one line per unit route");
        return d;
    }

    /** A number as the files write it: a dot, at most two decimals, no trailing zeros, "na" when not finite. */
    public static String decimal(double value) {
        return Double.isFinite(value) ? Decimals.text(value, Decimals.HOURS) : "na";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
